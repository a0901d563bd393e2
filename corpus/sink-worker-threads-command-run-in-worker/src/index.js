#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Worker } from "node:worker_threads";
import { z } from "zod";

const pool = new Worker(new URL("./job-worker.js", import.meta.url), { workerData: { mode: "pool" } });

function runInWorker(target) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./build-worker.js", import.meta.url), { workerData: { target } });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

const server = new McpServer({ name: "job-runner", version: "0.2.0" });

server.tool("build", "Build one make target", { target: z.string() }, async ({ target }) => ({
  content: [{ type: "text", text: String(await runInWorker(target)) }],
}));

server.tool("queue_job", "Queue a shell step on the job pool", { step: z.string() }, async ({ step }) => {
  pool.postMessage({ kind: "step", step });
  return { content: [{ type: "text", text: "queued" }] };
});

await server.connect(new StdioServerTransport());
