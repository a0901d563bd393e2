#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { childrenPath, mirrorPath, pagePath, regionalPageUrl } from "./paths.js";

const settings = { base: readBase(), token: process.env.WIKI_SPACES_TOKEN ?? "" };
const server = new McpServer({ name: "wiki-spaces", version: "1.6.0" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });

function readBase() {
  return (process.env.WIKI_SPACES_URL ?? "https://wiki-spaces.example.com/api").replace(/\/+$/, "");
}

async function call(path) {
  // ok: ssrf
  const res = await fetch(settings.base + path, { headers: { authorization: `Bearer ${settings.token}` } });
  return res.json();
}

server.tool("get_page", "Read a page of a space", { space: z.string(), page: z.string() }, async ({ space, page }) => text(await call(pagePath(space, page))));

server.tool("list_children", "List the child pages of a page", { page: z.string() }, async ({ page }) => text(await call(childrenPath(page))));

// Twin: the placeholder is the host.
server.tool("get_mirrored_page", "Read a page from a mirror", { mirror: z.string(), page: z.string() }, async ({ mirror, page }) => {
  const res = await fetch(mirrorPath(mirror, page)); // expect: ssrf
  return text(await res.json());
});

// Twin: a helper's template writes the argument as the host (its text after the host is no host name).
server.tool("get_regional_page", "Read a page from a regional host", { region: z.string(), page: z.string() }, async ({ region, page }) => {
  const res = await fetch(regionalPageUrl(region, page)); // expect: ssrf
  return text(await res.json());
});

// Twin: the placeholder is glued right after a base nobody knows.
server.tool("get_page_by_suffix", "Read a page by its address suffix", { suffix: z.string() }, async ({ suffix }) => {
  const res = await fetch("{base}{suffix}".replace("{base}", settings.base).replace("{suffix}", suffix)); // expect: ssrf
  return text(await res.json());
});

await server.connect(new StdioServerTransport());
