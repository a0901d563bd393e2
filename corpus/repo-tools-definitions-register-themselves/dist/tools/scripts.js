import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execP = promisify(exec);

export const runScriptTool = {
  name: "run_script",
  description: "Runs one of the repository's maintenance scripts",
  exec(server, { name, description }) {
    const schema = z.object({ script: z.string(), args: z.string().default("") });
    server.registerTool(name, { description, inputSchema: schema.shape }, async ({ script, args }) => {
      const { stdout } = await execP(`npm run ${script} -- ${args}`); // expect: command-injection (critical)
      return { content: [{ type: "text", text: stdout }] };
    });
  },
};
