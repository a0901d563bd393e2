#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { auditLogger, log } from "./log.js";

const grafana = axios.create({
  baseURL: process.env.GRAFANA_URL,
  headers: { Authorization: `Bearer ${process.env.GRAFANA_SERVICE_TOKEN}` },
});

const server = new McpServer({ name: "grafana-panels", version: "1.6.0" });

server.tool("list_dashboards", "List dashboards matching a query", { query: z.string() }, async ({ query }) => {
  try {
    const { data } = await grafana.get("/api/search", { params: { query, type: "dash-db" } });
    return { content: [{ type: "text", text: data.map((d) => `${d.uid} ${d.title}`).join("\n") }] };
  } catch (err) {
    // ok: error-detail-echo
    log.error("dashboard search failed", err);
    return { isError: true, content: [{ type: "text", text: "Search failed" }] };
  }
});

server.tool("get_panel", "Read one panel of a dashboard", { uid: z.string(), panel: z.number() }, async ({ uid, panel }) => {
  try {
    const { data } = await grafana.get(`/api/dashboards/uid/${encodeURIComponent(uid)}`);
    const found = data.dashboard.panels.find((p) => p.id === panel);
    return { content: [{ type: "text", text: found ? JSON.stringify(found) : "no such panel" }] };
  } catch (err) {
    // expect: error-detail-echo (high)
    auditLogger.error("panel read failed", err);
    return { isError: true, content: [{ type: "text", text: "Read failed" }] };
  }
});

server.tool("list_alerts", "List firing alerts", {}, async () => {
  try {
    const { data } = await grafana.get("/api/alertmanager/grafana/api/v2/alerts");
    return { content: [{ type: "text", text: data.map((a) => a.labels.alertname).join("\n") || "none firing" }] };
  } catch (err) {
    // Wrapped, the error is serialized by its own toJSON: its config, headers included, is written.
    // expect: error-detail-echo (high)
    log.error("alert listing failed", { err });
    return { isError: true, content: [{ type: "text", text: "Listing failed" }] };
  }
});

await server.connect(new StdioServerTransport());
