#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { searchLogs } from "./search.js";

const server = new McpServer({ name: "log-search", version: "2.3.0" });

server.tool("search_logs", "Search a log file for a pattern", { pattern: z.string(), file: z.string() }, searchLogs);

await server.connect(new StdioServerTransport());
