"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const index_js_1 = require("@modelcontextprotocol/sdk/server/index.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const types_js_1 = require("@modelcontextprotocol/sdk/types.js");
const axios_1 = __importDefault(require("axios"));
// ok: credential-exfiltration
const linear = axios_1.default.create({
    baseURL: "https://api.linear.app",
    headers: { Authorization: process.env.LINEAR_API_KEY, "Content-Type": "application/json" },
});
const server = new index_js_1.Server({ name: "linear-lite", version: "1.1.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(types_js_1.ListToolsRequestSchema, async () => ({
    tools: [{ name: "my_issues", description: "Issues assigned to me", inputSchema: { type: "object", properties: {} } }],
}));
server.setRequestHandler(types_js_1.CallToolRequestSchema, async (request) => {
    if (request.params.name !== "my_issues")
        throw new Error("unknown tool");
    const { data } = await linear.post("/graphql", { query: "{ viewer { assignedIssues { nodes { identifier title } } } }" });
    const nodes = data.data.viewer.assignedIssues.nodes;
    return { content: [{ type: "text", text: nodes.map((n) => `${n.identifier} ${n.title}`).join("\n") }] };
});
server.connect(new stdio_js_1.StdioServerTransport());
