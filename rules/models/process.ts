// Process execution: where a string becomes a shell command line, and where a
// value becomes a program or one argument of a program run without a shell.
//
// Kinds: `command-injection` is a shell line or the program itself (whoever
// controls it runs what they like); `command-argument` is one element of an
// argument vector (no shell: the danger is an option like `--upload-pack=...`).
import type { LibraryModel, SinkRow, StepRow } from "../../analyzer/taint/spec.js";

/** The shell-string APIs: the whole first argument is parsed by /bin/sh (cmd.exe on Windows). */
/** `callee` + `.` + `selector`, where an empty callee is a call of the package's export itself. */
function at(callee: string, selector: string): string {
  return callee ? `${callee}.${selector}` : selector;
}

function shellString(pkg: string, callee: string, note: string): SinkRow {
  return { package: pkg, path: at(callee, "Argument[0]"), kind: "command-injection", destination: "Argument[0]", note };
}

/**
 * `(file, args, options)` APIs: the file is the program; the argument array is
 * passed without a shell unless `options.shell` is set, in which case node joins
 * file and args with spaces and hands the line to a shell.
 */
function fileArgs(pkg: string, callee: string, note: string): SinkRow[] {
  return [
    { package: pkg, path: at(callee, "Argument[0]"), kind: "command-injection", destination: "Argument[0]", note: `${note}: the program to run` },
    { package: pkg, path: at(callee, "Argument[1]"), kind: "command-argument", destination: "Argument[0]", note: `${note}: the argument vector, no shell` },
    { package: pkg, path: at(callee, "Argument[1]"), kind: "command-injection", destination: "Argument[0]", requires: "Argument[2].Member[shell]", note: `${note} with shell: true joins the arguments into a shell line` },
  ];
}

const CHILD_PROCESS = ["child_process"];

/** A target handed to the operating system's opener (the `open` package): an app, a file or a URL it starts. */
export const URL_OPENER_KIND = "url-opener";

/**
 * What a started program prints (its output, or the child handle whose stdout
 * and errors carry it) depends on what it runs: the program and its arguments,
 * not the environment it is given. `execFileSync("kubectl", args, { env: { ...process.env } })`
 * returns kubectl's output, and `spawn(chrome, args, { env })` a ChildProcess
 * that is not the user's secrets. Without these rows the default step would
 * carry the options' `env` into every output and every handle. One list for
 * every process-starting API, so none is left to the default step.
 */
function programOutput(pkg: string, callee: string, inputs: readonly string[], note: string): StepRow[] {
  return inputs.map((input) => ({ package: pkg, path: callee, input, output: "ReturnValue", note: `${note}: the output comes from the program${input === "Argument[0]" ? "" : " and its arguments"}` }));
}

const FILE_AND_ARGS = ["Argument[0]", "Argument[1]"];
const SHELL_LINE = ["Argument[0]"];

const outputSteps: StepRow[] = [
  ...CHILD_PROCESS.flatMap((pkg) => [
    ...programOutput(pkg, "Member[exec,execSync]", SHELL_LINE, "child_process shell line"),
    ...programOutput(pkg, "Member[execFile,execFileSync,spawn,spawnSync,fork]", FILE_AND_ARGS, "child_process program"),
  ]),
  ...programOutput("execa", "", FILE_AND_ARGS, "execa (default export)"),
  ...programOutput("execa", "Member[execa,execaSync,sync,node]", FILE_AND_ARGS, "execa"),
  ...programOutput("execa", "Member[execaCommand,execaCommandSync,command,commandSync]", SHELL_LINE, "execaCommand"),
  ...programOutput("cross-spawn", "", FILE_AND_ARGS, "cross-spawn"),
  ...programOutput("cross-spawn", "Member[spawn,sync]", FILE_AND_ARGS, "cross-spawn"),
  ...programOutput("shelljs", "Member[exec]", SHELL_LINE, "shelljs.exec"),
];

export const processModel: LibraryModel = {
  sinks: [
    ...CHILD_PROCESS.flatMap((pkg) => [
      shellString(pkg, "Member[exec]", "child_process.exec runs the string with /bin/sh -c"),
      shellString(pkg, "Member[execSync]", "child_process.execSync runs the string with /bin/sh -c"),
      ...fileArgs(pkg, "Member[execFile]", "child_process.execFile"),
      ...fileArgs(pkg, "Member[execFileSync]", "child_process.execFileSync"),
      ...fileArgs(pkg, "Member[spawn]", "child_process.spawn"),
      ...fileArgs(pkg, "Member[spawnSync]", "child_process.spawnSync"),
      // spawn(cmd, { shell: true }) without an argument array: the command is a shell line.
      { package: pkg, path: "Member[spawn,spawnSync].Argument[0]", kind: "command-injection", destination: "Argument[0]", requires: "Argument[1].Member[shell]", note: "spawn(command, { shell: true })" },
      { package: pkg, path: "Member[fork].Argument[0]", kind: "command-injection", destination: "Argument[0]", note: "child_process.fork runs the module at this path with node" },
      { package: pkg, path: "Member[fork].Argument[1]", kind: "command-argument", destination: "Argument[0]", note: "child_process.fork's argv for the child" },
    ]),

    // execa: execa(file, args, options) like spawn; execaCommand parses one string into file + args.
    ...fileArgs("execa", "", "execa (default export, execa 5 and older)"),
    ...fileArgs("execa", "Member[execa]", "execa"),
    ...fileArgs("execa", "Member[execaSync]", "execaSync"),
    ...fileArgs("execa", "Member[sync]", "execa.sync (execa 5 and older)"),
    ...fileArgs("execa", "Member[node]", "execa.node runs a node script").slice(0, 2),
    shellString("execa", "Member[execaCommand,execaCommandSync,command,commandSync]", "execaCommand splits the string into program and arguments: whoever controls it picks the program"),
    { package: "execa", path: "Member[$].Argument[1..]", kind: "command-argument", destination: "Argument[0]", note: "execa's $`...` passes each interpolation as one argument (no shell)" },

    // cross-spawn: a drop-in spawn.
    ...fileArgs("cross-spawn", "", "cross-spawn"),
    ...fileArgs("cross-spawn", "Member[spawn]", "cross-spawn"),
    ...fileArgs("cross-spawn", "Member[sync]", "cross-spawn.sync"),

    // shelljs: exec runs a shell line.
    shellString("shelljs", "Member[exec]", "shelljs.exec runs the string in a shell"),

    // zx: $`...` quotes each interpolation, so a value is one argument; `$.sync` likewise.
    { package: "zx", path: "Member[$].Argument[1..]", kind: "command-argument", destination: "Argument[0]", note: "zx's $`...` quotes each interpolation as one argument" },
    { package: "zx", path: "Member[$].Member[sync].Argument[1..]", kind: "command-argument", destination: "Argument[0]", note: "zx's $.sync`...`" },

    // The MCP SDK's stdio client starts its server as a child process: `command` is the program, `args` its vector.
    // (Subpath imports such as `@modelcontextprotocol/sdk/client/stdio.js` resolve to the package.)
    { package: "@modelcontextprotocol/sdk", path: "Member[StdioClientTransport].Argument[0].Member[command]", kind: "command-injection", destination: "Argument[0].Member[command]", note: "new StdioClientTransport({ command }) spawns this program" },
    { package: "@modelcontextprotocol/sdk", path: "Member[StdioClientTransport].Argument[0].Member[args]", kind: "command-argument", destination: "Argument[0].Member[command]", note: "new StdioClientTransport({ args }): the program's argument vector" },

    // The `open` package (and its old name `opn`) hands a URL or path to the system opener:
    // `open`/`xdg-open` start whatever it names (an app, a file: URL), and on Windows it goes
    // through a command line. A target is not a shell line of our own, so it has its own kind.
    { package: "open", path: "Argument[0]", kind: URL_OPENER_KIND, destination: "Argument[0]", note: "open(target) hands the target to the system opener" },
    { package: "open", path: "Member[default].Argument[0]", kind: URL_OPENER_KIND, destination: "Argument[0]", note: "open(target) hands the target to the system opener" },
    { package: "opn", path: "Argument[0]", kind: URL_OPENER_KIND, destination: "Argument[0]", note: "opn(target) hands the target to the system opener" },

    // Kubernetes exec: the command vector runs in a container, its first element is the program.
    { package: "@kubernetes/client-node", path: "Member[Exec].Instance.Member[exec].Argument[3]", kind: "command-injection", destination: "Argument[3]", note: "Exec.exec(namespace, pod, container, command, ...): the command vector run in the container" },
  ],
  steps: outputSteps,
  sanitizers: [
    // strict-url-sanitise refuses any scheme but http(s) and percent-encodes what could break out: what it returns only opens a web page.
    { package: "strict-url-sanitise", path: "Member[sanitizeUrl]", kinds: ["command-injection"], note: "sanitizeUrl(url) returns an http(s) URL with its special characters encoded, or throws" },
  ],
};
