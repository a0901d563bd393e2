#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Renderer } from "./renderer.js";

const server = new McpServer({ name: "diagram-render", version: "0.9.2" });
const renderer = new Renderer();
const text = (t: unknown) => ({ content: [{ type: "text" as const, text: String(t) }] });
const DIR = process.env.DIAGRAM_DIR ?? "/tmp/diagrams";

server.tool("render_diagram", "Render a diagram to SVG or PDF", { name: z.string().regex(/^\w+$/), theme: z.string(), background: z.string(), pdf: z.boolean().optional() }, async ({ name, theme, background, pdf }) =>
  text(await renderer.diagram({ input: `${DIR}/${name}.mmd`, output: `${DIR}/${name}.svg`, theme, background, pdf })),
);

server.tool("export_slides", "Export a slide deck to PDF with a title", { title: z.string() }, async ({ title }) => text(await renderer.slides(`${DIR}/deck`, title)));

server.tool("lint_diagram", "Check a diagram file for errors", { file: z.string() }, async ({ file }) => text(await renderer.lint(file)));

server.tool("render_with_flags", "Render a diagram with one more CLI argument", { name: z.string().regex(/^\w+$/), extra: z.string() }, async ({ name, extra }) =>
  text(await renderer.withExtra({ input: `${DIR}/${name}.mmd`, output: `${DIR}/${name}.svg`, theme: "default", background: "white", extra })),
);

await server.connect(new StdioServerTransport());
