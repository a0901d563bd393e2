import { execFileSync, execSync } from "node:child_process";
import { readFileSync } from "node:fs";

type Runner = (input: Record<string, unknown>) => Promise<string>;

export const RUNNERS: Record<string, Runner> = {
  repo_status: async () => execFileSync("git", ["status", "--short"], { encoding: "utf8" }),
  changelog_entries: async (input) => readFileSync("CHANGELOG.md", "utf8").split("\n## ").slice(0, Number(input.count)).join("\n## "),
  archive_ref: async (input) => {
    // expect: command-injection
    return execSync(`git archive --format=tar.gz -o release.tgz ${input.ref}`, { encoding: "utf8" });
  },
};
