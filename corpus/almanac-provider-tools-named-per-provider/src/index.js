#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { EphemerisProvider } from "./providers/ephemeris.js";
import { TidesProvider } from "./providers/tides.js";
import { addProvider, attachTools } from "./registry.js";

const server = new McpServer({ name: "almanac-lookup", version: "0.6.1" });
if (process.env.EPHEMERIS_ENABLED) addProvider(new EphemerisProvider());
if (process.env.TIDES_ENABLED) addProvider(new TidesProvider());
attachTools(server);

await server.connect(new StdioServerTransport());
