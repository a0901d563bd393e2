import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { searchLogs } from "./search.js";

export function createWorkerServer() {
  const server = new McpServer({ name: "log-search", version: "2.3.0" });
  server.tool("search_logs", "Search a log file for a pattern", { pattern: z.string(), file: z.string() }, searchLogs);
  return server;
}

export default {
  async fetch(request, env) {
    const server = createWorkerServer();
    return server.handle?.(request, env) ?? new Response("ok");
  },
};
