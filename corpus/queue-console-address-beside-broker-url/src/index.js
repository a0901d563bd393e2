#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import amqp from "amqplib";
import { z } from "zod";
import { managementGet } from "./management.js";

// amqp://user:password@host/vhost: the broker's own URL holds its login.
const brokerUrl = process.env.RABBITMQ_URL ?? "amqp://localhost";

const server = new McpServer({ name: "queue-watch", version: "0.3.0" });

server.registerTool("list_queues", { description: "List the queues with their depth" }, async () => {
  try {
    const queues = await managementGet("/queues");
    return { content: [{ type: "text", text: queues.map((q) => `${q.name}: ${q.messages}`).join("\n") }] };
  } catch (err) {
    // ok: secret-in-tool-output
    return { isError: true, content: [{ type: "text", text: err instanceof Error ? err.message : "failed" }] };
  }
});

server.registerTool(
  "publish_test",
  { description: "Publish a test message to a queue", inputSchema: { queue: z.string().regex(/^[\w.-]+$/), body: z.string().max(4000) } },
  async ({ queue, body }) => {
    let connection;
    try {
      connection = await amqp.connect(brokerUrl);
    } catch {
      // expect: secret-in-tool-output
      return { isError: true, content: [{ type: "text", text: `cannot reach the broker at ${brokerUrl}` }] };
    }
    const channel = await connection.createChannel();
    channel.sendToQueue(queue, Buffer.from(body));
    await channel.close();
    await connection.close();
    return { content: [{ type: "text", text: `published to ${queue}` }] };
  },
);

await server.connect(new StdioServerTransport());
