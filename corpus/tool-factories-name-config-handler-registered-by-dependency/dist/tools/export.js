import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const sh = promisify(exec);
const config = {
  title: "Export plot",
  description: "Render the current plot and convert it with the system converter",
  inputSchema: { output: z.string().describe("output file name") },
};

export default function createTool() {
  async function handler(args) {
    await sh(`plot-render --png | convert - ${args.output}`); // expect: command-injection
    return { content: [{ type: "text", text: `exported ${args.output}` }] };
  }
  return { name: "plot_export", config, handler };
}
