#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Sql } from "./literals.js";
import { Stores } from "./stores.js";

const server = new McpServer({ name: "ticket-search", version: "1.4.0" });
const stores = new Stores();
const text = (rows: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(rows) }] });

server.tool("tickets_by_customer", "List the local tickets of one customer", { customer: z.string() }, async ({ customer }) =>
  text(stores.local(`SELECT id, title FROM tickets WHERE customer = ${Sql.literal(customer)} ORDER BY id DESC`)),
);

server.tool("tickets_matching", "List the local tickets whose title contains a phrase", { phrase: z.string(), status: z.string() }, async ({ phrase, status }) => {
  const clauses = [`title LIKE '%${Sql.bare(phrase)}%'`, `status = '${Sql.bare(status)}'`];
  return text(stores.local(`SELECT id, title FROM tickets WHERE ${clauses.join(" AND ")}`));
});

server.tool("tickets_by_tag", "List the local tickets with a tag", { tag: z.string() }, async ({ tag }) =>
  text(stores.localUnquoted(`SELECT id FROM tickets WHERE tag = ${Sql.bare(tag)}`)),
);

server.tool("remote_by_customer", "List the PostgreSQL tickets of one customer", { customer: z.string() }, async ({ customer }) =>
  text(await stores.postgres("SELECT id, title FROM tickets WHERE customer = '" + Sql.bare(customer) + "'")),
);

server.tool("remote_by_note", "List the PostgreSQL tickets whose note matches", { note: z.string() }, async ({ note }) =>
  text(await stores.postgresEscapeString(`SELECT id FROM tickets WHERE note = E'${Sql.bare(note)}'`)),
);

server.tool("remote_by_owner", "List the PostgreSQL tickets of one owner", { owner: z.string() }, async ({ owner }) =>
  text(await stores.postgresFirstQuote(`SELECT id FROM tickets WHERE owner = '${Sql.firstOnly(owner)}'`)),
);

server.tool("legacy_by_customer", "List the SQL Server tickets of one customer", { customer: z.string() }, async ({ customer }) =>
  text(await stores.sqlServer(`SELECT TOP 50 id, title FROM tickets WHERE customer = ${Sql.literal(customer)}`)),
);

server.tool("archived_by_customer", "List the archived MySQL tickets of one customer", { customer: z.string() }, async ({ customer }) =>
  text(await stores.mysqlArchive(`SELECT id FROM tickets WHERE customer = ${Sql.literal(customer)}`)),
);

await server.connect(new StdioServerTransport());
