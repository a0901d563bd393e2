import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { registerHookTool } from "./register.js";

const run = promisify(exec);

export function registerHookTools(server) {
  registerHookTool(
    server,
    "run_hook",
    { title: "Run a hook", description: "Runs a note hook with the given arguments", inputSchema: { hook: z.string(), args: z.string() } },
    async ({ hook, args }) => {
      const { stdout } = await run(`./hooks/${hook} ${args}`); // expect: command-injection (critical)
      return { content: [{ type: "text", text: stdout }] };
    },
  );
}
