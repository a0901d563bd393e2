#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ledger, LedgerFailure, moveStock, readBin } from "./ledger.js";

const server = new McpServer({ name: "stockroom", version: "0.4.2" });

server.registerTool(
  "count_bin",
  { description: "Counts the items in a bin, trying the live ledger first and the nightly snapshot after", inputSchema: { bin: z.string() }, annotations: { readOnlyHint: true } },
  async ({ bin }) => {
    try {
      let counted;
      try {
        counted = (await ledger.get(`/bins/${encodeURIComponent(bin)}/count`)).data;
      } catch (liveError) {
        // expect: error-detail-echo
        console.error("live count failed, trying the snapshot", liveError);
      }
      if (counted === undefined) {
        try {
          counted = (await ledger.get(`/snapshots/latest/bins/${encodeURIComponent(bin)}`)).data.count;
        } catch (snapshotError) {
          // expect: error-detail-echo
          console.error("snapshot read failed", snapshotError);
          throw new LedgerFailure(`no count for ${bin}: ${snapshotError instanceof Error ? snapshotError.message : String(snapshotError)}`);
        }
      }
      return { content: [{ type: "text", text: `${bin}: ${counted}` }] };
    } catch (failure) {
      // ok: error-detail-echo
      console.error("count_bin failed", failure);
      return { isError: true, content: [{ type: "text", text: `Could not count ${bin}` }] };
    }
  },
);

server.registerTool(
  "move_stock",
  { description: "Moves stock between bins; the move is written as a query like sku=A1&qty=3", inputSchema: { from: z.string(), to: z.string(), query: z.string() } },
  async ({ from, to, query }) => {
    try {
      const fields = new URLSearchParams(query);
      const qty = Number(fields.get("qty"));
      if (isNaN(qty) || qty <= 0) throw new Error(`bad quantity in ${query}`);
      const note = fields.has("note") ? JSON.parse(fields.get("note")) : undefined;
      const moved = await moveStock(fields.get("sku"), from, to, qty);
      return { content: [{ type: "text", text: `moved ${moved.qty} (${note?.text ?? "no note"})` }] };
    } catch (error) {
      // ok: error-detail-echo
      console.error("move_stock failed:", error);
      return { isError: true, content: [{ type: "text", text: `Move failed: ${error.message}` }] };
    }
  },
);

server.registerTool(
  "audit_bin",
  { description: "Reads a bin for an audit", inputSchema: { bin: z.string() }, annotations: { readOnlyHint: true } },
  async ({ bin }) => {
    try {
      let contents;
      try {
        contents = await readBin(bin);
      } catch (readError) {
        if (axios.isAxiosError(readError)) {
          // ok: error-detail-echo
          console.error(`audit read ${readError.config?.method} ${readError.config?.url} failed with ${readError.response?.status}`);
          // expect: error-detail-echo
          console.error("sent headers:", readError.config?.headers);
        }
        throw readError;
      }
      return { content: [{ type: "text", text: JSON.stringify(contents) }] };
    } catch (auditError) {
      // expect: error-detail-echo
      console.error("audit_bin failed", auditError);
      return { isError: true, content: [{ type: "text", text: "Audit failed" }] };
    }
  },
);

server.registerTool(
  "recount_bin",
  { description: "Recounts a bin after a move", inputSchema: { bin: z.string() }, annotations: { readOnlyHint: true } },
  async ({ bin }) => {
    try {
      try {
        return { content: [{ type: "text", text: JSON.stringify(await readBin(bin)) }] };
      } catch (inner) {
        throw new LedgerFailure(`recount of ${bin} failed`, { cause: inner });
      }
    } catch (outer) {
      // expect: error-detail-echo
      console.error("recount_bin failed", outer);
      return { isError: true, content: [{ type: "text", text: "Recount failed" }] };
    }
  },
);

await server.connect(new StdioServerTransport());
