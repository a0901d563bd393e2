#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const axios_1 = __importDefault(require("axios"));
const zod_1 = require("zod");
const wrap_js_1 = require("./wrap.js");
const api = axios_1.default.create({
    baseURL: `${process.env.VIKUNJA_URL}/api/v1`,
    headers: { Authorization: `Bearer ${process.env.VIKUNJA_TOKEN}` },
});
const server = new mcp_js_1.McpServer({ name: "vikunja-tasks", version: "0.9.3" });
server.tool("list_tasks", "List the tasks of a project", { project: zod_1.z.number() }, (0, wrap_js_1.guarded)(async ({ project }) => {
    const { data } = await api.get(`/projects/${project}/tasks`);
    return { content: [{ type: "text", text: data.map((t) => `#${t.id} ${t.title}`).join("\n") }] };
}));
server.tool("get_task", "Read one task", { id: zod_1.z.number() }, (0, wrap_js_1.guardedVerbose)(async ({ id }) => {
    const { data } = await api.get(`/tasks/${id}`);
    return { content: [{ type: "text", text: `${data.title}\n${data.description}` }] };
}));
server.connect(new stdio_js_1.StdioServerTransport());
