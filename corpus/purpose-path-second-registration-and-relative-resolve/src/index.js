#!/usr/bin/env node
// `import_note` is registered in one of two branches: inline text, or a file the model names
// (`sourceFile`, "path to the markdown file"). The tool takes what either schema lists, so
// reading that file is what it says it does: a capability (low, it only reads).
// `list_folder` resolves a relative folder against the home folder and leaves an absolute one
// as it is: nothing is rejected, so there is no half check to report; the folder is the tool's input.
// Twins: a note name joined under the notebook's own folder, and a name that is only checked
// for being relative, still climb out with `..` (high).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const NOTEBOOK = path.join(os.homedir(), ".notebook");
const server = new McpServer({ name: "notes-importer", version: "1.3.2" });

async function save(name, text) {
  await fs.writeFile(path.join(NOTEBOOK, `${name}.md`), text); // expect: path-traversal (high)
}

if (process.env.NOTES_INLINE_ONLY) {
  server.tool("import_note", "Import a note into the notebook", { name: z.string(), text: z.string() }, async (args) => {
    await save(args.name, args.text);
    return { content: [{ type: "text", text: "imported" }] };
  });
} else {
  server.tool(
    "import_note",
    "Import a note into the notebook",
    { name: z.string(), sourceFile: z.string().describe("Path to the markdown file to import") },
    async (args) => {
      const text = await fs.readFile(args.sourceFile, "utf8"); // expect: path-traversal (low)
      await save(args.name, text);
      return { content: [{ type: "text", text: "imported" }] };
    },
  );
}

server.tool("list_folder", "List the notes in a folder", { folder: z.string().describe("Folder path to list; relative paths start at your home folder") }, async ({ folder }) => {
  let target = folder;
  if (!path.isAbsolute(target)) {
    target = path.resolve(os.homedir(), target);
  }
  const names = await fs.readdir(target); // expect: path-traversal (low)
  return { content: [{ type: "text", text: names.join("\n") }] };
});

server.tool("read_note", "Read a note from the notebook", { note: z.string().describe("Name of the note") }, async ({ note }) => {
  if (path.isAbsolute(note)) throw new Error("note names are relative");
  const text = await fs.readFile(path.join(NOTEBOOK, note), "utf8"); // expect: path-traversal (high)
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
