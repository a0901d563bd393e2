#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { listIssues } from "./issues.js";

function createServer() {
  const server = new McpServer({ name: "linear-issues", version: "2.0.1" });
  server.tool("list_issues", "List the issues of a team", { team: z.string() }, listIssues);
  return server;
}

async function start() {
  try {
    const server = createServer();
    await server.connect(new StdioServerTransport());
  } catch (error) {
    // A tool's failure is answered by the SDK as a result; this catch sees start-up errors only.
    // ok: error-detail-echo
    console.error("linear-issues failed to start", error);
    process.exit(1);
  }
}

// `--smoke TEAM` calls the tool once, outside the SDK, to check the key: its request error lands here.
async function smokeTest(team) {
  try {
    const server = createServer();
    const first = await listIssues({ team });
    await server.close();
    process.stdout.write(`${first.content[0].text}\n`);
  } catch (error) {
    // expect: error-detail-echo (high)
    console.error("smoke test failed", error);
    process.exitCode = 1;
  }
}

const at = process.argv.indexOf("--smoke");
if (at >= 0) await smokeTest(process.argv[at + 1] ?? "ENG");
else await start();
