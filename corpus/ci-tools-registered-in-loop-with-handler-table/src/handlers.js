import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);
const runFile = promisify(execFile);

export async function rerunJob(args) {
  const { pipeline, jobId } = args.params;
  const { stdout } = await run(`ci-cli job retry --pipeline ${pipeline} ${jobId}`); // expect: command-injection
  return { content: [{ type: "text", text: stdout }] };
}

export async function getJobLogs(args) {
  // ok: command-injection
  const { stdout } = await runFile("ci-cli", ["job", "log", "--", args.params.jobId]);
  return { content: [{ type: "text", text: stdout }] };
}
