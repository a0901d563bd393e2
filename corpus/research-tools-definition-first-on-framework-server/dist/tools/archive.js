import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { LogScopes } from "../log.js";

const NOTES_DIR = path.resolve(process.env.NOTES_DIR ?? "notes");
const searchSchema = z.object({ words: z.string().describe("Words to look for"), limit: z.number().int().max(50).optional() });

export function registerArchiveTools(server) {
  server.tool(
    {
      name: "search_notes",
      title: "Search notes",
      description: "Searches the notes index for the given words",
      schema: searchSchema,
      annotations: { readOnlyHint: true },
    },
    async (args, ctx) => {
      const log = LogScopes.tool("search_notes", ctx.requestId);
      const index = JSON.parse(await readFile(path.join(NOTES_DIR, "index.json"), "utf8"));
      const hits = index.filter((n) => n.text.includes(args.words)).slice(0, args.limit ?? 10);
      log.info(`${hits.length} hits`);
      return { content: [{ type: "text", text: JSON.stringify(hits) }] };
    },
  );

  server.tool(
    {
      name: "fetch_page",
      description: "Fetches one page of the public field guide",
      schema: z.object({ page: z.number().int().min(1).max(400) }),
    },
    async ({ page }) => {
      const res = await fetch(`https://guide.example.org/pages/${page}.md`);
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );
}
