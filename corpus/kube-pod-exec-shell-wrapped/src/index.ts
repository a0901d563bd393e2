import * as k8s from "@kubernetes/client-node";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { PassThrough } from "node:stream";
import { z } from "zod";

const kc = new k8s.KubeConfig();
kc.loadFromDefault();

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

async function runInPod(namespace: string, pod: string, command: string[]): Promise<string> {
  const out = collect();
  const exec = new k8s.Exec(kc);
  await new Promise<void>((resolve, reject) => {
    // expect: command-injection
    exec.exec(namespace, pod, "", command, out.stream, out.stream, null, false, (status) => (status.status === "Success" ? resolve() : reject(new Error(status.message))));
  });
  return out.text();
}

const server = new McpServer({ name: "kube-pod-tools", version: "1.3.0" });

server.tool("exec_in_pod", "Run a shell command in a pod", { namespace: z.string().default("default"), pod: z.string(), command: z.string() }, async ({ namespace, pod, command }) => {
  // A string command is wrapped in a shell, so `;`, `|` and `$(...)` all work.
  const text = await runInPod(namespace, pod, ["/bin/sh", "-c", command]);
  return { content: [{ type: "text", text }] };
});

server.tool("os_release", "Which OS image a pod runs", { namespace: z.string().default("default"), pod: z.string() }, async ({ namespace, pod }) => {
  const out = collect();
  const exec = new k8s.Exec(kc);
  await new Promise<void>((resolve) => {
    // ok: command-injection
    exec.exec(namespace, pod, "", ["cat", "/etc/os-release"], out.stream, out.stream, null, false, () => resolve());
  });
  return { content: [{ type: "text", text: out.text() }] };
});

await server.connect(new StdioServerTransport());
