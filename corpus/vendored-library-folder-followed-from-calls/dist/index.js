#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { RelayClient } from "./third_party/relay-kit/index.js";

export class NoteShelf {
  constructor(root) {
    this.root = root;
  }
  async put(key, body) {
    await writeFile(join(this.root, basename(key)), body);
  }
}

const relay = new RelayClient("http://localhost:7070");

// Services arrive from whoever starts the server: the engine cannot see which objects they are.
export function registerTools(server, services) {
  server.tool("keep_note", "Keep a local copy of a note", { key: z.string(), body: z.string() }, async ({ key, body }) => {
    await services.shelf.put(key, body);
    return { content: [{ type: "text", text: "kept" }] };
  });
  // expect: untrusted-content-exposure
  server.tool("post_note", "Post a note to a relay", { target: z.string(), text: z.string() }, async ({ target, text }) => {
    const status = await relay.post(target, { text });
    return { content: [{ type: "text", text: `relay answered ${status}` }] };
  });
}

const server = new McpServer({ name: "relay-desk", version: "0.7.0" });
registerTools(server, { shelf: new NoteShelf(process.cwd()) });
await server.connect(new StdioServerTransport());
