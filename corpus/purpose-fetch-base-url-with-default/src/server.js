#!/usr/bin/env node
// `connect` says it connects to the service at the base URL the caller gives, falling back to the
// one in the user's settings when none is given: the model naming the base is the tool's purpose (a capability,
// medium), the default is no boundary. Twin: `publish_board` says nothing about URLs, yet its
// `server` argument picks the host the board is sent to (an injection, high).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

function loadSettings() {
  try {
    return JSON.parse(readFileSync(join(homedir(), ".board-sync.json"), "utf8"));
  } catch {
    return {};
  }
}

const settings = loadSettings();
const DEFAULT_API = settings.apiUrl;
const server = new McpServer({ name: "board-sync", version: "0.6.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

class BoardClient {
  constructor(base) {
    this.base = base;
  }

  async list() {
    const res = await fetch(`${this.base}/v2/boards`, { headers: { accept: "application/json" } }); // expect: ssrf (medium)
    return res.json();
  }
}

class PublishClient {
  constructor(base) {
    this.base = base;
  }

  async publish(board) {
    const res = await fetch(`${this.base}/v2/boards/publish`, { method: "POST", body: JSON.stringify({ board }) }); // expect: ssrf (high)
    return res.ok;
  }
}

server.tool(
  "connect",
  "Connect to the board service at its URL and list the boards",
  { base_url: z.string().optional().describe("API base URL of the service (default: the hosted one)") },
  async ({ base_url }) => {
    const client = new BoardClient(base_url ?? DEFAULT_API);
    const boards = await client.list();
    return text(boards.map((b) => b.title).join("\n"));
  },
);

server.tool("publish_board", "Publish the board to the team", { board: z.string(), server: z.string().optional() }, async ({ board, server: target }) => {
  const ok = await new PublishClient(target ?? DEFAULT_API).publish(board);
  return text(ok ? "published" : "failed");
});

await server.connect(new StdioServerTransport());
