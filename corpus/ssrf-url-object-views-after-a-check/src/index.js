#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { fetchWithRetries } from "./fetcher.js";

const PUBLISHERS = new Set(["feeds.example-news.org", "blog.example-labs.io"]);
const server = new McpServer({ name: "feed-peek", version: "1.3.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

// The parsed host is checked against a fixed list, then the whole URL object is fetched by the helper.
server.tool("peek_feed", "First entries of a publisher's feed", { feed: z.string() }, async ({ feed }) => {
  const target = new URL(feed);
  if (!PUBLISHERS.has(target.hostname)) throw new Error("not a known publisher");
  const previous = new URL(target.href);
  previous.searchParams.set("page", "2");
  return text((await fetchWithRetries(target)).slice(0, 2000) + (await fetchWithRetries(previous)).slice(0, 200));
});

// Twin: only the path is checked; the model still picks the host the helper fetches.
server.tool("peek_any_feed", "First entries of any feed under /feed/", { feed: z.string() }, async ({ feed }) => {
  const target = new URL(feed);
  if (!target.pathname.startsWith("/feed/")) throw new Error("not a feed path");
  return text((await fetchWithRetries(target)).slice(0, 2000));
});

await server.connect(new StdioServerTransport());
