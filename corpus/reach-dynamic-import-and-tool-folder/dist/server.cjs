// The 0.3 CommonJS build, still shipped; no entry point loads it.
const fs = require("node:fs/promises");
const os = require("node:os");
const path = require("node:path");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const NOTES = process.env.NOTES_DIR || path.join(os.homedir(), "notes");
const server = new McpServer({ name: "notes", version: "0.3.9" });

server.tool("read_note", "Read one note by its file name", { name: z.string() }, async ({ name }) => {
  // ok: path-traversal (not loaded by any entry point)
  const text = await fs.readFile(path.join(NOTES, name), "utf8");
  return { content: [{ type: "text", text }] };
});

server.connect(new StdioServerTransport());
