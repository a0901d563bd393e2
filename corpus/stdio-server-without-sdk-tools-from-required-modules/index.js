#!/usr/bin/env node
const readline = require("node:readline");

const tools = {
  remind: require("./tools/remind"),
  list_sounds: require("./tools/sounds"),
};
const ANNOTATIONS = { remind: { readOnlyHint: false }, list_sounds: { readOnlyHint: true } };

async function handleRequest(request) {
  const { method, params, id } = request;
  switch (method) {
    case "initialize":
      return { jsonrpc: "2.0", id, result: { protocolVersion: "2024-11-05", capabilities: { tools: {} }, serverInfo: { name: "deskbell", version: "0.3.2" } } };
    case "tools/list":
      return { jsonrpc: "2.0", id, result: { tools: Object.values(tools).map((t) => ({ ...t.definition, annotations: ANNOTATIONS[t.definition.name] })) } };
    case "tools/call": {
      const tool = tools[params.name];
      if (!tool) return { jsonrpc: "2.0", id, error: { code: -32601, message: "Unknown tool" } };
      return { jsonrpc: "2.0", id, result: await tool.handler(params.arguments || {}) };
    }
    default:
      return null;
  }
}

readline.createInterface({ input: process.stdin }).on("line", async (line) => {
  const response = await handleRequest(JSON.parse(line));
  if (response) process.stdout.write(JSON.stringify(response) + "\n");
});
