#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const zod_1 = require("zod");
const features_1 = require("./features");
const server = new mcp_js_1.McpServer({ name: "devboard", version: "2.3.1" });
function configFromEnv() {
    return { token: process.env.DEVBOARD_TOKEN, org: process.env.DEVBOARD_ORG || "" };
}
server.tool("list_organizations", "Organizations your token can see", {}, async () => {
    const result = await (0, features_1.listOrganizations)(configFromEnv());
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: JSON.stringify(result, null, 2) }] };
});
server.tool("list_projects", "Projects of an organization", { org: zod_1.z.string() }, async ({ org }) => {
    const names = await (0, features_1.listProjects)(configFromEnv(), org);
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: names.join("\n") }] };
});
server.tool("token_info", "How the server authenticates", {}, async () => {
    const info = (0, features_1.tokenInfo)(configFromEnv());
    // expect: secret-in-tool-output
    return { content: [{ type: "text", text: JSON.stringify(info) }] };
});
server.connect(new stdio_js_1.StdioServerTransport());
