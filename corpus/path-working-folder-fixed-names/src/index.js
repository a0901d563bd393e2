#!/usr/bin/env node
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const CACHE = path.join(os.homedir(), ".cache", "code-extractor");
const server = new McpServer({ name: "code-extractor", version: "0.9.2" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

async function analyze(projectPath) {
  const entries = await fs.readdir(projectPath); // expect: path-traversal (low)
  return { files: entries.length };
}

server.tool(
  "analyze_codebase",
  "Analyze a codebase and store the extraction next to it",
  { projectPath: z.string().describe("The project to analyze"), outDir: z.string().describe("Output directory for the extraction") },
  async ({ projectPath, outDir }) => {
    const result = await analyze(projectPath);
    await fs.mkdir(path.join(outDir, ".extraction"), { recursive: true }); // expect: path-traversal (medium)
    await fs.writeFile(path.join(outDir, ".extraction", "analysis.json"), JSON.stringify(result)); // expect: path-traversal (medium)
    return text("done");
  },
);

server.tool("init_project", "Initialize the project for the extractor", { projectRoot: z.string() }, async ({ projectRoot }) => {
  await fs.writeFile(path.join(projectRoot, ".gitignore"), ".extraction/\n", { flag: "a" }); // expect: path-traversal (medium)
  return text("initialized");
});

server.tool("project_manifest", "Read the manifest of a project", { projectPath: z.string() }, async ({ projectPath }) => {
  const manifest = await fs.readFile(path.join(projectPath, "package.json"), "utf8"); // expect: path-traversal (low)
  return text(manifest);
});

server.tool("save_extraction", "Save the last extraction to a file", { outDir: z.string(), fileName: z.string() }, async ({ outDir, fileName }) => {
  await fs.writeFile(path.join(outDir, fileName), "{}"); // expect: path-traversal (medium)
  return text("saved");
});

server.tool("cache_session", "Keep the session's state for later", { sessionId: z.string(), state: z.string() }, async ({ sessionId, state }) => {
  await fs.writeFile(path.join(CACHE, sessionId, "state.json"), state); // expect: path-traversal (high)
  return text("cached");
});

await server.connect(new StdioServerTransport());
