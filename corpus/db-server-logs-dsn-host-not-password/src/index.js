#!/usr/bin/env node
import crypto from "node:crypto";
import pg from "pg";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

// The server names its own connections; nothing the user configured.
process.env.PGAPPNAME_TOKEN = "pg-notes-mcp";

const dsn = process.env.DATABASE_URL;
const target = new URL(dsn);
// ok: secret-in-log
console.error("pg-notes: connecting to", target.hostname, target.port, target.pathname, target.protocol);
// ok: secret-in-log
console.error("pg-notes: host", target.host, "app", process.env.PGAPPNAME_TOKEN);

const sessionKey = crypto.scryptSync(target.password, "pg-notes", 32);
// ok: secret-in-log
console.error("pg-notes: session key", sessionKey.toString("hex"));

const pool = new pg.Pool({ connectionString: dsn, max: 4 });
pool.on("error", (err) => {
  // ok: secret-in-log
  console.error("pg-notes: idle client error", err);
});
// Per connection string: when it was opened and how often it was used.
const usage = new Map();
usage.set(dsn, { opened: Date.now(), queries: 0 });
function poolFor() {
  const stats = usage.get(dsn);
  stats.queries += 1;
  // ok: secret-in-log
  console.error("pg-notes: pool use", stats);
  return pool;
}

async function connect() {
  try {
    const client = await poolFor().connect();
    client.release();
  } catch (err) {
    throw new Error(`could not connect to ${dsn}: ${err.message}`);
  }
}

try {
  await connect();
} catch (err) {
  // expect: secret-in-log
  console.error("pg-notes: start-up failed:", err.message);
  process.exit(1);
}

const server = new McpServer({ name: "pg-notes", version: "0.4.1" });
server.registerTool(
  "find_notes",
  { description: "Find notes whose title contains a word", inputSchema: { word: z.string() }, annotations: { readOnlyHint: true } },
  async ({ word }) => {
    const { rows } = await poolFor().query("SELECT id, title FROM notes WHERE title ILIKE $1 LIMIT 50", [`%${word}%`]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);
await server.connect(new StdioServerTransport());
