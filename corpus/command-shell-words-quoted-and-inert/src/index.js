#!/usr/bin/env node
import { exec, execSync } from "node:child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { shq } from "./shell.js";

const server = new McpServer({ name: "repo-helper", version: "2.1.0" });
const cwd = process.env.REPO_ROOT ?? process.cwd();
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

server.tool("file_history", "Commits that touched a file", { file: z.string() }, async ({ file }) => {
  // ok: command-injection
  return text(execSync(`git log --oneline -- ${shq(file)}`, { cwd, encoding: "utf8" }));
});

server.tool("search_log", "Commits whose message matches", { phrase: z.string() }, async ({ phrase }) => {
  // ok: command-injection
  const out = execSync(`git log --oneline --grep='${phrase.replace(/'/g, "'\\''")}'`, { cwd, encoding: "utf8" });
  return text(out);
});

server.tool("pod_logs", "Logs of a pod", { pod: z.string(), namespace: z.string().regex(/^[a-z0-9][a-z0-9-]*$/) }, async ({ pod, namespace }) => {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(pod)) throw new Error("not a pod name");
  // ok: command-injection
  return text(execSync(`kubectl logs ${pod} -n ${namespace} --tail 200`, { encoding: "utf8" }));
});

// Stripped to word characters the value is one word, but it can still start with `-`.
server.tool("show_branch", "Commits of a branch", { branch: z.string() }, async ({ branch }) => {
  const name = branch.replace(/[^\w./-]/g, "");
  return text(execSync(`git log --oneline ${name}`, { cwd, encoding: "utf8" })); // expect: command-injection (medium)
});

// Twin: JSON.stringify is not shell quoting: `$( )` and backticks run inside double quotes.
server.tool("open_link", "Open a link in the browser", { url: z.string() }, async ({ url }) => {
  exec(`open ${JSON.stringify(url)}`); // expect: command-injection (critical)
  return text("opened");
});

// Twin: single-quoted, but handed to a remote shell that parses the word again.
server.tool("remote_tail", "Tail a log on the build host", { file: z.string() }, async ({ file }) => {
  return text(execSync(`ssh build@ci.internal tail -n 50 ${shq(file)}`, { encoding: "utf8" })); // expect: command-injection (critical)
});

// Twin: double quotes without escaping.
server.tool("grep_todo", "Find TODOs mentioning a word", { word: z.string() }, async ({ word }) => {
  return text(execSync(`git grep -n "TODO.*${word}"`, { cwd, encoding: "utf8" })); // expect: command-injection (critical)
});

// Twin: the escaped word inside double quotes: there `'` is literal and `$( )` runs.
server.tool("grep_quoted", "Find a quoted phrase", { phrase: z.string() }, async ({ phrase }) => {
  return text(execSync(`git grep -n "${shq(phrase)}"`, { cwd, encoding: "utf8" })); // expect: command-injection (critical)
});

await server.connect(new StdioServerTransport());
