import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

export async function searchLogs({ pattern, file }) {
  // ok: command-injection (a second build no entry point loads)
  const { stdout } = await run(`grep -n "${pattern}" /var/log/${file}`);
  return { content: [{ type: "text", text: stdout }] };
}
