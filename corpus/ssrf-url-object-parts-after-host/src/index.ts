#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { HubClient } from "./hub-client.js";
import { labelPdf, labelPreview, labelTemplate } from "./labels.js";
import { buildRequestUrl, getJson } from "./request-url.js";

const hub = new HubClient(process.env.PARCELHUB_API_URL);
const server = new McpServer({ name: "parcel-tracker", version: "0.7.1" });
const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.tool("search_parcels", "Search parcels by recipient or postcode", { q: z.string(), postcode: z.string().optional() }, async ({ q, postcode }) => json(await hub.get("/v2/parcels/search", { q, postcode })));
server.tool("get_parcel", "A parcel's record and events", { trackingNumber: z.string() }, async ({ trackingNumber }) => json(await hub.parcel(trackingNumber)));
server.tool("depot_hours", "Opening hours of a depot", { depot: z.string() }, async ({ depot }) => json(await hub.depotHours(depot)));
server.tool("follow_link", "Follow a `next` link from an earlier answer", { link: z.string() }, async ({ link }) => json(await hub.follow(link)));
server.tool("get_regional_parcel", "A parcel's record from a regional host", { region: z.string(), trackingNumber: z.string() }, async ({ region, trackingNumber }) => json(await hub.regional(region, trackingNumber)));
server.tool("label_pdf", "The shipping label of a parcel as base64 PDF", { parcelId: z.string(), format: z.string() }, async ({ parcelId, format }) => json(await labelPdf(parcelId, format)));
server.tool("label_template", "A label template by name", { template: z.string() }, async ({ template }) => json(await labelTemplate(template)));
server.tool("label_preview", "Preview a label", { parcelId: z.string() }, async ({ parcelId }) => json(await labelPreview(parcelId)));

// The arguments go in as query values through the shared helper: the host is the API's.
server.tool("list_pickups", "Pickups between two dates", { from: z.string(), to: z.string(), limit: z.number().optional() }, async ({ from, to, limit }) => {
  const url = buildRequestUrl("pickups", { "date-from": from, "date-to": to, limit });
  // ok: ssrf
  const res = await fetch(url, { headers: { accept: "application/json" } });
  return json(await res.json());
});

// Twin: the endpoint itself is the model's, written first in the relative reference.
server.tool("get_endpoint", "Read any API endpoint by its path", { endpoint: z.string() }, async ({ endpoint }) => {
  const url = buildRequestUrl(endpoint, {});
  return json(await getJson(url));
});

await server.connect(new StdioServerTransport());
