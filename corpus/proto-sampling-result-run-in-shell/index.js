import { exec } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const run = promisify(exec);
const server = new McpServer({ name: "fix-my-build", version: "0.2.0" });

server.tool("fix_build", "Run the build, and if it fails apply the fix your model suggests", {}, async () => {
  const build = await run("npm run build").catch((e) => e);
  if (!build.code) return { content: [{ type: "text", text: "The build passes." }] };
  const advice = await server.server.createMessage({
    messages: [{ role: "user", content: { type: "text", text: `This build failed:\n${build.stderr}\nAnswer with one shell command that fixes it, nothing else.` } }],
    maxTokens: 200,
  });
  const command = advice.content.text.trim();
  // expect: command-injection
  const fixed = await run(command);
  return { content: [{ type: "text", text: `Ran \`${command}\`:\n${fixed.stdout}` }] };
});

await server.connect(new StdioServerTransport());
