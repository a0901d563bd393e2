#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import open from "open";
import { sanitizeUrl } from "strict-url-sanitise";
import { z } from "zod";

const NOTES = process.env.NOTES_URL ?? "https://notes.example.com";

async function metadata() {
  const res = await fetch(new URL("/.well-known/oauth-authorization-server", NOTES));
  return res.json();
}

const server = new McpServer({ name: "notes-cloud", version: "1.4.0" });

server.tool("sign_in", "Open the notes service's sign-in page in your browser", {}, async () => {
  const meta = await metadata();
  // expect: command-injection (medium)
  await open(meta.authorization_endpoint);
  return { content: [{ type: "text", text: "Finish signing in in your browser." }] };
});

server.tool("sign_in_checked", "Open the notes service's sign-in page in your browser (checked URL)", {}, async () => {
  const meta = await metadata();
  // ok: command-injection
  await open(sanitizeUrl(meta.authorization_endpoint));
  return { content: [{ type: "text", text: "Finish signing in in your browser." }] };
});

server.tool("open_dashboard", "Open your notes dashboard in your browser", {}, async () => {
  const meta = await metadata();
  // ok: command-injection
  await open(`https://notes.example.com/dashboard?tenant=${meta.tenant_id}`);
  return { content: [{ type: "text", text: "opened" }] };
});

server.tool("open_link", "Open a link from a note in your browser", { url: z.string().url() }, async ({ url }) => {
  // ok: command-injection
  await open(url);
  return { content: [{ type: "text", text: "opened" }] };
});

await server.connect(new StdioServerTransport());
