#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { SuiteClient } = require("./client.js");

let client = new SuiteClient({ key: process.env.SUITE_RUNNER_API_KEY, base: "https://suites.example.net/" });
const server = new McpServer({ name: "suite-runner", version: "1.0.2" });

server.tool("connect", "Use another QA server", { base_url: z.string() }, async ({ base_url }) => {
  client = new SuiteClient({ key: process.env.SUITE_RUNNER_API_KEY, base: base_url });
  return { content: [{ type: "text", text: "Using " + base_url }] };
});

server.tool("list_suites", "List the test suites", {}, async () => {
  const suites = await client.listSuites();
  return { content: [{ type: "text", text: JSON.stringify(suites) }] };
});

server.connect(new StdioServerTransport());
