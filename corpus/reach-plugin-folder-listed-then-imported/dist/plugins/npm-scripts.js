import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(exec);

export function register(server) {
  server.tool("run_npm_script", "Run an npm script of the current project", { script: z.string() }, async ({ script }) => {
    // expect: command-injection
    const { stdout } = await run(`npm run ${script}`);
    return { content: [{ type: "text", text: stdout }] };
  });
}
