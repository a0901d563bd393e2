#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { logger, quietLogger, traceLogger } from "./logger.js";

const lab = axios.create({
  baseURL: "https://api.devicelab.example/v2",
  auth: { username: process.env.DEVICE_LAB_USERNAME, password: process.env.DEVICE_LAB_ACCESS_KEY },
});

// ok: secret-in-log
logger.child({ module: "auth" }).debug({ accessKey: process.env.DEVICE_LAB_ACCESS_KEY }, "credentials loaded");
// expect: secret-in-log
traceLogger.debug({ accessKey: process.env.DEVICE_LAB_ACCESS_KEY }, "credentials loaded");

const server = new McpServer({ name: "device-lab", version: "1.9.0" });

server.registerTool(
  "list_devices",
  { description: "List devices available in the lab", inputSchema: { os: z.enum(["android", "ios"]) }, annotations: { readOnlyHint: true } },
  async ({ os }) => {
    try {
      const res = await lab.get("/devices", { params: { os } });
      return { content: [{ type: "text", text: JSON.stringify(res.data) }] };
    } catch (error) {
      // ok: error-detail-echo
      logger.error(error, "listing devices failed");
      return { isError: true, content: [{ type: "text", text: `Listing devices failed: ${error.message}` }] };
    }
  },
);

server.registerTool(
  "start_session",
  { description: "Start a session on a device", inputSchema: { device: z.string().regex(/^[a-z0-9-]+$/) } },
  async ({ device }) => {
    try {
      const res = await lab.post("/sessions", { device });
      return { content: [{ type: "text", text: `session ${res.data.id}` }] };
    } catch (error) {
      // ok: error-detail-echo
      quietLogger.error({ err: error }, "starting a session failed");
      // expect: error-detail-echo (high)
      traceLogger.error(error, "starting a session failed");
      return { isError: true, content: [{ type: "text", text: `Starting a session failed: ${error.message}` }] };
    }
  },
);

await server.connect(new StdioServerTransport());
