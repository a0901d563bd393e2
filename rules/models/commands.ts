// What a command does, as data: the CLIs MCP servers run most, which of
// their subcommands only read, which write or delete, which options make the
// program run other code, and which options write a file. Read by the
// annotation check (a `readOnlyHint` tool may run read-only commands) and by
// argument-injection severity (an argument read as an option of a program
// with a code-running option runs code; of a program that only reads, it can
// only change what is read).
//
// Subcommands are word paths after the program, options before them skipped
// with their value (`kubectl -n ns logs`); `[]` means the program itself, with
// any arguments, as long as none of `mutatingOptions` is among them.
import type { Command } from "../../analyzer/mcp/commands.js";

export interface CommandRow {
  program: string;
  aliases?: readonly string[];
  readOnly: readonly (readonly string[])[];
  writes?: readonly (readonly string[])[];
  deletes?: readonly (readonly string[])[];
  /** Options that make the program run another program or code (`git -c core.sshCommand=…`, `find -exec`). */
  runsCode: readonly string[];
  /** Of those, the ones one argument can carry whole (`--upload-pack=touch /tmp/x`): argument injection there runs code. */
  runsCodeInOneArgument?: readonly string[];
  /** The subcommands those options work in, when not all (`git diff` has no `--upload-pack`). */
  codeOptionSubcommands?: readonly string[];
  /** Options that write or delete files whatever the subcommand (`--output`, `find -delete`). */
  mutatingOptions?: readonly string[];
  /** Options whose value is the next argument (`adb -s SERIAL`, `git -C DIR`): that argument is read as their value, never as an option. */
  operandOptions?: readonly string[];
  /** Its operands are a command it runs (`ssh host CMD`, `xargs CMD`, `env CMD`): a quoted word there is still a command. */
  runsOperands?: boolean;
  /**
   * Subcommands that run the command written after them, past `operands`
   * operands (`xcrun simctl spawn DEVICE log show`): the line only reads when
   * that command, judged by its own row, only reads.
   */
  runsAfter?: readonly { path: readonly string[]; operands: number }[];
  /**
   * An interpreter whose first operand is a script file: every argument after
   * it goes to the script (`python3 tool.py ARG…`, `node cli.js ARG…`, `bash
   * run.sh ARG…`), out of reach of the interpreter's own code-running options.
   */
  runsScriptFile?: boolean;
  /** No option reads or writes a file, reaches the network or runs code (`echo -n`, `-e`): an argument read as an option only changes what it prints. */
  inertOptions?: boolean;
  /**
   * Options after whose value the program reads no more options: every later
   * argument is an operand (`python -c CODE ARG…` ends Python's option list;
   * `sh -c SCRIPT NAME ARG…` makes them `$0`, `$1`).
   */
  endsOptions?: readonly string[];
  /**
   * Options among endsOptions whose value names a program that reads every
   * later argument, options included: `python -m pip install ARG…` hands them
   * to pip (`--index-url=…` installs from another index), `python -m pytest
   * ARG…` to pytest (`-p PLUGIN` imports code).
   */
  launchesWith?: readonly string[];
  /**
   * Subcommands whose options only change how the program does what the code
   * asked (wait for a debugger, pick an architecture): none runs code, names a
   * file to read or write, or reaches another host. An argument written right
   * after one of them, read as an option, reaches little (low).
   */
  harmlessOptionsIn?: readonly (readonly string[])[];
  /**
   * Subcommands whose options only say again what the code already asks
   * (`docker login`'s `--username`, `--password-stdin`: which account logs in
   * to the registry the tool names): none reads or writes a file, reaches
   * another host or runs code. An argument written right after one of them,
   * read as an option, gives nothing: no finding.
   */
  inertOptionsIn?: readonly (readonly string[])[];
}

export const COMMANDS: readonly CommandRow[] = [
  {
    program: "git", operandOptions: ["-C", "-m", "--message", "-n", "--max-count", "--author", "--since", "--until", "--branch", "-b", "-B", "--grep", "-S", "-G", "--skip", "--depth", "-o", "--origin", "-F", "--file", "--format", "--pretty", "--date", "--committer", "--after", "--before", "-U", "--unified", "--sort", "--contains", "--points-at", "--merged", "--no-merged"], runsCodeInOneArgument: ["--upload-pack=", "--receive-pack=", "--exec="], codeOptionSubcommands: ["fetch", "pull", "clone", "ls-remote", "push", "archive", "submodule"],
    readOnly: [["status"], ["log"], ["diff"], ["show"], ["rev-parse"], ["ls-files"], ["ls-tree"], ["ls-remote"], ["blame"], ["grep"], ["describe"], ["shortlog"], ["cat-file"], ["rev-list"], ["merge-base"], ["config", "--get"], ["config", "--list"], ["branch", "--list"], ["tag", "--list"], ["remote", "-v"], ["reflog"], ["version"], ["--version"]],
    writes: [["add"], ["commit"], ["checkout"], ["switch"], ["merge"], ["rebase"], ["pull"], ["fetch"], ["clone"], ["init"], ["stash"], ["tag"], ["branch"], ["config"], ["cherry-pick"], ["revert"], ["am"], ["apply"], ["worktree"], ["restore"], ["mv"], ["remote"], ["push"]],
    deletes: [["rm"], ["clean"], ["reset"], ["gc"], ["prune"], ["branch", "-D"], ["branch", "-d"], ["push", "--delete"], ["push", "--force"]],
    runsCode: ["-c", "--config-env", "--exec-path", "--upload-pack", "--receive-pack", "--exec", "-u", "--template", "--ext-diff", "--textconv"],
    mutatingOptions: ["--output", "-o"],
  },
  { program: "gh", operandOptions: ["-R", "--repo", "-L", "--limit", "--json", "-q", "--jq", "-t", "--title", "-b", "--body", "-B", "--base", "-H", "--head", "-s", "--state", "-l", "--label", "-a", "--assignee", "-A", "--author", "-m", "--milestone", "-w", "--workflow", "--search", "-S"], readOnly: [["pr", "list"], ["pr", "view"], ["pr", "diff"], ["pr", "status"], ["pr", "checks"], ["issue", "list"], ["issue", "view"], ["issue", "status"], ["repo", "view"], ["repo", "list"], ["run", "list"], ["run", "view"], ["release", "list"], ["release", "view"], ["search"], ["status"], ["auth", "status"]], writes: [["pr", "create"], ["pr", "merge"], ["pr", "comment"], ["pr", "review"], ["pr", "edit"], ["issue", "create"], ["issue", "comment"], ["issue", "edit"], ["issue", "close"], ["repo", "create"], ["repo", "clone"], ["repo", "fork"], ["release", "create"], ["workflow", "run"], ["run", "rerun"]], deletes: [["repo", "delete"], ["release", "delete"], ["issue", "delete"]], runsCode: ["extension"] },
  { program: "grep", aliases: ["egrep", "fgrep"], operandOptions: ["-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "-B", "-C", "--include", "--exclude", "--exclude-dir", "--label"], readOnly: [[]], runsCode: [] },
  { program: "rg", operandOptions: ["-e", "--regexp", "-f", "--file", "-g", "--glob", "--iglob", "-t", "--type", "-T", "--type-not", "-m", "--max-count", "-A", "-B", "-C", "--max-depth", "-d", "-M", "--max-columns", "--max-filesize", "-j", "--threads", "-E", "--encoding", "-r", "--replace", "--sort", "--sortr"], runsCodeInOneArgument: ["--pre="], readOnly: [[]], runsCode: ["--pre", "--pre-glob", "--search-zip", "-z"] },
  { program: "find", operandOptions: ["-name", "-iname", "-path", "-ipath", "-wholename", "-regex", "-iregex", "-type", "-maxdepth", "-mindepth", "-newer", "-size", "-mtime", "-mmin", "-atime", "-ctime", "-user", "-group", "-perm"], readOnly: [[]], runsCode: ["-exec", "-execdir", "-ok", "-okdir"], mutatingOptions: ["-delete", "-fprint", "-fprint0", "-fprintf", "-fls"] },
  { program: "ls", readOnly: [[]], runsCode: [] },
  { program: "cat", readOnly: [[]], runsCode: [] },
  { program: "head", operandOptions: ["-n", "--lines", "-c", "--bytes"], readOnly: [[]], runsCode: [] },
  { program: "tail", operandOptions: ["-n", "--lines", "-c", "--bytes"], readOnly: [[]], runsCode: [] },
  { program: "wc", readOnly: [[]], runsCode: [] },
  { program: "stat", readOnly: [[]], runsCode: [] },
  { program: "file", readOnly: [[]], runsCode: [] },
  { program: "which", aliases: ["where", "where.exe"], readOnly: [[]], runsCode: [] },
  { program: "ps", readOnly: [[]], runsCode: [] },
  { program: "lsof", readOnly: [[]], runsCode: [] },
  { program: "df", readOnly: [[]], runsCode: [] },
  { program: "du", readOnly: [[]], runsCode: [] },
  { program: "uname", readOnly: [[]], runsCode: [] },
  { program: "whoami", readOnly: [[]], runsCode: [] },
  // `hostname -I` prints; `hostname NAME` sets the machine's name: only the printing options read.
  { program: "hostname", readOnly: [["-I"], ["-i"], ["-f"], ["-s"], ["-d"], ["-A"], ["--all-ip-addresses"], ["--ip-address"], ["--fqdn"], ["--short"], ["--domain"]], runsCode: [] },
  { program: "sw_vers", readOnly: [[]], runsCode: [] },
  { program: "tree", readOnly: [[]], runsCode: [], mutatingOptions: ["-o"] },
  { program: "jq", readOnly: [[]], runsCode: ["--rawfile", "--slurpfile", "-L"] },
  { program: "sort", runsCodeInOneArgument: ["--compress-program="], readOnly: [[]], runsCode: ["--compress-program"], mutatingOptions: ["-o", "--output"] },
  {
    program: "kubectl",
    operandOptions: ["-n", "--namespace", "--context", "--cluster", "-l", "--selector", "-c", "--container", "--field-selector", "-f", "--filename", "-o", "--output", "--since", "--since-time", "--tail", "--sort-by", "--user", "-L", "--label-columns", "--type", "-p", "--patch", "--replicas", "--image"],
    readOnly: [["get"], ["describe"], ["logs"], ["explain"], ["api-resources"], ["api-versions"], ["version"], ["cluster-info"], ["top"], ["events"], ["auth", "can-i"], ["auth", "whoami"], ["config", "view"], ["config", "get-contexts"], ["config", "current-context"], ["config", "get-clusters"], ["config", "get-users"], ["diff"]],
    writes: [["apply"], ["create"], ["edit"], ["patch"], ["replace"], ["scale"], ["rollout"], ["label"], ["annotate"], ["set"], ["expose"], ["run"], ["cp"], ["config", "use-context"], ["config", "set-context"], ["cordon"], ["uncordon"], ["taint"], ["port-forward"]],
    deletes: [["delete"], ["drain"]],
    runsCode: ["exec", "attach", "debug", "--exec-command", "--kubeconfig", "plugin"],
  },
  {
    program: "helm",
    operandOptions: ["-n", "--namespace", "--kube-context", "-f", "--values", "--version", "--set", "--set-string", "--repo", "-o", "--output", "--revision", "--max", "--timeout"],
    readOnly: [["list"], ["ls"], ["status"], ["history"], ["get"], ["show"], ["search"], ["template"], ["version"], ["env"], ["lint"], ["repo", "list"], ["dependency", "list"]],
    writes: [["install"], ["upgrade"], ["rollback"], ["repo", "add"], ["repo", "update"], ["dependency", "update"], ["pull"], ["package"], ["push"]],
    deletes: [["uninstall"], ["delete"], ["repo", "remove"]],
    runsCode: ["--post-renderer", "plugin"],
  },
  {
    program: "docker",
    aliases: ["podman"],
    operandOptions: ["--name", "-f", "--filter", "--format", "--tail", "--since", "--until", "-n", "--last", "-t", "--tag", "-p", "--publish", "-v", "--volume", "-w", "--workdir", "-u", "--user", "--network", "--platform", "-e", "--env", "--label", "-l", "--file"],
    readOnly: [["ps"], ["images"], ["inspect"], ["logs"], ["version"], ["info"], ["container", "ls"], ["image", "ls"], ["container", "inspect"], ["image", "inspect"], ["network", "ls"], ["volume", "ls"], ["stats"], ["top"], ["history"], ["search"]],
    writes: [["build"], ["pull"], ["push"], ["tag"], ["create"], ["start"], ["stop"], ["restart"], ["cp"], ["commit"], ["compose"], ["network", "create"], ["volume", "create"], ["login"]],
    deletes: [["rm"], ["rmi"], ["prune"], ["system", "prune"], ["image", "prune"], ["container", "prune"], ["volume", "rm"], ["kill"]],
    runsCode: ["run", "exec", "-H", "--host", "--config"],
    // Global options (`-H`, `--config`) go before the subcommand: after `login`, only login's own are read.
    inertOptionsIn: [["login"], ["logout"]],
  },
  {
    program: "npm",
    aliases: ["pnpm", "yarn", "bun"],
    operandOptions: ["--tag", "-w", "--workspace", "--filter", "--json-path", "--depth", "--otp", "--access"],
    readOnly: [["view"], ["info"], ["ls"], ["list"], ["search"], ["outdated"], ["--version"], ["-v"], ["audit"], ["why"], ["explain"], ["config", "get"], ["config", "list"], ["root"], ["prefix"], ["whoami"]],
    writes: [["install"], ["i"], ["add"], ["update"], ["upgrade"], ["ci"], ["link"], ["publish"], ["version"], ["pack"], ["init"], ["config", "set"]],
    deletes: [["uninstall"], ["remove"], ["rm"], ["unpublish"], ["prune"], ["cache", "clean"]],
    runsCode: ["run", "run-script", "exec", "x", "dlx", "test", "start", "--prefix", "-C", "--userconfig", "--script-shell", "--node-options", "--global-config", "--registry"],
  },
  // A package runner: its first operand names the program, the rest are that program's (`npx cross-env K=V cmd`).
  { program: "npx", aliases: ["pnpx", "bunx"], runsOperands: true, readOnly: [], runsCode: ["*"] },
  // Node and Perl still read options after `-e CODE`; Python stops at `-c CODE` or `-m MODULE` (whose module then reads
  // the rest, options included: a launcher), a POSIX shell at `-c SCRIPT`.
  { program: "node", aliases: ["deno", "ruby", "perl", "php"], runsScriptFile: true, readOnly: [["--version"], ["-v"], ["-V"]], runsCode: ["*"] },
  // Windows PowerShell reads a bare first operand as a command, not a script file.
  { program: "powershell", aliases: ["pwsh"], readOnly: [["--version"], ["-v"], ["-V"]], runsCode: ["*"] },
  { program: "python", aliases: ["python3", "python2"], runsScriptFile: true, endsOptions: ["-c", "-m"], launchesWith: ["-m"], readOnly: [["--version"], ["-V"]], runsCode: ["*"] },
  { program: "sh", aliases: ["bash", "zsh", "dash", "ksh"], runsScriptFile: true, endsOptions: ["-c", "-lc", "-ec"], readOnly: [["--version"]], runsCode: ["*"] },
  { program: "curl", operandOptions: ["-H", "--header", "-X", "--request", "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-o", "--output", "-m", "--max-time", "--connect-timeout", "-b", "--cookie", "-F", "--form", "-w", "--write-out", "--retry"], readOnly: [[]], runsCode: ["-K", "--config"], mutatingOptions: ["-o", "--output", "-O", "--remote-name", "-T", "--upload-file", "-d", "--data", "-X", "--request", "-F", "--form", "-c", "--cookie-jar", "-D", "--dump-header"] },
  { program: "wget", runsCodeInOneArgument: ["--execute=", "-e"], readOnly: [["--spider"]], writes: [[]], runsCode: ["-e", "--execute", "--config", "--use-askpass"], mutatingOptions: ["-O", "--output-document", "-o", "--output-file", "-P", "--post-data", "--post-file"] },
  {
    program: "aws",
    operandOptions: ["--region", "--profile", "--output", "--query", "--bucket", "--key", "--prefix", "--filters", "--max-items", "--starting-token", "--log-group-name", "--function-name", "--stack-name", "--cluster", "--instance-ids"],
    readOnly: [["sts", "get-caller-identity"], ["configure", "list"], ["configure", "get"]],
    writes: [["s3", "cp"], ["s3", "sync"], ["s3", "mv"], ["configure", "set"]],
    deletes: [["s3", "rm"], ["s3", "rb"]],
    runsCode: ["--endpoint-url", "--cli-input-json", "--cli-input-yaml"],
  },
  { program: "gcloud", operandOptions: ["--project", "--region", "--zone", "--format", "--filter", "--limit", "--account", "--configuration", "--service", "--image"], readOnly: [["config", "list"], ["config", "get-value"], ["auth", "list"], ["projects", "list"], ["projects", "describe"], ["version"], ["info"]], writes: [["config", "set"], ["deploy"], ["run", "deploy"], ["app", "deploy"], ["functions", "deploy"]], deletes: [["projects", "delete"]], runsCode: ["--flags-file"] },
  { program: "az", operandOptions: ["-g", "--resource-group", "-n", "--name", "--subscription", "-o", "--output", "--query", "-l", "--location"], readOnly: [["account", "show"], ["account", "list"], ["version"], ["group", "list"], ["group", "show"]], writes: [["login"], ["account", "set"], ["deployment"], ["webapp", "deploy"]], deletes: [["group", "delete"]], runsCode: [] },
  { program: "terraform", aliases: ["tofu"], operandOptions: ["-var", "-target", "-state", "-out", "-lock-timeout", "-parallelism"], readOnly: [["version"], ["show"], ["output"], ["validate"], ["fmt", "-check"], ["providers"], ["state", "list"], ["state", "show"], ["graph"], ["plan"]], writes: [["init"], ["apply"], ["import"], ["fmt"], ["state", "mv"], ["taint"], ["workspace", "new"]], deletes: [["destroy"], ["state", "rm"], ["workspace", "delete"]], runsCode: ["-chdir", "-var-file", "-plugin-dir"] },
  { program: "adb", operandOptions: ["-s", "-t", "-H", "-P", "-L"], readOnly: [["devices"], ["version"], ["logcat"], ["get-state"], ["get-serialno"], ["shell", "getprop"], ["shell", "dumpsys"], ["shell", "pm", "list"], ["shell", "ps"], ["exec-out", "screencap"], ["shell", "wm", "size"], ["shell", "uiautomator", "dump", "/dev/tty"]], writes: [["install"], ["push"], ["pull"], ["reboot"], ["shell", "input"], ["shell", "am"], ["shell", "screencap"]], deletes: [["uninstall"], ["shell", "rm"], ["shell", "pm", "clear"]], runsCode: ["shell", "exec-out"] },
  // `simctl spawn [-w] [-s] [-a ARCH] DEVICE …`, `simctl io DEVICE …`: right after them only how it runs, or which device, can change.
  { program: "xcrun", operandOptions: ["--sdk", "-sdk", "--toolchain"], harmlessOptionsIn: [["simctl", "spawn"], ["simctl", "io"]], runsAfter: [{ path: ["simctl", "spawn"], operands: 1 }], readOnly: [["simctl", "list"], ["simctl", "listapps"], ["simctl", "appinfo"], ["simctl", "getenv"], ["--find"], ["--show-sdk-path"]], writes: [["simctl", "boot"], ["simctl", "install"], ["simctl", "launch"], ["simctl", "io"], ["simctl", "openurl"], ["simctl", "shutdown"]], deletes: [["simctl", "erase"], ["simctl", "delete"], ["simctl", "uninstall"]], runsCode: ["simctl spawn"] },
  { program: "open", aliases: ["xdg-open", "start", "wslview"], operandOptions: ["-b", "--bundle-id"], readOnly: [], writes: [[]], runsCode: ["-a", "--args"] },
  { program: "tar", operandOptions: ["-f", "--file", "-C", "--directory", "--exclude", "-T", "--files-from"], runsCodeInOneArgument: ["--to-command=", "--checkpoint-action=", "--use-compress-program=", "--info-script=", "--new-volume-script="], readOnly: [["-t"], ["-tf"], ["-tzf"], ["--list"]], writes: [[]], runsCode: ["--to-command", "--checkpoint-action", "--use-compress-program", "-I", "--info-script", "--new-volume-script", "-F"] },
  { program: "ssh", operandOptions: ["-p", "-i", "-l", "-J", "-L", "-R", "-D"], runsCodeInOneArgument: ["-oProxyCommand=", "-oLocalCommand="], runsOperands: true, readOnly: [], writes: [[]], runsCode: ["-o", "-F", "ProxyCommand", "LocalCommand", "PermitLocalCommand"] },
  { program: "env", aliases: ["cross-env", "sudo", "doas", "xargs", "timeout", "nice", "nohup", "time", "watch", "exec", "eval", "su", "script", "parallel", "strace", "caffeinate"], runsOperands: true, readOnly: [], runsCode: ["*"] },
  // Windows' Linux launcher: `wsl [-d DISTRO] [-u USER] CMD…` runs CMD in the distribution; the line reads when CMD does.
  { program: "wsl", aliases: ["wsl.exe"], operandOptions: ["-d", "--distribution", "-u", "--user", "--cd"], runsOperands: true, runsAfter: [{ path: [], operands: 0 }], readOnly: [], runsCode: ["*"] },
  // macOS unified log: `log show --start DATE --predicate P`.
  { program: "log", operandOptions: ["--start", "--end", "--last", "--predicate", "--style", "--process", "--level", "--type", "--archive", "--color"], readOnly: [["show"], ["stream"], ["stats"]], writes: [["collect"], ["config"], ["erase"]], runsCode: [] },
  // AppleScript: `-e` takes a line of script (code, not an option), `-l` the language.
  { program: "osascript", operandOptions: ["-e", "-l", "-s"], runsOperands: true, readOnly: [], runsCode: [] },
  // Coding-agent CLIs: `-p` / `--prompt` take the prompt, `-m` / `--model` the model; `--yolo`-style options as free arguments approve tools.
  { program: "gemini", aliases: ["claude", "codex", "qwen", "agy"], operandOptions: ["-p", "--prompt", "-m", "--model", "--output-format", "--approval-mode", "--append-system-prompt", "--system-prompt"], readOnly: [], runsCode: ["--yolo", "-y", "--dangerously-skip-permissions", "--allowedTools", "--allowed-tools"] },
  // Terminal multiplexer: `-c DIR`, `-t TARGET`, `-F FORMAT` take the next word; the commands that start or type into a shell run code.
  {
    program: "tmux",
    operandOptions: ["-c", "-t", "-s", "-n", "-F", "-e", "-x", "-y", "-L", "-S"],
    readOnly: [["list-sessions"], ["ls"], ["list-windows"], ["lsw"], ["list-panes"], ["lsp"], ["capture-pane"], ["capturep"], ["display-message"], ["display"], ["has-session"], ["has"], ["show-options"], ["show"], ["-V"]],
    writes: [["rename-window"], ["rename-session"], ["select-pane"], ["select-window"], ["resize-pane"], ["set-option"], ["set"], ["detach-client"]],
    deletes: [["kill-session"], ["kill-window"], ["kill-pane"], ["kill-server"]],
    runsCode: ["new-session", "new", "new-window", "neww", "split-window", "splitw", "send-keys", "send", "run-shell", "run", "if-shell", "if", "respawn-pane", "respawn-window", "pipe-pane", "display-popup", "popup", "source-file", "-f"],
  },
  // `echo -n`, `-e`, `-E`: how the operands are printed, nothing else.
  { program: "echo", readOnly: [[]], runsCode: [], inertOptions: true },
  { program: "rm", aliases: ["rmdir", "del"], readOnly: [], deletes: [[]], runsCode: [] },
  { program: "mv", aliases: ["cp", "mkdir", "touch", "chmod", "chown", "ln", "tee"], readOnly: [], writes: [[]], runsCode: [] },
];

const BY_NAME = new Map<string, CommandRow>();
for (const row of COMMANDS) for (const name of [row.program, ...(row.aliases ?? [])]) if (!BY_NAME.has(name)) BY_NAME.set(name, row);

/** The row of a program name or path (`/usr/bin/git`, `git.exe`). */
export function commandRow(program: string | undefined): CommandRow | undefined {
  if (program === undefined) return undefined;
  const name = program.slice(Math.max(program.lastIndexOf("/"), program.lastIndexOf("\\")) + 1).replace(/\.(exe|cmd)$/i, "");
  return BY_NAME.get(name);
}

/** `--upload-pack=x` and `--upload-pack` are the same option; `-c` matches `-c` only. */
function isOption(arg: string | undefined, options: readonly string[]): boolean {
  if (arg === undefined) return false;
  return options.some((o) => o === "*" || arg === o || (o.startsWith("--") && arg.startsWith(`${o}=`)));
}

/** Where the subcommand starts: options before it are skipped with their value. */
function subcommandStart(args: readonly (string | undefined)[], known: readonly (readonly string[])[]): number {
  let i = 0;
  while (i < args.length && args[i]?.startsWith("-") && !known.some((k) => k[0] === args[i])) i += args[i]!.includes("=") ? 1 : 2;
  return i;
}

/**
 * Verbs of a CLI's subcommand words (`vendorctl jobs list`, `cloudcli files
 * view`) that only read: a program the table has no row for says what it does
 * in the words the code fixes after it. The table cannot list every vendor's
 * CLI; the verbs they share can.
 */
export const READ_VERBS: ReadonlySet<string> = new Set(["list", "ls", "get", "show", "view", "describe", "search", "find", "status", "info", "log", "logs", "cat", "read", "inspect", "query", "check", "whoami", "version", "help", "diff", "history", "browse", "fetch-info", "lookup", "stat", "tail", "head", "count", "print", "display", "explain", "validate", "verify"]);

/** Verbs that change, start or remove something: one among the fixed words makes the command more than a read, whatever else is there. */
export const WRITE_VERBS: ReadonlySet<string> = new Set(["create", "new", "add", "delete", "del", "rm", "remove", "destroy", "purge", "drop", "erase", "clear", "prune", "set", "unset", "update", "upgrade", "edit", "modify", "patch", "put", "write", "push", "pull", "apply", "submit", "cancel", "kill", "stop", "start", "restart", "run", "exec", "execute", "invoke", "deploy", "install", "uninstall", "upload", "download", "copy", "cp", "move", "mv", "rename", "import", "export", "sync", "send", "publish", "release", "login", "logout", "init", "enable", "disable", "reset", "restore", "rollback", "merge", "commit", "tag", "approve", "attach", "detach", "mount", "unmount", "allocate", "free", "issue", "submit-job", "hold", "release-job", "purge-job", "shell", "ssh", "eval", "script", "open", "launch", "configure", "config"]);

/**
 * A program without a row, judged by its subcommand words: the constant words
 * the code writes after it up to the first it does not fix (options skipped,
 * since an option's value may be that unknown word), at least one a read verb
 * and none a write verb. `vendorctl jobs list <id>` reads; `vendorctl jobs
 * delete <id>`, `vendorctl <verb> …` and a bare `vendorctl <args>` do not.
 */
function readsByItsVerbs(args: readonly (string | undefined)[]): boolean {
  const verbs: string[] = [];
  const optionNames: string[] = [];
  for (const a of args) {
    if (a === undefined) break;
    const word = a.toLowerCase();
    if (word.startsWith("-")) {
      optionNames.push(word.replace(/^-+/, "").split("=")[0]);
      continue;
    }
    // `list-members` leads with its verb; `data-set` is a noun whose second half is no verb.
    verbs.push(word, word.split(/[-_:]/)[0]);
  }
  if (optionNames.some((o) => WRITE_VERBS.has(o) || WRITING_OPTIONS.has(o))) return false;
  return verbs.some((w) => READ_VERBS.has(w)) && !verbs.some((w) => WRITE_VERBS.has(w));
}

/** Option names that make most CLIs write a file or skip a confirmation, whatever their subcommand. */
const WRITING_OPTIONS: ReadonlySet<string> = new Set(["o", "output", "out", "output-file", "force", "yes", "y"]);

/**
 * True when the command is a program and subcommand the table lists as
 * read-only and none of its pinned arguments is a code-running or mutating
 * option. A subcommand the code does not pin never matches.
 */
export function isReadOnlyCommand(command: Command): boolean {
  const [program, ...args] = command;
  const row = commandRow(program);
  if (!row) return readsByItsVerbs(args);
  // Options only: a code-running subcommand (`adb shell`) is judged by the read-only paths below.
  const options = (list: readonly string[]) => list.filter((o) => o.startsWith("-"));
  if (args.some((a) => a?.startsWith("-") && (isOption(a, options(row.runsCode)) || isOption(a, options(row.mutatingOptions ?? []))))) return false;
  if (row.readOnly.some((k) => k.length === 0)) return true;
  const i = subcommandStart(args, [...row.readOnly, ...(row.runsAfter ?? []).map((r) => r.path)]);
  for (const r of row.runsAfter ?? []) {
    if (!r.path.every((word, j) => args[i + j] === word)) continue;
    const rest = args.slice(i + r.path.length + r.operands);
    // The operands (a device) must not be options, and the command after them must be pinned.
    if (args.slice(i + r.path.length, i + r.path.length + r.operands).some((a) => a === undefined || a.startsWith("-"))) return false;
    return rest.length > 0 && rest[0] !== undefined && isReadOnlyCommand(rest);
  }
  return row.readOnly.some((k) => k.every((word, j) => args[i + j] === word));
}

/**
 * Whether one argument read as an option runs code in this program (an
 * option that carries its command in `=value`), and which: undefined when the
 * table knows no such option (what else an option can do, sending a
 * credential to another server, writing a file, depends on the program).
 */
/**
 * Options that take the next argument as their value in most CLIs. Long names
 * only: a one-letter option means different things in different programs
 * (`grep -n` takes nothing, `kubectl -n` takes a namespace), so those come
 * from a program's own row.
 */
const COMMON_OPERAND_OPTIONS = new Set(["--udid", "--device", "--device-id", "--serial", "--namespace", "--context", "--project", "--region", "--profile", "--cwd", "--message", "--name", "--branch", "--team", "--org", "--workspace"]);

/** True when `option` takes the next argument as its value in this program: the argument after it is an operand, not an option. */
export function takesOperand(program: string | undefined, option: string): boolean {
  const row = commandRow(program);
  // An option that runs code (`git -c`, `ssh -o`, anything of an interpreter) makes its value no safer than an option.
  if (row && isOption(option, row.runsCode)) return false;
  return COMMON_OPERAND_OPTIONS.has(option) || (row?.operandOptions?.includes(option) ?? false);
}

/** Options that hand their value to an interpreter as code (`sh -c`, `node -e`): in a program the table does not know, their value is no plain operand. */
const CODE_VALUE_OPTIONS = new Set(["-c", "/c", "/C", "-e", "-E", "-x", "-Command", "-command", "-lc", "-ec", "-ic", "--eval", "--exec", "--command", "--script"]);

/**
 * True when the element written right after `option` is read as its value.
 * For a program the table has a row for, the row says so (takesOperand). For
 * one it does not know (or cannot name: a path the code resolved elsewhere),
 * the code that wrote the option and the value together is the only witness
 * of what the option takes; options that carry code are still left out.
 */
export function readsNextAsValue(program: string | undefined, option: string): boolean {
  if (commandRow(program)) return takesOperand(program, option);
  return /^--?[A-Za-z][\w-]*$/.test(option) && !CODE_VALUE_OPTIONS.has(option);
}

/** True when the program runs its operands as code: an interpreter or shell (`sh -c`, `node -e`), or a launcher (`ssh host CMD`, `xargs CMD`). */
export function runsOperandsAsCode(program: string | undefined): boolean {
  const row = commandRow(program);
  return !!row && (!!row.runsOperands || row.runsCode.includes("*"));
}

/**
 * True when every word is a launcher that hands the rest of its line to the
 * command written after it (`env`, `sudo`, `nohup`, `npx`): a piece written
 * after them is still the command the line runs, not an argument of a program
 * the code chose.
 */
export function launchersOnly(words: readonly string[]): boolean {
  return words.every((w) => commandRow(w)?.runsOperands === true);
}

/** True when the program's first operand is a script file that reads every later argument (`python3 tool.py ARG…`). */
export function runsScriptFile(program: string | undefined): boolean {
  return commandRow(program)?.runsScriptFile === true;
}

/** True when the program reads no option after this option's value (`python -c`, `sh -c`). */
export function endsOptionList(program: string | undefined, option: string): boolean {
  return commandRow(program)?.endsOptions?.includes(option) ?? false;
}

/** True when this option's value names the program that reads the arguments after it (`python -m pip`). */
export function launchesWithOption(program: string | undefined, option: string): boolean {
  return commandRow(program)?.launchesWith?.includes(option) ?? false;
}

/**
 * True when the argument is written right after a subcommand whose options
 * reach little (`xcrun simctl spawn <value>`): `before` are the constant
 * arguments before it, options among them skipped.
 */
export function harmlessOptionSlot(program: string | undefined, before: readonly string[] | undefined): boolean {
  const words = before?.filter((w) => !w.startsWith("-"));
  if (!words) return false;
  return commandRow(program)?.harmlessOptionsIn?.some((path) => path.length === words.length && path.every((w, i) => words[i] === w)) ?? false;
}

/** True when the argument is written right after a subcommand whose options give nothing (`docker login <value>`). */
export function inertOptionSlot(program: string | undefined, before: readonly string[] | undefined): boolean {
  const words = before?.filter((w) => !w.startsWith("-"));
  if (!words) return false;
  return commandRow(program)?.inertOptionsIn?.some((path) => path.length === words.length && path.every((w, i) => words[i] === w)) ?? false;
}

/** True when no option of the program can do more than change what it prints: argument injection there is no finding. */
export function hasInertOptions(program: string | undefined): boolean {
  return commandRow(program)?.inertOptions === true;
}

export function optionInjectionReach(program: string | undefined, subcommand?: string): { runsCode: string } | undefined {
  const row = commandRow(program);
  const first = row?.runsCodeInOneArgument?.[0];
  if (first === undefined) return undefined;
  // Options that work only in some subcommands: the code must pin one of them.
  if (row?.codeOptionSubcommands && !(subcommand !== undefined && row.codeOptionSubcommands.includes(subcommand))) return undefined;
  return { runsCode: first };
}
