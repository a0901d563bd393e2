#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { HubClient, OtherHubClient, TrimmedClient } from "./client.js";

const hub = new HubClient({ baseURL: loadSettings().url, token: process.env.RECORDS_HUB_TOKEN });
const audit = new TrimmedClient({ baseURL: loadSettings().url });
const server = new McpServer({ name: "records-hub", version: "2.1.0" });
const text = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });
const quoted = (s) => s.replace(/'/g, "''");

function loadSettings() {
  return { url: process.argv[2] ?? "https://records.example.com/api/data/v9" };
}

server.tool("get_choice_list", "Read the values of a global choice list", { name: z.string() }, async ({ name }) => text(await hub.get(`ChoiceLists(Name='${quoted(name)}')`)));

server.tool("get_table", "Read a table's definition", { table: z.string() }, async ({ table }) => text(await hub.get(`Tables(LogicalName='${quoted(table)}')?$select=LogicalName,DisplayName`)));

server.tool("get_audit_entry", "Read one entry of the audit log", { entry: z.string() }, async ({ entry }) => text(await audit.get(quoted(entry))));

server.tool("query_other_hub", "Query a table of another Records Hub environment", { environmentUrl: z.string(), table: z.string() }, async ({ environmentUrl, table }) => {
  const other = new OtherHubClient({ baseURL: environmentUrl });
  return text(await other.get(quoted(table)));
});

await server.connect(new StdioServerTransport());
