// What install-time JavaScript can reach: network, processes, writes outside
// the package. Reads the API calls of the script module and the local modules
// it imports (rules/util/module-apis.ts, the stand-in for the engine's
// reachableApis) and matches them against rules/models/package-capabilities.ts.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, stringLiteralValue, unwrapExpression, walk } from "../../analyzer/parse/ast.js";
import type { Location, ParsedModule } from "../../analyzer/types.js";
import { isTextStylingPackage, OUTSIDE_PACKAGE_PATH_APIS, PACKAGE_CAPABILITIES, type PackageCapability } from "../models/package-capabilities.js";
import { AI_CLIS } from "./shell-command.js";
import { firstMatchingRow, matchesAnyRow } from "./api-rows.js";
import { apiOfExpression, localClosure, moduleCalls, moduleFacts, moduleStrings, normalizePath, resolveLocal } from "./module-apis.js";
import { builtinModules } from "node:module";

type Node = TSESTree.Node;

export interface ReachedApi {
  capability: PackageCapability;
  /** `https.get`, `child_process.spawn`, `fs.writeFileSync`. */
  callee: string;
  location: Location;
  /** For processes: the program, when it is a constant (`claude`, `curl`). */
  program?: string;
}

/** `"child_process Member[spawn]"` → `child_process.spawn`. */
export function readableApi(api: string): string {
  const [pkg, path = ""] = api.split(" ", 2);
  const members = [...path.matchAll(/Member\[([^\]]+)\]/g)].map((m) => m[1]);
  return [pkg === "global" ? "" : pkg, ...members].filter(Boolean).join(".");
}

const BUILTINS = new Set(builtinModules);

/**
 * The script's code is all in view: it and the local modules it imports use
 * only Node's built-in modules, every local import resolves, and nothing is
 * loaded from a name built at run time. Then "reaches nothing" is a proof, not
 * a blind spot (a dependency's code is not read here).
 */
export function wholeScriptInView(entry: ParsedModule, byPath: Map<string, ParsedModule>, files: ReadonlySet<string> = new Set(), styling: Set<string> = new Set()): boolean {
  const closure = localClosure(entry, byPath);
  // A library that only styles terminal text (rules/models/package-capabilities.ts) reaches nothing either: collected into `styling`.
  const known = (spec: string): boolean => {
    if (BUILTINS.has(spec.replace(/^node:/, "")) || spec === "global") return true;
    if (!isTextStylingPackage(spec)) return false;
    styling.add(spec.split("/", 1)[0]);
    return true;
  };
  for (const module of closure) {
    const facts = moduleFacts(module);
    for (const api of facts.bindings.values()) {
      if (!known(api.split(" ", 1)[0])) return false;
    }
    // `require("../package.json")`: data of the package, not code.
    const dataFile = (spec: string) => /\.json$/i.test(spec) && files.has(normalizePath(`${module.path.slice(0, module.path.lastIndexOf("/") + 1)}${spec}`) ?? "");
    if (facts.localSpecifiers.some((spec) => !resolveLocal(module.path, spec, byPath) && !dataFile(spec))) return false;
    let dynamic = false;
    walk(module.ast, {
      enter(n) {
        if (dynamic) return false;
        const loads = n.type === "ImportExpression" ? n.source : n.type === "ImportDeclaration" ? n.source : n.type === "CallExpression" && n.callee.type === "Identifier" && n.callee.name === "require" ? n.arguments[0] : undefined;
        if (!loads) return undefined;
        const spec = stringLiteralValue(unwrapExpression(loads));
        // A name built at run time, or a package that is not Node's own: code the scan does not follow.
        if (spec === undefined || (!spec.startsWith(".") && !known(spec))) dynamic = true;
        return undefined;
      },
    });
    if (dynamic) return false;
  }
  return true;
}

/** The capabilities reached by a module and the local modules it imports. */
export function reachOfModule(entry: ParsedModule, byPath: Map<string, ParsedModule>): ReachedApi[] {
  const out: ReachedApi[] = [];
  for (const module of localClosure(entry, byPath)) {
    for (const { node, api } of moduleCalls(module)) {
      // A method on what a call returned (`https.get(…).on`) is that call's, already counted.
      if (!api || /ReturnValue|Instance/.test(api)) continue;
      const row = firstMatchingRow(PACKAGE_CAPABILITIES, api);
      if (!row) continue;
      if (row.capability === "file-write" && !(node.arguments[0] && pointsOutsidePackage(node.arguments[0], module))) continue;
      // `new Function("return this")` runs nothing hidden; only code built at run time counts.
      if (row.capability === "code-eval" && node.arguments.every((a) => constantString(a, module) !== undefined)) continue;
      const reached: ReachedApi = { capability: row.capability, callee: readableApi(api), location: locationOf(module.path, node) };
      if (row.capability === "process") {
        const program = constantString(node.arguments[0], module);
        if (program !== undefined) reached.program = program;
      }
      out.push(reached);
    }
  }
  return out;
}

/** Flags that turn an AI agent CLI's permission prompts off: only an unattended caller wants them. */
const AGENT_AUTONOMY_FLAGS = new Set(["--dangerously-skip-permissions", "--yolo", "--trust-all-tools", "--full-auto", "--dangerously-bypass-approvals-and-sandbox", "--allow-all-tools", "--approval-mode=yolo"]);

/**
 * Local AI agent CLIs that modules running processes name: the program of a
 * process call (`spawn("claude", …)`), or, when the program is chosen in a
 * loop, a module that runs processes and holds an agent's name next to one of
 * the flags that turn its permission prompts off.
 */
export function aiCliRuns(reached: ReachedApi[], modules: ParsedModule[]): string[] {
  const out = new Set<string>();
  for (const r of reached) {
    const program = r.capability === "process" && r.program !== undefined ? r.program.split(/\s+/)[0].replace(/^.*[\\/]/, "").toLowerCase() : undefined;
    if (program && AI_CLIS.has(program)) out.add(program);
  }
  if (!reached.some((r) => r.capability === "process")) return [...out];
  for (const m of modules) {
    const strings = moduleStrings(m);
    if (![...strings].some((s) => AGENT_AUTONOMY_FLAGS.has(s))) continue;
    for (const s of strings) if (AI_CLIS.has(s)) out.add(s);
  }
  return [...out];
}

/** A string constant (literal, or a `const` holding one), else undefined. */
export function constantString(node: Node | undefined, module: ParsedModule, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const n = unwrapExpression(node);
  const literal = stringLiteralValue(n);
  if (literal !== undefined) return literal;
  if (n.type === "Identifier") return constantString(moduleFacts(module).inits.get(n.name), module, depth + 1);
  return undefined;
}

const ABSOLUTE_OR_HOME = /^(\/|~|[A-Za-z]:[\\/]|\\\\|\$HOME|%[A-Z]+%)/;

function staysInPackage(expr: Node, module: ParsedModule): boolean {
  const p = packagePathOf(expr, module, 0);
  return p !== undefined && normalizePath(p) !== undefined;
}

/**
 * The package-relative path (not yet normalized) an expression names when it is built only from
 * constant names, the script's own folder (`__dirname`, `__filename`) and the
 * working folder npm runs a lifecycle script in (the package's own); undefined
 * when some part is not known or the path climbs out of the package.
 */
function packagePathOf(expr: Node, module: ParsedModule, depth: number): string | undefined {
  if (depth > 6) return undefined;
  const n = unwrapExpression(expr);
  const next = (x: Node) => packagePathOf(x, module, depth + 1);
  const scriptDir = module.path.includes("/") ? module.path.slice(0, module.path.lastIndexOf("/")) : "";
  const literal = stringLiteralValue(n);
  const relative = (p: string | undefined) => (p === undefined || ABSOLUTE_OR_HOME.test(p) ? undefined : p);
  if (literal !== undefined) return relative(literal);
  if (n.type === "Identifier") {
    if (n.name === "__dirname") return scriptDir;
    if (n.name === "__filename") return module.path;
    const init = moduleFacts(module).inits.get(n.name);
    return init && init !== expr ? next(init) : undefined;
  }
  if (n.type === "TemplateLiteral") {
    let text = "";
    for (let i = 0; i < n.quasis.length; i++) {
      text += n.quasis[i].value.cooked ?? "";
      const e = n.expressions[i];
      if (!e) continue;
      const part = next(e);
      if (part === undefined) return undefined;
      text += part;
    }
    return relative(text);
  }
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || n.arguments.some((a) => a.type === "SpreadElement")) return undefined;
  const name = n.callee.property.type === "Identifier" ? n.callee.property.name : undefined;
  if (name === "cwd" && n.callee.object.type === "Identifier" && n.callee.object.name === "process") return "";
  const parts = (n.arguments as Node[]).map(next);
  if (parts.some((p) => p === undefined)) return undefined;
  if (name === "join" || name === "resolve") return (parts as string[]).filter((p) => p !== "").join("/");
  if (name === "dirname" && parts.length === 1) return relative(`${parts[0]}/..`);
  return undefined;
}

/**
 * Whether a path expression can point outside the package folder: the home
 * folder, temp, an env var, an absolute literal, or `..` climbing out. Looks
 * through `const` variables one hop at a time.
 */
export function pointsOutsidePackage(expr: Node, module: ParsedModule, depth = 0): boolean {
  if (depth > 3) return false;
  // `join(__dirname, "..", "dist", "index.js")` climbs out of scripts/ and stays in the package.
  if (depth === 0 && staysInPackage(expr, module)) return false;
  const facts = moduleFacts(module);
  let outside = false;
  walk(expr, {
    enter(node) {
      if (outside) return false;
      const literal = stringLiteralValue(node);
      if (literal !== undefined) {
        if (ABSOLUTE_OR_HOME.test(literal) || /(^|[\\/])\.\.([\\/]|$)/.test(literal)) outside = true;
        return false;
      }
      if (node.type === "TemplateLiteral" && ABSOLUTE_OR_HOME.test(node.quasis[0].value.cooked ?? "")) outside = true;
      if (node.type === "CallExpression" || node.type === "MemberExpression") {
        const api = apiOfExpression(node.type === "CallExpression" ? node.callee : node, facts.bindings);
        if (api && matchesAnyRow(OUTSIDE_PACKAGE_PATH_APIS, api)) outside = true;
      }
      if (node.type === "Identifier") {
        const init = facts.inits.get(node.name);
        if (init && init !== expr && pointsOutsidePackage(init, module, depth + 1)) outside = true;
      }
      return undefined;
    },
  });
  return outside;
}
