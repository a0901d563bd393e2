// Reading a shell command line (a lifecycle script) without running it: split
// into simple commands, find each one's program and arguments, the inline code
// it runs (`node -e`, `sh -c`) and the script file it runs. The analyzer uses it
// to find the files install hooks run; the package rules (rules/util/
// shell-command.ts) judge what the commands do on top of it.

/** One simple command: `curl -o x url`, with how it is joined to the next one. */
export interface SimpleCommand {
  /** Words after quote removal; `$(...)` and backticks kept as written. */
  words: string[];
  /** The raw text of the command. */
  text: string;
  /** The operator after it: `|`, `&&`, `||`, `;`, `&` (background) or end. */
  next: "|" | "&&" | "||" | ";" | "&" | "end";
}

/** Splits a command line into simple commands at `| && || ; &` and newlines, outside quotes. */
export function splitCommandLine(line: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let start = 0;
  let depth = 0; // inside $( ... ) or ( ... ): operators there belong to the subcommand
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = (end: number, next: SimpleCommand["next"]) => {
    endWord();
    const text = line.slice(start, end).trim();
    if (words.length > 0) out.push({ words, text, next });
    else if (out.length > 0 && next !== "end") out[out.length - 1].next = next;
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "'" && depth === 0) {
      const close = line.indexOf("'", i + 1);
      const stop = close < 0 ? line.length : close;
      word += line.slice(i + 1, stop);
      inWord = true;
      i = stop;
      continue;
    }
    if (ch === '"' && depth === 0) {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === "\\" && j + 1 < line.length) j++;
        j++;
      }
      word += line.slice(i + 1, j).replace(/\\(["\\$`])/g, "$1");
      inWord = true;
      i = j;
      continue;
    }
    if (ch === "\\" && i + 1 < line.length && depth === 0) {
      if (line[i + 1] !== "\n") {
        word += line[i + 1];
        inWord = true;
      }
      i++;
      continue;
    }
    if (ch === "(") {
      depth++;
      word += ch;
      inWord = true;
      continue;
    }
    if (ch === ")" && depth > 0) {
      depth--;
      word += ch;
      continue;
    }
    if (depth > 0) {
      word += ch;
      continue;
    }
    if (ch === " " || ch === "\t") {
      endWord();
      continue;
    }
    if (ch === "\n" || ch === ";") {
      endCommand(i, ";");
      start = i + 1;
      continue;
    }
    if (ch === "|" || ch === "&") {
      const two = line.slice(i, i + 2);
      if (two === "&&" || two === "||") {
        endCommand(i, two);
        start = i + 2;
        i++;
        continue;
      }
      if (ch === "&" && (line[i + 1] === ">" || line[i - 1] === ">" || line[i - 1] === "<")) {
        word += ch; // `&>file`, `2>&1`: redirections, not background
        inWord = true;
        continue;
      }
      endCommand(i, ch);
      start = i + 1;
      continue;
    }
    word += ch;
    inWord = true;
  }
  endCommand(line.length, "end");
  return out;
}

/** Leading `VAR=x`, `sudo`, `env`, `exec`, `nohup`, `setsid`, `time` and the like, skipped to find the program. */
const PREFIX_COMMANDS = new Set(["sudo", "env", "exec", "nohup", "setsid", "time", "nice", "command", "builtin", "cross-env"]);

/** Index of the program word (after assignments and wrappers like `nohup`). */
export function programIndex(cmd: SimpleCommand): number {
  let i = 0;
  while (i < cmd.words.length) {
    const w = cmd.words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
    else if (PREFIX_COMMANDS.has(w)) i++;
    else if (i > 0 && PREFIX_COMMANDS.has(cmd.words[i - 1]) && w.startsWith("-")) i++;
    else break;
  }
  return i;
}

/** The program's name without directories or `.exe`, lower-cased: `/usr/bin/curl` → `curl`. */
export function programName(cmd: SimpleCommand): string {
  const w = cmd.words[programIndex(cmd)] ?? "";
  return baseName(w).replace(/\.exe$/i, "").toLowerCase();
}

export function programPath(cmd: SimpleCommand): string {
  return cmd.words[programIndex(cmd)] ?? "";
}

/** Arguments after the program word. */
export function argumentsOf(cmd: SimpleCommand): string[] {
  return cmd.words.slice(programIndex(cmd) + 1);
}

/** The last segment of a path, either separator. */
export function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1];
}


/** Programs that run a file given as their first operand. */
export const FILE_INTERPRETERS = new Set(["sh", "bash", "zsh", "dash", "ksh", "node", "python", "python3", "perl", "ruby", "php", "pwsh", "powershell", "source", "."]);

/** An inline code argument: `node -e "..."`, `sh -c "..."`, `powershell -Command "..."`. */
export function inlineCode(cmd: SimpleCommand): { language: "js" | "shell"; code: string } | undefined {
  const name = programName(cmd);
  const args = argumentsOf(cmd);
  const flagValue = (flags: string[]) => {
    const i = args.findIndex((a) => flags.includes(a));
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (name === "node" || name === "nodejs" || name === "bun" || name === "deno") {
    const code = flagValue(["-e", "--eval", "-p", "--print"]);
    return code === undefined ? undefined : { language: "js", code };
  }
  if (["sh", "bash", "zsh", "dash", "ksh"].includes(name)) {
    const code = flagValue(["-c"]);
    return code === undefined ? undefined : { language: "shell", code };
  }
  if (name === "powershell" || name === "pwsh") {
    const code = flagValue(["-c", "-command", "-Command", "-C"]);
    return code === undefined ? undefined : { language: "shell", code };
  }
  return undefined;
}

/** The script file a command runs with an interpreter: `node scripts/x.js`, `sh setup.sh`, `./install.sh`. */
export function scriptFileOf(cmd: SimpleCommand): string | undefined {
  const name = programName(cmd);
  const args = argumentsOf(cmd);
  if (inlineCode(cmd)) return undefined;
  if (name === "node" || name === "nodejs" || FILE_INTERPRETERS.has(name)) {
    // Skip flags (and the value of flags that take one, like `-r x` or `--require x`).
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "-r" || a === "--require" || a === "--import" || a === "--loader") {
        i++;
        continue;
      }
      if (a.startsWith("-")) continue;
      return a;
    }
    return undefined;
  }
  const program = programPath(cmd);
  if (/^\.{0,2}\//.test(program) || /\.(sh|js|cjs|mjs)$/.test(program)) return program;
  return undefined;
}
