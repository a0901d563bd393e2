#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import path from "node:path";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { server, registerTool } from "./server.js";
import "./tools/git.js";

registerTool("read_changelog", "Reads the checkout's CHANGELOG.md", {}, async () => {
  const text = await readFile(path.join(process.cwd(), "CHANGELOG.md"), "utf8");
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
