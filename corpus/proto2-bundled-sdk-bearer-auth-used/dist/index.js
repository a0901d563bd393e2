#!/usr/bin/env node
// node_modules/@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js (inlined by the bundler)
var StreamableHTTPServerTransport = class {
  constructor(options) {
    this._allowedOrigins = options.allowedOrigins;
    this._enableDnsRebindingProtection = options.enableDnsRebindingProtection ?? false;
    this.sessionIdGenerator = options.sessionIdGenerator;
  }
  validateRequestHeaders(req) {
    if (!this._enableDnsRebindingProtection) return undefined;
    const origin = req.headers.origin;
    if (origin && this._allowedOrigins && !this._allowedOrigins.includes(origin)) return `Invalid Origin header: ${origin}`;
    return undefined;
  }
  async handleRequest(req, res, body) {
    const error = this.validateRequestHeaders(req);
    if (error) return res.writeHead(403).end(error);
    this.onmessage?.(body);
  }
  async start() {}
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/auth/middleware/bearerAuth.js (inlined by the bundler)
function requireBearerAuth({ verifier }) {
  return async (req, res, next) => {
    const authHeader = req.headers.authorization;
    if (!authHeader) return res.status(401).json({ error: "invalid_token" });
    const [type, token] = authHeader.split(" ");
    if (type.toLowerCase() !== "bearer" || !token) return res.status(401).json({ error: "invalid_token" });
    req.auth = await verifier.verifyAccessToken(token);
    next();
  };
}

// src/index.ts
import express from "express";
import { readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
var NOTES = process.env.NOTES_DIR ?? "./notes";
var PORT = Number(process.env.PORT ?? 3000);
function buildServer() {
  const server = new McpServer({ name: "notes-http", version: "2.0.0" });
  server.tool("read_today", "Read today's note", { day: z.enum(["mon", "tue", "wed"]) }, async ({ day }) => ({
    content: [{ type: "text", text: await readFile(`${NOTES}/${day}.md`, "utf8") }]
  }));
  return server;
}
var app = express();
app.use(express.json());
var verifier = {
  async verifyAccessToken(token) {
    const res = await fetch("https://auth.notescloud.app/oauth/introspect", { method: "POST", body: new URLSearchParams({ token }) });
    const info = await res.json();
    if (!info.active) throw new Error("inactive token");
    return { token, clientId: info.client_id, scopes: info.scope.split(" ") };
  }
};
app.post("/mcp", requireBearerAuth({ verifier }), async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await buildServer().connect(transport);
  await transport.handleRequest(req, res, req.body);
});
// ok: exposed-listener
app.listen(PORT, () => console.error(`notes MCP on :${PORT}/mcp`));
