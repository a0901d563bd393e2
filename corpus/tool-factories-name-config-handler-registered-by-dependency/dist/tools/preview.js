import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const SAMPLES = path.resolve("samples");

export default function createTool() {
  return {
    name: "plot_preview",
    config: { description: "Show one of the sample plots", inputSchema: { sample: z.enum(["line", "bar", "scatter"]) } },
    handler: async ({ sample }) => {
      // ok: path-traversal
      const svg = await readFile(path.join(SAMPLES, `${sample}.svg`), "utf8");
      return { content: [{ type: "text", text: svg }] };
    },
  };
}
