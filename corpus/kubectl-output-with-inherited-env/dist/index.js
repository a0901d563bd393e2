"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const child_process_1 = require("child_process");
const fs_1 = require("fs");
const index_js_1 = require("@modelcontextprotocol/sdk/server/index.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const types_js_1 = require("@modelcontextprotocol/sdk/types.js");
function kubectl(args) {
    // The child needs KUBECONFIG and the cloud credentials its auth plugin reads.
    return (0, child_process_1.execFileSync)("kubectl", args, { encoding: "utf8", env: { ...process.env, KUBECONFIG: process.env.KUBECONFIG } });
}
const server = new index_js_1.Server({ name: "kube-apply", version: "1.2.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(types_js_1.ListToolsRequestSchema, async () => ({
    tools: [{ name: "snapshot_namespace", description: "Save the namespace's manifests to a temporary file", inputSchema: { type: "object", properties: { namespace: { type: "string" } }, required: ["namespace"] } }],
}));
server.setRequestHandler(types_js_1.CallToolRequestSchema, async (request) => {
    const namespace = String(request.params.arguments?.namespace ?? "default");
    const yaml = kubectl(["get", "all", "-n", namespace, "-o", "yaml"]);
    const file = `/tmp/snapshot-${Date.now()}.yaml`;
    // ok: environment-dump
    (0, fs_1.writeFileSync)(file, yaml);
    try {
        kubectl(["version", "--client"]);
    }
    catch (error) {
        // ok: environment-dump
        console.error("kubectl failed:", error);
    }
    return { content: [{ type: "text", text: `saved to ${file}` }] };
});
server.connect(new stdio_js_1.StdioServerTransport());
