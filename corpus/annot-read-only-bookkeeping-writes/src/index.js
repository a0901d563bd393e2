#!/usr/bin/env node
// Read-only tools that keep bookkeeping of their own (a token cache, a device-list cache, a raw
// response and an error log, all under the server's own folders) still only read. A read-only tool
// that writes the file the model names, or that passes an output path to the shared formatter, does not.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { accessToken } from "./auth.js";
import { formatIssues } from "./format.js";
import { logError, saveRawResponse } from "./log.js";

const DEVICE_CACHE = path.join(os.homedir(), ".cache", "issue-desk", "devices.json");

async function listIssues(repo) {
  const res = await fetch(`https://issues.example.com/api/repos/${encodeURIComponent(repo)}/issues`, { headers: { authorization: `Bearer ${await accessToken()}` } });
  const body = await res.text();
  saveRawResponse(body);
  return JSON.parse(body);
}

const server = new McpServer({ name: "issue-desk", version: "1.4.0" });

server.registerTool("list_issues", { description: "List the open issues of a repository", inputSchema: { repo: z.string() }, annotations: { readOnlyHint: true } }, async ({ repo }) => {
  try {
    return { content: [{ type: "text", text: formatIssues(await listIssues(repo)) }] };
  } catch (err) {
    logError(err);
    return { content: [{ type: "text", text: "failed" }], isError: true };
  }
});

server.registerTool("list_simulators", { description: "List the iOS simulators on this Mac", annotations: { readOnlyHint: true } }, async () => {
  const out = execFileSync("xcrun", ["simctl", "list", "devices", "--json"], { encoding: "utf8" });
  fs.mkdirSync(path.dirname(DEVICE_CACHE), { recursive: true });
  fs.writeFileSync(DEVICE_CACHE, out);
  return { content: [{ type: "text", text: out }] };
});

server.registerTool("save_issues", { description: "Save the open issues of a repository to a file", inputSchema: { repo: z.string(), output_path: z.string() } }, async ({ repo, output_path }) => ({
  content: [{ type: "text", text: formatIssues(await listIssues(repo), output_path) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("export_issues", { description: "Export the open issues of a repository", inputSchema: { repo: z.string(), file: z.string() }, annotations: { readOnlyHint: true } }, async ({ repo, file }) => {
  // expect: path-traversal (medium)
  fs.writeFileSync(file, JSON.stringify(await listIssues(repo)));
  return { content: [{ type: "text", text: `wrote ${file}` }] };
});

// expect: tool-annotation-mismatch (medium)
server.registerTool("print_issues", { description: "Show the open issues, optionally also into a file", inputSchema: { repo: z.string(), save_to: z.string().optional() }, annotations: { readOnlyHint: true } }, async ({ repo, save_to }) => ({
  content: [{ type: "text", text: formatIssues(await listIssues(repo), save_to) }],
}));

await server.connect(new StdioServerTransport());
