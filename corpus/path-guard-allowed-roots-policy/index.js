#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { resolveOutputDir, resolveOutputDirWith } from "./lib/policy.js";

const FORMATS = ["csv", "json"];
const server = new McpServer({ name: "usage-exporter", version: "1.8.0" });

server.tool("export_usage", "Export the usage report as CSV or JSON", { outputDir: z.string(), format: z.string(), title: z.string() }, async (args) => {
  if (!FORMATS.includes(args.format)) throw new Error(`format must be one of ${FORMATS.join(", ")}`);
  const dir = resolveOutputDir(args.outputDir);
  // ok: path-traversal
  fs.mkdirSync(dir, { recursive: true });
  // ok: path-traversal
  fs.writeFileSync(path.join(dir, `usage.${args.format}`), "report");
  // expect: path-traversal
  fs.writeFileSync(path.join(dir, `${args.title}.${args.format}`), "report");
  return { content: [{ type: "text", text: `exported to ${dir}` }] };
});

server.tool("export_usage_to", "Export the usage report, allowing one more folder", { outputDir: z.string(), extraRoot: z.string() }, async (args) => {
  const dir = resolveOutputDirWith(args.outputDir, args.extraRoot);
  // Known miss: the policy is judged inside resolveOutputDirWith, where the extra root is a parameter.
  // todo-expect: path-traversal
  fs.writeFileSync(path.join(dir, "usage.csv"), "report");
  return { content: [{ type: "text", text: `exported to ${dir}` }] };
});

await server.connect(new StdioServerTransport());
