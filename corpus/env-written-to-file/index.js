import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const server = new McpServer({ name: "devbox", version: "0.4.0" });

server.tool("snapshot_env", "Save a snapshot of the environment for debugging", async () => {
  const file = join(tmpdir(), `devbox-env-${Date.now()}.json`);
  // expect: environment-dump (high)
  writeFileSync(file, JSON.stringify(process.env, null, 2));
  return { content: [{ type: "text", text: `Saved to ${file}` }] };
});

await server.connect(new StdioServerTransport());
