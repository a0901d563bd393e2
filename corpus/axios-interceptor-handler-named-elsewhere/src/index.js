#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { billing, ledger, payouts } from "./gateway.js";

const server = new McpServer({ name: "invoice-gateway", version: "1.2.0" });

server.registerTool("get_invoice", { description: "Read an invoice", inputSchema: { invoice: z.string().regex(/^in_[A-Za-z0-9]+$/) } }, async ({ invoice }) => {
  try {
    const { data } = await billing.get(`/invoices/${invoice}`);
    return { content: [{ type: "text", text: `${data.number}: ${data.amount_due / 100} ${data.currency} (${data.status})` }] };
  } catch (error) {
    // ok: error-detail-echo
    console.error("get_invoice failed", error);
    return { isError: true, content: [{ type: "text", text: error.message }] };
  }
});

server.registerTool("ledger_entries", { description: "Ledger entries of an account", inputSchema: { account: z.string(), limit: z.number().int().max(100).default(20) } }, async ({ account, limit }) => {
  try {
    const { data } = await ledger.get(`/accounts/${encodeURIComponent(account)}/entries`, { params: { limit } });
    return { content: [{ type: "text", text: data.entries.map((e) => `${e.posted_at} ${e.amount} ${e.memo}`).join("\n") }] };
  } catch (error) {
    console.error("ledger_entries failed", error); // expect: error-detail-echo
    return { isError: true, content: [{ type: "text", text: error.message }] };
  }
});

server.registerTool("payout_status", { description: "Status of a payout", inputSchema: { payout: z.string().regex(/^po_[A-Za-z0-9]+$/) } }, async ({ payout }) => {
  try {
    const { data } = await payouts.get(`/payouts/${payout}`);
    return { content: [{ type: "text", text: `${data.status} (${data.amount / 100} ${data.currency})` }] };
  } catch (error) {
    console.error("payout_status failed", error); // expect: error-detail-echo
    return { isError: true, content: [{ type: "text", text: error.message }] };
  }
});

await server.connect(new StdioServerTransport());
