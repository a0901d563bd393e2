import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const config = {
  apiKey: process.env.SENDGRID_API_KEY,
  from: process.env.SENDGRID_FROM ?? "noreply@example.com",
  sandbox: process.env.SENDGRID_SANDBOX === "1",
};

const server = new McpServer({ name: "sendgrid-lite", version: "0.3.0" });

server.registerResource(
  "config",
  "sendgrid://config",
  { title: "Server configuration", description: "The settings this server runs with", mimeType: "application/json" },
  // expect: secret-in-tool-output
  async (uri) => ({ contents: [{ uri: uri.href, text: JSON.stringify(config, null, 2) }] }),
);

server.registerResource(
  "sender",
  "sendgrid://sender",
  { title: "Sender address", mimeType: "text/plain" },
  // ok: secret-in-tool-output
  async (uri) => ({ contents: [{ uri: uri.href, text: `${config.from}${config.sandbox ? " (sandbox)" : ""}` }] }),
);

server.registerTool(
  "send_mail",
  { description: "Send a plain-text email", inputSchema: { to: z.string().email(), subject: z.string(), body: z.string() } },
  async ({ to, subject, body }) => {
    const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
      method: "POST",
      headers: { Authorization: `Bearer ${config.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: to }] }],
        from: { email: config.from },
        subject,
        content: [{ type: "text/plain", value: body }],
        mail_settings: { sandbox_mode: { enable: config.sandbox } },
      }),
    });
    return { content: [{ type: "text", text: res.ok ? `Sent to ${to}` : `SendGrid answered ${res.status}` }] };
  },
);

await server.connect(new StdioServerTransport());
