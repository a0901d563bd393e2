#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const zod_1 = require("zod");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_os_1 = __importDefault(require("node:os"));
const roots_1 = require("./roots.js");
const { isInsideCaptures } = require("./roots.js");
const server = new mcp_js_1.McpServer({ name: "device-recorder", version: "2.3.1" });
server.tool("capture_frame", "Capture one frame of the device screen", { target: zod_1.z.string() }, async ({ target }) => {
    (0, roots_1.assertUnderAllowedRoot)(target);
    node_fs_1.default.writeFileSync(target, "frame"); // ok: path-traversal
    return { content: [{ type: "text", text: "kept" }] };
});
server.tool("capture_still", "Capture a still of the device camera", { target: zod_1.z.string() }, async ({ target }) => {
    roots_1.assertUnderAllowedRoot(target);
    node_fs_1.default.writeFileSync(target, "still"); // ok: path-traversal
    return { content: [{ type: "text", text: "kept" }] };
});
server.tool("capture_trace", "Capture a trace of the device", { target: zod_1.z.string(), label: zod_1.z.string() }, async ({ target, label }) => {
    (0, roots_1.assertUnderAllowedRoot)(target);
    // The check vouched for `target`; the write goes to `label`.
    node_fs_1.default.writeFileSync(label, "trace"); // expect: path-traversal
    return { content: [{ type: "text", text: "kept" }] };
});
server.tool("capture_heap", "Capture a heap snapshot of the device", { target: zod_1.z.string() }, async ({ target }) => {
    (0, roots_1.assertUnderPrefix)(target);
    node_fs_1.default.writeFileSync(target, "heap"); // expect: path-traversal
    return { content: [{ type: "text", text: "kept" }] };
});
server.tool("capture_power", "Capture a power profile of the device", { target: zod_1.z.string() }, async ({ target }) => {
    if (target.length > 200) {
        (0, roots_1.assertUnderAllowedRoot)(target);
    }
    node_fs_1.default.writeFileSync(target, "power"); // expect: path-traversal
    return { content: [{ type: "text", text: "kept" }] };
});
server.tool("replay_capture", "Replay a capture kept on this machine", { name: zod_1.z.string() }, async ({ name }) => {
    if (!isInsideCaptures(name)) {
        throw new Error("not a capture");
    }
    const full = node_path_1.default.resolve(node_os_1.default.homedir(), "captures", name);
    // ok: path-traversal
    const text = node_fs_1.default.readFileSync(full, "utf8");
    return { content: [{ type: "text", text }] };
});
server.tool("replay_normalized", "Replay a normalized capture", { name: zod_1.z.string() }, async ({ name }) => {
    const full = node_path_1.default.normalize(node_path_1.default.join(node_os_1.default.homedir(), "captures", name));
    const text = node_fs_1.default.readFileSync(full, "utf8"); // expect: path-traversal
    return { content: [{ type: "text", text }] };
});
server.connect(new stdio_js_1.StdioServerTransport());
