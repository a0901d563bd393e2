#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ShelfCache, SHELF_UNITS } from "./cache.js";
import * as Tools from "./tools/index.js";

const server = new McpServer({ name: "warehouse-shelves", version: "0.4.2" });
const dataDir = process.env.WAREHOUSE_DATA ?? "./shelves";
const cache = new ShelfCache();
console.error(`units: ${SHELF_UNITS.map((u) => u.name).join(", ")}; cache ${ShelfCache.NAME} ${cache ? "ready" : "off"}`);

const toolClasses = [Tools.ReadShelfTool, Tools.LabelShelfTool];
for (const ToolClass of toolClasses) {
  const name = "toolName" in ToolClass ? ToolClass.toolName : ToolClass.TOOL_NAME;
  new ToolClass({ name, dataDir }).attach(server);
}

await server.connect(new StdioServerTransport());
