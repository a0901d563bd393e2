#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const zod_1 = require("zod");
const descriptions_1 = require("./descriptions");
const server = new mcp_js_1.McpServer({ name: "timezone", version: "2.1.0" });
server.tool(descriptions_1.TOOL_NAME, descriptions_1.TOOL_DESCRIPTION, { zone: zod_1.z.string().describe("IANA zone, e.g. Europe/Berlin") }, async ({ zone }) => {
    return { content: [{ type: "text", text: new Date().toLocaleString("en-US", { timeZone: zone }) }] };
});
server.connect(new stdio_js_1.StdioServerTransport());
