// The lifecycle scripts npm runs when a package is installed, and what each
// command in them runs: a package file (JS or shell), inline code, a fetched
// package, a downloader, a native build. The scan keeps the files hooks run;
// the package rules judge the hooks on this same reading of package.json.
import { argumentsOf, inlineCode, programName, scriptFileOf, type SimpleCommand, splitCommandLine } from "./command-line.js";
import { lineOfJsonKey } from "./manifest-location.js";
import { normalizePath } from "./package-path.js";
import { parseFile } from "./parse/index.js";
import type { PackageSource, ParsedModule } from "./types.js";
import type { ModuleLookup } from "./program/resolve.js";

/**
 * Hooks npm runs on every install of the package. `prepare` is different: npm
 * (and pnpm, yarn) run it when a package is installed from git or a folder, and
 * in the developer's own checkout, but never for a registry or tarball install:
 * a published package's `prepare` has already run on the author's machine and
 * does not run for its users. So it counts only in a folder, where a git install
 * of the same files would run it, and there only for what no build step does.
 */
const ALWAYS = ["preinstall", "install", "postinstall"] as const;

export interface LifecycleScript {
  hook: string;
  command: string;
  /** Line of the hook in package.json. */
  line: number;
  /** `prepare` in a folder: runs only for git and folder installs, and is otherwise the developer's build step. */
  buildStep: boolean;
}

export function installHooks(source: PackageSource): LifecycleScript[] {
  const hooks: string[] = [...ALWAYS];
  if (source.kind === "directory") hooks.push("prepare");
  const out: LifecycleScript[] = [];
  for (const hook of hooks) {
    const command = source.facts.scripts[hook];
    if (command === undefined) continue;
    out.push({ hook, command, line: source.manifestText ? lineOfJsonKey(source.manifestText, "scripts", hook) : 1, buildStep: hook === "prepare" });
  }
  return out;
}

/** Something a lifecycle command runs, after following `npm run x`, `sh file.sh` and `sh -c "..."`. */
export type ScriptStep =
  | { kind: "command"; command: SimpleCommand; all: SimpleCommand[] }
  | { kind: "js-file"; command: SimpleCommand; module: ParsedModule }
  | { kind: "js-inline"; command: SimpleCommand; module?: ParsedModule }
  | { kind: "missing-file"; command: SimpleCommand; file: string };

const MAX_DEPTH = 4;

/**
 * Every simple command a script line runs, with script files resolved to the
 * package's own files. `npm run x` follows the package's `x` script; shell
 * files are read and followed; JS files are looked up among the parsed modules.
 */
export function stepsOf(line: string, source: PackageSource, byPath: ModuleLookup, depth = 0, seen = new Set<string>()): ScriptStep[] {
  const commands = splitCommandLine(line);
  const out: ScriptStep[] = [];
  for (const command of commands) {
    out.push({ kind: "command", command, all: commands });
    if (depth >= MAX_DEPTH) continue;
    const name = programName(command);
    const args = argumentsOf(command);
    // npm run build, yarn build, pnpm run build
    const runTarget = name === "npm" && (args[0] === "run" || args[0] === "run-script") ? args[1] : (name === "yarn" || name === "pnpm") ? (args[0] === "run" ? args[1] : args[0]) : undefined;
    if (runTarget && source.facts.scripts[runTarget] !== undefined && !seen.has(runTarget)) {
      seen.add(runTarget);
      out.push(...stepsOf(source.facts.scripts[runTarget], source, byPath, depth + 1, seen));
      continue;
    }
    const inline = inlineCode(command);
    if (inline?.language === "shell") {
      out.push(...stepsOf(inline.code, source, byPath, depth + 1, seen));
      continue;
    }
    if (inline?.language === "js") {
      // Parsed as a file of its own; its calls are reported at the hook's line in package.json.
      const parsed = parseFile({ path: "inline.js", bytes: Buffer.from(inline.code) }, []);
      out.push({ kind: "js-inline", command, module: parsed ? { ...parsed, path: "package.json" } : undefined });
      continue;
    }
    const file = scriptFileOf(command);
    // An absolute path is not the package's own file: the command step says what runs.
    if (file === undefined || /^([\\/]|[A-Za-z]:|~)/.test(file)) continue;
    const rel = normalizePath(file.replace(/^\.\//, ""));
    if (rel === undefined) {
      out.push({ kind: "missing-file", command, file });
      continue;
    }
    const module = byPath.get(rel) ?? byPath.get(`${rel}.js`);
    if (module) {
      out.push({ kind: "js-file", command, module });
      continue;
    }
    const shellFile = source.files.find((f) => f.path === rel);
    if (shellFile && !seen.has(`file:${rel}`)) {
      seen.add(`file:${rel}`);
      out.push(...stepsOf(shellFile.bytes.toString("utf8"), source, byPath, depth + 1, seen));
      continue;
    }
    if (!shellFile) out.push({ kind: "missing-file", command, file });
  }
  return out;
}
