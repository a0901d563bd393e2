import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { $ } from "zx";
import { z } from "zod";

const server = new McpServer({ name: "rn-devtools", version: "0.3.1" });

server.tool("find_dev_server", "Find the port of the dev server running for a project", { projectRoot: z.string() }, async ({ projectRoot }) => {
  const listening = await $`lsof -i TCP -s TCP:LISTEN -n -P`.nothrow().quiet();
  for (const line of listening.stdout.trim().split("\n").slice(1)) {
    const [, pid, , , , , , , address] = line.trim().split(/\s+/);
    // ok: command-injection
    const { exitCode } = await $`lsof -P -n -p ${pid} | grep 'cwd.*${projectRoot}'`.nothrow().quiet();
    if (exitCode === 0) return { content: [{ type: "text", text: `dev server on ${address}` }] };
  }
  return { content: [{ type: "text", text: "no dev server found" }] };
});

server.tool("project_status", "Uncommitted changes in the project", { projectRoot: z.string() }, async ({ projectRoot }) => {
  // ok: command-injection
  const out = await $`git status --short -- ${projectRoot}`.nothrow();
  return { content: [{ type: "text", text: out.stdout }] };
});

server.tool("run_doctor", "Check the project's dependencies and config", { projectRoot: z.string() }, async ({ projectRoot }) => {
  // expect: command-injection (medium)
  const out = await $`npx expo-doctor ${projectRoot}`.nothrow();
  return { content: [{ type: "text", text: out.stdout + out.stderr }] };
});

await server.connect(new StdioServerTransport());
