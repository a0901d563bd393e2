import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { HubSpotClient } from "./hubspot.js";
import { logger } from "./logger.js";

const token = process.env.HUBSPOT_ACCESS_TOKEN;
if (!token) throw new Error("HUBSPOT_ACCESS_TOKEN must be set");
const hubspot = new HubSpotClient(token);

const server = new McpServer({ name: "hubspot", version: "1.3.0" });

server.tool("search_contacts", "Search CRM contacts by name or email", { query: z.string() }, async ({ query }) => {
  try {
    const contacts = await hubspot.searchContacts(query);
    return { content: [{ type: "text", text: contacts.map((c) => `${c.properties.firstname} ${c.properties.lastname} <${c.properties.email}>`).join("\n") }] };
  } catch (err) {
    // expect: error-detail-echo (high)
    logger.error({ err }, "contact search failed");
    return { isError: true, content: [{ type: "text", text: "HubSpot search failed; see the server log" }] };
  }
});

await server.connect(new StdioServerTransport());
