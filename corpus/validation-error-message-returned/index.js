import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import parser from "cron-parser";
import { z } from "zod";

const Schedule = z.object({ expression: z.string().min(9), timezone: z.string().default("UTC"), count: z.number().int().min(1).max(20) });

const server = new McpServer({ name: "cron-explainer", version: "1.0.0" });

server.tool("next_runs", "List the next runs of a cron expression", { input: z.string() }, async ({ input }) => {
  let spec;
  try {
    spec = Schedule.parse(JSON.parse(input));
  } catch (validationError) {
    // ok: error-detail-echo
    return { isError: true, content: [{ type: "text", text: `Invalid input: ${validationError.message}` }] };
  }
  try {
    const it = parser.parseExpression(spec.expression, { tz: spec.timezone });
    const runs = Array.from({ length: spec.count }, () => it.next().toISOString());
    return { content: [{ type: "text", text: runs.join("\n") }] };
  } catch (e) {
    // ok: error-detail-echo
    return { isError: true, content: [{ type: "text", text: `Not a valid cron expression: ${String(e)}` }] };
  }
});

await server.connect(new StdioServerTransport());
