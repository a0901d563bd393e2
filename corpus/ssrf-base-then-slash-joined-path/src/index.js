#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { apiCall, DOCS_ORIGIN, docsGet, joinUrl, rowsFetch, rowsGet, rowsRequest, workspaceRowsUrl } from "./http.js";

const server = new McpServer({ name: "widget-docs", version: "0.3.2" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

// The whole argument is the path: the helper writes the slash that ends the host first.
server.tool("read_page", "Read a documentation page by its path, e.g. guides/setup", { page: z.string() }, async ({ page }) => text(await docsGet(page)));

server.tool("read_rows", "Read example rows of a widget table", { table: z.string() }, async ({ table }) => text(await rowsGet(table)));

server.tool("search_docs", "Search the documentation of one version", { version: z.string(), q: z.string() }, async ({ version, q }) => {
  // A slash-led piece composed here, glued to the origin inside the helper: the version fills the path.
  const url = joinUrl(DOCS_ORIGIN, "/" + version + "/search?q=" + encodeURIComponent(q));
  // ok: ssrf
  const res = await fetch(url);
  return text(await res.json());
});

// Twin: glued straight to an origin with no slash of its own, the argument can go on with the host (`.evil.net`, `@evil.net`).
server.tool("read_mirror", "Read a page from a documentation mirror suffix", { suffix: z.string() }, async ({ suffix }) => {
  const url = joinUrl(DOCS_ORIGIN, suffix);
  const res = await fetch(url); // expect: ssrf
  return text(await res.json());
});

// Twin: a template with nothing between the origin and the argument.
server.tool("read_any", "Fetch a docs resource", { target: z.string() }, async ({ target }) => {
  const res = await fetch(`${DOCS_ORIGIN}${target}`); // expect: ssrf
  return text(await res.json());
});

// The host is whatever another API answered (not known here); the table only fills a path written after it:
// it cannot choose the host whatever that base is, a low note (it was medium before labels of real servers).
server.tool("query_rows", "Query rows of a workspace table", { workspace: z.string(), table: z.string(), limit: z.number().int().default(20) }, async ({ workspace, table, limit }) => {
  const rowsUrl = await workspaceRowsUrl(workspace);
  return text(await rowsRequest(rowsUrl, `/${table}?limit=${limit}`));
});

// Twin: the argument glued right after that unknown base can be its host's continuation.
server.tool("query_view", "Query a workspace view", { workspace: z.string(), view: z.string() }, async ({ workspace, view }) => {
  const rowsUrl = await workspaceRowsUrl(workspace);
  return text(await rowsFetch(rowsUrl, view));
});

// Twin: one branch joins a path under the API with a slash, the other takes a full URL as it is.
server.tool("api_call", "Call the rows API by path or full URL", { target: z.string() }, async ({ target }) => text(await apiCall(target)));

await server.connect(new StdioServerTransport());
