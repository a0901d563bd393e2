#!/usr/bin/env node
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { checkExportName, checkExportTarget, checkReportPath, checkUnlessTrusted } from "./report-paths.js";
import { Desk } from "./desk.js";

const desk = new Desk();
const server = new McpServer({ name: "report-desk", version: "2.1.3" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("read_report", "Read a report file", { file: z.string() }, async ({ file }) => {
  const res = await checkReportPath(file);
  if (!res.ok) return text(`refused: ${res.reason} (${res.absolute})`);
  // ok: path-traversal
  return text(await fs.readFile(res.absolute!, "utf8"));
});

server.tool("read_report_summary", "Read the first lines of a report file", { file: z.string() }, async ({ file }) => {
  const { ok, absolute } = await checkReportPath(file);
  if (!ok) throw new Error(`refused: ${absolute}`);
  // ok: path-traversal
  const body = await fs.readFile(absolute!, "utf8");
  return text(body.split("\n").slice(0, 20).join("\n"));
});

server.tool("read_desk_note", "Read a note from the desk folder", { name: z.string() }, async ({ name }) => {
  const found = desk.locate(name);
  if (found.allowed) {
    // ok: path-traversal
    return text(await fs.readFile(found.full!, "utf8"));
  }
  return text("not on the desk");
});

server.tool("read_trusted_report", "Read a report, unchecked in trusted mode", { file: z.string() }, async ({ file }) => {
  const res = await checkUnlessTrusted(file);
  if (!res.ok) return text("refused");
  // expect: path-traversal
  return text(await fs.readFile(res.absolute!, "utf8"));
});

server.tool("read_desk_loose", "Read a note, prefix-checked", { name: z.string() }, async ({ name }) => {
  const found = desk.locateLoosely(name);
  if (!found.allowed) return text("refused");
  // expect: path-traversal
  return text(await fs.readFile(found.full!, "utf8"));
});

server.tool("peek_report", "Read a report without looking at the verdict", { file: z.string() }, async ({ file }) => {
  const res = await checkReportPath(file);
  // expect: path-traversal
  return text(await fs.readFile(res.absolute ?? file, "utf8"));
});

server.tool("read_report_copy", "Read the archived copy of a report", { file: z.string() }, async ({ file }) => {
  const res = await checkReportPath(file);
  if (!res.ok) return text("refused");
  // ok: path-traversal
  return text(await fs.readFile(path.join("/var/archive/reports", file), "utf8"));
});

server.tool("export_report", "Write a report as CSV to an absolute path in the exports folder", { target: z.string(), csv: z.string() }, async ({ target, csv }) => {
  const check = checkExportTarget(target);
  if (!check.ok) throw new Error(`cannot export: ${check.reason}`);
  // ok: path-traversal
  await fs.writeFile(target.endsWith(".csv") ? target : `${target}.csv`, csv, "utf8");
  return text("exported");
});

server.tool("export_report_named", "Write a report as CSV into the exports folder", { target: z.string(), csv: z.string() }, async ({ target, csv }) => {
  const check = checkExportName(target);
  if (!check.ok) throw new Error(`cannot export: ${check.reason}`);
  // expect: path-traversal
  await fs.writeFile(target, csv, "utf8");
  return text("exported");
});

await server.connect(new StdioServerTransport());
