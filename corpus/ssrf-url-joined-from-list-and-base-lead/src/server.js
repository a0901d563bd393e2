#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { FleetApi, mirrorCheck, ping, probe } from "./fleet.js";
import { loadMirrors } from "./mirrors.js";

const fleet = new FleetApi({ token: process.env.FLEET_TOKEN });
const server = new McpServer({ name: "fleet-status", version: "2.3.0" });
const json = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

server.tool("device", "Show a device", { id: z.string() }, async ({ id }) => json(await fleet.device(id)));
server.tool("firmware", "Firmware of a device on a channel", { id: z.string(), channel: z.string() }, async ({ id, channel }) => json(await fleet.firmware(id, channel)));
// expect: untrusted-content-exposure
server.tool("probe_gateway", "Status code of a gateway's status page", { endpoint: z.string() }, async ({ endpoint }) => json(await probe(endpoint)));
server.tool("ping_server", "Check that a fleet server answers", { server: z.string() }, async ({ server: s }) => json(await ping(s)));
server.tool("check_mirrors", "HEAD a file on every firmware mirror", { suffix: z.string() }, async ({ suffix }) => json(await mirrorCheck(await loadMirrors(), suffix)));

await server.connect(new StdioServerTransport());
