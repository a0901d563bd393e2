#!/usr/bin/env node
import path from "node:path";
import { fileURLToPath } from "node:url";
import axios from "axios";
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const runner = axios.create({ baseURL: "https://api.test-runner.example/v1", headers: { "x-api-key": process.env.TEST_RUNNER_API_KEY } });

// The dashboard page is a static bundle the browser loads; it never runs here.
const app = express();
app.use(express.static(path.join(path.dirname(fileURLToPath(import.meta.url)), "assets")));
app.listen(5173, "127.0.0.1");

const server = new McpServer({ name: "test-runner-dashboard", version: "0.9.3" });

server.registerTool(
  "run_suite",
  { description: "Run a test suite", inputSchema: { suite: z.string().regex(/^[\w-]+$/) } },
  async ({ suite }) => {
    try {
      const res = await runner.post(`/suites/${suite}/runs`);
      return { content: [{ type: "text", text: `run ${res.data.id} started` }] };
    } catch (error) {
      // expect: error-detail-echo (high)
      console.error("starting the run failed", error);
      return { isError: true, content: [{ type: "text", text: `Starting the run failed: ${error.message}` }] };
    }
  },
);

await server.connect(new StdioServerTransport());
