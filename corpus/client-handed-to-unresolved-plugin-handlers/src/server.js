#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { openNotebooks } from "./connection.js";

const settings = { key: process.env.INKWELL_API_KEY, workspace: process.env.INKWELL_WORKSPACE ?? "default" };
const notebooks = openNotebooks(settings);

// Plugins are folders named in the settings, loaded when the server starts: the scan cannot read them.
const plugins = [];
for (const name of (process.env.INKWELL_PLUGINS ?? "").split(",").filter(Boolean)) {
  plugins.push(await import(`./plugins/${name}/index.js`));
}

async function runPlugins(command, args, context) {
  for (const plugin of plugins) {
    const answer = await plugin.handle(command, args, context);
    if (answer) return answer;
  }
  return { content: [{ type: "text", text: `no plugin handles ${command}` }] };
}

const server = new McpServer({ name: "notebook-plugins", version: "1.2.0" });

server.registerTool(
  "run_plugin",
  { description: "Run a notebook plugin command", inputSchema: { command: z.string().max(80), args: z.record(z.string()).default({}) } },
  async ({ command, args }) => {
    const result = await runPlugins(command, args, { notebooks, workspace: settings.workspace });
    // ok: secret-in-tool-output
    return result;
  },
);

server.registerTool(
  "run_first_plugin",
  { description: "Run a command on the first plugin only", inputSchema: { command: z.string().max(80) } },
  async ({ command }) => {
    const [first] = plugins;
    const answer = await first.handle(command, {}, { notebooks });
    // ok: secret-in-tool-output
    return answer ?? { content: [{ type: "text", text: "nothing" }] };
  },
);

server.registerTool("plugin_context", { description: "Show the context plugins get" }, async () => {
  const context = { notebooks, workspace: settings.workspace };
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(context) }] };
});

await server.connect(new StdioServerTransport());
