// Runs the engine on small in-memory programs with a tiny test model:
// sources are env vars (`process.env.A`), sinks are `sink(x)` / `log.write(x)`.
import { parseFile } from "../../analyzer/parse/index.js";
import { link } from "../../analyzer/program/index.js";
import { analyzeTaint, type EngineInput, type FunctionNode, type LibraryModel, type TaintResult } from "../../analyzer/taint/index.js";
import type { Diagnostic, ParsedModule } from "../../analyzer/types.js";
import { walk } from "../../analyzer/parse/ast.js";
import { POSITION_MARKS } from "../../analyzer/taint/position-shapes.js";

export const TEST_MODEL: LibraryModel = {
  sources: [
    { package: "global", path: "Member[process].Member[env].AnyMember", kind: "env" },
    { package: "global", path: "Member[process].Member[env]", kind: "env-whole", name: "process.env" },
    { package: "fs", path: "Member[readFileSync].ReturnValue", kind: "file", requiresMatch: { at: "Argument[0]", pattern: /\.ssh\// } },
  ],
  sinks: [
    { package: "global", path: "Member[sink].Argument[0]", kind: "test" },
    { package: "global", path: "Member[fetch].Argument[1]", kind: "net", destination: "Argument[0]" },
    { package: "global", path: "Member[fetch].Argument[0]", kind: "net-url", destination: "Argument[0]" },
    { package: "child_process", path: "Member[exec].Argument[0]", kind: "cmd" },
    { package: "axios", path: "Member[post].Argument[1]", kind: "net", destination: "Argument[0]" },
    { package: "axios", path: "Member[create].ReturnValue.Member[get,post].Argument[this]", kind: "net", destination: "Argument[0]" },
  ],
  sanitizers: [{ package: "global", path: "Member[clean]", kinds: ["test"] }],
};

export function programOf(files: Record<string, string>): { modules: ParsedModule[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const modules: ParsedModule[] = [];
  for (const [path, text] of Object.entries(files)) {
    const m = parseFile({ path, bytes: Buffer.from(text) }, diagnostics);
    if (m) modules.push(m);
  }
  return { modules, diagnostics };
}

export function runTaint(files: Record<string, string>, extra: Partial<EngineInput> = {}, models: LibraryModel[] = [TEST_MODEL]): TaintResult {
  const { modules, diagnostics } = programOf(files);
  if (diagnostics.some((d) => d.code === "parse-error")) throw new Error(`test program does not parse: ${diagnostics.map((d) => d.message).join("; ")}`);
  const program = link(modules, { entryPoints: { exports: [], bin: {} }, scripts: {}, dependencies: {}, devDependencies: {}, optionalDependencies: {}, peerDependencies: {}, filesSeen: 0, filesSkipped: 0 });
  return analyzeTaint(program, { models, ...extra });
}

/** "A→test@3" for each flow: source name, sink kind, sink line (file prefix when not main). */
export function pairs(result: TaintResult, opts: { guards?: boolean } = {}): string[] {
  const out = new Set<string>();
  for (const h of result.hits) {
    for (const f of h.flows) {
      const file = h.location.file === "main.js" || h.location.file === "main.ts" ? "" : `${h.location.file}:`;
      const extra = [...(f.sanitizedFor.length ? [`sanitized:${f.sanitizedFor.join("+")}`] : []), ...(opts.guards && f.guards.length ? [`guard:${f.guards.join("+")}`] : [])];
      out.add(`${f.label.name}→${h.kind}@${file}${h.location.line}${extra.length ? ` (${extra.join(", ")})` : ""}`);
    }
  }
  return [...out].sort();
}

/** "line:whole" or "line:part" for each flow of process.env as a whole reaching `sink`. */
export function envWholeAt(code: string): string[] {
  const out = new Set<string>();
  for (const h of runTaint({ "main.js": code }).hits) {
    for (const f of h.flows) {
      if (f.label.kind !== "env-whole") continue;
      // Where a piece sits (after other text, in quotes) says nothing of what it holds: only other marks make it a part.
      const narrowed = f.sanitizedFor.some((m) => !POSITION_MARKS.includes(m));
      out.add(`${h.location.line}:${f.field === undefined && !f.member && !narrowed ? "whole" : "part"}`);
    }
  }
  return [...out].sort();
}

/** Finds the first function whose parameters are named as given. */
export function functionNamed(modules: ParsedModule[], name: string): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  for (const m of modules) {
    walk(m.ast, {
      enter(n) {
        if (found) return false;
        if ((n.type === "FunctionDeclaration" || n.type === "FunctionExpression") && n.id?.name === name) found = n;
        if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.id.name === name && n.init && (n.init.type === "ArrowFunctionExpression" || n.init.type === "FunctionExpression")) found = n.init;
        return undefined;
      },
    });
  }
  return found;
}
