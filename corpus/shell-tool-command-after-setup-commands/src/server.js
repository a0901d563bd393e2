#!/usr/bin/env node
// Tools that say they run the model's command line, where the code puts its own commands first
// (`cd "<folder>" && …`, `set -e; …`) and settings or launchers in front (`env K=V`, `sudo`): the
// command still starts a command of the line, so the line runs whatever the model writes, as the
// tool says (a capability, medium). Twins: a command the code hands to a program it chose
// (`make ${target}`), and a line shared with another tool whose value is only a folder name.
import { execSync } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const NOTES = path.join(os.homedir(), "workbench-notes");
const server = new McpServer({ name: "workbench-shell", version: "0.9.1" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

function settingsWords(settings) {
  const pairs = Object.entries(settings ?? {}).map(([name, value]) => `${name}=${value}`);
  return pairs.length ? `env ${pairs.join(" ")}` : "";
}

server.tool(
  "run_in_project",
  "Run a command line in a project folder, with extra environment settings",
  { folder: z.string(), line: z.string().describe("Command line to run"), settings: z.record(z.string()).optional() },
  async ({ folder, line, settings }) => {
    const out = execSync(`cd "${folder}" && ${settingsWords(settings)} ${line}`, { encoding: "utf8" }); // expect: command-injection (medium)
    return text(out);
  },
);

server.tool("run_strict", "Run a shell script, stopping at the first failing command", { script: z.string().describe("Shell script to run") }, async ({ script }) => {
  const out = execSync(`set -e; umask 077; ${script}`, { encoding: "utf8", shell: "/bin/bash" }); // expect: command-injection (medium)
  return text(out);
});

server.tool("run_as_admin", "Run a command with administrator rights", { command: z.string() }, async ({ command }) => {
  const out = execSync(`cd / && sudo -n ${command}`, { encoding: "utf8" }); // expect: command-injection (medium)
  return text(out);
});

// Twin: the code chose the program; the model's text was meant as make's target.
server.tool("run_make", "Run a make command in a project folder", { folder: z.string().regex(/^[\w./-]+$/), command: z.string().describe("Make command to run") }, async ({ folder, command }) => {
  const out = execSync(`cd ${folder} && make ${command}`, { encoding: "utf8" }); // expect: command-injection (critical)
  return text(out);
});

// Twin: one helper runs both tools' lines; `list_notes` only names a folder, which breaks out of its quotes.
function inFolder(folder, command) {
  return execSync(`cd "${folder}" && ${command}`, { encoding: "utf8" }); // expect: command-injection (critical)
}

server.tool("run_here", "Run a shell command in a folder", { dir: z.string(), command: z.string().describe("Shell command to execute") }, async ({ dir, command }) => text(inFolder(dir, command)));

server.tool("list_notes", "List the notes of a topic", { topic: z.string() }, async ({ topic }) => text(inFolder(path.join(NOTES, topic), "ls -1")));

await server.connect(new StdioServerTransport());
