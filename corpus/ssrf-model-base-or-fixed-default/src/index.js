#!/usr/bin/env node
// A value that may be the model's argument, with a fixed default after `??` or `||`, is still a
// possible start of the URL: the default fixes the host only when the argument is missing.
// Twins: the default is configured by the user (env), the argument only fills the path or the
// query after a fixed host, or the route argument is resolved against a fixed base (an absolute
// route or `//host` leaves that base).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const HUB = "https://hub.parcels.example.org";
const server = new McpServer({ name: "parcel-tracker", version: "1.4.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool("push_note", "Attach a delivery note to a parcel", { parcel: z.string(), note: z.string(), hub: z.string().optional() }, async ({ parcel, note, hub }) => {
  const res = await fetch(`${hub ?? HUB}/v3/parcels/notes`, { method: "POST", body: JSON.stringify({ parcel, note }) }); // expect: ssrf
  return text(res.ok ? "noted" : `failed: ${res.status}`);
});

server.tool("parcel_status", "Status of one parcel", { parcel: z.string(), mirror: z.string().optional() }, async ({ parcel, mirror }) => {
  const origin = mirror || "https://status.parcels.example.org";
  const res = await fetch(origin + "/v3/status?parcel=" + encodeURIComponent(parcel)); // expect: ssrf
  return text(await res.text());
});

server.tool("label_pdf", "Download the label of a parcel", { parcel: z.string(), region: z.string().optional() }, async ({ parcel, region }) => {
  const res = await fetch(new URL(`/v3/labels/${encodeURIComponent(parcel)}`, region ?? HUB)); // expect: ssrf
  return text(`${res.headers.get("content-length")} bytes`);
});

server.tool("carrier_route", "Ask the hub about a carrier route", { route: z.string() }, async ({ route }) => {
  // A route of the model resolved against a fixed base: `https://evil.example/x` or `//evil.example` leaves it.
  const res = await fetch(new URL(route, HUB)); // expect: ssrf
  return text(await res.text());
});

server.tool("parcel_events", "Events of one parcel", { parcel: z.string(), page: z.string().optional() }, async ({ parcel, page }) => {
  // ok: ssrf
  const env = await fetch(`${process.env.PARCEL_HUB_URL ?? HUB}/v3/parcels/${encodeURIComponent(parcel)}/events`);
  // ok: ssrf
  const fixed = await fetch(`${HUB}/v3/parcels/${encodeURIComponent(parcel)}/events?page=${page ?? "1"}`);
  // ok: ssrf
  const tail = await fetch(`https://status.parcels.example.org/v3/${parcel || "latest"}`);
  return text([env.status, fixed.status, tail.status].join(" "));
});

await server.connect(new StdioServerTransport());
