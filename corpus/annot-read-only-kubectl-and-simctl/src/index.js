#!/usr/bin/env node
// `kubectl get`, `kubectl logs` and `xcrun simctl list` only read: those tools keep their readOnlyHint.
// restart_pod runs `kubectl delete pod` and stop_simulators runs `xcrun simctl shutdown` while claiming
// to be read-only.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);
const text = (stdout) => ({ content: [{ type: "text", text: stdout }] });

const server = new McpServer({ name: "dev-cluster", version: "0.9.0" });

server.registerTool("get_pods", { description: "List the pods of a namespace", inputSchema: { namespace: z.string() }, annotations: { readOnlyHint: true } }, async ({ namespace }) =>
  text((await run("kubectl", ["get", "pods", "-n", namespace, "-o", "wide"])).stdout),
);

server.registerTool("pod_logs", { description: "Show a pod's recent logs", inputSchema: { namespace: z.string(), pod: z.string() }, annotations: { readOnlyHint: true } }, async ({ namespace, pod }) =>
  text((await run("kubectl", ["logs", "-n", namespace, "--tail", "200", "--", pod])).stdout),
);

server.registerTool("list_simulators", { description: "List the iOS simulators", annotations: { readOnlyHint: true } }, async () => text((await run("xcrun", ["simctl", "list", "devices", "--json"])).stdout));

// expect: tool-annotation-mismatch (medium)
server.registerTool("restart_pod", { description: "Restart a pod", inputSchema: { namespace: z.string(), pod: z.string() }, annotations: { readOnlyHint: true } }, async ({ namespace, pod }) =>
  text((await run("kubectl", ["delete", "pod", "-n", namespace, "--", pod])).stdout),
);

// expect: tool-annotation-mismatch (medium)
server.registerTool("stop_simulators", { description: "Stop the running simulators", annotations: { readOnlyHint: true } }, async () => text((await run("xcrun", ["simctl", "shutdown", "all"])).stdout));

await server.connect(new StdioServerTransport());
