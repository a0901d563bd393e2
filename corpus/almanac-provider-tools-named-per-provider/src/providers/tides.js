import { execFile } from "node:child_process";
import { promisify } from "node:util";

const runFile = promisify(execFile);

export class TidesProvider {
  name = "tides";
  description = "Tide table for a harbour";

  async lookup(query) {
    // ok: command-injection
    const { stdout } = await runFile("tide-cli", ["--harbour", query]);
    return stdout;
  }
}
