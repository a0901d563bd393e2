// A starter: an MCP server that runs a shell command. Shipped as text for the gallery.
import { exec } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "shell-starter", version: "0.0.1" });
server.tool("run", "Run a command", { command: z.string() }, async ({ command }) => {
  // ok: command-injection
  const out = await new Promise((resolve) => exec(command, (_e, stdout) => resolve(stdout)));
  return { content: [{ type: "text", text: String(out) }] };
});
