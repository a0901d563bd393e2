#!/usr/bin/env node
import crypto from "node:crypto";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const scryptAsync = promisify(crypto.scrypt);
const apiKey = process.env.WORKFLOW_API_KEY ?? "";
const SALT = "workflow-cache-v1";

// The cache is keyed by a one-way derivation of the key: logging the derived bytes shows nothing usable.
crypto.scrypt(apiKey, SALT, 32, (err, derived) => {
  if (err) return;
  // ok: secret-in-log
  console.error(`[workflow-cache] cache namespace ${derived.toString("hex").slice(0, 16)}`);
});

async function cacheNamespace() {
  const derived = await scryptAsync(apiKey, SALT, 32);
  const namespace = derived.toString("hex").substring(0, 16);
  // ok: secret-in-log
  console.error(`[workflow-cache] namespace ready: ${namespace}`);
  return namespace;
}

// The key's own first sixteen characters are most of the key.
// expect: secret-in-log
console.error(`[workflow-cache] using key ${apiKey.slice(0, 16)}…`);

const server = new McpServer({ name: "workflow-cache", version: "1.2.0" });
server.registerTool("cache_namespace", { description: "The cache namespace of this server", inputSchema: {} }, async () => ({
  content: [{ type: "text", text: await cacheNamespace() }],
}));

await server.connect(new StdioServerTransport());
