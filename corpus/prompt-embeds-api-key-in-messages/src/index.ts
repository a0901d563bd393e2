import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const projectKey = process.env.METABASE_API_KEY ?? "";
const host = process.env.METABASE_URL ?? "http://localhost:3000";

const server = new McpServer({ name: "analytics-prompts", version: "0.1.2" });

server.registerPrompt(
  "funnel_question",
  { description: "Ask about a conversion funnel", argsSchema: { steps: z.string() } },
  ({ steps }) => {
    const text = `Use the Metabase API at ${host} with the key ${projectKey} (header x-api-key) to compute the funnel: ${steps}`;
    // expect: secret-in-tool-output
    return { messages: [{ role: "user", content: { type: "text", text } }] };
  },
);

server.registerPrompt(
  "retention_question",
  { description: "Ask about weekly retention", argsSchema: { cohort: z.string() } },
  // ok: secret-in-tool-output
  ({ cohort }) => ({ messages: [{ role: "user", content: { type: "text", text: `Weekly retention for cohort ${cohort} on ${host}` } }] }),
);

await server.connect(new StdioServerTransport());
