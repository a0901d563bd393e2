#!/usr/bin/env node
// render_slides writes each slide into a fresh temp folder of its own under the name the model gives:
// the folder is the code's, so a name with `../` leaves it (an injection, not "any path").
// open_deck reads any deck path the user names: that is what it is for. open_saved_deck checks the
// path against its own root with a function of its own that the engine verifies (resolve, then
// startsWith(root + sep), thrown on failure): no finding. open_archived_deck's own check compares
// text in a way the engine does not follow: it does not work on "any path" either, but the scan
// cannot vouch for the check, so it says so at low. save_deck_as writes wherever the model says; its
// helper only mentions a root check in a comment, which is no check: medium.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const DECKS_ROOT = path.resolve(process.env.SLIDES_HOME ?? path.join(os.homedir(), "Slides"));

/** The server's own containment check: the path is the root or lies under it. */
function pathStartsWith(candidate, root) {
  const normalizedRoot = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate === root || candidate.startsWith(normalizedRoot);
}

/** A check written in a shape the engine does not read: the root's text compared after the path's own length. */
function insideArchive(candidate) {
  const root = path.join(DECKS_ROOT, "archive");
  return candidate.length > root.length && candidate.slice(0, root.length + 1) === root + path.sep && !candidate.startsWith(root + path.sep + "..");
}

function assertInDecks(p) {
  if (!pathStartsWith(p, DECKS_ROOT)) throw new Error(`${p} is outside ${DECKS_ROOT}`);
}

const server = new McpServer({ name: "slide-builder", version: "1.1.0" });

server.registerTool(
  "render_slides",
  { description: "Render Markdown slides to files and report their sizes", inputSchema: { slides: z.array(z.object({ file_name: z.string(), markdown: z.string() })) } },
  async ({ slides }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "slides-"));
    try {
      let total = 0;
      for (const s of slides) {
        // expect: path-traversal (high)
        await writeFile(path.join(dir, s.file_name), s.markdown);
        total += s.markdown.length;
      }
      return { content: [{ type: "text", text: `${slides.length} slides, ${total} bytes` }] };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);

server.registerTool("save_slide", { description: "Save one Markdown slide to a file and report its size", inputSchema: { file_name: z.string(), markdown: z.string() } }, async ({ file_name, markdown }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "slide-"));
  const target = path.join(dir, file_name);
  // expect: path-traversal (high)
  await writeFile(target, markdown);
  await rm(dir, { recursive: true, force: true });
  return { content: [{ type: "text", text: `${markdown.length} bytes` }] };
});

server.registerTool("open_deck", { description: "Read a Markdown slide deck file", inputSchema: { deck_path: z.string() } }, async ({ deck_path }) => ({
  // expect: path-traversal (low)
  content: [{ type: "text", text: await readFile(deck_path, "utf8") }],
}));

server.registerTool("open_saved_deck", { description: "Read a slide deck file from the Slides folder", inputSchema: { deck_path: z.string() } }, async ({ deck_path }) => {
  const resolved = path.resolve(deck_path);
  assertInDecks(resolved);
  // ok: path-traversal
  return { content: [{ type: "text", text: await readFile(resolved, "utf8") }] };
});

server.registerTool("open_archived_deck", { description: "Read a slide deck file from the archive", inputSchema: { deck_path: z.string() } }, async ({ deck_path }) => {
  const resolved = path.resolve(deck_path);
  if (!insideArchive(resolved)) throw new Error("outside the archive");
  // expect: path-traversal (low)
  return { content: [{ type: "text", text: await readFile(resolved, "utf8") }] };
});

/** No check: a helper that only mentions one in a comment does not keep the path anywhere. */
function noteTarget(p) {
  // The client keeps paths under its root (p.startsWith(root)); here we only log.
  console.error(`saving deck to ${p}`);
}

server.registerTool("save_deck_as", { description: "Save the Markdown slide deck to a file at the path given", inputSchema: { target_path: z.string(), markdown: z.string() } }, async ({ target_path, markdown }) => {
  noteTarget(target_path);
  // expect: path-traversal (medium)
  await writeFile(target_path, markdown);
  return { content: [{ type: "text", text: `${markdown.length} bytes` }] };
});

await server.connect(new StdioServerTransport());
