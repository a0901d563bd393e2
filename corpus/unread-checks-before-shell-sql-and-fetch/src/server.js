#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { z } from "zod";
import { fileToken, plainIdentifier, hosts } from "asset-token-rules";

const run = promisify(exec);
const pool = new pg.Pool({ connectionString: process.env.ASSET_DB_URL });
const server = new McpServer({ name: "asset-desk", version: "0.7.3" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("make_thumbnail", "Make a thumbnail of a stored image", { name: z.string() }, async ({ name }) => {
  if (!fileToken(name)) throw new Error("not an asset name");
  // expect: command-injection (low)
  const { stdout } = await run(`convert assets/${name} -thumbnail 128x128 thumbs/${name}`);
  return text(stdout);
});

server.tool("make_preview", "Make a preview of a stored image", { name: z.string() }, async ({ name }) => {
  if (name.includes(";")) throw new Error("not an asset name");
  // expect: command-injection
  const { stdout } = await run(`convert assets/${name} -resize 50% previews/${name}`);
  return text(stdout);
});

server.tool("make_icon", "Make an icon of a stored image", { name: z.string() }, async ({ name }) => {
  // expect: command-injection
  const { stdout } = await run(`convert assets/${name} -resize 32x32 icons/${name}`);
  return text(stdout);
});

server.tool("count_rows", "Count the assets in a catalogue table", { table: z.string() }, async ({ table }) => {
  // expect: sql-injection (low)
  const res = plainIdentifier(table) ? await pool.query(`SELECT count(*) AS n FROM ${table}`) : undefined;
  return text(String(res?.rows[0]?.n ?? "unknown table"));
});

server.tool("latest_rows", "Latest assets of a catalogue table", { table: z.string() }, async ({ table }) => {
  // expect: sql-injection
  const res = await pool.query(`SELECT * FROM ${table} ORDER BY created_at DESC LIMIT 10`);
  return text(JSON.stringify(res.rows));
});

// expect: untrusted-content-exposure
server.tool("mirror_asset", "Copy a remote asset into the desk", { url: z.string() }, async ({ url }) => {
  if (!hosts.permits(url)) return text("host not allowed");
  // expect: ssrf (low)
  const res = await fetch(url);
  return text(`${res.status} ${res.headers.get("content-length")}`);
});

server.tool("probe_asset", "Check that a remote asset answers", { url: z.string() }, async ({ url }) => {
  // expect: ssrf
  const res = await fetch(url, { method: "HEAD" });
  return text(String(res.status));
});

await server.connect(new StdioServerTransport());
