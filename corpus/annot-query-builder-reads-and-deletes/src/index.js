#!/usr/bin/env node
// Tools on a query builder: what each statement does is in the builder's methods, not in SQL text.
// list_contacts and count_contacts only select, so their readOnlyHint holds; forget_contact deletes
// and touch_contact updates while both claim to be read-only.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import knex from "knex";
import { z } from "zod";

const db = knex({ client: "pg", connection: process.env.CRM_DATABASE_URL });

const server = new McpServer({ name: "crm-lite", version: "0.3.0" });

server.registerTool("list_contacts", { description: "List contacts of a company", inputSchema: { company: z.string() }, annotations: { readOnlyHint: true } }, async ({ company }) => {
  const rows = await db("contacts").select("id", "name", "email").where({ company }).orderBy("name").limit(50);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.registerTool("count_contacts", { description: "Count contacts", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const [{ n }] = await db("contacts").count({ n: "*" });
  return { content: [{ type: "text", text: String(n) }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("forget_contact", { description: "Forget a contact", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  await db("contacts").where({ id }).del();
  return { content: [{ type: "text", text: "forgotten" }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("touch_contact", { description: "Mark a contact as seen", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
  await db("contacts").where({ id }).update({ seen_at: db.fn.now() });
  return { content: [{ type: "text", text: "seen" }] };
});

await server.connect(new StdioServerTransport());
