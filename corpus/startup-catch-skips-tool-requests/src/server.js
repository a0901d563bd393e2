import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerTools } from "./tools.js";

export function createServer() {
  const server = new McpServer({ name: "forecast", version: "0.3.1" });
  registerTools(server);
  return server;
}
