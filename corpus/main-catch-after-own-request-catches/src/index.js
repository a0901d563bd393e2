#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { ping, readings } from "./api.js";

const server = new McpServer({ name: "greenhouse-sensors", version: "2.3.0" });

server.tool("zone_readings", "Latest temperature and humidity of a greenhouse zone", { zone: z.string() }, async ({ zone }) => {
  try {
    return { content: [{ type: "text", text: JSON.stringify(await readings(zone)) }] };
  } catch (error) {
    return { isError: true, content: [{ type: "text", text: `Reading failed: ${error.message}` }] };
  }
});

async function main() {
  try {
    const status = await ping();
    if (process.env.DEBUG) console.error(`sensor cloud ${status.version} reachable`);
  } catch (error) {
    console.error(`Cannot reach the sensor cloud: ${error.message}`);
    console.error("Check GREENHOUSE_API_URL and GREENHOUSE_API_KEY.");
    process.exit(1);
  }
  const transport = new StdioServerTransport();
  await server.connect(transport);
  process.on("SIGTERM", async () => {
    await server.close();
    process.exit(0);
  });
}

main().catch((error) => {
  // ok: error-detail-echo
  console.error("Fatal:", error);
  process.exit(1);
});
