#!/usr/bin/env node
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ciFiles, nodeTemplate } from "./templates.js";

const ROOT = process.cwd();

async function writeAll(root, files) {
  for (const name of Object.keys(files)) {
    const target = path.join(root, name);
    await mkdir(path.dirname(target), { recursive: true });
    // ok: path-traversal
    await writeFile(target, files[name]);
  }
}

async function writeEach(root, files) {
  for (const name in files) {
    // expect: path-traversal
    await writeFile(path.join(root, name), files[name]);
  }
}

const server = new McpServer({ name: "starter-kit", version: "2.1.0" });

server.tool("scaffold", "Create a starter Node project here", { name: z.string(), description: z.string().max(300) }, async ({ name, description }) => {
  await writeAll(ROOT, nodeTemplate(name, description));
  return { content: [{ type: "text", text: `created ${name}` }] };
});

server.tool("add_ci", "Add a CI workflow", { name: z.string() }, async ({ name }) => {
  for (const [file, text] of Object.entries(ciFiles(name))) {
    // ok: path-traversal
    await writeFile(path.join(ROOT, file), text);
  }
  return { content: [{ type: "text", text: "CI added" }] };
});

server.tool("add_docs", "Add a docs page about a topic", { topic: z.string(), body: z.string() }, async ({ topic, body }) => {
  const docs = { "docs/index.md": "# Docs\n" };
  docs[`docs/${topic}.md`] = body;
  await writeEach(ROOT, docs);
  return { content: [{ type: "text", text: "docs added" }] };
});

await server.connect(new StdioServerTransport());
