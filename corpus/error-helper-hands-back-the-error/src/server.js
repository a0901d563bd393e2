#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { z } from "zod";
import { asError, describeFailure, normalizeError } from "./errors.js";

const ledger = axios.create({
  baseURL: "https://api.ledgerbooks.app/v1",
  headers: { Authorization: `Bearer ${process.env.LEDGER_API_TOKEN}` },
});

const server = new McpServer({ name: "ledger-books", version: "1.3.0" });

server.registerTool("get_balance", { description: "Balance of an account", inputSchema: { account: z.string() }, annotations: { readOnlyHint: true } }, async ({ account }) => {
  try {
    const { data } = await ledger.get(`/accounts/${encodeURIComponent(account)}/balance`);
    return { content: [{ type: "text", text: `${data.balance} ${data.currency}` }] };
  } catch (e) {
    const err = asError(e);
    // ok: error-detail-echo
    return { isError: true, content: [{ type: "text", text: `Could not read the balance: ${err.message}` }] };
  }
});

server.registerTool("post_entry", { description: "Post a journal entry", inputSchema: { debit: z.string(), credit: z.string(), amount: z.number().positive() } }, async ({ debit, credit, amount }) => {
  try {
    const { data } = await ledger.post("/entries", { debit, credit, amount });
    return { content: [{ type: "text", text: `Entry ${data.id} posted` }] };
  } catch (caught) {
    const failure = normalizeError(caught);
    // ok: error-detail-echo
    return { isError: true, content: [{ type: "text", text: `Posting failed: ${failure.message}` }] };
  }
});

server.registerTool("void_entry", { description: "Void a journal entry", inputSchema: { id: z.string() } }, async ({ id }) => {
  try {
    await ledger.delete(`/entries/${encodeURIComponent(id)}`);
    return { content: [{ type: "text", text: `Entry ${id} voided` }] };
  } catch (e) {
    // expect: error-detail-echo (high)
    return { isError: true, content: [{ type: "text", text: `Voiding failed: ${describeFailure(e)}` }] };
  }
});

await server.connect(new StdioServerTransport());
