#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

const envFile = path.join(process.cwd(), ".env");
const settings = fs.existsSync(envFile) ? dotenv.parse(fs.readFileSync(envFile)) : {};

// ok: secret-in-log, environment-dump
console.error(`issue-tracker: settings from .env: ${Object.keys(settings).join(", ")}`);
for (const name in settings) {
  if (name in process.env) {
    // ok: secret-in-log, environment-dump
    console.error(`issue-tracker: ${name} is already set in the environment and was not overridden`);
  } else process.env[name] = settings[name];
}
if (process.argv.includes("--debug")) {
  // expect: secret-in-log
  console.error("issue-tracker: tracker token", settings.TRACKER_TOKEN);
}

const server = new McpServer({ name: "issue-tracker", version: "2.0.3" });
server.registerTool("open_issues", { description: "Open issues of the configured project", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  const res = await fetch(`${settings.TRACKER_URL ?? "https://tracker.example.com"}/api/issues?state=open`, { headers: { Authorization: `token ${settings.TRACKER_TOKEN}` } });
  const issues = await res.json();
  return { content: [{ type: "text", text: issues.map((i) => `#${i.id} ${i.title}`).join("\n") }] };
});
await server.connect(new StdioServerTransport());
