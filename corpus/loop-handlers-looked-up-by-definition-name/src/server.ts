import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { TOOL_DEFS } from "./tools/definitions.js";
import { RUNNERS } from "./tools/runners.js";
import { ADMIN_ACTIONS, ADMIN_DEFS } from "./admin/actions.js";

const server = new McpServer({ name: "repo-helper", version: "2.1.0" });
const calls = new Map<string, number>();

for (const def of TOOL_DEFS) {
  const run = RUNNERS[def.name];
  const handler = run;
  server.registerTool(def.name, { description: def.description, inputSchema: def.schema.shape }, async (input) => {
    calls.set(def.name, (calls.get(def.name) ?? 0) + 1);
    const text = await handler(input);
    return { content: [{ type: "text" as const, text }] };
  });
}

ADMIN_DEFS.forEach((action) => {
  const entry = ADMIN_ACTIONS[action.name as keyof typeof ADMIN_ACTIONS];
  server.tool(action.name, action.description, action.schema.shape, async () => ({ content: [{ type: "text" as const, text: await entry.perform() }] }));
});

await server.connect(new StdioServerTransport());
