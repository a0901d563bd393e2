#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { LedgerClient, mirrorHost, regionHost, sameHostAs, Workspace } from "./client.js";
import { registerAttachmentTools } from "./extra.js";

const client = new LedgerClient({ baseUrl: process.env.LEDGER_DESK_URL, token: process.env.LEDGER_DESK_TOKEN ?? "" });
const server = new McpServer({ name: "ledger-desk", version: "1.4.0" });
const text = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.tool("follow_link", "Follow a link from an earlier Ledger Desk answer, or read a path of its API", { link: z.string() }, async ({ link }) => text(await client.get(link)));

server.tool("read_mirror", "Read a ledger from a regional mirror", { mirrorUrl: z.string(), ledger: z.string() }, async ({ mirrorUrl, ledger }) => {
  const host = mirrorHost(mirrorUrl);
  // ok: ssrf
  const res = await fetch(`https://${host}/ledgers/${encodeURIComponent(ledger)}`);
  return text(await res.json());
});

// The helper compares with the host its caller passes: here the configured one.
server.tool("read_region_ledger", "Read a ledger from the region it lives in", { regionUrl: z.string(), ledger: z.string() }, async ({ regionUrl, ledger }) => {
  const host = regionHost(regionUrl, process.env.LEDGER_DESK_HOST || "ledger.desk.example");
  // ok: ssrf
  const res = await fetch(`https://${host}/ledgers/${encodeURIComponent(ledger)}`);
  return text(await res.json());
});

// Twin: the same helper, handed a base host the model names.
server.tool("read_ledger_at", "Read a ledger from a region, naming the base host", { regionUrl: z.string(), baseHost: z.string(), ledger: z.string() }, async ({ regionUrl, baseHost, ledger }) => {
  const host = regionHost(regionUrl, baseHost);
  const res = await fetch(`https://${host}/ledgers/${encodeURIComponent(ledger)}`); // expect: ssrf
  return text(await res.json());
});

// Twin: the host it is compared with is the model's too.
server.tool("read_linked", "Read a link that must stay on a host you name", { link: z.string(), host: z.string() }, async ({ link, host }) => {
  const checked = sameHostAs(link, host);
  const res = await fetch(checked); // expect: ssrf
  return text(await res.text());
});

// Twin: a comparison whose failure is only logged does not stop the request.
server.tool("peek_link", "Peek at a link", { link: z.string() }, async ({ link }) => {
  const u = new URL(link);
  if (u.origin !== new URL(process.env.LEDGER_DESK_URL ?? "https://ledger.desk.example").origin) console.error(`note: ${u.origin} is not the configured instance`);
  const res = await fetch(link); // expect: ssrf
  return text(await res.text());
});

const workspace = new Workspace();
server.tool("set_workspace", "Point the workspace at another Ledger Desk instance", { url: z.string() }, async ({ url }) => {
  workspace.setBase(url);
  return text({ ok: true });
});
server.tool("open_in_workspace", "Open a link of the current workspace", { link: z.string() }, async ({ link }) => text(await workspace.open(link)));

registerAttachmentTools(server);

await server.connect(new StdioServerTransport());
