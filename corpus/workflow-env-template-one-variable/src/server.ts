#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { TemplateResolver } from "./resolver.js";

const server = new McpServer({ name: "flowrun", version: "0.9.0" });
const resolver = new TemplateResolver({ project: { name: "demo" } });

server.tool("render", "Render a workflow template ({{env.NAME}}, {{cfg.NAME}}, {{project.name}})", { template: z.string() }, async ({ template }) => {
  const text = resolver.render(template);
  // ok: environment-dump
  return { content: [{ type: "text", text }] };
});

server.tool("lookup", "One value a workflow template can read, by its dotted path", { path: z.string() }, async ({ path }) => {
  const value = path.startsWith("cfg.") ? resolver.resolveRef(path) : resolver.resolveRef(`env.${path}`);
  // ok: environment-dump
  return { content: [{ type: "text", text: JSON.stringify({ path, value }) }] };
});

server.tool("debug_context", "Everything the templates can see", {}, async () => {
  const everything = resolver.context();
  // expect: environment-dump
  return { content: [{ type: "text", text: JSON.stringify(everything) }] };
});

await server.connect(new StdioServerTransport());
