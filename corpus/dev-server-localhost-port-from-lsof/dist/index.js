#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { fetchBundle, findDevServerUrl, openDebugger } from "./devserver.js";

const server = new McpServer({ name: "rn-devtools", version: "0.3.2" });

// ok: untrusted-content-exposure
server.tool("open_devtools", "Open the React Native DevTools for an app", { bundleId: z.string() }, async ({ bundleId }) => {
    const devServerUrl = await findDevServerUrl();
    if (!devServerUrl) return { content: [{ type: "text", text: "No dev server found" }] };
    const answer = await openDebugger({ bundleId, devServerUrl });
    return { content: [{ type: "text", text: answer }] };
});

// expect: untrusted-content-exposure (medium)
server.tool("check_bundle", "The start of the iOS bundle a dev server builds", { serverUrl: z.string() }, async ({ serverUrl }) => {
    const bundle = await fetchBundle({ serverUrl });
    return { content: [{ type: "text", text: bundle.slice(0, 2000) }] };
});

await server.connect(new StdioServerTransport());
