#!/usr/bin/env node
// Read-only tools that make the server's own folder before they read (a notes folder the
// environment names, an output folder from the command line, a renderer's configured profile):
// creating a folder changes no file there is, and no tool argument picks it, so they still only read.
// Twins: a read-only tool whose argument names the folder it creates (directly, or through a
// helper it passes the name to) makes what the model asks for: a write.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fse from "fs-extra";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Renderer } from "./renderer.js";

const NOTES_DIR = process.env.NOTES_DIR ?? path.join(process.cwd(), "notes");
const OUTPUT_ROOT = process.argv[2] ?? "./out";
const renderer = new Renderer({ profileDir: process.env.RENDER_PROFILE_DIR });

async function notesFolder() {
  await fsp.mkdir(NOTES_DIR, { recursive: true });
  return NOTES_DIR;
}

async function projectFolder(name) {
  const dir = path.join(OUTPUT_ROOT, "projects", name);
  // expect: path-traversal (high)
  await fse.ensureDir(dir);
  return dir;
}

const server = new McpServer({ name: "notes-shelf", version: "0.2.0" });

// ok: tool-annotation-mismatch
server.registerTool("list_notes", { description: "List the notes", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const names = await fsp.readdir(await notesFolder());
  return { content: [{ type: "text", text: names.join("\n") }] };
});

// ok: tool-annotation-mismatch
server.registerTool("list_outputs", { description: "List what earlier runs left in the output folder", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  await fse.ensureDir(OUTPUT_ROOT);
  const names = await fse.readdir(OUTPUT_ROOT);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

// ok: tool-annotation-mismatch
server.registerTool("render_page", { description: "Render a docs page to text", inputSchema: { slug: z.string() }, annotations: { readOnlyHint: true } }, async ({ slug }) => ({
  content: [{ type: "text", text: await renderer.render(`https://docs.example.com/${encodeURIComponent(slug)}`) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("open_notebook", { description: "Open a notebook folder and list it", inputSchema: { notebook: z.string() }, annotations: { readOnlyHint: true } }, async ({ notebook }) => {
  const dir = path.join(NOTES_DIR, notebook);
  // expect: path-traversal (high)
  await fsp.mkdir(dir, { recursive: true });
  // expect: path-traversal (high)
  const names = await fsp.readdir(dir);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("open_project", { description: "Open a project's output folder", inputSchema: { project: z.string() }, annotations: { readOnlyHint: true } }, async ({ project }) => {
  const dir = await projectFolder(project);
  // expect: path-traversal (high)
  return { content: [{ type: "text", text: (await fse.readdir(dir)).join("\n") }] };
});

await server.connect(new StdioServerTransport());
