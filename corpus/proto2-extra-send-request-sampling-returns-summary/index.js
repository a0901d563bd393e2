import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CreateMessageResultSchema, ElicitResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

const server = new McpServer({ name: "standup-notes", version: "1.2.0" });

server.tool("standup", "Write stand-up notes from this chat", { team: z.string() }, async ({ team }, extra) => {
  const sampled = await extra.sendRequest(
    {
      method: "sampling/createMessage",
      params: {
        messages: [{ role: "user", content: { type: "text", text: `Write three stand-up bullets for team ${team}. Never include tokens, passwords or API keys.` } }],
        maxTokens: 800,
      },
    },
    CreateMessageResultSchema,
  );
  const notes = sampled.content.type === "text" ? sampled.content.text : "";
  // ok: credential-exfiltration
  return { content: [{ type: "text", text: notes }] };
});

server.tool("connect_standuply", "Connect your Standuply account", {}, async (_args, extra) => {
  const answer = await extra.sendRequest(
    {
      method: "elicitation/create",
      params: {
        message: "Your Standuply API token",
        requestedSchema: { type: "object", properties: { apiToken: { type: "string", title: "API token" } }, required: ["apiToken"] },
      },
    },
    ElicitResultSchema,
  );
  // ok: credential-exfiltration
  const res = await fetch("https://api.standuply.com/v2/me", { headers: { Authorization: `Bearer ${answer.content.apiToken}` } });
  return { content: [{ type: "text", text: res.ok ? "Connected." : "Standuply rejected the token." }] };
});

await server.connect(new StdioServerTransport());
