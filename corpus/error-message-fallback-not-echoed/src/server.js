#!/usr/bin/env node
import got from "got";
import { inspect } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const fleet = got.extend({
  prefixUrl: "https://api.fleettracker.example/v3",
  headers: { authorization: `Bearer ${process.env.FLEET_TRACKER_TOKEN}` },
});

const verbose = process.env.FLEET_TRACKER_DEBUG === "1";

function failure(text) {
  return { isError: true, content: [{ type: "text", text }] };
}

const server = new McpServer({ name: "fleet-tracker", version: "0.4.2" });

server.registerTool(
  "vehicle_position",
  { description: "Last known position of a vehicle", inputSchema: { vehicle: z.string().regex(/^[A-Z0-9-]+$/) }, annotations: { readOnlyHint: true } },
  async ({ vehicle }) => {
    try {
      const body = await fleet.get(`vehicles/${vehicle}/position`).json();
      return { content: [{ type: "text", text: `${body.lat},${body.lon}` }] };
    } catch (err) {
      // ok: error-detail-echo
      return failure(`Position lookup failed: ${err.message || JSON.stringify(err)}`);
    }
  },
);

server.registerTool(
  "trip_history",
  { description: "Trips of a vehicle on a day", inputSchema: { vehicle: z.string().regex(/^[A-Z0-9-]+$/), day: z.string().date() }, annotations: { readOnlyHint: true } },
  async ({ vehicle, day }) => {
    try {
      const trips = await fleet.get(`vehicles/${vehicle}/trips`, { searchParams: { day } }).json();
      return { content: [{ type: "text", text: JSON.stringify(trips) }] };
    } catch (err) {
      let reason;
      if (typeof err === "string") reason = err;
      else if (err?.message) reason = err.message;
      else if (err?.response?.statusCode) reason = `status ${err.response.statusCode}`;
      // ok: error-detail-echo
      else reason = inspect(err, { depth: 4 });
      // A stack only when the operator turned debugging on: paths, no token.
      const detail = verbose ? `\n${err.stack}` : "";
      // expect: error-detail-echo (low)
      return { isError: true, content: [{ type: "text", text: `Trip history failed: ${reason}${detail}` }] };
    }
  },
);

server.registerTool(
  "geofence_alerts",
  { description: "Geofence alerts raised today", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    try {
      const alerts = await fleet.get("alerts/geofence").json();
      return { content: [{ type: "text", text: JSON.stringify(alerts) }] };
    } catch (err) {
      if (!err.message) {
        // ok: error-detail-echo
        return failure(`Unexpected failure: ${JSON.stringify(err)}`);
      }
      // expect: error-detail-echo (high)
      console.error(err);
      // expect: error-detail-echo (high)
      return { isError: true, content: [{ type: "text", text: `Alerts failed with ${err.message}; sent ${JSON.stringify(err.options.headers)}` }] };
    }
  },
);

server.registerTool(
  "driver_roster",
  { description: "Drivers on shift", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    try {
      const drivers = await fleet.get("drivers", { searchParams: { on_shift: true } }).json();
      return { content: [{ type: "text", text: drivers.map((d) => d.name).join("\n") }] };
    } catch (err) {
      let summary = "unknown failure";
      // A string thrown by hand is copied as it is; a client's error gives its message.
      if (typeof err === "string") summary = err;
      else if (err instanceof Error) summary = err.message;
      // ok: error-detail-echo
      return { isError: true, content: [{ type: "text", text: JSON.stringify({ error: summary, retry: true }) }] };
    }
  },
);

await server.connect(new StdioServerTransport());
