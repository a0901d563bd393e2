#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const BUILTIN = { json: "./formatters/json.js", yaml: "./formatters/yaml.js" };
const server = new McpServer({ name: "plugin-host", version: "0.7.1" });

server.tool("format", "Format text with a formatter plugin", { plugin: z.string(), text: z.string() }, async ({ plugin, text }) => {
  const formatter = require(plugin); // expect: code-injection
  return { content: [{ type: "text", text: formatter.format(text) }] };
});

server.tool("format_builtin", "Format with a built-in formatter", { name: z.enum(["json", "yaml"]), text: z.string() }, async ({ name, text }) => {
  // ok: code-injection
  const formatter = require(BUILTIN[name]);
  return { content: [{ type: "text", text: formatter.format(text) }] };
});

server.connect(new StdioServerTransport());
