// Command lines that only read: they show the state of a cluster, a
// repository, a registry or the machine and change none of it. A tool
// annotated `readOnlyHint: true` that starts only these (program and
// subcommand pinned in the code) does not contradict its annotation; anything
// else it starts (`kubectl config use-context`, `git gc`, a program the model
// chooses) does.
//
// Options before the subcommand are skipped with their value
// (`kubectl -n ns logs`); a subcommand the code does not pin never matches.
import type { Command } from "../../analyzer/mcp/commands.js";

export const READ_ONLY_COMMANDS: Record<string, readonly (readonly string[])[]> = {
  kubectl: [
    ["get"], ["describe"], ["logs"], ["explain"], ["api-resources"], ["api-versions"], ["version"], ["cluster-info"], ["top"], ["events"],
    ["auth", "can-i"], ["auth", "whoami"],
    ["config", "view"], ["config", "get-contexts"], ["config", "current-context"], ["config", "get-clusters"], ["config", "get-users"],
  ],
  helm: [["list"], ["ls"], ["status"], ["history"], ["get"], ["show"], ["search"], ["template"], ["version"], ["env"], ["lint"], ["repo", "list"], ["dependency", "list"]],
  git: [["status"], ["log"], ["diff"], ["show"], ["rev-parse"], ["ls-files"], ["ls-tree"], ["ls-remote"], ["blame"], ["grep"], ["describe"], ["shortlog"], ["cat-file"], ["rev-list"], ["merge-base"], ["config", "--get"], ["config", "--list"]],
  docker: [["ps"], ["images"], ["inspect"], ["logs"], ["version"], ["info"], ["container", "ls"], ["image", "ls"], ["container", "inspect"], ["image", "inspect"]],
  npm: [["view"], ["info"], ["ls"], ["list"], ["search"], ["outdated"], ["--version"]],
};

/** True when the command is a program and subcommand the model lists. */
export function isReadOnlyCommand(command: Command): boolean {
  const [program, ...args] = command;
  const known = program === undefined ? undefined : READ_ONLY_COMMANDS[program.replace(/\.exe$/i, "")];
  if (!known) return false;
  let i = 0;
  // `-n ns`, `--context=x`: global options before the subcommand (a listed `--version` is itself the subcommand).
  while (i < args.length && args[i]?.startsWith("-") && !known.some((k) => k[0] === args[i])) i += args[i]!.includes("=") ? 1 : 2;
  return known.some((k) => k.every((word, j) => args[i + j] === word));
}
