// Maintainer scripts are not the server: a package's top-level `scripts/`,
// `examples/`, `test-server/` (and the like) hold release, demo and test
// tooling that a user installing the server never runs; web assets
// (`dist/assets/`, `public/`) are a page's code that runs in a browser. Unless an entry point
// (main, module, bin, exports) lies in such a folder or the server's code
// imports from it, its files are left out like tests, and a note says so.
import path from "node:path/posix";
import type { Program } from "./program/index.js";
import { reachFrom } from "./program/reach.js";
import type { Diagnostic, ParsedModule } from "./types.js";

const MAINTAINER_DIR = /^(scripts?|examples?|demos?|test-servers?|benchmarks?|bench|samples?|playground)\//;

/**
 * Folders of web assets, at any depth (`dist/assets/index-3f2a.js`, `public/app.js`,
 * `build/static/js/main.js`): a page's code that a server hands to browsers runs in
 * the browser, not in the server, unless the server's own code imports it.
 */
const WEB_ASSET_DIR = /^((?:[^/]+\/)*?(?:assets|public|static))\//;

/** The maintainer or web-asset folder a package path is in (`scripts`, `dist/assets`), if any. */
export function maintainerFolder(relPath: string): string | undefined {
  return MAINTAINER_DIR.exec(relPath)?.[1] ?? WEB_ASSET_DIR.exec(relPath)?.[1];
}

/** The modules a user's install runs or may load, and a note for the maintainer scripts left out. */
export function withoutMaintainerScripts(program: Program, hookRun: ReadonlySet<string> = new Set()): { modules: ParsedModule[]; diagnostics: Diagnostic[] } {
  const candidates = program.modules.filter((m) => maintainerFolder(m.path) !== undefined);
  if (candidates.length === 0) return { modules: program.modules, diagnostics: [] };
  const ep = program.facts.entryPoints;
  const entries = [ep.main, ep.module, ...ep.exports, ...Object.values(ep.bin)].filter((s): s is string => typeof s === "string").map((s) => path.normalize(s.replace(/^\.\//, "")));
  const entryFolders = new Set(entries.map(maintainerFolder).filter((f): f is string => f !== undefined));
  // A file an install hook runs (`"postinstall": "node scripts/setup.js"`) is what a user's install runs.
  const hookFiles = new Set(lifecycleFiles(program.facts.scripts));
  // Everything the rest of the package loads (imports, requires, dynamic imports, paths it names) stays.
  const roots = program.modules.filter((m) => {
    const folder = maintainerFolder(m.path);
    return folder === undefined || entryFolders.has(folder) || hookRun.has(m.path) || hookFiles.has(m.path) || hookFiles.has(m.path.replace(/\.[cm]?[jt]s$/, ""));
  });
  const reached = reachFrom(program, roots);
  const left = candidates.filter((m) => !reached.has(m));
  if (left.length === 0) return { modules: program.modules, diagnostics: [] };
  return { modules: program.modules.filter((m) => !left.includes(m) || reached.has(m)), diagnostics: [maintainerNote(left.map((m) => m.path))] };
}

/** The note naming the maintainer or web-asset folders whose files were left out of the scan. */
export function maintainerNote(paths: readonly string[]): Diagnostic {
  const folders = [...new Set(paths.map((p) => maintainerFolder(p)!))].sort();
  return {
    level: "note",
    code: "maintainer-scripts-skipped",
    message: `${paths.length} file${paths.length === 1 ? "" : "s"} in ${folders.map((f) => f + "/").join(", ")} not scanned: maintainer scripts${folders.some((f) => !MAINTAINER_DIR.test(f + "/")) ? " or web assets" : ""} that no entry point (main, bin, exports) or server code reaches`,
  };
}


/** npm runs these on install (and `prepare` on a git or folder install). */
const INSTALL_HOOKS = ["preinstall", "install", "postinstall", "prepare"];

/** Package paths that install hooks name, as written (`scripts/setup.js`, `./scripts/setup`). */
function lifecycleFiles(scripts: Record<string, string>): string[] {
  const out: string[] = [];
  for (const hook of INSTALL_HOOKS) {
    const command = scripts[hook];
    if (typeof command !== "string") continue;
    for (const token of command.split(/[\s"'=;&|()]+/)) {
      const p = path.normalize(token.replace(/^\.\//, ""));
      if (maintainerFolder(p)) out.push(p);
    }
  }
  return out;
}