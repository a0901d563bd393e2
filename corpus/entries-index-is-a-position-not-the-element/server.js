#!/usr/bin/env node
import { promises as fs } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Journal } from "./journal.js";

const server = new McpServer({ name: "batch-notes", version: "0.2.0" });
const NOTES = path.join(process.env.HOME ?? "/tmp", ".batch-notes");
const journal = new Journal(NOTES);
const done = (n) => ({ content: [{ type: "text", text: `saved ${n}` }] });

// `entries()` of an array gives [index, element]: the index is a number the loop counts, whatever the elements hold.
server.tool("save_notes", "Save notes as 0.md, 1.md, ...", { notes: z.array(z.string()) }, async ({ notes }) => {
  for (const [i, body] of notes.entries()) {
    // ok: path-traversal
    await fs.writeFile(path.join(NOTES, `${i}.md`), body);
  }
  return done(notes.length);
});

// The pairs kept in a list first, then destructured: the same index.
server.tool("save_drafts", "Save drafts as draft-0.txt, ...", { drafts: z.array(z.object({ text: z.string() })) }, async ({ drafts }) => {
  const numbered = [...drafts.entries()];
  for (const pair of numbered) {
    const [n, draft] = pair;
    // ok: path-traversal
    await fs.writeFile(path.join(NOTES, "draft-" + n + ".txt"), draft.text);
  }
  return done(drafts.length);
});

// Through a class method that receives the list: the journal names its files by position.
server.tool("journal_notes", "Append notes to the journal", { entries: z.array(z.object({ title: z.string(), body: z.string() })) }, async ({ entries }) => {
  await journal.record(entries.map((e) => ({ data: `# ${e.title}\n${e.body}` })));
  return done(entries.length);
});

// Twin: the element is the path.
server.tool("touch_notes", "Create empty notes with these names", { names: z.array(z.string()) }, async ({ names }) => {
  for (const [i, name] of names.entries()) {
    await fs.writeFile(path.join(NOTES, name), `note ${i}\n`); // expect: path-traversal
  }
  return done(names.length);
});

// Twin: a Map's entries give [key, value], and the key here is the model's name.
server.tool("rename_notes", "Copy each note under its new name", { renames: z.array(z.object({ from: z.string(), to: z.string() })) }, async ({ renames }) => {
  const byTarget = new Map();
  for (const r of renames) byTarget.set(r.to, "copied");
  for (const [target, status] of byTarget.entries()) {
    await fs.writeFile(path.join(NOTES, target), status); // expect: path-traversal
  }
  return done(renames.length);
});

// Twin: a Map built from [key, value] pairs keeps the model's keys as its keys.
server.tool("size_notes", "Pad each note to a size", { sizes: z.array(z.object({ name: z.string(), bytes: z.number() })) }, async ({ sizes }) => {
  const wanted = new Map(sizes.map((s) => [s.name, s.bytes]));
  for (const [name, bytes] of wanted.entries()) {
    await fs.truncate(path.join(NOTES, name), bytes); // expect: path-traversal
  }
  return done(sizes.length);
});

// Twin: a Set's entries are [value, value].
server.tool("clear_notes", "Empty the named notes once each", { names: z.array(z.string()) }, async ({ names }) => {
  const once = new Set(names);
  for (const [name] of once.entries()) {
    await fs.writeFile(path.join(NOTES, name), ""); // expect: path-traversal
  }
  return done(once.size);
});

await server.connect(new StdioServerTransport());
