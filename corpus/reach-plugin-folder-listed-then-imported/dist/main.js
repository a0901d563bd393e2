#!/usr/bin/env node
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { PluginHost } from "./lib/plugin-host.js";

const pluginDir = path.join(import.meta.dirname, "plugins");
const server = new McpServer({ name: "devbox", version: "0.9.3" });
await new PluginHost(server).loadAll(pluginDir);
await server.connect(new StdioServerTransport());
