// When a package holds its code but no tool, prompt or resource was read off
// it, and nothing says its server lives elsewhere, "0 tools" would read as an
// empty (safe) server. This says why nothing was read, from facts of the code
// alone: no code at all, code renamed and packed beyond reading, tools loaded
// at run time from files a computed path picks, MCP methods answered without a
// registration the scan recognises, or no MCP server in the package at all.
import type { TSESTree } from "@typescript-eslint/types";
import type { Program } from "../program/index.js";
import { entryModules } from "../program/reach.js";
import { isIdentifier, locationOf, stringLiteralValue, unwrapExpression, walk, walkTypes } from "../parse/ast.js";
import type { Location, ParsedModule, ServerUnread } from "../types.js";

/** Identifiers an obfuscator mints (`_0x3a2652`, `a0_0x28ac`): a hex counter in place of every name. */
const MINTED_NAME = /^(?:[a-z]\d*)?_0x[0-9a-f]{3,}$/i;
/** Past this share of minted names among a module's identifiers, its registrations are not in words a reader (or the scan) can follow. */
const MINTED_SHARE = 0.3;
/** Too few identifiers to judge a share by. */
const MIN_IDENTIFIERS = 200;
/** A file the scan reads as code. */
const CODE_FILE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/i;
/** Type declarations carry no code to run. */
const DECLARATIONS = /\.d\.[cm]?ts$/i;
/** An MCP method string a hand-written or unrecognised server answers. */
const MCP_METHOD = /^(tools\/(list|call)|prompts\/(list|get)|resources\/(list|read))$/;

/** Why nothing was read off a package that holds (or should hold) its server code: there is always an answer, the last being "no server". */
export function whyNothingFound(program: Program, importsSdk = false): ServerUnread {
  const entries = namedEntries(program);
  if (program.modules.length === 0) {
    // Code that was there but not read (too large, unparsable) is not "no code": say so, the diagnostics name the files.
    const codeFiles = (program.facts.files ?? []).filter((f) => CODE_FILE.test(f) && !DECLARATIONS.test(f));
    if (codeFiles.length > 0 || program.facts.filesSkipped > 0) {
      const what = codeFiles.length > 0 ? `its ${codeFiles.length} code file${codeFiles.length > 1 ? "s" : ""} (${codeFiles.slice(0, 2).join(", ")}${codeFiles.length > 2 ? ", …" : ""})` : `its ${program.facts.filesSkipped} skipped file${program.facts.filesSkipped > 1 ? "s" : ""}`;
      const plural = codeFiles.length > 1 || (codeFiles.length === 0 && program.facts.filesSkipped > 1);
      return { kind: "no-code", reason: `no code was read: ${what} ${plural ? "were" : "was"} not parsed (unparsable or skipped; the other diagnostics say why); its tools are unknown, not absent` };
    }
    const missing = entries.length ? `: its entry ${entries.slice(0, 2).join(", ")} is not in the package` : "";
    return { kind: "no-code", reason: `the package ships no JavaScript or TypeScript code${missing}; there is nothing to read tools off` };
  }
  for (const module of program.modules) {
    const share = mintedShare(module);
    if (share !== undefined && share >= MINTED_SHARE) {
      return {
        kind: "obfuscated",
        reason: `the code is obfuscated (${Math.round(share * 100)}% of the names in ${module.path} are minted _0x… counters): its tool registrations cannot be read, so its tools and their capabilities are unknown`,
        location: { file: module.path, line: 1, column: 1 },
      };
    }
  }
  const fromEntries = new Set(entryModules(program));
  const load = program.modules.filter((m) => fromEntries.has(m)).map(computedImport).find((l) => l !== undefined);
  const loads = load ? `loads modules at run time from a computed path (${load.file}:${load.line})` : undefined;
  for (const module of program.modules) {
    const method = mcpMethodString(module);
    if (method) {
      const also = loads ? `; its entry also ${loads}` : "";
      return { kind: "unrecognised", reason: `the code answers MCP requests ("${method.value}" at ${method.location.file}:${method.location.line}) but registers its tools in a form the scan does not read${also}: its tools are unknown, not absent`, location: method.location };
    }
  }
  if (load) return { kind: "run-time-load", reason: `the entry ${loads}: tools that files picked then may register are not known to the scan`, location: load };
  // Importing a server SDK is the clearest sign of a server: finding none means the scan did not read how it is built
  // (a minified loop, a wrapper), not that there is none; saying "no server" would read as a clean bill.
  if (importsSdk) return { kind: "unrecognised", reason: "the code imports an MCP server SDK, but no server construction, tool registration or MCP method the scan reads was found in what its entries reach: its tools are unknown, not absent" };
  return { kind: "no-server", reason: "no MCP server found: no module imports an MCP SDK, constructs a server, registers a tool or answers an MCP method; the package looks like another kind of program" };
}

/** The files package.json names as entries (main, bin, module, exports). */
function namedEntries(program: Program): string[] {
  const e = program.facts.entryPoints;
  return [...new Set([e.main, e.module, ...Object.values(e.bin), ...e.exports].filter((p): p is string => !!p))];
}

/** The share of minted names among a module's identifiers, when it has enough to judge. */
function mintedShare(module: ParsedModule): number | undefined {
  let total = 0;
  let minted = 0;
  walkTypes(module.ast, ["Identifier"], (n) => {
    total++;
    if (MINTED_NAME.test((n as TSESTree.Identifier).name)) minted++;
  });
  return total >= MIN_IDENTIFIERS ? minted / total : undefined;
}

/** `import(someUrl)`, `require(path.join(dir, file))`: a module chosen at run time. */
function computedImport(module: ParsedModule): Location | undefined {
  let found: Location | undefined;
  walk(module.ast, {
    enter(n) {
      if (found) return;
      const source = n.type === "ImportExpression" ? n.source : n.type === "CallExpression" && isIdentifier(n.callee, "require") ? n.arguments[0] : undefined;
      if (!source || source.type === "SpreadElement") return;
      if (stringLiteralValue(unwrapExpression(source as TSESTree.Expression)) !== undefined) return;
      // A template without substitutions is a constant too.
      if (source.type === "TemplateLiteral" && source.expressions.length === 0) return;
      found = locationOf(module.path, n);
    },
  });
  return found;
}

/** The first string naming an MCP method (`"tools/call"`) in a module. */
function mcpMethodString(module: ParsedModule): { value: string; location: Location } | undefined {
  let found: { value: string; location: Location } | undefined;
  walk(module.ast, {
    enter(n) {
      if (found || n.type !== "Literal" || typeof n.value !== "string" || !MCP_METHOD.test(n.value)) return;
      found = { value: n.value, location: locationOf(module.path, n) };
    },
  });
  return found;
}
