#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { DeviceAuth } from "./auth.js";
import { openOnWindows, openWithShell, recordVisit } from "./open-page.js";

const server = new McpServer({ name: "qa-login", version: "2.0.1" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

const BASE_URL = process.env.QA_BASE_URL ?? "http://localhost:8080";

server.tool("login", "Sign in to the configured QA service", { note: z.string().optional() }, async () => {
  const code = await DeviceAuth.requestCode(BASE_URL);
  openOnWindows(code.verification_url);
  recordVisit(code.verification_url);
  return text(`Enter ${code.user_code} on the page that opened.`);
});

server.tool("login_default", "Sign in to the hosted QA service", {}, async () => {
  const code = await DeviceAuth.ownCode();
  openWithShell(code.verification_url);
  return text("Finish signing in on the page that opened.");
});

await server.connect(new StdioServerTransport());
