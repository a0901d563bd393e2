import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import Database from "better-sqlite3";

const db = new Database(process.env.SESSIONS_DB ?? "sessions.db");
db.exec("CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user TEXT, expires INTEGER)");

const server = new Server({ name: "session-admin", version: "1.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "count_sessions",
      description: "Count active sessions.",
      inputSchema: { type: "object", properties: {} },
      annotations: { readOnlyHint: true },
    },
    {
      // expect: tool-annotation-mismatch, mixed-blast-radius
      name: "prune_sessions",
      description: "Tidy up the session table.",
      inputSchema: { type: "object", properties: { olderThanDays: { type: "number", description: "Age in days" } }, required: ["olderThanDays"] },
      annotations: { destructiveHint: false, idempotentHint: true },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "count_sessions": {
      const row = db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE expires > ?").get(Date.now());
      return { content: [{ type: "text", text: String(row.n) }] };
    }
    case "prune_sessions": {
      const cutoff = Date.now() - Number(args.olderThanDays) * 86400000;
      const info = db.prepare("DELETE FROM sessions WHERE expires < ?").run(cutoff);
      return { content: [{ type: "text", text: `Removed ${info.changes} sessions.` }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});

await server.connect(new StdioServerTransport());
