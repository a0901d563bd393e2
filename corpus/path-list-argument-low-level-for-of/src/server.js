#!/usr/bin/env node
// A low-level server whose handler takes the arguments from the request and walks a list argument
// with for...of. `stitch_slides` says its `slideFiles` are file paths of the slides to stitch: reading
// each is the tool's capability (low: it only reads). Twin: `theme_preview` walks theme names and
// joins each under the server's own themes folder, which `..` leaves (high).
import { readFile } from "node:fs/promises";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const THEMES = "/usr/share/slide-stitcher/themes";
const server = new Server({ name: "slide-stitcher", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "stitch_slides",
      description: "Stitch slide images into one deck",
      inputSchema: { type: "object", properties: { title: { type: "string", description: "Deck title" }, slideFiles: { type: "array", items: { type: "string" }, description: "Ordered list of file paths of the slide images to stitch" } }, required: ["slideFiles"] },
    },
    {
      name: "theme_preview",
      description: "Preview the colours of some themes",
      inputSchema: { type: "object", properties: { themes: { type: "array", items: { type: "string" }, description: "Theme names" } }, required: ["themes"] },
    },
  ],
}));

async function stitch(request) {
  const { title, slideFiles } = request.params.arguments;
  const parts = [];
  for (const slide of slideFiles) parts.push(await readFile(slide)); // expect: path-traversal (low)
  return { content: [{ type: "text", text: `${title ?? "deck"}: ${parts.length} slides` }] };
}

async function preview(request) {
  const { themes } = request.params.arguments;
  const out = [];
  for (const theme of themes) out.push(await readFile(`${THEMES}/${theme}.json`, "utf8")); // expect: path-traversal (high)
  return { content: [{ type: "text", text: out.join("\n") }] };
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  if (request.params.name === "stitch_slides") return stitch(request);
  if (request.params.name === "theme_preview") return preview(request);
  throw new Error(`unknown tool ${request.params.name}`);
});

await server.connect(new StdioServerTransport());
