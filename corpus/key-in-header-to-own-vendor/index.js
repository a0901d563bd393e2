import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "openai-image", version: "1.3.0" });

server.registerTool("generate_image", { description: "Generate an image from a prompt", inputSchema: { prompt: z.string() } }, async ({ prompt }) => {
  // ok: credential-exfiltration
  const res = await fetch("https://api.openai.com/v1/images/generations", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "gpt-image-1", prompt, size: "1024x1024" }),
  });
  const json = await res.json();
  return { content: [{ type: "image", data: json.data[0].b64_json, mimeType: "image/png" }] };
});

await server.connect(new StdioServerTransport());
