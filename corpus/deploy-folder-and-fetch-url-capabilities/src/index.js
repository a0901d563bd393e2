#!/usr/bin/env node
// deploy_site reads the folder the user names, save_report writes the file the user names and
// fetch_page fetches the URL the user names: what the tools say they do (capabilities). read_template keeps files under its own
// templates folder and does not check the name (injection); ping_status fixes the scheme and lets
// the argument choose the host of a request meant for the vendor (injection).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const TEMPLATES = path.join(path.dirname(fileURLToPath(import.meta.url)), "templates");
const server = new McpServer({ name: "site-deployer", version: "1.2.0" });

server.tool("deploy_site", "Deploy a local folder to the static host", { folderPath: z.string().describe("Folder to deploy") }, async ({ folderPath }) => {
  const names = await fs.readdir(folderPath); // expect: path-traversal (low)
  return { content: [{ type: "text", text: `deployed ${names.length} files` }] };
});

// The fetched page can carry instructions, and other tools read files: the trifecta stays a finding.
// expect: untrusted-content-exposure (medium)
server.tool("fetch_page", "Fetch a web page and return its HTML", { url: z.string().describe("URL of the page") }, async ({ url }) => {
  const res = await fetch(url); // expect: ssrf (medium)
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("save_report", "Save a report to a file", { filePath: z.string().describe("Where to save it") }, async ({ filePath }) => {
  await fs.writeFile(filePath, "report"); // expect: path-traversal (medium)
  return { content: [{ type: "text", text: `saved to ${filePath}` }] };
});

server.tool("download_export", "Download the site export into a folder", { saveDir: z.string().describe("Folder to download into"), name: z.string() }, async (args) => {
  const saveDir = args.saveDir || process.cwd();
  const target = path.join(saveDir, `${args.name}.zip`);
  await fs.writeFile(target, "zip"); // expect: path-traversal (medium)
  return { content: [{ type: "text", text: `saved to ${target}` }] };
});

server.tool("save_build_log", "Save the build log of a workspace to a file", { workspace: z.string().describe("Workspace slug") }, async ({ workspace }) => {
  // `workspace` names a remote thing, not a path: `../../.bashrc` crosses what the code meant.
  await fs.writeFile(`${workspace}-build.log`, "log"); // expect: path-traversal (high)
  return { content: [{ type: "text", text: "saved" }] };
});

server.tool("read_template", "Read one of the bundled templates", { name: z.string() }, async ({ name }) => {
  const text = await fs.readFile(path.join(TEMPLATES, name), "utf8"); // expect: path-traversal (high)
  return { content: [{ type: "text", text }] };
});

server.tool("ping_status", "Check the status page of a region", { region: z.string() }, async ({ region }) => {
  const res = await fetch(`https://${region}`); // expect: ssrf (high)
  return { content: [{ type: "text", text: String(res.status) }] };
});

await server.connect(new StdioServerTransport());
