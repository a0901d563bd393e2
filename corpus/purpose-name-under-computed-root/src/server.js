#!/usr/bin/env node
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { WORKSPACE, outputFolder, siteFolder } from "./workspace.js";

const server = new McpServer({ name: "site-studio", version: "0.7.2" });
const reply = (text) => ({ content: [{ type: "text", text }] });

// The argument is the path, as the schema says: reading it is what the tool is for.
server.tool("read_page", "Read a page file from disk", { path: z.string().describe("Path of the page file to read") }, async ({ path }) => {
  // expect: path-traversal (low)
  return reply(await readFile(path, "utf8"));
});

// A site's name, looked up under the workspace the server found itself: `../..` leaves the workspace.
server.tool("site_overview", "List the files of one site of the workspace", { site: z.string().describe("Site name (must match a folder under sites/)") }, async ({ site }) => {
  // expect: path-traversal (high)
  const entries = await readdir(siteFolder(site));
  return reply(entries.join("\n"));
});

// Named like a file, but joined under the workspace root the code computes: the root is the boundary.
server.tool("site_log", "Read a build log file of the workspace", { log_file: z.string().describe("Log file to read, relative to the workspace") }, async ({ log_file }) => {
  // expect: path-traversal (high)
  return reply(await readFile(join(WORKSPACE, log_file), "utf8"));
});

// The caller's folder leads the path, through a helper of the package: still the tool's declared output folder.
server.tool("export_site", "Save the page list of a site into a folder", { out_dir: z.string().describe("Folder path to save the export to"), site: z.enum(["blog", "docs"]) }, async ({ out_dir, site }) => {
  const pages = await readdir(siteFolder(site));
  // expect: path-traversal (medium)
  await writeFile(join(outputFolder(out_dir), "pages.json"), JSON.stringify(pages));
  return reply("exported");
});

await server.connect(new StdioServerTransport());
