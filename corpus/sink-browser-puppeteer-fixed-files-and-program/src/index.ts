#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { BrowserSession } from "./browser.js";

const session = new BrowserSession();
const server = new McpServer({ name: "browser-pilot", version: "1.2.0" });
const attachments = process.env.ATTACHMENTS_DIR ?? path.join(os.homedir(), "browser-pilot", "attachments");

server.tool(
  "start_browser",
  "Start the browser, optionally with a visible window",
  { headful: z.boolean().optional() },
  async ({ headful }) => {
    await session.start({ headful, args: headful ? ["--start-maximized"] : [] });
    return { content: [{ type: "text", text: "started" }] };
  },
);

server.tool(
  "fill_form",
  "Open a page and attach one of the files in the attachments folder to its file input",
  { url: z.string().url(), selector: z.string(), document: z.string() },
  async ({ url, selector, document }) => {
    const page = await session.current();
    await page.goto(url);
    const input = await page.$(selector);
    // ok: path-traversal
    await input?.uploadFile(path.join(attachments, path.basename(document)));
    return { content: [{ type: "text", text: `attached ${path.basename(document)}` }] };
  },
);

server.tool(
  "capture",
  "Open a page and keep a screenshot of it",
  { url: z.string().url(), label: z.string() },
  async ({ url, label }) => {
    const page = await session.current();
    await page.goto(url);
    const file = path.join(os.tmpdir(), `capture-${Date.now()}.png`);
    // ok: path-traversal
    await page.screenshot({ path: file, fullPage: true });
    return { content: [{ type: "text", text: `saved ${label} to ${file}` }] };
  },
);

await server.connect(new StdioServerTransport());
