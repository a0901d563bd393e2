#!/usr/bin/env node
// The tools' names and descriptions say nothing about files; some parameters say what is saved
// where ("Path to save a copy of the PNG", "Directory for storing thumbnails", "where to write the
// legend"). That is the schema declaring the act: a write there is a capability (medium), a read
// of a file the model names a capability (low). Twins: a theme name joined under the package's
// own folder, and an output path the tool promises to keep inside the workspace without checking.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const THEMES = path.join(path.dirname(fileURLToPath(import.meta.url)), "themes");
const server = new McpServer({ name: "chart-studio", version: "1.4.2" });

function renderPng(series, width) {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  return Buffer.concat([header, Buffer.from(JSON.stringify({ series, width }))]);
}

const chartArgs = z.object({
  series: z.array(z.number()),
  width: z.number().int().default(640),
  keepCopy: z.string().optional().describe("Path to save a copy of the PNG."),
  thumbs: z.string().optional().describe("Directory for storing thumbnails"),
  legend: z.string().optional().describe("Tells the server where to write the legend text"),
});

server.registerTool("render_chart", { description: "Draw a line chart of the series and return it to the client", inputSchema: chartArgs.shape }, async (args) => {
  const { series, width, keepCopy, thumbs, legend } = chartArgs.parse(args);
  const png = renderPng(series, width);
  if (keepCopy) {
    await mkdir(path.dirname(keepCopy), { recursive: true }); // expect: path-traversal (medium)
    await writeFile(keepCopy, png); // expect: path-traversal (medium)
  }
  if (thumbs) {
    await mkdir(thumbs, { recursive: true }); // expect: path-traversal (medium)
    await writeFile(path.join(thumbs, `chart-${series.length}.png`), png.subarray(0, 64)); // expect: path-traversal (medium)
  }
  if (legend) await writeFile(legend, series.map((v, i) => `${i}: ${v}`).join("\n")); // expect: path-traversal (medium)
  return { content: [{ type: "image", data: png.toString("base64"), mimeType: "image/png" }] };
});

server.tool(
  "compare_chart",
  "Compare the chart of the series with a reference and say how far they differ",
  { series: z.array(z.number()), reference: z.string().describe("Path of the reference PNG file") },
  async ({ series, reference }) => {
    const before = await readFile(reference); // expect: path-traversal (low)
    const after = renderPng(series, 640);
    return { content: [{ type: "text", text: `${Math.abs(before.length - after.length)} bytes apart` }] };
  },
);

// Twin: the theme is a name of the package's own, joined under its folder: `..` climbs out.
server.tool("preview_theme", "Show the colours of a chart theme", { theme: z.string().describe("Name of the theme") }, async ({ theme }) => {
  const text = await readFile(path.join(THEMES, `${theme}.json`), "utf8"); // expect: path-traversal (high)
  return { content: [{ type: "text", text }] };
});

// Twin: the tool promises the output stays inside the workspace, and nothing checks it.
server.tool(
  "export_chart",
  "Export the chart as a PNG file",
  { series: z.array(z.number()), target: z.string().describe("Path to save the PNG; it must be inside the workspace folder") },
  async ({ series, target }) => {
    await writeFile(target, renderPng(series, 640)); // expect: path-traversal (high)
    return { content: [{ type: "text", text: `saved ${target}` }] };
  },
);

await server.connect(new StdioServerTransport());
