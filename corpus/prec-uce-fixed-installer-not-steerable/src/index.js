import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { chromium } from "playwright";
import { spawn } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "page-fetcher", version: "1.0.0" });

// ok: untrusted-content-exposure
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

// The only tool that starts a process runs one fixed installer: its switches pick among the author's options.
server.tool(
  "install_browser",
  "Install the Chromium build the fetcher needs.",
  { withDeps: z.boolean().default(false), channel: z.enum(["stable", "beta"]).default("stable") },
  async ({ withDeps, channel }) => {
    const args = ["playwright", "install", channel === "beta" ? "chromium-beta" : "chromium"];
    if (withDeps) args.push("--with-deps");
    const code = await new Promise((resolve) => spawn("npx", args, { stdio: "ignore" }).on("close", resolve));
    return { content: [{ type: "text", text: code === 0 ? "Installed." : `Installer exited with ${code}` }] };
  },
);

// No arguments at all: the injected page can make the model call it, not change what it does.
server.tool("clear_browser_cache", "Delete the browser's cached downloads.", async () => {
  await new Promise((resolve) => spawn("npx", ["playwright", "uninstall"], { stdio: "ignore" }).on("close", resolve));
  return { content: [{ type: "text", text: "Cleared." }] };
});

await server.connect(new StdioServerTransport());
