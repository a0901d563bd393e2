#!/usr/bin/env node
import dns from "node:dns/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { isPrivateAddress } from "./net-checks.js";

const server = new McpServer({ name: "team-links", version: "1.4.0" });
const DOCS_BASE = "https://docs.acme-team.dev";
const STATUS_ORIGIN = new URL("https://status.acme-team.dev/api").origin;
const WIKI_DOMAIN = "wiki.acme-team.dev";
const MIRRORS = ["mirror-eu.acme-team.dev", "mirror-us.acme-team.dev"];
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

// Allow-list by prefix: the constant ends the authority, so the host is the docs site's.
server.tool("read_docs_page", "Read a page of the team docs", { url: z.string() }, async ({ url }) => {
  if (!url.startsWith(DOCS_BASE + "/")) throw new Error("only pages of the team docs");
  // ok: ssrf
  return text(await (await fetch(url)).text());
});

// Twin: the prefix stops before the end of the host (`https://docs.acme-team.dev.evil.net/`).
server.tool("read_docs_raw", "Read a raw file of the team docs", { url: z.string() }, async ({ url }) => {
  if (!url.startsWith(DOCS_BASE)) throw new Error("only files of the team docs");
  return text(await (await fetch(url)).text()); // expect: ssrf
});

// Allow-list by origin, compared with a constant the code computed.
server.tool("status_component", "Status of one component", { endpoint: z.string() }, async ({ endpoint }) => {
  if (new URL(endpoint).origin !== STATUS_ORIGIN) throw new Error("not the status site");
  // ok: ssrf
  return text(await (await fetch(endpoint)).json());
});

// A domain and its subdomains.
server.tool("wiki_page", "Read a wiki page", { link: z.string() }, async ({ link }) => {
  const host = new URL(link).hostname;
  if (host !== WIKI_DOMAIN && !host.endsWith("." + WIKI_DOMAIN)) throw new Error("not the wiki");
  // ok: ssrf
  return text(await (await fetch(link)).text());
});

// Twin: without the dot, any name that ends so passes (`evil-acme-team.dev`).
server.tool("wiki_attachment", "Download a wiki attachment", { link: z.string() }, async ({ link }) => {
  const host = new URL(link).hostname;
  if (!host.endsWith("acme-team.dev")) throw new Error("not the wiki");
  return text(await (await fetch(link)).text()); // expect: ssrf
});

// A constant list of hosts.
server.tool("mirror_file", "Fetch a file from a release mirror", { url: z.string() }, async ({ url }) => {
  if (!MIRRORS.includes(new URL(url).hostname)) throw new Error("not a mirror");
  // ok: ssrf
  return text(await (await fetch(url)).text());
});

// Twin: the list is the tool's own argument, so the model names the host it checks against.
server.tool("mirror_file_from", "Fetch a file from one of the given mirrors", { url: z.string(), mirrors: z.array(z.string()) }, async ({ url, mirrors }) => {
  if (!mirrors.includes(new URL(url).hostname)) throw new Error("not a mirror");
  return text(await (await fetch(url)).text()); // expect: ssrf
});

// A private-address deny-list in a helper module, after resolving the name: only public hosts are reachable.
server.tool("unfurl_link", "Title and description of a link shared in chat", { link: z.string() }, async ({ link }) => {
  const resolved = await dns.lookup(new URL(link).hostname);
  if (isPrivateAddress(resolved.address)) throw new Error("refusing a private address");
  const html = await (await fetch(link, { redirect: "error" })).text(); // expect: ssrf (low)
  return text(/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "");
});

// The same deny-list written inline on the parsed host.
server.tool("link_headers", "Response headers of a shared link", { link: z.string() }, async ({ link }) => {
  const u = new URL(link);
  if (u.hostname === "localhost" || u.hostname.startsWith("127.") || u.hostname.startsWith("10.") || u.hostname.startsWith("169.254.")) throw new Error("private");
  const res = await fetch(u, { method: "HEAD", redirect: "error" }); // expect: ssrf (low)
  return text(JSON.stringify(Object.fromEntries(res.headers)));
});

// Twin: refusing `localhost` alone leaves 127.0.0.1, 169.254.169.254 and the intranet.
server.tool("link_status", "HTTP status of a shared link", { link: z.string() }, async ({ link }) => {
  if (new URL(link).hostname === "localhost") throw new Error("no localhost");
  const res = await fetch(link, { method: "HEAD" }); // expect: ssrf
  return text(String(res.status));
});

await server.connect(new StdioServerTransport());
