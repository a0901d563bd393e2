#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { PATTERN_ROOT, chartPackDir, listCharts, listPatterns } from "./catalog.js";

const server = new McpServer({ name: "stitch-patterns", version: "0.3.1" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

const chartDir = chartPackDir();
const patternNames = chartDir ? listPatterns(PATTERN_ROOT) : [];
const lace = listCharts(join(PATTERN_ROOT, "lace"));
const cables = listCharts(join(PATTERN_ROOT, "cables"), ["draft"]);
const remembered = [];

server.tool("get_pattern", "Read a pattern by name", { pattern: z.string() }, async ({ pattern }) => {
  if (!patternNames.includes(pattern)) return text(`Unknown pattern. Known: ${patternNames.join(", ")}`);
  // ok: path-traversal
  return text(readFileSync(resolve(PATTERN_ROOT, `${pattern}.txt`), "utf8"));
});

server.tool("get_chart", "Read a lace or cable chart, optionally as `lace:name`", { chart: z.string() }, async ({ chart }) => {
  const m = chart.match(/^(lace|cables):(.*)/);
  const bare = m ? m[2] : chart;
  const families = [
    { kind: "lace", folder: join(PATTERN_ROOT, "lace"), entries: lace },
    { kind: "cables", folder: join(PATTERN_ROOT, "cables"), entries: cables },
  ];
  const wanted = m ? families.filter((f) => f.kind === m[1]) : families;
  for (const { folder, entries } of wanted) {
    if (entries.includes(bare)) {
      // ok: path-traversal
      return text(readFileSync(resolve(folder, `${bare}.chart`), "utf8"));
    }
  }
  // expect: path-traversal
  return text(readFileSync(resolve(PATTERN_ROOT, "notes", `${bare}.md`), "utf8"));
});

server.tool("remember_chart", "Remember a chart name for later", { name: z.string() }, async ({ name }) => {
  remembered.push(name);
  return text(`remembered ${name}`);
});

server.tool("open_remembered", "Open a remembered chart", { name: z.string() }, async ({ name }) => {
  if (!remembered.includes(name)) return text("not remembered");
  // expect: path-traversal
  return text(readFileSync(join(PATTERN_ROOT, "lace", `${name}.chart`), "utf8"));
});

server.tool("open_in_family", "Open a chart of a family, remembered ones included", { family: z.string(), name: z.string() }, async ({ family, name }) => {
  const table = [
    { kind: "lace", entries: lace },
    { kind: "remembered", entries: remembered },
  ];
  for (const { kind, entries } of table) {
    if (kind === family && entries.includes(name)) {
      // expect: path-traversal
      return text(readFileSync(join(PATTERN_ROOT, kind, `${name}.chart`), "utf8"));
    }
  }
  return text("no such chart");
});

await server.connect(new StdioServerTransport());
