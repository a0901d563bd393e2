#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { MirrorReader, readFeed } from "./feeds.js";

const server = new McpServer({ name: "feed-reader", version: "2.3.0" });
const mirrors = new MirrorReader((process.env.FEED_MIRRORS ?? "mirror.example.org").split(","));
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("read_feed", "Read a feed from one of the configured hosts", { feedUrl: z.string() }, async ({ feedUrl }) => text(await readFeed(feedUrl)));
server.tool("read_mirror", "Read a feed mirror", { mirrorUrl: z.string() }, async ({ mirrorUrl }) => text(await mirrors.read(mirrorUrl)));

// Twin: the list comes with the call, so the model writes the host and the list that admits it.
server.tool("read_from", "Read a feed from one of the given hosts", { feedUrl: z.string(), hosts: z.array(z.string()) }, async ({ feedUrl, hosts }) => {
  const url = new URL(feedUrl);
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  if (!allowed.has(url.hostname)) throw new Error("host not allowed");
  const res = await fetch(url); // expect: ssrf
  return text(await res.text());
});

await server.connect(new StdioServerTransport());
