import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

class QueueClient {
  constructor(options) {
    this.token = options.token;
    this.origin = "https://queue.shipyard.example";
  }
  async send(verb, route, payload) {
    const res = await fetch(`${this.origin}/api${route}`, {
      method: verb,
      headers: { authorization: `Token ${this.token}`, "content-type": "application/json" },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`queue ${verb} ${route} failed: ${res.status}`);
    return res.json();
  }
  async enqueue(route, payload) {
    return this.send("POST", route, payload);
  }
  async cancel(jobId) {
    return this.enqueue(`/jobs/${encodeURIComponent(jobId)}/cancel`, {});
  }
  async retry(jobId) {
    const job = await this.enqueue(`/jobs/${encodeURIComponent(jobId)}/retry`, { reason: "manual" });
    return { id: job.id, attempts: job.attempts };
  }
  connection() {
    return { origin: this.origin, token: this.token };
  }
}

const queue = new QueueClient({ token: process.env.SHIPYARD_QUEUE_TOKEN });
const server = new McpServer({ name: "shipyard-queue", version: "0.7.3" });

server.tool("cancel_job", "Cancel a queued deploy", { jobId: z.string() }, async ({ jobId }) => {
  const answer = await queue.cancel(jobId);
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(answer, null, 2) }] };
});

server.tool("retry_job", "Retry a failed deploy", { jobId: z.string() }, async ({ jobId }) => {
  const { id, attempts } = await queue.retry(jobId);
  // ok: secret-in-tool-output
  return { content: [{ type: "text", text: `job ${id} queued again (attempt ${attempts})` }] };
});

server.tool("connection_info", "Show how the queue is reached", {}, async () => {
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(queue.connection()) }] };
});

await server.connect(new StdioServerTransport());
