// Parse only what an install runs: the entry points (bin, main, exports), the
// files install hooks run, and the modules they load, followed import by import
// from the parsed code (reach.ts says what counts as a load). A package's other
// files (a second build, a CommonJS twin of every module, tests and maintainer
// scripts) were parsed and then dropped by reachability; now they are never
// parsed. The answer is the one the whole-package path gives (parse every file,
// drop maintainer scripts, keep what the entry points reach): every module the
// entry points reach also survives the maintainer-script filter, since that
// filter keeps whatever non-maintainer code loads. Where the whole-package path
// would look past what the entry points reach (no entry point resolves, a bin
// is not a module we read, every file is reached anyway, or the reached code
// declares no tool and the whole package is searched), this gives up and the
// caller parses every file.
import { installHooks, stepsOf } from "./lifecycle.js";
import { maintainerFolder, maintainerNote } from "./maintainer-scripts.js";
import { extractServer, type ExtractedServer } from "./mcp/index.js";
import type { LazyParser } from "./parse/index.js";
import { link, type Program, type ResolutionConfig } from "./program/index.js";
import { lazySpace } from "./program/lazy.js";
import { reachedFromEntries, unreachedNote } from "./program/reach.js";
import type { Diagnostic, PackageSource, ParsedModule } from "./types.js";

export interface InstalledCode {
  program: Program;
  server: ExtractedServer;
  /** Notes on the files left unparsed: maintainer scripts, then other unreached files. */
  diagnostics: Diagnostic[];
}

/** The lazy path gave up because the code the entry points reach declares no tool (already extracted once). */
export const REACHED_DECLARES_NOTHING = "reached-declares-nothing";

export function installedCode(parser: LazyParser, source: PackageSource, aliases: ResolutionConfig): InstalledCode | typeof REACHED_DECLARES_NOTHING | undefined {
  const space = lazySpace(parser, source.facts, aliases);
  // An install hook's files stay, also when reached through `npm run x` or a shell script.
  const hookModules = installHooks(source)
    .flatMap((h) => stepsOf(h.command, source, parser))
    .flatMap((step) => (step.kind === "js-file" ? [step.module] : []));
  const reached = reachedFromEntries(space, hookModules);
  if (!reached) return undefined;
  const modules: ParsedModule[] = [];
  const unreached: string[] = [];
  for (const p of parser.candidates) {
    // A file read and found not to parse is no module, as in the whole-package parse.
    const m = parser.wasRead(p) ? parser.get(p) : undefined;
    if (m && reached.modules.has(m)) modules.push(m);
    else if (!parser.wasRead(p) || m) unreached.push(p);
  }
  if (unreached.length === 0) return undefined;
  const program = link(modules, source.facts, aliases);
  const server = extractServer(program);
  if (server.model.tools.length + server.model.prompts.length + server.model.resources.length === 0) return REACHED_DECLARES_NOTHING;
  const maintainer = unreached.filter((p) => maintainerFolder(p) !== undefined);
  const other = unreached.filter((p) => maintainerFolder(p) === undefined);
  return { program, server, diagnostics: [...(maintainer.length > 0 ? [maintainerNote(maintainer)] : []), ...(other.length > 0 ? [unreachedNote(other)] : [])] };
}
