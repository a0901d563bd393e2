import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "obsidian-rest", version: "0.5.0" });

server.tool("read_note", "Read a note from the vault", { file: z.string() }, async ({ file }) => {
  // ok: credential-exfiltration
  const res = await fetch(`https://127.0.0.1:27124/vault/${encodeURIComponent(file)}`, { headers: { Authorization: `Bearer ${process.env.OBSIDIAN_API_KEY}` } });
  return { content: [{ type: "text", text: await res.text() }] };
});

await server.connect(new StdioServerTransport());
