#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const index_js_1 = require("@modelcontextprotocol/sdk/server/index.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const tools_js_1 = require("./tools.js");
const requestHandler_js_1 = require("./requestHandler.js");
const server = new index_js_1.Server({ name: "pagepilot", version: "2.0.1" }, { capabilities: { tools: {} } });
const TOOLS = (0, tools_js_1.createToolDefinitions)();
(0, requestHandler_js_1.setupRequestHandlers)(server, TOOLS);
server.connect(new stdio_js_1.StdioServerTransport());
