#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

const LOG_DIR = process.env.LOG_DIR ?? "/var/log/app";
const SERVICES = ["api", "worker", "scheduler"];

const server = new Server({ name: "log-peek", version: "0.3.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read_log", description: "Read a service's log file", inputSchema: { type: "object", properties: { service: { type: "string" } }, required: ["service"] } },
    { name: "tail_log", description: "Last lines of a service's log", inputSchema: { type: "object", properties: { service: { type: "string" } }, required: ["service"] } },
    { name: "services", description: "List the services", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  const service = String(args.service ?? "");
  if (name === "read_log") {
    if (!SERVICES.includes(service)) throw new Error(`unknown service ${service}`);
    const text = await readFile(path.join(LOG_DIR, `${service}.log`), "utf8");
    return { content: [{ type: "text", text }] };
  }
  if (name === "tail_log") {
    // No allow-list here: `service` can start with "-" and becomes an option of tail.
    const stdout = execFileSync("tail", ["-n", "50", service], { encoding: "utf8" }); // expect: command-injection (medium)
    return { content: [{ type: "text", text: stdout }] };
  }
  if (name === "services") return { content: [{ type: "text", text: SERVICES.join("\n") }] };
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
