#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const nodemailer = require("nodemailer");
const path = require("path");
const { z } = require("zod");

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});
const reportsDir = process.env.REPORTS_DIR || path.join(process.cwd(), "reports");

const server = new McpServer({ name: "report-mailer", version: "2.0.4" });

server.tool("mail_document", "Mail a document to someone", { to: z.string().email(), document: z.string(), note: z.string().optional() }, async ({ to, document, note }) => {
  // expect: path-traversal
  await transporter.sendMail({
    from: process.env.SMTP_USER,
    to,
    subject: `Document: ${path.basename(document)}`,
    text: note || "See attached.",
    attachments: [{ filename: path.basename(document), path: document }],
  });
  return { content: [{ type: "text", text: `mailed ${document} to ${to}` }] };
});

server.tool("mail_link", "Mail the file at a link as an attachment", { to: z.string().email(), link: z.string() }, async ({ to, link }) => {
  // expect: ssrf
  await transporter.sendMail({ from: process.env.SMTP_USER, to, subject: "Shared file", attachments: [{ filename: "shared", href: link }] });
  return { content: [{ type: "text", text: "sent" }] };
});

server.tool("mail_report", "Mail one of this month's reports", { to: z.string().email(), report: z.string(), comment: z.string() }, async ({ to, report, comment }) => {
  // ok: path-traversal
  await transporter.sendMail({
    from: process.env.SMTP_USER,
    to,
    subject: `Report ${report}`,
    attachments: [
      { filename: `${report}.txt`, content: comment },
      { filename: `${report}.pdf`, path: path.join(reportsDir, `${path.basename(report)}.pdf`) },
    ],
  });
  return { content: [{ type: "text", text: "sent" }] };
});

server.connect(new StdioServerTransport());
