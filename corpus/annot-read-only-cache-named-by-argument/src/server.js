#!/usr/bin/env node
// Read-only tools that keep what they fetched in the server's cache, at names the code or the schema
// fixes, only read. One that writes the cache at a name a free-text argument carries writes where
// the model points (`../` leaves the cache), and one that deletes the file the model names deletes.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recall, remember, removeFile } from "./cache.js";

const server = new McpServer({ name: "spec-atlas", version: "0.3.1" });
const MIRROR = "https://specs.example.net/api";
const show = (value) => ({ content: [{ type: "text", text: JSON.stringify(value) }] });

async function mirror(route) {
  const res = await fetch(`${MIRROR}/${route}`);
  if (!res.ok) throw new Error(`mirror answered ${res.status}`);
  return res.json();
}

// ok: tool-annotation-mismatch
server.registerTool("list_specs", { description: "List the specs the mirror has", annotations: { readOnlyHint: true } }, async () => {
  const specs = (await recall("index.json")) ?? (await mirror("index"));
  await remember("index.json", specs);
  return show(specs);
});

// ok: tool-annotation-mismatch
server.registerTool("spec_revision", { description: "Show one revision of the spec list", inputSchema: { revision: z.string().regex(/^\d+\.\d+$/) }, annotations: { readOnlyHint: true } }, async ({ revision }) => {
  const found = await mirror(`revisions/${revision}`);
  await remember(`revisions/${revision}.json`, found);
  return show(found);
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("spec_section", { description: "Show a section of a spec", inputSchema: { section: z.string() }, annotations: { readOnlyHint: true } }, async ({ section }) => {
  const found = await mirror(`sections/${encodeURIComponent(section)}`);
  await remember(`sections/${section}.json`, found);
  return show(found);
});

// ok: tool-annotation-mismatch
server.registerTool("spec_raw", { description: "Show a spec's raw text, or save it to a temporary file", inputSchema: { id: z.string(), save: z.boolean().optional() }, annotations: { readOnlyHint: true } }, async ({ id, save }) => {
  const text = JSON.stringify(await mirror(`raw/${encodeURIComponent(id)}`));
  if (!save) return show(text);
  const folder = await mkdtemp(join(tmpdir(), "spec-atlas-"));
  // expect: path-traversal (high)
  await writeFile(join(folder, `${id}.json`), text);
  return show(`saved under ${folder}`);
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("discard_download", { description: "Forget a downloaded spec file", inputSchema: { file: z.string() }, annotations: { readOnlyHint: true } }, async ({ file }) => {
  await removeFile(file);
  return show("gone");
});

await server.connect(new StdioServerTransport());
