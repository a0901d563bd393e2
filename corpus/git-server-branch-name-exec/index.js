#!/usr/bin/env node
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { exec, execSync } = require("child_process");

const repo = process.env.GIT_REPO || process.cwd();

function run(command) {
  return new Promise((resolve, reject) => {
    exec(command, { cwd: repo }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout))); // expect: command-injection (critical)
  });
}

const server = new Server({ name: "git-tools", version: "0.9.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "git_checkout", description: "Switch branches", inputSchema: { type: "object", properties: { branch: { type: "string" } }, required: ["branch"] } },
    { name: "git_log", description: "Recent commits", inputSchema: { type: "object", properties: { count: { type: "number" } } } },
    { name: "git_status", description: "Working tree status", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments || {};
  switch (request.params.name) {
    case "git_checkout": {
      const out = await run(`git checkout ${args.branch}`);
      return { content: [{ type: "text", text: out }] };
    }
    case "git_log": {
      const count = Number(args.count) || 10;
      // ok: command-injection
      const out = execSync(`git log --oneline -n ${count}`, { cwd: repo, encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    }
    case "git_status":
      return { content: [{ type: "text", text: execSync("git status --short", { cwd: repo, encoding: "utf8" }) }] };
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

server.connect(new StdioServerTransport());
