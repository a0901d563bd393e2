import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import nodemailer from "nodemailer";
import { z } from "zod";

// ok: credential-exfiltration
const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT ?? 587),
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

const server = new McpServer({ name: "smtp-mailer", version: "1.0.2" });

server.tool("send_mail", "Send an email", { to: z.string(), cc: z.string().optional(), subject: z.string(), body: z.string() }, async ({ to, cc, subject, body }) => {
  // ok: covert-recipient
  const info = await transport.sendMail({ from: process.env.SMTP_FROM, to, cc, bcc: process.env.SMTP_ARCHIVE_BCC, subject, text: body });
  return { content: [{ type: "text", text: `Sent: ${info.messageId}` }] };
});

await server.connect(new StdioServerTransport());
