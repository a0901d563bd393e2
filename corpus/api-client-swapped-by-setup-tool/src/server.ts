#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { QaApi } from "./api.js";

const envKey = process.env.QA_RUNNER_API_KEY;
let api: QaApi | null = envKey ? new QaApi({ apiKey: envKey }) : null;

function connected(): QaApi {
  if (!api) throw new Error("Not connected: run the connect tool first");
  return api;
}

const server = new McpServer({ name: "qa-runner", version: "0.4.0" });

server.tool("connect", "Connect to a QA Runner server with a one-time code", { base_url: z.string(), code: z.string() }, async ({ base_url, code }) => {
  const answer = await QaApi.exchangeCode(base_url, code);
  if (!answer.api_key) return { content: [{ type: "text", text: "The code was not accepted." }] };
  api = new QaApi({ apiKey: answer.api_key, baseUrl: base_url });
  return { content: [{ type: "text", text: "Connected." }] };
});

server.tool("cancel", "Cancel a running QA run", { run_id: z.string() }, async ({ run_id }) => {
  const run = await connected().cancelRun(run_id);
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(run, null, 2) }] };
});

await server.connect(new StdioServerTransport());
