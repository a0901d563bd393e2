const fs = require("fs");
const path = require("path");
const dotenv = require("dotenv");
const { Pool } = require("pg");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");

// Load ./.env next to the server, the way most people run it.
const envFile = path.join(__dirname, ".env");
// ok: credential-file-read
if (fs.existsSync(envFile)) Object.assign(process.env, dotenv.parse(fs.readFileSync(envFile)));
dotenv.config();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const server = new McpServer({ name: "notes-db", version: "0.6.0" });

server.tool("list_notes", "List the latest notes", async () => {
  const { rows } = await pool.query("SELECT id, title FROM notes ORDER BY created_at DESC LIMIT 20");
  return { content: [{ type: "text", text: rows.map((r) => `${r.id} ${r.title}`).join("\n") }] };
});

server.connect(new StdioServerTransport());
