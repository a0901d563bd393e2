import { execFileSync } from "node:child_process";

const repo = process.env.REPO_DIR ?? process.cwd();

export function gitCheckout(branch: string): string {
  // ok: command-injection
  return execFileSync("git", ["checkout", "--", branch], { cwd: repo, encoding: "utf8" });
}
