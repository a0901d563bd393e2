import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ImapFlow } from "imapflow";

// ok: untrusted-content-exposure
const server = new McpServer({ name: "mail-peek", version: "0.2.0" });

server.tool("unread_count", "How many unread messages are in the inbox.", async () => {
  const client = new ImapFlow({ host: process.env.IMAP_HOST, port: 993, secure: true, auth: { user: process.env.IMAP_USER, pass: process.env.IMAP_PASSWORD } });
  await client.connect();
  const status = await client.status("INBOX", { unseen: true });
  await client.logout();
  return { content: [{ type: "text", text: String(status.unseen) }] };
});

await server.connect(new StdioServerTransport());
