#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

function realPathOf(targetPath) {
  let current = resolve(targetPath);
  const tail = [];
  for (;;) {
    try {
      const real = realpathSync(current);
      return tail.length > 0 ? resolve(real, ...tail.reverse()) : real;
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(targetPath);
      tail.push(current.slice(parent.length + 1));
      current = parent;
    }
  }
}

function insideProject(baseDir, targetPath) {
  const resolvedBase = resolve(baseDir);
  const resolvedTarget = resolve(resolvedBase, targetPath);
  const realBase = realPathOf(resolvedBase);
  const realTarget = realPathOf(resolvedTarget);
  const relativePath = relative(realBase, realTarget);
  if (relativePath === ".." || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath)) throw new Error("outside the project");
  return resolvedTarget;
}

const server = new McpServer({ name: "scene-files", version: "1.2.0" });

server.tool("read_scene", "Read a scene", { file: z.string() }, async ({ file }) => {
  // ok: path-traversal
  const text = await readFile(insideProject(process.cwd(), file), "utf8");
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
