#!/usr/bin/env node
// A gateway to a lab service that may run inside the Linux side of a Windows machine. The status
// tool asks that side for its address with a constant shell line (options object included); what
// the launcher runs there only prints, so the read-only claim holds. The cleanup tool's line, run
// the same way, removes files: a read-only claim there is wrong.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execSync } from "node:child_process";

const server = new McpServer({ name: "lab-gateway", version: "1.1.0" });

function labAddress() {
  if (process.platform !== "win32") return "127.0.0.1";
  const printed = execSync("wsl -d LabLinux hostname --all-ip-addresses", { encoding: "utf8" });
  return printed.trim().split(/\s+/)[0] || "127.0.0.1";
}

// ok: tool-annotation-mismatch
server.registerTool("lab_status", { description: "Where the lab service answers", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: `lab at ${labAddress()}:7400` }],
}));

// expect: tool-annotation-mismatch (medium)
server.registerTool("lab_reset_cache", { description: "Show the lab cache after a reset", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => {
  if (process.platform === "win32") execSync("wsl rm -rf /var/cache/lab", { stdio: "ignore" });
  return { content: [{ type: "text", text: "cache reset" }] };
});

await server.connect(new StdioServerTransport());
