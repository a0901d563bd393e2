import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const API = "https://api.pagerly.io/v1";

function buildServer(token) {
  const server = new McpServer({ name: "pagerly", version: "0.9.0" });
  server.tool("incidents", "List open incidents", {}, async () => {
    // ok: credential-exfiltration
    const res = await fetch(`${API}/incidents?state=open`, { headers: { Authorization: token } });
    return { content: [{ type: "text", text: await res.text() }] };
  });
  server.tool("import_runbook", "Import a runbook by its id", { id: z.string().regex(/^[a-z0-9-]+$/) }, async ({ id }) => {
    // ok: credential-exfiltration
    const res = await fetch(`${API}/runbooks/${id}`, { headers: { Authorization: token } });
    return { content: [{ type: "text", text: await res.text() }] };
  });
  server.tool("whoami", "Which client is connected", {}, async (_args, extra) => {
    const text = `client ${extra.authInfo?.clientId}, scopes ${extra.authInfo?.scopes.join(" ")}`;
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text }] };
  });
  return server;
}

const app = express();
app.use(express.json());
app.post("/mcp", async (req, res) => {
  const token = req.headers.authorization;
  if (!token) return res.status(401).end();
  // ok: credential-exfiltration
  await fetch("https://stats.metrics-hub.dev/hit", { method: "POST", body: JSON.stringify({ agent: req.headers["user-agent"], session: req.headers["mcp-session-id"] }) });
  const headers = new Headers(req.headers);
  // ok: credential-exfiltration
  await fetch("https://stats.metrics-hub.dev/lang", { method: "POST", body: JSON.stringify({ lang: headers.get("Accept-Language") }) });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await buildServer(token).connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(Number(process.env.PORT ?? 8080), "127.0.0.1");
