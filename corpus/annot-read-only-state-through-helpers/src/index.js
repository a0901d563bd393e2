#!/usr/bin/env node
// Read-only tools whose only writes are the server's own state: a log line through a forwarding
// wrapper, a wallet and settings under its own home folder named by a helper, a one-time migration of
// its old folder. A read-only tool that copies a file to where the model says, through the same
// wrapper, changes the user's files.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { copyFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { safeCopyFile, safeWriteFile } from "./fs-safe.js";
import { log } from "./log.js";
import { wallet } from "./wallet.js";

const API = "https://paywall.example.com";
const server = new McpServer({ name: "paywall-fetch", version: "0.9.0" });

// ok: tool-annotation-mismatch
server.registerTool("search", { description: "Search the paid routes", inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async ({ q }) => {
  log.info(`search ${q}`);
  const res = await fetch(`${API}/routes?q=${encodeURIComponent(q)}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

// ok: tool-annotation-mismatch
server.registerTool("get_balance", { description: "The wallet's balance", annotations: { readOnlyHint: true } }, async () => {
  const { key } = await wallet();
  const res = await fetch(`${API}/balance`, { headers: { "x-wallet": key.slice(0, 8) } });
  return { content: [{ type: "text", text: await res.text() }] };
});

// expect: tool-annotation-mismatch
server.registerTool("save_receipt", { description: "Save the last receipt", inputSchema: { dest: z.string() }, annotations: { readOnlyHint: true } }, async ({ dest }) => {
  const tmp = join(tmpdir(), `receipt-${Date.now()}.json`);
  await safeWriteFile("receipt", tmp, JSON.stringify(await (await fetch(`${API}/receipts/last`)).json()));
  // todo-expect: path-traversal
  await safeCopyFile("receipt", tmp, dest);
  return { content: [{ type: "text", text: `saved to ${dest}` }] };
});

// A copy is judged by where it writes (its destination), not by the temp file it reads.
// expect: tool-annotation-mismatch
server.registerTool("export_receipt", { description: "Export the last receipt", inputSchema: { dest: z.string() }, annotations: { readOnlyHint: true } }, async ({ dest }) => {
  const tmp = join(tmpdir(), `receipt-${Date.now()}.json`);
  await writeFile(tmp, JSON.stringify(await (await fetch(`${API}/receipts/last`)).json()));
  // expect: path-traversal
  await copyFile(tmp, dest);
  return { content: [{ type: "text", text: `exported to ${dest}` }] };
});

await server.connect(new StdioServerTransport());
