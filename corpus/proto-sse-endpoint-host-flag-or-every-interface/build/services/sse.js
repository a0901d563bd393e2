import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { readFile } from "node:fs/promises";
import { z } from "zod";

function createServer() {
  const server = new McpServer({ name: "diagram-render", version: "0.6.0" });
  server.tool("render", "Render a diagram to SVG", { source: z.string() }, async ({ source }) => ({ content: [{ type: "text", text: `<svg><!-- ${source.length} chars --></svg>` }] }));
  // Reads the user's saved diagrams: what a stranger on the network gets at.
  server.tool("render_saved", "Render one of the saved diagrams", { name: z.enum(["architecture", "deploy", "schema"]) }, async ({ name }) => ({
    content: [{ type: "text", text: `<svg><!-- ${(await readFile(`${process.env.DIAGRAM_DIR ?? "."}/${name}.mmd`, "utf8")).length} chars --></svg>` }],
  }));
  return server;
}

export async function runSSEServer(port, host) {
  const app = express();
  const transports = new Map();
  app.get("/sse", async (req, res) => {
    const transport = new SSEServerTransport("/messages", res);
    transports.set(transport.sessionId, transport);
    res.on("close", () => transports.delete(transport.sessionId));
    await createServer().connect(transport);
  });
  app.post("/messages", async (req, res) => {
    const transport = transports.get(String(req.query.sessionId));
    if (transport) await transport.handlePostMessage(req, res);
    else res.status(404).end();
  });
  const ready = () => console.error(`SSE server on ${host || "localhost"}:${port}`);
  // ok: exposed-listener
  if (host) app.listen(port, host, ready);
  // expect: exposed-listener (high)
  else app.listen(port, ready);
}
