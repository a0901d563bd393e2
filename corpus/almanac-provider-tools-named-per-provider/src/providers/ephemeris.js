import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

export class EphemerisProvider {
  constructor() {
    this.name = "ephemeris";
    this.description = "Planet positions for a date";
  }

  async lookup(query) {
    const { stdout } = await run(`ephem-cli --date ${query}`); // expect: command-injection
    return stdout;
  }
}
