import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import puppeteer from "puppeteer";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "menu-images", version: "1.0.0" });

function menuHtml(items) {
  const cells = items.map((item) => `<div class="cell">${item.replace(/[<>&"]/g, "")}</div>`).join("");
  return `<!doctype html><html><body style="margin:0;display:grid;grid-template-columns:repeat(3,1fr)">${cells}</body></html>`;
}

// The browser only ever opens HTML this server wrote itself: no outside page reaches the model.
// ok: untrusted-content-exposure
server.tool("render_menu", "Render a menu image from its item labels.", { items: z.array(z.string()).max(6) }, async ({ items }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "menu-"));
  const htmlPath = path.join(dir, "menu.html");
  await writeFile(htmlPath, menuHtml(items));
  const browser = await puppeteer.launch({ args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 2500, height: 1686 });
    await page.goto(`file://${htmlPath}`, { waitUntil: "load" });
    const png = await page.screenshot({ encoding: "base64" });
    return { content: [{ type: "image", data: png, mimeType: "image/png" }] };
  } finally {
    await browser.close();
  }
});

const NOTES = path.join(os.homedir(), ".menu-images", "notes.md");
server.tool("add_note", "Append a note to the menu notes file.", { note: z.string().max(500) }, async ({ note }) => {
  const before = await readFile(NOTES, "utf8").catch(() => "");
  await writeFile(NOTES, `${before}${note}\n`);
  return { content: [{ type: "text", text: "Noted." }] };
});

await server.connect(new StdioServerTransport());
