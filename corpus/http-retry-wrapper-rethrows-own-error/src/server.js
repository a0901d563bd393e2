#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { FleetApi } from "./fleet-api.js";
import { DepotApi } from "./depot-api.js";

const fleet = new FleetApi(process.env.FLEETYARD_TOKEN);
const depots = new DepotApi(process.env.FLEETYARD_DEPOT_KEY);
const server = new McpServer({ name: "fleetyard", version: "0.9.2" });

const json = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });
const failed = (what, e) => ({ isError: true, content: [{ type: "text", text: `${what}: ${e instanceof Error ? e.message : String(e)}` }] });

server.tool("get_truck", "Read one truck of the fleet", { id: z.string() }, async ({ id }) => {
  try {
    return json(await fleet.truck(id));
  } catch (error) {
    // ok: error-detail-echo
    console.error("get_truck failed:", error);
    return failed("Could not read the truck", error);
  }
});

server.tool("list_routes", "List the routes served from a depot", { depot: z.string() }, async ({ depot }) => {
  try {
    return json(await fleet.routes(depot));
  } catch (error) {
    // ok: error-detail-echo
    console.error("list_routes failed:", error);
    return failed("Could not list routes", error);
  }
});

server.tool("get_depot", "Read a depot's opening hours and address", { id: z.string() }, async ({ id }) => {
  try {
    return json(await depots.depot(id));
  } catch (error) {
    console.error("get_depot failed:", error); // expect: error-detail-echo
    return failed("Could not read the depot", error);
  }
});

await server.connect(new StdioServerTransport());
