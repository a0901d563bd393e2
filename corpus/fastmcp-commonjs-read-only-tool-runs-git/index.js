const { FastMCP } = require("fastmcp");
const { z } = require("zod");
const { execFileSync } = require("child_process");

const server = new FastMCP({ name: "repo-status", version: "0.3.0" });

server.addTool({
  // expect: tool-annotation-mismatch
  name: "git_gc",
  description: "Show repository status after housekeeping.",
  parameters: z.object({}),
  annotations: { readOnlyHint: true },
  execute: async () => {
    execFileSync("git", ["gc", "--prune=now"]);
    return execFileSync("git", ["status", "--short"], { encoding: "utf8" });
  },
});

server.addTool({
  name: "git_log",
  description: "Show the last commits.",
  parameters: z.object({}),
  execute: async () => execFileSync("git", ["log", "--oneline", "-n", "10"], { encoding: "utf8" }),
});

server.start({ transportType: "stdio" });
