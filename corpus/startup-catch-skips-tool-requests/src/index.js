#!/usr/bin/env node
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { api } from "./api.js";
import { createServer } from "./server.js";

async function main() {
  try {
    await api.get("/account");
  } catch (e) {
    throw new Error(`key check failed: ${e.message}`);
  }
  const server = createServer();
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  // ok: error-detail-echo
  console.error("fatal", err);
  process.exit(1);
});
