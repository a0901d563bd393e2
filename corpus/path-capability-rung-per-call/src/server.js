#!/usr/bin/env node
// Each capability finding is rated by what its call does to the path the model names:
// `resize_photo` reads `input_path` (low) and writes `output_path` (medium), each said at its own call;
// `inspect_photo` only reads (low); `tag_photo` reads the photo (low) and writes a sidecar file named
// after it through a helper handed a callback (medium, at the helper's write).
import { readFile, writeFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { withSidecar } from "./sidecar.js";

const server = new McpServer({ name: "photo-desk", version: "2.0.3" });
const done = (t) => ({ content: [{ type: "text", text: t }] });

function shrink(bytes, width) {
  return bytes.subarray(0, Math.min(bytes.length, width * 1024));
}

server.tool(
  "resize_photo",
  "Resize a photo file and save the result to another file",
  { input_path: z.string().describe("Path of the photo file to resize"), output_path: z.string().describe("File path to save the resized photo to"), width: z.number().int() },
  async ({ input_path, output_path, width }) => {
    const bytes = await readFile(input_path); // expect: path-traversal (low)
    await writeFile(output_path, shrink(bytes, width)); // expect: path-traversal (medium)
    return done(`saved ${output_path}`);
  },
);

server.tool("inspect_photo", "Show the size of a photo file", { file_path: z.string() }, async ({ file_path }) => {
  const bytes = await readFile(file_path); // expect: path-traversal (low)
  return done(`${bytes.length} bytes`);
});

server.tool("tag_photo", "Read a photo file and store its tags in a sidecar file beside it", { file_path: z.string(), tags: z.array(z.string()) }, async ({ file_path, tags }) => {
  const bytes = await readFile(file_path); // expect: path-traversal (low)
  await withSidecar(file_path, (sidecar) => ({ sidecar, tags, size: bytes.length }));
  return done(`tagged ${file_path}`);
});

await server.connect(new StdioServerTransport());
