#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { kubectl, withOutput } from "./kubectl.js";

const server = new McpServer({ name: "kube-viewer", version: "0.7.0" });

server.registerTool(
  // ok: tool-annotation-mismatch
  "list_resources",
  {
    description: "List resources of a kind.",
    inputSchema: { kind: z.string(), namespace: z.string().optional(), output: z.enum(["wide", "yaml", "json"]).optional() },
    annotations: { readOnlyHint: true },
  },
  async ({ kind, namespace, output }) => {
    let args = ["get", kind];
    if (namespace) args.push("-n", namespace);
    else args.push("--all-namespaces");
    args = withOutput(args, output);
    return { content: [{ type: "text", text: kubectl(args) }] };
  },
);

server.registerTool(
  // ok: tool-annotation-mismatch
  "pod_logs",
  {
    description: "Recent logs of a pod.",
    inputSchema: { pod: z.string(), namespace: z.string().default("default") },
    annotations: { readOnlyHint: true },
  },
  async ({ pod, namespace }) => ({ content: [{ type: "text", text: kubectl(["-n", namespace, "logs", pod, "--tail=200"]) }] }),
);

server.registerTool(
  // expect: tool-annotation-mismatch
  "contexts",
  {
    description: "List kubeconfig contexts, or switch to one.",
    inputSchema: { switchTo: z.string().optional() },
    annotations: { readOnlyHint: true },
  },
  async ({ switchTo }) => {
    // Switching rewrites current-context in the user's kubeconfig: not read-only.
    if (switchTo) return { content: [{ type: "text", text: kubectl(["config", "use-context", switchTo]) }] };
    return { content: [{ type: "text", text: kubectl(["config", "get-contexts"]) }] };
  },
);

server.registerTool(
  // expect: tool-annotation-mismatch
  "kubectl",
  {
    description: "Run a kubectl subcommand for inspection.",
    inputSchema: { verb: z.string(), args: z.array(z.string()).default([]) },
    annotations: { readOnlyHint: true },
  },
  async ({ verb, args }) => ({ content: [{ type: "text", text: kubectl([verb, ...args]) }] }),
);

await server.connect(new StdioServerTransport());
