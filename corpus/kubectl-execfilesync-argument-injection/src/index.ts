#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFileSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "kube-inspect", version: "2.0.1" });

function kubectl(args: string[]): string {
  // No shell, but every element is handed to kubectl, which parses options anywhere.
  return execFileSync("kubectl", args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }); // expect: command-injection (medium)
}

server.tool(
  "get_resource",
  "Get a Kubernetes resource as YAML",
  { kind: z.string(), name: z.string(), namespace: z.string().default("default") },
  async ({ kind, name, namespace }) => {
    const yaml = kubectl(["get", kind, name, "-n", namespace, "-o", "yaml"]);
    return { content: [{ type: "text", text: yaml }] };
  },
);

server.tool(
  "pod_logs",
  "Recent logs of a pod",
  { pod: z.string(), namespace: z.string().default("default") },
  async ({ pod, namespace }) => {
    const out = execFileSync("kubectl", ["logs", pod, "--namespace", namespace, "--tail", "200"], { encoding: "utf8" }); // expect: command-injection (medium)
    return { content: [{ type: "text", text: out }] };
  },
);

await server.connect(new StdioServerTransport());
