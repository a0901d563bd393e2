#!/usr/bin/env node
import express from "express";
import { parse } from "shell-quote";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

const app = express();
const sessions = new Map();

/** The web UI says which server to start; the proxy has no authentication. */
async function connect(params) {
  if (params.transport === "stdio") {
    const args = parse(params.args ?? "").filter((a) => typeof a === "string");
    // expect: command-injection
    const transport = new StdioClientTransport({ command: params.command, args, env: { PATH: process.env.PATH ?? "" } });
    await transport.start();
    return transport;
  }
  const transport = new SSEClientTransport(new URL(params.url));
  await transport.start();
  return transport;
}

/** The servers this tool itself needs, started from a constant command line. */
async function startBundledInspector() {
  // ok: command-injection
  const transport = new StdioClientTransport({ command: "node", args: ["./bundled/echo-server.js"] });
  await transport.start();
  return transport;
}

app.get("/connect", async (req, res) => {
  const transport = await connect(req.query);
  const id = crypto.randomUUID();
  sessions.set(id, transport);
  res.json({ id });
});

await startBundledInspector();
app.listen(6277, "127.0.0.1");
