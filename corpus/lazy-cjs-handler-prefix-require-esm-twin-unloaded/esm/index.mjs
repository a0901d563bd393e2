import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { run } from "./handlers/ping.mjs";

const server = new McpServer({ name: "host-probe", version: "1.2.0" });
server.tool("ping", "Ping a host a few times", { host: z.string() }, async ({ host }) => run(host));
await server.connect(new StdioServerTransport());
