import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

export async function sh(line: string): Promise<string> {
  const { stdout } = await run(line, { cwd: process.cwd() }); // expect: command-injection (critical)
  return stdout;
}
