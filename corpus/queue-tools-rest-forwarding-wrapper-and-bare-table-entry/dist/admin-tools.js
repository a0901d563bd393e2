import { execSync } from "node:child_process";
import { z } from "zod";

export function registerAdminTools(server, reserved = new Set()) {
  // Forwards the SDK's own arguments, so each registration reads like a `server.tool` call.
  const register = (...args) => {
    if (reserved.has(args[0])) return undefined;
    return server.tool(...args);
  };
  register("job_info", "Shows one job's record", { id: z.string().regex(/^[a-f0-9]{12}$/) }, async ({ id }) => ({
    content: [{ type: "text", text: `job ${id}` }],
  }));
  register("replay_job", "Runs a job's command again", { command: z.string() }, async ({ command }) => {
    const out = execSync(command, { encoding: "utf8" }); // expect: command-injection
    return { content: [{ type: "text", text: out }] };
  });
}
