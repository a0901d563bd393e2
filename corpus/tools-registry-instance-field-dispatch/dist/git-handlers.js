import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);
const run = promisify(execFile);

export class GitHandlers {
  constructor(repoPath) {
    this.repoPath = repoPath;
  }

  async logSearch(args) {
    const { stdout } = await sh(`git -C ${this.repoPath} log --oneline --grep="${args.text}"`); // expect: command-injection
    return stdout;
  }

  async showCommit(args) {
    // ok: command-injection
    const { stdout } = await run("git", ["-C", this.repoPath, "show", "--stat", "--end-of-options", args.sha]);
    return stdout;
  }
}
