#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { exportLayout, pullLayout, pushLayout, readSnippet } from "./forms.js";

const server = new McpServer({ name: "form-sync", version: "3.2.1" });
const reply = (t) => ({ content: [{ type: "text", text: t }] });
const fetchLayout = async (id) => `<form id="${encodeURIComponent(id)}"/>`;
const sendLayout = async (layout) => `sent ${layout.length} bytes`;

server.tool("pull_layout", "Save a form's layout into the project's forms folder", { form_id: z.string(), target: z.string() }, async ({ form_id, target }) => reply(await pullLayout(form_id, target, fetchLayout)));
server.tool("push_layout", "Upload a layout file from the project's forms folder", { source: z.string() }, async ({ source }) => reply(await pushLayout(source, sendLayout)));
server.tool("export_layout", "Export a layout into the snippets folder under a name", { name: z.string(), layout: z.string() }, async ({ name, layout }) => {
  await exportLayout(name, layout);
  return reply("exported");
});
server.tool("read_snippet", "Read a snippet from the snippets folder", { name: z.string() }, async ({ name }) => reply(await readSnippet(name)));

await server.connect(new StdioServerTransport());
