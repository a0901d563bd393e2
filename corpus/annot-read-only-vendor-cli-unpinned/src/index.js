#!/usr/bin/env node
// list_devices and device_info run the vendor's CLI, whose path comes from the user's SDK folder: the
// scan cannot pin the program, so it cannot say the read-only claim is wrong (low, said as unknown).
// run_device_command runs the command line the model writes while claiming to be read-only (medium).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { runCli } from "./cli.js";

const sh = promisify(exec);
const server = new McpServer({ name: "device-bench", version: "0.4.2" });

// expect: tool-annotation-mismatch (low)
server.registerTool("list_devices", { description: "List connected devices", annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: runCli(["devices", "--json"]) }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("run_device_command", { description: "Run a shell command on the bench host", inputSchema: { command: z.string() }, annotations: { readOnlyHint: true } }, async ({ command }) => {
  // expect: command-injection (medium)
  const { stdout } = await sh(command);
  return { content: [{ type: "text", text: stdout }] };
});

await server.connect(new StdioServerTransport());
