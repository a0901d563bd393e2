#!/usr/bin/env node
import { execFile, execFileSync, spawn } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { LogCollector } from "./logs.js";

const server = new McpServer({ name: "diagram-and-search", version: "0.6.0" });
const EDITOR_URL = "https://diagrams.example.app/";
const workspace = process.env.WORKSPACE ?? process.cwd();
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

function openInBrowser(target) {
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  // ok: command-injection
  spawn(opener, [target], { detached: false, stdio: "ignore" });
}

server.tool("open_diagram", "Open a diagram in the editor", { xml: z.string(), title: z.string() }, async ({ xml, title }) => {
  const params = new URLSearchParams({ title, xml });
  openInBrowser(EDITOR_URL + "?" + params.toString());
  return text("opened");
});

server.tool("search_code", "Search the workspace for a pattern", { pattern: z.string(), glob: z.string().optional() }, async ({ pattern, glob }) => {
  // ok: command-injection
  const out = execFileSync("rg", ["--line-number", "-g", glob ?? "*", "-e", pattern, workspace], { encoding: "utf8" });
  return text(out);
});

server.tool("show_file", "Print a file of the workspace", { file: z.string() }, async ({ file }) => {
  // ok: command-injection
  return text(execFileSync("cat", [`./${file}`], { cwd: workspace, encoding: "utf8" }));
});

server.tool("log_matching", "Commits whose message mentions a phrase", { phrase: z.string(), limit: z.number().int().max(200) }, async ({ phrase, limit }) => {
  // ok: command-injection
  return text(execFileSync("git", ["log", "--oneline", "-n", String(limit), "--grep", phrase], { cwd: workspace, encoding: "utf8" }));
});

// Twin: `-rn` takes no value, so the pattern is in option position (`--include=…`, `-f /etc/passwd`).
server.tool("grep_files", "Grep the workspace", { pattern: z.string() }, async ({ pattern }) => {
  return text(execFileSync("grep", ["-rn", pattern, workspace], { encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: cut out of the string it was glued into, the value leads its own argument again.
server.tool("run_setting", "Read one git setting", { key: z.string() }, async ({ key }) => {
  const spec = "get=" + key;
  execFile("git", ["config", ...spec.split("=").slice(1)], { cwd: workspace }); // expect: command-injection (medium)
  return text("ok");
});

server.tool("app_logs", "Recent log lines of an app", { appId: z.string(), tag: z.string() }, async ({ appId, tag }) => {
  return text(await new LogCollector({ appId, tag }).collect());
});

await server.connect(new StdioServerTransport());
