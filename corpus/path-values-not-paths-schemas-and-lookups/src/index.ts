#!/usr/bin/env node
import { promises as fs } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const LIBRARY = path.resolve(process.env.LESSON_LIBRARY ?? "./library");

enum Subject {
  Math = "math",
  Reading = "reading",
  Science = "science",
}

const EXPORT_FILES: Record<string, string> = { pdf: "export.pdf", docx: "export.docx" };
const GRADES = ["k", "1", "2", "3", "4", "5"];

interface CatalogueEntry {
  id: string;
  title: string;
}

async function catalogue(): Promise<CatalogueEntry[]> {
  return JSON.parse(await fs.readFile(path.join(LIBRARY, "catalogue.json"), "utf8")) as CatalogueEntry[];
}

const server = new McpServer({ name: "lesson-library", version: "2.0.3" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.registerTool("list_lessons", { description: "List the lessons of a subject", inputSchema: { subject: z.nativeEnum(Subject) } }, async ({ subject }) => {
  // ok: path-traversal
  const names = await fs.readdir(path.join(LIBRARY, subject));
  return text(names.join("\n"));
});

server.registerTool("grade_overview", { description: "Overview for a grade", inputSchema: { grade: z.enum(["k", "1", "2", "3", "4", "5"]), unit: z.number().int() } }, async ({ grade, unit }) => {
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "grades", grade, `unit-${unit}.md`), "utf8"));
});

server.registerTool("get_worksheet", { description: "Get a worksheet by id", inputSchema: { id: z.string().uuid(), kind: z.literal("worksheet") } }, async ({ id, kind }) => {
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, `${kind}s`, `${id}.md`), "utf8"));
});

server.registerTool("get_lesson", { description: "Get a lesson by slug", inputSchema: { slug: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/) } }, async ({ slug }) => {
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "lessons", `${slug}.md`), "utf8"));
});

server.registerTool("get_lesson_loose", { description: "Get a lesson by path", inputSchema: { slug: z.string().regex(/^[\w./-]+$/) } }, async ({ slug }) => {
  // expect: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "lessons", `${slug}.md`), "utf8"));
});

server.registerTool("get_notes", { description: "Get the teacher notes of a lesson", inputSchema: { lesson: z.string() } }, async ({ lesson }) => {
  // expect: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "notes", `${lesson}.md`), "utf8"));
});

server.registerTool("get_export", { description: "Get the lesson export in a format", inputSchema: { format: z.string() } }, async ({ format }) => {
  const file = EXPORT_FILES[format];
  if (!file) throw new Error(`unknown format ${format}`);
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, file), "base64"));
});

server.registerTool("get_export_or_raw", { description: "Get the lesson export in a format or a named file", inputSchema: { format: z.string() } }, async ({ format }) => {
  const file = EXPORT_FILES[format] ?? format;
  // expect: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, file), "base64"));
});

server.registerTool("grade_standards", { description: "The standards for a grade", inputSchema: { grade: z.string() } }, async ({ grade }) => {
  if (!GRADES.includes(grade)) throw new Error(`unknown grade ${grade}`);
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "standards", `${grade}.md`), "utf8"));
});

server.registerTool("catalogue_entry", { description: "Get a catalogue entry's lesson plan", inputSchema: { id: z.string() } }, async ({ id }) => {
  const entry = (await catalogue()).find((e) => e.id === id);
  if (!entry) throw new Error(`no lesson ${id}`);
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "plans", `${id}.md`), "utf8"));
});

server.registerTool("term_calendar", { description: "The calendar of a school term", inputSchema: { term: z.string() } }, async ({ term }) => {
  let file: string;
  switch (term) {
    case "fall":
      file = term;
      break;
    case "spring":
      file = term;
      break;
    default:
      throw new Error(`unknown term ${term}`);
  }
  // ok: path-traversal
  return text(await fs.readFile(path.join(LIBRARY, "terms", `${file}.ics`), "utf8"));
});

await server.connect(new StdioServerTransport());
