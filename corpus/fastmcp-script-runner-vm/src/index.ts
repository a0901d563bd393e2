#!/usr/bin/env node
import { FastMCP } from "fastmcp";
import vm from "node:vm";
import { z } from "zod";

const server = new FastMCP({ name: "script-runner", version: "0.4.0" });

server.addTool({
  name: "run_snippet",
  description: "Run a JavaScript snippet in a sandbox and return its value",
  parameters: z.object({ code: z.string(), timeoutMs: z.number().default(1000) }),
  execute: async (args) => {
    // vm is not a sandbox: this.constructor.constructor("return process")() escapes it.
    const value = vm.runInNewContext(args.code, {}, { timeout: args.timeoutMs }); // expect: code-injection
    return String(value);
  },
});

server.start({ transportType: "stdio" });
