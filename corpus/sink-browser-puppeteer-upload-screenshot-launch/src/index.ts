#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { BrowserSession } from "./browser.js";

const session = new BrowserSession();
const server = new McpServer({ name: "browser-pilot", version: "1.2.0" });

server.tool(
  "start_browser",
  "Start the browser, optionally with a custom Chrome build and flags",
  { chromePath: z.string().optional(), flags: z.array(z.string()).optional() },
  async ({ chromePath, flags }) => {
    await session.start({ executablePath: chromePath, args: flags });
    return { content: [{ type: "text", text: "started" }] };
  },
);

server.tool(
  "fill_form",
  "Open a page and attach a document to one of its file inputs",
  { url: z.string().url(), selector: z.string(), document: z.string() },
  async ({ url, selector, document }) => {
    const page = await session.current();
    await page.goto(url);
    const input = await page.$(selector);
    await input?.uploadFile(document); // expect: path-traversal (high)
    return { content: [{ type: "text", text: `attached ${path.basename(document)}` }] };
  },
);

server.tool(
  "capture",
  "Open a page and keep a screenshot of it",
  { url: z.string().url(), saveTo: z.string() },
  async ({ url, saveTo }) => {
    const page = await session.current();
    await page.goto(url);
    await page.screenshot({ path: saveTo, fullPage: true }); // expect: path-traversal (high)
    // ok: path-traversal
    await page.pdf({ path: path.join(os.tmpdir(), `page-${Date.now()}.pdf`) });
    return { content: [{ type: "text", text: `saved ${saveTo}` }] };
  },
);

await server.connect(new StdioServerTransport());
