#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { log, plainLog } from "./log.js";

const CARRIER_API = "https://api.parcels.example/v3";
const carrierKey = process.env.PARCELS_API_KEY;
const webhookSecret = process.env.PARCELS_WEBHOOK_SECRET;

function headersFor() {
  const headers = { accept: "application/json" };
  headers["x-carrier-key"] = carrierKey;
  return headers;
}

// ok: secret-in-log
log.info({ credentials: { secret: webhookSecret, rotatedAt: Date.now() } }, "webhook secret loaded");
// ok: secret-in-log
log.child({ part: "accounts" }).debug({ accounts: [{ name: "main", apiKey: carrierKey }] }, "accounts");
// expect: secret-in-log
plainLog.info({ credentials: { secret: webhookSecret } }, "webhook secret loaded");

async function track(parcel) {
  const headers = headersFor();
  // ok: secret-in-log
  log.debug({ req: { method: "GET", headers } }, "carrier request");
  const res = await fetch(`${CARRIER_API}/parcels/${encodeURIComponent(parcel)}`, { headers });
  return res.json();
}

async function trackWithProxyKey(parcel) {
  const headers = { ...headersFor(), "x-proxy-key": process.env.PARCELS_PROXY_TOKEN };
  // The list names the carrier key, not the proxy key sent beside it.
  // expect: secret-in-log
  log.debug({ req: { headers } }, "proxied carrier request");
  // expect: secret-in-log
  log.debug({ req: { method: "GET" } }, `carrier key ${carrierKey}`);
  const res = await fetch(`${CARRIER_API}/parcels/${encodeURIComponent(parcel)}?via=proxy`, { headers });
  return res.json();
}

const server = new McpServer({ name: "shipment-tracker", version: "0.4.2" });

server.registerTool(
  "track_parcel",
  { description: "Track a parcel by its number", inputSchema: { parcel: z.string().regex(/^[A-Z0-9]{8,20}$/), proxied: z.boolean().optional() }, annotations: { readOnlyHint: true } },
  async ({ parcel, proxied }) => {
    const data = proxied ? await trackWithProxyKey(parcel) : await track(parcel);
    return { content: [{ type: "text", text: JSON.stringify(data.status) }] };
  },
);

await server.connect(new StdioServerTransport());
