#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { chromium } = require("playwright");
const path = require("path");
const { z } = require("zod");

let context;
async function page() {
  if (!context) {
    const browser = await chromium.launch({ headless: true });
    context = await browser.newContext({ acceptDownloads: true });
  }
  return context.newPage();
}

const server = new McpServer({ name: "form-agent", version: "0.3.1" });

server.tool("attach_file", "Set a file input on a page", { url: z.string(), selector: z.string(), file: z.string() }, async ({ url, selector, file }) => {
  const p = await page();
  await p.goto(url);
  await p.setInputFiles(selector, file); // expect: path-traversal (high)
  return { content: [{ type: "text", text: "attached" }] };
});

server.tool("attach_by_label", "Set the file input with this label", { url: z.string(), label: z.string(), files: z.array(z.string()) }, async ({ url, label, files }) => {
  const p = await page();
  await p.goto(url);
  await p.getByLabel(label).setInputFiles(files); // expect: path-traversal (high)
  return { content: [{ type: "text", text: `attached ${files.length} files` }] };
});

server.tool("choose_file", "Click a button that opens a file chooser and pick a file", { url: z.string(), button: z.string(), file: z.string() }, async ({ url, button, file }) => {
  const p = await page();
  await p.goto(url);
  const chooser = p.waitForEvent("filechooser");
  await p.click(button);
  const fc = await chooser;
  await fc.setFiles(file); // expect: path-traversal (high)
  return { content: [{ type: "text", text: "chosen" }] };
});

server.tool("download", "Click a link and save what it downloads", { url: z.string(), link: z.string(), saveAs: z.string() }, async ({ url, link, saveAs }) => {
  const p = await page();
  await p.goto(url);
  const pending = p.waitForEvent("download");
  await p.click(link);
  const download = await pending;
  await download.saveAs(saveAs); // expect: path-traversal (high)
  // ok: path-traversal
  await p.getByRole("button", { name: link }).setInputFiles(path.join(__dirname, "fixtures", "empty.txt"));
  return { content: [{ type: "text", text: `saved to ${saveAs}` }] };
});

server.tool("upload_to_team_drive", "Upload a file to the team drive", { file: z.string() }, async ({ file }) => {
  const p = await page();
  await p.goto("https://drive.example.com/upload");
  await p.locator("input[type=file]").setInputFiles(file); // expect: path-traversal (low)
  return { content: [{ type: "text", text: "uploaded" }] };
});

server.connect(new StdioServerTransport());
