import { execSync } from "node:child_process";

const repo = process.env.REPO_DIR ?? process.cwd();

export function gitCheckout(branch: string): string {
  return execSync(`git checkout ${branch}`, { cwd: repo, encoding: "utf8" }); // expect: command-injection (critical)
}
