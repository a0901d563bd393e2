#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ReportStore } from "./store.js";

const server = new McpServer({ name: "lab-reports", version: "2.1.0" });
let store;

function archive() {
  store ??= new ReportStore(process.env.LAB_REPORTS_API_KEY);
  return store;
}

server.registerTool(
  "report_values",
  { description: "Measured values of a lab report", inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    const reports = archive();
    let values = [];
    try {
      const raw = await reports.rawReport(id);
      if (raw) values = JSON.parse(raw).values ?? [];
    } catch (parseError) {
      // ok: error-detail-echo
      console.error("report is not JSON", parseError);
      // A SyntaxError returned whole: internals, no credential.
      // expect: error-detail-echo (low)
      return { isError: true, content: [{ type: "text", text: JSON.stringify({ id, parseError }) }] };
    }
    return { content: [{ type: "text", text: values.map((v) => `${v.name}: ${v.value} ${v.unit}`).join("\n") }] };
  },
);

server.registerTool(
  "report_attachments",
  { description: "Attachments of a lab report, decoded", inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    const reports = archive();
    try {
      const items = await reports.attachments(id);
      const decoded = items.map((a) => ({ name: a.name, text: Buffer.from(a.content, "base64").toString("utf8") }));
      return { content: [{ type: "text", text: JSON.stringify(decoded) }] };
    } catch (decodeError) {
      // ok: error-detail-echo
      console.error(decodeError);
      return { isError: true, content: [{ type: "text", text: "Could not decode the attachments" }] };
    }
  },
);

server.registerTool(
  "report_summary",
  { description: "Summary of a lab report", inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } },
  async ({ id }) => {
    const reports = archive();
    try {
      const summary = await reports.summary(id);
      return { content: [{ type: "text", text: summary.text }] };
    } catch (err) {
      // expect: error-detail-echo (high)
      return { isError: true, content: [{ type: "text", text: `Summary failed; request was ${JSON.stringify(err.config?.headers)}` }] };
    }
  },
);

await server.connect(new StdioServerTransport());
