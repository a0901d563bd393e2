#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Worker } from "node:worker_threads";
import { z } from "zod";

const pool = new Worker(new URL("./count-worker.js", import.meta.url), { workerData: { mode: "pool" } });

function runInWorker(text) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./hash-worker.js", import.meta.url), { workerData: { text } });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

const server = new McpServer({ name: "hash-runner", version: "0.2.0" });

server.tool("digest", "SHA-256 of a text, computed off the main thread", { text: z.string() }, async ({ text }) => ({
  content: [{ type: "text", text: String(await runInWorker(text)) }],
}));

server.tool("count_words", "Count the words of a text on the worker pool", { text: z.string() }, async ({ text }) => {
  const counted = new Promise((resolve) => pool.once("message", resolve));
  pool.postMessage({ kind: "count", text });
  return { content: [{ type: "text", text: `words: ${await counted}` }] };
});

await server.connect(new StdioServerTransport());
