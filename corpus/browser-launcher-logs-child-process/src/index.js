import fs from "node:fs";
import util from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { launch } from "./launcher.js";

const logFile = fs.createWriteStream(process.env.BROWSER_PILOT_LOG ?? "/tmp/browser-pilot.log", { flags: "a" });

function log(message, detail) {
  // ok: environment-dump
  logFile.write(`${new Date().toISOString()} ${util.format(message, detail)}\n`);
}

if (process.argv.includes("--debug-env")) {
  // expect: environment-dump (high)
  logFile.write(`environment: ${util.format(process.env)}\n`);
}

let browser;

async function ensureBrowser() {
  if (!browser) {
    browser = launch({ userDataDir: "/tmp/browser-pilot-profile" });
    // The ChildProcess handle, written to the log by log().
    log("launched", browser.nodeProcess);
  }
  return browser;
}

const server = new McpServer({ name: "browser-pilot", version: "0.3.0" });

server.tool("open_page", "Open a page in the local browser", { url: z.string().url() }, async ({ url }) => {
  const b = await ensureBrowser();
  log("open", `${url} in pid ${b.nodeProcess.pid}`);
  return { content: [{ type: "text", text: `Opened ${url}` }] };
});

await server.connect(new StdioServerTransport());
