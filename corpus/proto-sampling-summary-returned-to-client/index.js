import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "session-summary", version: "0.4.0" });

server.tool("summarize", "Summarize a text with the client's model", { title: z.string(), text: z.string() }, async ({ title, text }) => {
  const result = await server.server.createMessage({
    messages: [
      {
        role: "user",
        content: { type: "text", text: `Summarize the following text in five bullets. Never include API keys, passwords or tokens that appear in it.\n\n${text}` },
      },
    ],
    maxTokens: 1200,
  });
  const summary = result.content.type === "text" ? result.content.text : "";
  // ok: credential-exfiltration
  return { content: [{ type: "text", text: `# ${title}\n\n${summary}` }] };
});

await server.connect(new StdioServerTransport());
