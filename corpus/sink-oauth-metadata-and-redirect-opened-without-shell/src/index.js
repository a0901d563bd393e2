#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { randomUUID } from "node:crypto";
import { followShortLink, openSignIn } from "./auth.js";

const server = new McpServer({ name: "wiki-connector", version: "0.8.0" });

server.tool("sign_in", "Open the wiki's sign-in page in your browser", {}, async () => {
  await openSignIn(process.env.WIKI_CLIENT_ID ?? "wiki-mcp", randomUUID());
  return { content: [{ type: "text", text: "Finish signing in in your browser." }] };
});

server.tool("open_home", "Open the wiki's home page (its short link) in your browser", {}, async () => {
  await followShortLink("/s/home");
  return { content: [{ type: "text", text: "opened" }] };
});

await server.connect(new StdioServerTransport());
