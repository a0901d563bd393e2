#!/usr/bin/env node
// "Should be a folder inside your workspace" tells the model what to pass; the tool keeps no such
// boundary and does not claim to: exporting into the folder the model names is a capability.
// The twin promises the boundary ("Must be inside the allowed exports folder") and does not keep it:
// the value crosses a line the tool drew, an injection (high).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "sprite-export", version: "0.7.1" });
const sprites = new Map([["hero", Buffer.from("hero-sheet")]]);

server.tool(
  "export_sprites",
  "Export every sprite sheet as PNG files",
  { target_dir: z.string().describe("Folder to export the sheets to. Should be an absolute path to a folder inside the workspace.") },
  async ({ target_dir }) => {
    await mkdir(target_dir, { recursive: true }); // expect: path-traversal (medium)
    for (const [name, bytes] of sprites) await writeFile(path.join(target_dir, `${name}.png`), bytes); // expect: path-traversal (medium)
    return { content: [{ type: "text", text: `exported ${sprites.size} sheets` }] };
  },
);

server.tool(
  "export_palette",
  "Export the palette as a GPL file",
  { palette_file: z.string().describe("File path to save the palette to. Must be inside the allowed exports folder.") },
  async ({ palette_file }) => {
    await writeFile(palette_file, "GIMP Palette\n"); // expect: path-traversal (high)
    return { content: [{ type: "text", text: `saved ${palette_file}` }] };
  },
);

await server.connect(new StdioServerTransport());
