import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { RECIPES } from "./recipes.js";

const FACTOR = { m: 1, ft: 0.3048, in: 0.0254, cm: 0.01 };

function buildServer() {
  const server = new McpServer({ name: "unit-tables", version: "0.3.0" });
  server.tool("convert_length", "Convert a length between units", { value: z.number(), from: z.enum(["m", "ft", "in", "cm"]), to: z.enum(["m", "ft", "in", "cm"]) }, async ({ value, from, to }) => ({
    content: [{ type: "text", text: String((value * FACTOR[from]) / FACTOR[to]) }],
  }));
  server.tool("recipe_of_the_day", "A recipe from the built-in book", { day: z.number().int().min(0).max(6) }, async ({ day }) => ({
    content: [{ type: "text", text: JSON.stringify(RECIPES[day % RECIPES.length]) }],
  }));
  return server;
}

const app = express();
app.use(express.json());
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

// Every interface, no token: whoever connects can only convert units and read the built-in recipes.
// expect: exposed-listener (medium)
app.listen(Number(process.env.PORT ?? 3000), () => console.error("unit tables on /mcp"));
