#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const MIRROR = path.join(os.homedir(), ".docs-mirror", "site");
const SITE = "https://docs.example.org/manual/";
const server = new McpServer({ name: "docs-mirror", version: "1.1.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

/** The page's address on the site: a relative link resolved as a browser would. */
function pageUrl(page) {
  return new URL(`./${page}`, SITE);
}

server.tool("read_page", "Read a page of the manual from the mirror", { page: z.string() }, async ({ page }) => {
  const url = pageUrl(page);
  // The URL parser removed every `..` segment; joined under the mirror, the path stays in it.
  // ok: path-traversal
  return text(await readFile(path.join(MIRROR, url.pathname, "index.html"), "utf8"));
});

server.tool("read_asset", "Read an asset of the manual from the mirror", { asset: z.string() }, async ({ asset }) => {
  const url = new URL(`./assets/${asset}`, SITE);
  // Decoded, `%2F..%2F` in one segment is `/../` again.
  // expect: path-traversal
  return text(await readFile(path.join(MIRROR, decodeURIComponent(url.pathname)), "utf8"));
});

server.tool("page_source", "Show where a page is kept", { page: z.string() }, async ({ page }) => {
  const url = pageUrl(page);
  // The pathname is absolute: resolved rather than joined, it starts again at the disk's root.
  // expect: path-traversal
  return text(await readFile(path.resolve(MIRROR, url.pathname.slice(1) ? url.pathname : "/index.html"), "utf8"));
});

await server.connect(new StdioServerTransport());
