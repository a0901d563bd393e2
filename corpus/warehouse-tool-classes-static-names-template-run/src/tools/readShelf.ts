import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { WarehouseTool } from "../toolBase.js";

export class ReadShelfTool extends WarehouseTool {
  static toolName = "read_shelf";
  protected summary = "Read the inventory sheet of one shelf";
  protected fields = { shelf: z.string().describe("Shelf sheet, relative to the data folder") };

  async run(args: { shelf: string }) {
    const text = await readFile(path.join(this.dataDir, args.shelf), "utf8"); // expect: path-traversal
    return { content: [{ type: "text" as const, text }] };
  }
}
