import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ImapFlow } from "imapflow";
import { z } from "zod";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const EXPORT_FILE = path.join(os.homedir(), "Documents", "mail-export.txt");
const server = new McpServer({ name: "mail-helper", version: "0.7.0" });

// expect: untrusted-content-exposure
server.tool("read_inbox", "Read the latest messages in the inbox.", { count: z.number().int().max(50).default(10) }, async ({ count }) => {
  const client = new ImapFlow({ host: process.env.IMAP_HOST, port: 993, secure: true, auth: { user: process.env.IMAP_USER, pass: process.env.IMAP_PASSWORD } });
  await client.connect();
  const lock = await client.getMailboxLock("INBOX");
  const lines = [];
  try {
    for await (const msg of client.fetch(`${Math.max(1, client.mailbox.exists - count + 1)}:*`, { envelope: true })) lines.push(msg.envelope.subject);
  } finally {
    lock.release();
    await client.logout();
  }
  return { content: [{ type: "text", text: lines.join("\n") }] };
});

server.tool("save_summary", "Save a summary to the export file in Documents.", { text: z.string() }, async ({ text }) => {
  await writeFile(EXPORT_FILE, text);
  return { content: [{ type: "text", text: "Saved." }] };
});

await server.connect(new StdioServerTransport());
