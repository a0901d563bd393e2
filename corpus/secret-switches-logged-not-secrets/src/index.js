#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const apiServer = process.env.K8S_API_SERVER ?? "https://kubernetes.default.svc";
const maskSecrets = process.env.MASK_SECRETS !== "false";
const passthrough = process.env.ENABLE_TOKEN_PASSTHROUGH;
const clusterToken = process.env.K8S_TOKEN;
const sessionTimeout = Number(process.env.SESSION_TIMEOUT_SECONDS ?? "3600");

// ok: secret-in-log
console.error(`[kube-lens] masking secrets: ${process.env.MASK_SECRETS ?? "true"}, token passthrough: ${passthrough ?? "off"}`);
// ok: secret-in-log
console.error(`[kube-lens] sessions expire after ${sessionTimeout} s (SESSION_TIMEOUT_SECONDS=${process.env.SESSION_TIMEOUT_SECONDS})`);
// expect: secret-in-log
console.error(`[kube-lens] using cluster token ${clusterToken}`);

const server = new McpServer({ name: "kube-lens", version: "1.4.0" });

server.registerTool(
  "get_configmaps",
  { description: "List config maps in a namespace", inputSchema: { namespace: z.string().regex(/^[a-z0-9-]+$/) }, annotations: { readOnlyHint: true } },
  async ({ namespace }) => {
    const res = await fetch(`${apiServer}/api/v1/namespaces/${namespace}/configmaps`, { headers: { Authorization: `Bearer ${clusterToken}` } });
    if (!res.ok) return { isError: true, content: [{ type: "text", text: `Kubernetes API answered ${res.status}` }] };
    const items = (await res.json()).items.map((i) => (maskSecrets ? { name: i.metadata.name } : i));
    return { content: [{ type: "text", text: JSON.stringify(items, null, 2) }] };
  },
);

await server.connect(new StdioServerTransport());
