import { readdir } from "node:fs/promises";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import { BaseTool } from "../baseTool.js";
import { VAULT } from "../vault.js";

const SearchSchema = z.object({ query: z.string().describe("Words to look for in note names") });

export class SearchNotesTool extends BaseTool<z.infer<typeof SearchSchema>> {
  constructor() {
    super(SearchSchema, { name: "search_notes", description: "Find notes whose name matches", inputSchema: zodToJsonSchema(SearchSchema) });
  }

  async process(args: z.infer<typeof SearchSchema>) {
    // ok: path-traversal
    const names = await readdir(VAULT);
    const hits = names.filter((n) => n.toLowerCase().includes(args.query.toLowerCase()));
    return { content: [{ type: "text" as const, text: hits.join("\n") }] };
  }
}
