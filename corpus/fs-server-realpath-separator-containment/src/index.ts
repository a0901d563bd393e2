#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(process.argv[2] ?? ".");

const server = new McpServer({ name: "project-reader", version: "3.0.0" });

server.tool("read_file", "Read a file under the project root", { file: z.string() }, async ({ file }) => {
  const real = await fs.realpath(path.resolve(ROOT, file));
  if (real !== ROOT && !real.startsWith(ROOT + path.sep)) {
    return { isError: true, content: [{ type: "text", text: "outside the project" }] };
  }
  // ok: path-traversal
  const text = await fs.readFile(real, "utf8");
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
