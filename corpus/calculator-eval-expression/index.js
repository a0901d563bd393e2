#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const server = new McpServer({ name: "calculator-plus", version: "0.2.0" });

server.tool("calculate", "Evaluate a math expression such as 2 * (3 + 4)", { expression: z.string() }, async ({ expression }) => {
  const cleaned = expression.replace(/\^/g, "**");
  const value = eval(cleaned); // expect: code-injection
  return { content: [{ type: "text", text: String(value) }] };
});

server.tool("convert", "Convert between units", { value: z.number(), factor: z.number() }, async ({ value, factor }) => {
  // ok: code-injection
  const result = new Function("v", "f", "return v * f")(value, factor);
  return { content: [{ type: "text", text: String(result) }] };
});

server.connect(new StdioServerTransport());
