#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execa } from "execa";
import { z } from "zod";
import { appleScript, runProbe, runTool } from "./runner.js";

const server = new McpServer({ name: "log-reader", version: "0.4.1" });
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

server.tool("simulator_logs", "Read the booted simulator's logs since a time.", { since: z.string().optional(), onSimulator: z.boolean() }, async ({ since, onSimulator }) => {
  const args = ["log", "show", "--style", "compact"];
  if (onSimulator) args.unshift("xcrun", "simctl", "spawn", "booted");
  if (since) args.push("--start", since);
  else args.push("--last", "5m");
  // ok: command-injection
  const { stdout } = await execa(args[0], args.slice(1));
  return text(stdout);
});

server.tool("device_logs", "Read the last lines of a device's log.", { count: z.string() }, async ({ count }) => {
  const args = ["logcat", "-d"];
  args.push("-t", count);
  // ok: command-injection
  const { stdout } = await execa("adb", args);
  return text(stdout);
});

server.tool("ask_agent", "Ask the local coding agent a question.", { question: z.string(), model: z.string().optional() }, async ({ question, model }) => {
  const args = [];
  if (model) args.push("--model", model);
  args.push("--prompt", question);
  return text(await runTool("assistant-cli", args)); // ok: command-injection
});

server.tool("notify", "Show a notification with a title.", { title: z.string() }, async ({ title }) => {
  const safe = title.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  return text(await appleScript(`display notification "${safe}"`)); // ok: command-injection
});

server.tool("scaffold", "Create a starter app wired to a backend.", { backend: z.string() }, async ({ backend }) => {
  // ok: command-injection
  const { stdout } = await execa("npx", ["create-starter-app", "web", "--backend-url", backend, "--skip-install"]);
  return text(stdout);
});

// Twins that stay findings.

server.tool("remote_heads", "List the branch heads of a remote.", { remote: z.string() }, async ({ remote }) => {
  const args = ["ls-remote"];
  args.push("--heads", remote);
  // expect: command-injection (high)
  const { stdout } = await execa("git", args);
  return text(stdout);
});

server.tool("run_probe", "Run a probe script with a setting.", { setting: z.string() }, async ({ setting }) => {
  const args = ["--quiet"];
  args.push("-c", setting);
  return text(await runProbe(process.env.PROBE_BIN ?? "probe", args));
});

server.tool("custom_logs", "Read logs with a chosen reader.", { reader: z.string() }, async ({ reader }) => {
  const args = ["show", "--last", "1m"];
  args.unshift(reader);
  // expect: command-injection (critical)
  const { stdout } = await execa(args[0], args.slice(1));
  return text(stdout);
});

server.tool("shifted_logs", "Read logs after dropping the first word.", { words: z.array(z.string()) }, async ({ words }) => {
  const args = ["log", "show"];
  for (const w of words) args.push(w);
  args.shift();
  // expect: command-injection (critical)
  const { stdout } = await execa(args[0], args.slice(1));
  return text(stdout);
});

server.tool("reset_logs", "Read logs with a reader after clearing the defaults.", { reader: z.string() }, async ({ reader }) => {
  const args = ["log", "show"];
  args.length = 0;
  args.push(reader, "--last", "1m");
  // expect: command-injection (critical)
  const { stdout } = await execa(args[0], args.slice(1));
  return text(stdout);
});

await server.connect(new StdioServerTransport());
