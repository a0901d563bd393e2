import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createRegistrar } from "./registrar.js";

export const server = new McpServer({ name: "release-mcp", version: "1.4.2" });
export const registerTool = createRegistrar(server, "1.4.2");
