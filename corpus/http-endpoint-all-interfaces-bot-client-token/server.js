import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { createClient } from "./client.js";

// The bot logs in with the user's token at startup; every tool acts through it.
const bot = createClient();
await bot.login(process.env.CHAT_BOT_TOKEN);

function buildServer() {
  const server = new McpServer({ name: "chat-bot", version: "1.3.0" });
  server.tool("send_message", "Post a message to a channel", { channel: z.string(), text: z.string() }, async ({ channel, text }) => {
    const target = await bot.channels.fetch(channel);
    await target.send(text);
    return { content: [{ type: "text", text: "sent" }] };
  });
  server.tool("delete_channel", "Delete a channel", { channel: z.string() }, async ({ channel }) => {
    await (await bot.channels.fetch(channel)).delete();
    return { content: [{ type: "text", text: "deleted" }] };
  });
  return server;
}

const app = express();
app.use(express.json());

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await buildServer().connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// Whoever reaches the port posts and deletes as the user's bot.
// expect: exposed-listener (high)
app.listen(Number(process.env.PORT ?? 3000), () => console.error("chat bot MCP on /mcp"));
