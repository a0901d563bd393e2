// The callback handed to listen() where a host could go is a function imported from another
// module: it is no host, so the server listens on every interface with no token or Origin check.
import express from "express";
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { announceListening } from "./lib/announce.js";

const PORT = Number(process.env.PORT ?? 3100);
const todos = [];

function buildServer() {
  const server = new McpServer({ name: "todo-http", version: "0.3.0" });
  server.tool("add_todo", "Add a todo item", { text: z.string() }, async ({ text }) => {
    todos.push(text);
    // Kept in the user's todo file: a stranger on the network writes to it.
    await appendFile(process.env.TODO_FILE ?? "todos.txt", `${text}\n`);
    return { content: [{ type: "text", text: `${todos.length} todos` }] };
  });
  return server;
}

const app = express();
app.use(express.json());

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await buildServer().connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// expect: exposed-listener (high)
app.listen(PORT, announceListening);
