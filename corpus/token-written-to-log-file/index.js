import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { log, saveCache } from "./log.js";

const token = process.env.TODOIST_API_TOKEN;
log(`starting, token=${token}`);

const server = new McpServer({ name: "todoist-lite", version: "0.6.0" });

server.tool("list_tasks", "Active tasks, optionally filtered", { filter: z.string().optional() }, async ({ filter }) => {
  const url = new URL("https://api.todoist.com/rest/v2/tasks");
  if (filter) url.searchParams.set("filter", filter);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const tasks = await res.json();
  saveCache("tasks", tasks);
  log(`list_tasks returned ${tasks.length} tasks`);
  return { content: [{ type: "text", text: tasks.map((t) => `- ${t.content}`).join("\n") }] };
});

await server.connect(new StdioServerTransport());
