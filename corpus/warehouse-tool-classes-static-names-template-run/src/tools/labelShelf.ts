import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { WarehouseTool } from "../toolBase.js";

export class LabelShelfTool extends WarehouseTool {
  static TOOL_NAME = "label_shelf";
  protected summary = "Print a label for a shelf";
  protected fields = { caption: z.string().max(40) };

  protected async runStep(args: { caption: string }): Promise<string> {
    await writeFile(path.join(this.dataDir, "next-label.txt"), args.caption);
    return "label queued";
  }
}
