#!/usr/bin/env node
import { AxiosError, isAxiosError } from "axios";
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { carrier, parseEta } from "./carrier.js";

const server = new McpServer({ name: "parcel-desk", version: "0.3.1" });
const reply = (text, isError = false) => ({ isError, content: [{ type: "text", text }] });

server.registerTool("track_parcel", { description: "Where a parcel is and when it arrives", inputSchema: { tracking: z.string().regex(/^[A-Z0-9]{10,22}$/) } }, async ({ tracking }) => {
  try {
    const { data } = await carrier.get(`/parcels/${tracking}`);
    return reply(`${data.status}, arriving ${parseEta(data.eta)}`);
  } catch (err) {
    if (isAxiosError(err)) {
      throw new Error(`Carrier API error ${err.response?.status ?? ""}: ${err.message}`);
    }
    // ok: error-detail-echo
    console.error("track_parcel: unexpected failure", err);
    return reply("Could not read the parcel's ETA", true);
  }
});

server.registerTool("list_depots", { description: "Depots that can hold a parcel", inputSchema: { postcode: z.string().max(10) } }, async ({ postcode }) => {
  try {
    const { data } = await carrier.get("/depots", { params: { postcode } });
    return reply(data.depots.map((d) => `${d.code} ${d.name}`).join("\n"));
  } catch (err) {
    if (err instanceof AxiosError) {
      return reply(`Depot search failed (${err.code ?? err.response?.status}): ${err.message}`, true);
    } else {
      // ok: error-detail-echo
      console.error("list_depots: bad depot data", err);
    }
    return reply("Depot search failed", true);
  }
});

server.registerTool("reroute_parcel", { description: "Send a parcel to another depot", inputSchema: { tracking: z.string(), depot: z.string() } }, async ({ tracking, depot }) => {
  try {
    await carrier.post(`/parcels/${tracking}/reroute`, { depot });
    return reply(`Rerouted ${tracking} to ${depot}`);
  } catch (err) {
    if (!axios.isAxiosError(err)) {
      // ok: error-detail-echo
      console.error("reroute_parcel: internal error", err);
      return reply("Internal error", true);
    }
    // The carrier's own error, logged whole where the test said it is one.
    console.error("reroute_parcel: carrier refused", err); // expect: error-detail-echo
    return reply(`Carrier refused the reroute: ${err.message}`, true);
  }
});

server.registerTool("cancel_pickup", { description: "Cancel a booked pickup", inputSchema: { pickup: z.string() } }, async ({ pickup }) => {
  try {
    await carrier.delete(`/pickups/${pickup}`);
    return reply(`Pickup ${pickup} cancelled`);
  } catch (err) {
    if (err.response) {
      return reply(`Carrier answered ${err.response.status}: ${err.message}`, true);
    }
    // No response (refused, timed out): still an axios error, config and headers included.
    console.error("cancel_pickup failed", err); // expect: error-detail-echo
    return reply(`Could not reach the carrier: ${err.message}`, true);
  }
});

async function checkKey() {
  try {
    await carrier.get("/account");
  } catch (err) {
    if (isAxiosError(err)) {
      console.error(`parcel-desk: the carrier rejected the API key (${err.response?.status ?? err.code})`);
      process.exit(1);
    }
    // ok: error-detail-echo
    console.error("parcel-desk: start-up check crashed", err);
  }
}

await checkKey();
await server.connect(new StdioServerTransport());
