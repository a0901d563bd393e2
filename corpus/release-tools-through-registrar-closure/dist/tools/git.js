import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { registerTool } from "../server.js";

const sh = promisify(exec);
const git = promisify(execFile);

registerTool("git_log", "Shows the commits reachable from a ref", { ref: z.string(), count: z.number().optional() }, async ({ ref, count }) => {
  const { stdout } = await sh(`git log --oneline -n ${Number(count ?? 20)} ${ref}`); // expect: command-injection (critical)
  return { content: [{ type: "text", text: stdout }] };
});

registerTool("git_status", "Shows the working tree status", {}, async () => {
  const { stdout } = await git("git", ["status", "--short"]);
  return { content: [{ type: "text", text: stdout }] };
});
