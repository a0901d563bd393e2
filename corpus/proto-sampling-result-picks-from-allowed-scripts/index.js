import { exec } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const run = promisify(exec);
const FIXES = ["npm ci", "npm run clean", "npm run codegen"];
const server = new McpServer({ name: "fix-my-build", version: "0.2.0" });

server.tool("fix_build", "Run the build, and if it fails apply the fix your model suggests", {}, async () => {
  const build = await run("npm run build").catch((e) => e);
  if (!build.code) return { content: [{ type: "text", text: "The build passes." }] };
  const advice = await server.server.createMessage({
    messages: [{ role: "user", content: { type: "text", text: `This build failed:\n${build.stderr}\nAnswer with the one of ${FIXES.join(", ")} most likely to fix it, nothing else.` } }],
    maxTokens: 200,
  });
  const command = advice.content.text.trim();
  if (!FIXES.includes(command)) return { content: [{ type: "text", text: `No known fix: ${command}` }] };
  // ok: command-injection
  const fixed = await run(command);
  return { content: [{ type: "text", text: `Ran \`${command}\`:\n${fixed.stdout}` }] };
});

await server.connect(new StdioServerTransport());
