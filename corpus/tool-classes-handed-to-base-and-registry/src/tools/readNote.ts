import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import { BaseTool } from "../baseTool.js";
import { VAULT } from "../vault.js";

const ReadNoteSchema = z.object({ file: z.string().describe("Note file, relative to the vault") });

const Definition = {
  name: "read_note",
  description: "Read one note of the vault",
  inputSchema: zodToJsonSchema(ReadNoteSchema),
};

export class ReadNoteTool extends BaseTool<z.infer<typeof ReadNoteSchema>> {
  constructor() {
    super(ReadNoteSchema, Definition);
  }

  async process(args: z.infer<typeof ReadNoteSchema>) {
    const text = await readFile(path.join(VAULT, args.file), "utf8"); // expect: path-traversal
    return { content: [{ type: "text" as const, text }] };
  }
}
