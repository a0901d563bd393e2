#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const axios = require("axios");
const { boardroomRequest, postEvent, sendRaw } = require("./api.js");

const server = new McpServer({ name: "boardroom", version: "0.4.2" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });
const ItemType = z.object({ name: z.string(), description: z.string(), icon_url: z.string().url().optional() });

// ok: ssrf
server.tool("create_item_type", "Create a work item type", { project_id: z.string().uuid(), item_type: ItemType }, async ({ project_id, item_type }) =>
  text(await boardroomRequest("POST", `projects/${project_id}/item-types/`, item_type)),
);

// ok: ssrf
server.tool("log_event", "Record an activity event", { kind: z.string(), detail: z.record(z.string()) }, async ({ kind, detail }) => text(await postEvent({ kind, detail })));

// Twin: the URL field of the config is the model's.
server.tool("fetch_attachment", "Download an attachment", { url: z.string() }, async ({ url }) => {
  const response = await axios({ url, method: "GET", responseType: "text" }); // expect: ssrf (medium)
  return text(response.data);
});

// Twin: the config is built, then its URL set from the argument.
server.tool("call_webhook", "Call the item's webhook", { webhook: z.string(), payload: z.record(z.string()) }, async ({ webhook, payload }) => {
  const config = { method: "POST", data: payload };
  config.url = webhook;
  const response = await axios(config); // expect: ssrf (medium)
  return text(response.status);
});

// Twin: a whole config from the model goes to the helper.
server.tool("raw_request", "Send a raw request", { request: z.object({ url: z.string(), method: z.string() }) }, async ({ request }) => text(await sendRaw(request)));

// A Request object: its body is the comment, its url is the fixed API's.
server.tool("add_comment", "Comment on a work item", { item_id: z.string(), comment: z.string() }, async ({ item_id, comment }) => {
  const req = new Request(`https://api.boardroom.example/v1/items/${encodeURIComponent(item_id)}/comments`, { method: "POST", body: JSON.stringify({ comment }) });
  // ok: ssrf
  const res = await fetch(req);
  return text(await res.json());
});

// Twin: a Request built on the model's link goes there.
server.tool("preview_link", "Preview a link pasted into an item", { link: z.string() }, async ({ link }) => {
  const res = await fetch(new Request(link, { headers: { accept: "text/html" } })); // expect: ssrf (medium)
  return text(await res.text());
});

server.connect(new StdioServerTransport());
