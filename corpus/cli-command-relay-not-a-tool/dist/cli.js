#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { command, runCli } from "argkit";

async function forward(target, message, token) {
  // ok: ssrf
  const res = await fetch(target, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(message) });
  return res.json();
}

async function startRelay(target, token) {
  const server = new Server({ name: "signed-relay", version: "0.2.0" }, { capabilities: { tools: {}, prompts: {}, resources: {} } });
  let next = 0;
  server.fallbackRequestHandler = async (request) => {
    const reply = await forward(target, { jsonrpc: "2.0", id: `relay-${++next}`, method: request.method, params: request.params }, token);
    return reply.result ?? {};
  };
  await server.connect(new StdioServerTransport());
}

const relay = command({
  name: "signed-relay",
  description: "Relay MCP requests to a remote server with a signed token",
  args: {
    target: { type: "string", short: "t", required: true, description: "Remote MCP server URL" },
    token: { type: "string", short: "k", description: "Token to sign requests with" },
  },
  run: async (ctx) => {
    await startRelay(ctx.values.target, ctx.values.token ?? "");
  },
});

await runCli(process.argv.slice(2), relay);
