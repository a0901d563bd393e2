// What a shell command line (lifecycle scripts, child-process strings) does,
// judged without running it, on the analyzer's reading of the line
// (analyzer/command-line.ts). A small POSIX-ish tokenizer is enough: we judge
// intent, not exact expansion, and a hostile script gains nothing by confusing
// us into silence because unknown shapes stay "runs something" (medium), never
// "harmless".

import { argumentsOf, baseName, FILE_INTERPRETERS, inlineCode, programIndex, programName, programPath, scriptFileOf, type SimpleCommand, splitCommandLine } from "../../analyzer/command-line.js";

// Reading the line is the analyzer's (it finds the files install hooks run); the rules judge what it does.
export { argumentsOf, inlineCode, programIndex, programName, programPath, scriptFileOf, splitCommandLine, type SimpleCommand };

// ---------------------------------------------------------------- what a command does

/** Programs that fetch from the network. */
const DOWNLOADERS = new Set(["curl", "wget", "iwr", "invoke-webrequest", "irm", "invoke-restmethod", "aria2c", "fetch", "certutil", "bitsadmin"]);
/** Programs that run what they read on stdin as code. */
const STDIN_INTERPRETERS = new Set(["sh", "bash", "zsh", "dash", "ksh", "ash", "node", "python", "python3", "perl", "ruby", "php", "iex", "invoke-expression", "pwsh", "powershell"]);
/** Native addon builds: the ordinary reason a package has an install script. */
const NATIVE_BUILD = new Set(["node-gyp", "node-gyp-build", "prebuild-install", "node-pre-gyp", "cmake-js", "electron-rebuild", "prebuildify-load", "node-gyp-build-optional-packages"]);
/** Commands that do nothing worth noting on their own. */
const INERT = new Set(["echo", "true", "exit", ":", "printf", "test", "["]);
/** Local AI agents driven with a prompt: an install script that runs one hands the user's agent session to the package. */
export const AI_CLIS = new Set(["claude", "gemini", "q", "codex", "cursor-agent", "aider", "copilot", "opencode", "amp", "qwen"]);

export function isDownloader(cmd: SimpleCommand): boolean {
  const name = programName(cmd);
  if (DOWNLOADERS.has(name)) return true;
  // `powershell -c "iwr ..."`, `node -e "fetch(...)"` are judged by their inner text elsewhere.
  return false;
}

export function isNativeBuild(cmd: SimpleCommand): boolean {
  const name = programName(cmd);
  if (NATIVE_BUILD.has(name)) return true;
  const args = argumentsOf(cmd);
  // `npx node-gyp rebuild`, `npm run build:native` are judged by the program they name.
  if ((name === "npx" || name === "pnpx") && args.length > 0) return NATIVE_BUILD.has(baseName(args.find((a) => !a.startsWith("-")) ?? ""));
  return false;
}

export function isInert(cmd: SimpleCommand): boolean {
  return INERT.has(programName(cmd));
}

/** `npx pkg`, `pnpm dlx pkg`, `yarn dlx pkg`, `bunx pkg`: fetch a package and run it. */
export function fetchedPackageRun(cmd: SimpleCommand): string | undefined {
  const name = programName(cmd);
  const args = argumentsOf(cmd);
  const firstOperand = (from: number) => args.slice(from).find((a) => !a.startsWith("-"));
  if (name === "npx" || name === "pnpx" || name === "bunx") return firstOperand(0);
  if ((name === "pnpm" || name === "yarn") && args[0] === "dlx") return firstOperand(1);
  if (name === "npm" && (args[0] === "exec" || args[0] === "x")) return firstOperand(1);
  return undefined;
}

/** Where a downloader writes, when it writes to a file: `curl -o f`, `curl -O url`, `wget -O f`, `wget url`. */
export function downloadTarget(cmd: SimpleCommand): string | undefined {
  const name = programName(cmd);
  const args = argumentsOf(cmd);
  const url = args.find((a) => /^(https?|ftp):\/\//i.test(a));
  const valueOf = (flags: string[]) => {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      for (const f of flags) {
        if (a === f) return args[i + 1];
        if (f.startsWith("--") && a.startsWith(`${f}=`)) return a.slice(f.length + 1);
        // curl -sLo file: a short flag cluster ending in the flag letter.
        if (f.length === 2 && /^-[A-Za-z]+$/.test(a) && a.endsWith(f[1]) && a.length > 2) return args[i + 1];
      }
    }
    return undefined;
  };
  if (name === "curl") {
    const out = valueOf(["-o", "--output"]);
    if (out && out !== "-") return out;
    if (args.some((a) => a === "-O" || a === "--remote-name" || /^-[A-Za-z]*O[A-Za-z]*$/.test(a)) && url) return baseName(new URL(url).pathname) || undefined;
    return undefined;
  }
  if (name === "wget") {
    const out = valueOf(["-O", "--output-document"]);
    if (out === "-") return undefined;
    if (out) return out;
    if (url) return baseName(new URL(url).pathname) || "index.html";
    return undefined;
  }
  if (name === "iwr" || name === "invoke-webrequest") return valueOf(["-OutFile", "-outfile", "-o"]);
  if (name === "certutil" && args.some((a) => /^-urlcache$/i.test(a))) return args[args.length - 1];
  return undefined;
}

/** `./x`, `x`, `"/tmp/x"` all name the same file for our purposes. */
export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/^\.\//, "").replace(/^["']|["']$/g, "");
  return norm(a) === norm(b) || baseName(norm(a)) === norm(b) || norm(a) === baseName(norm(b));
}

/** A command that runs `file`: `./file`, `sh file`, `node file`, `start file`. */
export function runsFile(cmd: SimpleCommand, file: string): boolean {
  const program = programPath(cmd);
  if (program && samePath(program, file) && (program.includes("/") || program.includes("\\") || program === file)) return true;
  const script = scriptFileOf(cmd);
  if (script && samePath(script, file)) return true;
  const name = programName(cmd);
  if ((name === "start" || name === "start-process" || name === "open" || name === "xdg-open") && argumentsOf(cmd).some((a) => samePath(a, file))) return true;
  return false;
}

/** What in a command line downloads code and runs it; each with the simple command where it happens. */
export interface DownloadExecution {
  how: "pipe-to-interpreter" | "download-then-run" | "run-substituted-download";
  /** The command that runs it. */
  command: SimpleCommand;
  /** The downloaded file, for download-then-run. */
  file?: string;
}

const DOWNLOAD_IN_SUBSTITUTION = /(?:\$\(|`|<\()\s*(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i;
const POWERSHELL_DOWNLOAD_STRING = /\b(?:iex|invoke-expression)\b[\s\S]*\b(?:downloadstring|iwr|irm|invoke-webrequest|invoke-restmethod)\b|\b(?:downloadstring|iwr|irm|invoke-webrequest|invoke-restmethod)\b[\s\S]*\|\s*(?:iex|invoke-expression)\b/i;

export function downloadExecutions(commands: SimpleCommand[]): DownloadExecution[] {
  const out: DownloadExecution[] = [];
  const downloaded: string[] = [];
  for (let i = 0; i < commands.length; i++) {
    const cmd = commands[i];
    const prev = commands[i - 1];
    const name = programName(cmd);
    // curl url | sh
    if (prev && prev.next === "|" && STDIN_INTERPRETERS.has(name) && pipelineHasDownloader(commands, i)) {
      out.push({ how: "pipe-to-interpreter", command: cmd });
      continue;
    }
    // sh -c "$(curl ...)", bash <(curl ...), eval "$(wget -O- ...)", iex (iwr ...)
    if ((STDIN_INTERPRETERS.has(name) || name === "eval" || name === "source" || name === ".") && cmd.words.slice(programIndex(cmd) + 1).some((w) => DOWNLOAD_IN_SUBSTITUTION.test(w))) {
      out.push({ how: "run-substituted-download", command: cmd });
      continue;
    }
    if (POWERSHELL_DOWNLOAD_STRING.test(cmd.text)) {
      out.push({ how: "run-substituted-download", command: cmd });
      continue;
    }
    const target = isDownloader(cmd) ? downloadTarget(cmd) : undefined;
    if (target) {
      downloaded.push(target);
      continue;
    }
    const file = downloaded.find((f) => runsFile(cmd, f));
    if (file) out.push({ how: "download-then-run", command: cmd, file });
  }
  return out;
}

function pipelineHasDownloader(commands: SimpleCommand[], i: number): boolean {
  for (let j = i - 1; j >= 0 && commands[j].next === "|"; j--) if (isDownloader(commands[j])) return true;
  return false;
}

/** A command that leaves a process running in the background, detached from the install. */
export interface BackgroundRun {
  how: "trailing-ampersand" | "nohup" | "setsid" | "disown" | "hidden-window";
  command: SimpleCommand;
}

/** How a line is read: a POSIX shell (and cmd.exe's `start /b`), or a PowerShell script (`powershell -Command …`). */
export type ShellDialect = "posix" | "powershell";

/** PowerShell's `Start-Process` and its aliases: the program it starts runs on its own, past the script's end. */
const POWERSHELL_STARTERS = new Set(["start-process", "start", "saps"]);

/** `-WindowStyle Hidden` (any case, also `-w hidden`, `-WindowStyle:Hidden`) among a command's words. */
function hidesWindow(words: readonly string[]): boolean {
  return words.some((w, i) => (/^-(windowstyle|w)$/i.test(w) && /^hidden$/i.test(words[i + 1] ?? "")) || /^-windowstyle:hidden$/i.test(w));
}

/**
 * The commands of a line that leave a process running after the line ends.
 * A window hidden by a program's own option (`powershell -WindowStyle Hidden
 * -Command …`) is not one: the caller still waits for that program, or owns
 * it as its child. In a PowerShell script, `&` is the call operator
 * (`& taskkill …`) and a trailing `&` starts a job of the session, which ends
 * with it: only `Start-Process` starts a program of its own there.
 */
export function backgroundRuns(commands: SimpleCommand[], dialect: ShellDialect = "posix"): BackgroundRun[] {
  const out: BackgroundRun[] = [];
  for (const cmd of commands) {
    const first = cmd.words[0]?.toLowerCase();
    const startsHidden = first !== undefined && POWERSHELL_STARTERS.has(first) && hidesWindow(cmd.words);
    if (dialect === "powershell") {
      if (startsHidden) out.push({ how: "hidden-window", command: cmd });
      continue;
    }
    if (first === "nohup") out.push({ how: "nohup", command: cmd });
    else if (first === "setsid") out.push({ how: "setsid", command: cmd });
    else if (first === "disown") out.push({ how: "disown", command: cmd });
    else if ((first === "start" && cmd.words.some((w) => /^\/b$/i.test(w))) || startsHidden) out.push({ how: "hidden-window", command: cmd });
    else if (cmd.next === "&") out.push({ how: "trailing-ampersand", command: cmd });
  }
  return out;
}

// ---------------------------------------------------------------- where a value lands in a line

/** Stands for the value in the line while it is split; no command line contains it. */
const VALUE_MARK = "__mcp_warden_value__";
/** Programs that run their operand as code: the operand is a program, not data. */
const EVALUATORS = new Set(["eval", "source", ".", "iex", "invoke-expression"]);

/**
 * Whether a value placed right after `prefix` (the constant start of a command
 * line) is run as code: it is the program, the inline script of `sh -c` /
 * `node -e` / `cmd /c`, an evaluator's operand, an interpreter's script, or
 * inside a command substitution. False when it is an operand of a fixed
 * program (`xdg-open <value>`, `git clone <value>`): then whoever controls the
 * value can at most inject into that line, which is command injection, not
 * running fetched code.
 */
export function valueRunsAsCode(prefix: string, depth = 0): boolean {
  const commands = splitCommandLine(`${prefix}${VALUE_MARK}`);
  const cmd = commands.find((c) => c.words.some((w) => w.includes(VALUE_MARK)));
  // Shapes we do not read (unbalanced quotes, depth): keep the finding.
  if (!cmd || depth > 3) return true;
  const index = programIndex(cmd);
  const at = cmd.words.findIndex((w) => w.includes(VALUE_MARK));
  if (at <= index) return true;
  const word = cmd.words[at];
  if (/\$\(|`|<\(/.test(word.slice(0, word.indexOf(VALUE_MARK)))) return true;
  const name = programName(cmd);
  if (EVALUATORS.has(name)) return true;
  const inline = inlineCode(cmd);
  if (inline?.code.includes(VALUE_MARK)) return inline.language === "js" || valueRunsAsCode(inline.code.slice(0, inline.code.indexOf(VALUE_MARK)), depth + 1);
  const args = argumentsOf(cmd);
  // cmd /c <line>: the rest of the words are a line of their own.
  if (name === "cmd") {
    const flag = args.findIndex((a) => /^\/[ck]$/i.test(a));
    if (flag >= 0 && at > index + 1 + flag) return valueRunsAsCode(`${cmd.words.slice(index + 2 + flag, at).join(" ")} `, depth + 1);
  }
  // node <value>, sh <value>: the value is the script (or the path of one).
  if (FILE_INTERPRETERS.has(name) || name === "nodejs") return args.filter((a) => !a.startsWith("-"))[0]?.includes(VALUE_MARK) ?? false;
  return false;
}
