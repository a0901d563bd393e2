// Builds a Program from in-memory sources, for unit tests of later stages.
import { parseFile } from "../../analyzer/parse/index.js";
import { link, type Program } from "../../analyzer/program/index.js";
import type { Diagnostic, PackageFacts, ParsedModule } from "../../analyzer/types.js";

export function programOf(files: Record<string, string>, dependencies: Record<string, string> = {}): Program {
  const diagnostics: Diagnostic[] = [];
  const modules: ParsedModule[] = [];
  for (const [path, text] of Object.entries(files)) {
    const m = parseFile({ path, bytes: Buffer.from(text) }, diagnostics);
    if (m) modules.push(m);
  }
  if (diagnostics.some((d) => d.level !== "note")) throw new Error(`test sources do not parse: ${diagnostics.map((d) => `${d.file}: ${d.message}`).join("; ")}`);
  const facts: PackageFacts = {
    name: "fixture",
    entryPoints: { exports: [], bin: {} },
    scripts: {},
    dependencies,
    devDependencies: {},
    optionalDependencies: {},
    peerDependencies: {},
    filesSeen: modules.length,
    filesSkipped: 0,
  };
  return link(modules, facts);
}
