import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

export async function searchLogs({ pattern, file }) {
  const { stdout } = await run(`grep -n "${pattern}" /var/log/${file}`); // expect: command-injection
  return { content: [{ type: "text", text: stdout }] };
}
