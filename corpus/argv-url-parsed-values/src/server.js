#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFile, spawn } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "link-opener", version: "1.2.0" });
const done = (t) => ({ content: [{ type: "text", text: t }] });
const BASE = process.env.DOCS_BASE ?? "https://docs.example.org/";

function openInBrowser(link) {
  try {
    const parsed = new URL(link);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  } catch {
    return false;
  }
  // ok: command-injection
  spawn("xdg-open", [link], { stdio: "ignore", detached: true }).unref();
  return true;
}

server.tool("open_link", "Open a link in the default browser", { link: z.string() }, async ({ link }) => {
  return done(openInBrowser(link) ? "opened" : "not an http(s) link");
});

server.tool("capture_page", "Save a screenshot of a page", { page: z.string() }, async ({ page }) => {
  const target = new URL(page.trim());
  // ok: command-injection
  execFile("chromium", ["--headless", "--screenshot", page], () => {});
  return done(`captured ${target.hostname}`);
});

server.tool("check_link", "Check that a link answers", { link: z.string() }, async ({ link }) => {
  if (!URL.canParse(link)) return done("not a URL");
  // ok: command-injection
  execFile("curl", ["-sI", "--max-time", "5", link], () => {});
  return done("checked");
});

server.tool("download", "Download a file", { source: z.string().url() }, async ({ source }) => {
  // ok: command-injection
  execFile("wget", ["-q", source], () => {});
  return done("downloading");
});

server.tool("fetch_doc", "Fetch a documentation page to stdout", { page: z.string() }, async ({ page }) => {
  new URL(page, BASE);
  // With a base, `-o/tmp/x` is a relative URL: it parses, and curl reads it as an option.
  // expect: command-injection
  execFile("curl", ["-s", page], () => {});
  return done("fetched");
});

server.tool("preview_link", "Preview a link if it looks like one", { link: z.string() }, async ({ link }) => {
  try {
    new URL(link);
  } catch {
    console.error("not a URL, previewing anyway");
  }
  // expect: command-injection
  execFile("curl", ["-s", link], () => {});
  return done("previewed");
});

server.tool("search_docs", "Search the docs with a search URL", { link: z.string() }, async ({ link }) => {
  const url = new URL(link);
  const query = url.searchParams.get("q") ?? "";
  // expect: command-injection
  execFile("rg", ["-i", query, "/usr/share/doc"], () => {});
  return done("searched");
});

server.tool("mirror", "Mirror a link into a folder", { link: z.string(), folder: z.string() }, async ({ link, folder }) => {
  new URL(link);
  // expect: command-injection
  execFile("wget", ["-q", "-r", link, folder], () => {});
  return done("mirroring");
});

await server.connect(new StdioServerTransport());
