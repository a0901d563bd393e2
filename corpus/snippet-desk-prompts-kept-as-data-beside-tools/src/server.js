#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { allPrompts } from "./prompts.js";
import { TOOLS } from "./tools.js";

const server = new McpServer({ name: "snippet-desk", version: "0.4.0" });

for (const tool of TOOLS) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, tool.handler);
}

// The prompt's argument list becomes the SDK's argument schema at start-up.
function addPrompt(prompt) {
  const shape = {};
  for (const arg of prompt.arguments) shape[arg.name] = z.string().optional().describe(arg.description ?? "");
  server.registerPrompt(prompt.name, { description: prompt.description, argsSchema: shape }, async (given) => {
    const text = await prompt.handler(given ?? {});
    return { messages: [{ role: "user", content: { type: "text", text } }] };
  });
}
for (const prompt of allPrompts()) addPrompt(prompt);

await server.connect(new StdioServerTransport());
