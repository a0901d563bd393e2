import axios from "axios";
import express from "express";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const NOTES = process.env.NOTES_DIR ?? "./notes";
const PORT = Number(process.env.PORT ?? 3000);

// The notes cloud's API: the token goes on outgoing requests (no check of incoming ones).
const cloud = axios.create({ baseURL: "https://api.notescloud.app/v1" });
cloud.interceptors.request.use((config) => {
  config.headers.Authorization = `Bearer ${process.env.NOTESCLOUD_TOKEN}`;
  return config;
});

function buildServer() {
  const server = new McpServer({ name: "notes-http", version: "1.2.0" });
  server.tool("list_notes", "List the notes", {}, async () => ({ content: [{ type: "text", text: (await cloud.get("/notes")).data.map((n) => n.title).join("\n") }] }));
  server.tool("read_today", "Read today's note", { day: z.enum(["mon", "tue", "wed"]) }, async ({ day }) => ({
    content: [{ type: "text", text: await readFile(`${NOTES}/${day}.md`, "utf8") }],
  }));
  return server;
}

const app = express();
app.use(express.json());
const ACCESS_TOKEN = process.env.MCP_ACCESS_TOKEN;

app.use("/mcp", (req, res, next) => {
  if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return res.status(401).json({ error: "unauthorized" });
  next();
});
const transports = {};

app.post("/mcp", async (req, res) => {
  const id = req.headers["mcp-session-id"];
  let transport = id ? transports[id] : undefined;
  if (!transport) {
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sid) => (transports[sid] = transport) });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ok: exposed-listener
app.listen(PORT, () => console.error(`notes MCP on :${PORT}/mcp`));
