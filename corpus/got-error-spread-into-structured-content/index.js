import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { pd } from "./pagerduty.js";

const server = new McpServer({ name: "pagerduty", version: "0.9.2" });

server.registerTool(
  "list_incidents",
  {
    description: "List open incidents",
    inputSchema: { status: z.enum(["triggered", "acknowledged", "resolved"]).default("triggered") },
    outputSchema: { incidents: z.array(z.object({ id: z.string(), title: z.string() })).optional(), error: z.any().optional() },
  },
  async ({ status }) => {
    try {
      const { body } = await pd.get("incidents", { searchParams: { "statuses[]": status } });
      const incidents = body.incidents.map((i) => ({ id: i.id, title: i.title }));
      return { content: [{ type: "text", text: incidents.map((i) => i.title).join("\n") }], structuredContent: { incidents } };
    } catch (error) {
      return {
        isError: true,
        content: [{ type: "text", text: `PagerDuty error: ${error.message}` }],
        // expect: error-detail-echo (high)
        structuredContent: { error: { ...error } },
      };
    }
  },
);

await server.connect(new StdioServerTransport());
