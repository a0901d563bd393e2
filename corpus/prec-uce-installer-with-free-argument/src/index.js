import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { chromium } from "playwright";
import { spawn } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "page-fetcher", version: "1.0.0" });

// expect: untrusted-content-exposure
server.tool("fetch_page", "Fetch a web page and return its text.", { url: z.string().url() }, async ({ url }) => {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    return { content: [{ type: "text", text: await page.innerText("body") }] };
  } finally {
    await browser.close();
  }
});

// The browser to install is free text: a page can tell the model what to put on the installer's command line.
server.tool("install_browser", "Install a browser build for the fetcher.", { browser: z.string().default("chromium") }, async ({ browser }) => {
  // expect: command-injection
  const code = await new Promise((resolve) => spawn("npx", ["playwright", "install", browser], { stdio: "ignore" }).on("close", resolve));
  return { content: [{ type: "text", text: code === 0 ? "Installed." : `Installer exited with ${code}` }] };
});

await server.connect(new StdioServerTransport());
