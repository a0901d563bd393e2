#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { RegistryClient } from "./registry.js";

const mirror = new RegistryClient("mirror", "https://mirror.pkgs.example.org", "");
const registry = new RegistryClient("registry", process.env.REGISTRY_URL ?? "https://registry.example.com", process.env.REGISTRY_TOKEN);

// ok: secret-in-log
console.error("pkg-lookup: mirror client", JSON.stringify(mirror));
// ok: secret-in-log
console.error("pkg-lookup: mirror headers", mirror.headers());
if (process.env.PKG_LOOKUP_DEBUG) {
  // expect: secret-in-log
  console.error("pkg-lookup: registry client", JSON.stringify(registry));
}

const server = new McpServer({ name: "pkg-lookup", version: "1.3.0" });

server.registerTool(
  "mirror_status",
  { description: "Whether the public mirror is up", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    const status = await mirror.get("/-/ping");
    return { content: [{ type: "text", text: status.ok ? "mirror is up" : "mirror is down" }] };
  },
);

server.registerTool(
  "registry_whoami",
  { description: "Which user your private registry token belongs to", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    const me = await registry.get("/-/whoami");
    return { content: [{ type: "text", text: `signed in as ${me.username}` }] };
  },
);

await server.connect(new StdioServerTransport());
