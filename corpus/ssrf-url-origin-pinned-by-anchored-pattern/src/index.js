#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readTile, readSister, readTileLogged } from "./tiles.js";

const server = new McpServer({ name: "atlas-pages", version: "0.3.1" });
const text = (v) => ({ content: [{ type: "text", text: typeof v === "string" ? v : JSON.stringify(v) }] });

server.tool("read_entry", "Read an Atlas entry by its page address", { page: z.string().describe("Address of an Atlas entry page") }, async ({ page }) => {
  if (!/^https?:\/\/[a-z]{2,3}\.atlas\.example\.org\/entry\//.test(page)) {
    return text("Not an Atlas entry address");
  }
  // ok: ssrf
  const res = await fetch(page, { headers: { accept: "text/html" } });
  return text(await res.text());
});

server.tool("read_map_tile", "Read a map tile of the Atlas map site", { tile: z.string() }, async ({ tile }) => text(await readTile(tile)));

server.tool("peek_map_tile", "Peek at a map tile, noting odd addresses", { tile: z.string() }, async ({ tile }) => text(await readTileLogged(tile)));

server.tool("read_sister_entry", "Read the entry a sister site links to", { page: z.string() }, async ({ page }) => text(await readSister(page)));

// Twin: the pattern is not anchored, so `https://evil.example/?https://en.atlas.example.org/entry/` passes.
server.tool("read_cited_entry", "Read an entry cited by another page", { page: z.string() }, async ({ page }) => {
  if (!/https?:\/\/[a-z]{2,3}\.atlas\.example\.org\/entry\//.test(page)) return text("Not an Atlas entry address");
  const res = await fetch(page); // expect: ssrf
  return text(await res.text());
});

// Twin: `.+` may hold `/` and `@`: `https://evil.example/?.atlas.example.org/` passes.
server.tool("read_mirror_entry", "Read an entry from a mirror of the Atlas", { page: z.string() }, async ({ page }) => {
  if (!/^https?:\/\/.+\.atlas\.example\.org\//.test(page)) return text("Not an Atlas mirror address");
  const res = await fetch(page); // expect: ssrf
  return text(await res.text());
});

// Twin: a multi-line pattern's `^` also matches after a line break inside the text.
server.tool("read_listed_entry", "Read an entry from a list of addresses", { page: z.string() }, async ({ page }) => {
  if (!/^https:\/\/en\.atlas\.example\.org\//m.test(page)) return text("Not an Atlas entry address");
  const res = await fetch(page); // expect: ssrf
  return text(await res.text());
});

await server.connect(new StdioServerTransport());
