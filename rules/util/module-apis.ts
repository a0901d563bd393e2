// Which library APIs a module calls, named as the engine names them
// (`"child_process Member[spawn]"`, `"global Member[fetch]"`).
//
// A stand-in, kept deliberately small: the data-flow engine's
// `taint.reachableApis(fn)` answers this for functions, through variables and
// calls. Until it answers for a module's top level too, package rules read
// direct imports and the calls made on them. Replace uses of `moduleApiCalls`
// with the engine's answer once it can take a module.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, stringLiteralValue, unwrapExpression, walkTypes } from "../../analyzer/parse/ast.js";
import { normalizePath } from "../../analyzer/package-path.js";
import type { ParsedModule } from "../../analyzer/types.js";

export { normalizePath };

type Node = TSESTree.Node;

/** Globals that are APIs in their own right. */
const GLOBAL_APIS = new Set(["fetch", "eval", "Function", "require", "XMLHttpRequest", "WebSocket", "Buffer", "atob", "setTimeout", "setInterval", "process"]);

/** `node:fs` and `fs` are one package. */
export function packageOfSpecifier(spec: string): string {
  return spec.startsWith("node:") ? spec.slice(5) : spec;
}

interface ModuleFacts {
  /** Local binding → API key it stands for (`cp` → `child_process`, `spawn` → `child_process Member[spawn]`). */
  bindings: Map<string, string>;
  /** Relative modules the module imports or requires, as written. */
  localSpecifiers: string[];
  /** Every constant module specifier it imports, re-exports or requires (relative, packages, `#alias`), as written. */
  specifiers: string[];
  /** `const name = init` (any scope; the first one wins): a one-hop look-up for paths and strings. */
  inits: Map<string, Node>;
  /** Short string constants of the module (program names, flags); built on first use (only install-time reach reads them). */
  strings?: Set<string>;
  /** Every call or `new`, with its API; built on first use (only install-time reach reads it). */
  calls?: ModuleCall[];
  /**
   * The last call asked about, with its answer: the driver calls every rule's
   * handler for one node before the next, and several rules ask for the API of
   * each call (remembering every call costs more than recomputing).
   */
  lastCall?: { call: Node; api: string | undefined };
}

export interface ModuleCall {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  api?: string;
}

const cache = new WeakMap<ParsedModule, ModuleFacts>();

function requireSpecifier(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrapExpression(node);
  if (n.type === "CallExpression" && isIdentifier(n.callee, "require") && n.arguments.length === 1) return stringLiteralValue(n.arguments[0]);
  if (n.type === "AwaitExpression") return requireSpecifier(n.argument);
  if (n.type === "ImportExpression") return stringLiteralValue(n.source);
  return undefined;
}

/** The API key of an expression, from the module's bindings: `cp.spawn` → `child_process Member[spawn]`. */
export function apiOfExpression(node: Node, bindings: Map<string, string>): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === "Identifier") {
    const bound = bindings.get(n.name);
    if (bound) return bound;
    return GLOBAL_APIS.has(n.name) ? `global Member[${n.name}]` : undefined;
  }
  if (n.type === "MemberExpression") {
    const name = propertyName(n);
    if (name === undefined) return undefined;
    // globalThis.fetch, window.eval
    if (isIdentifier(n.object, "globalThis") || isIdentifier(n.object, "global") || isIdentifier(n.object, "window")) return `global Member[${name}]`;
    const base = apiOfExpression(n.object, bindings);
    if (base) return `${base}${base.includes(" ") ? "." : " "}Member[${name}]`;
    const spec = requireSpecifier(n.object);
    if (spec && !spec.startsWith(".")) return `${packageOfSpecifier(spec)} Member[${name}]`;
    return undefined;
  }
  if (n.type === "CallExpression" || n.type === "NewExpression") {
    const spec = n.type === "CallExpression" ? requireSpecifier(n) : undefined;
    if (spec && !spec.startsWith(".")) return packageOfSpecifier(spec);
    const callee = apiOfExpression(n.callee, bindings);
    if (!callee) return undefined;
    return `${callee}${callee.includes(" ") ? "." : " "}${n.type === "NewExpression" ? "Instance" : "ReturnValue"}`;
  }
  return undefined;
}

function bindPattern(pattern: Node, base: string, bindings: Map<string, string>): void {
  if (pattern.type === "Identifier") bindings.set(pattern.name, base);
  else if (pattern.type === "ObjectPattern") {
    for (const p of pattern.properties) {
      if (p.type !== "Property") continue;
      const key = propertyName(p);
      if (key === undefined) continue;
      const value = p.value.type === "AssignmentPattern" ? p.value.left : p.value;
      bindPattern(value, `${base}${base.includes(" ") ? "." : " "}Member[${key}]`, bindings);
    }
  }
}

/** The node types moduleFacts reads (an import declaration's own nodes hold none of them). */
const FACT_TYPES: ReadonlySet<string> = new Set(["ImportDeclaration", "VariableDeclarator", "CallExpression", "ImportExpression", "ExportAllDeclaration", "ExportNamedDeclaration"]);

/**
 * The module's bindings, relative imports and `const` initializers, in one
 * walk. Rules ask while the driver is still visiting the module, and a call
 * may come before the `require` it uses (hoisted functions), so the bindings
 * must be complete before the first answer.
 */
export function moduleFacts(module: ParsedModule): ModuleFacts {
  const hit = cache.get(module);
  if (hit) return hit;
  const bindings = new Map<string, string>();
  const localSpecifiers: string[] = [];
  const specifiers: string[] = [];
  const inits = new Map<string, Node>();
  const noteSpecifier = (spec: string | undefined) => {
    if (!spec) return;
    specifiers.push(spec);
    if (spec.startsWith(".")) localSpecifiers.push(spec);
  };
  // Source order: imports are hoisted and `require`s usually sit at the top.
  // Only the node types read here are visited: rules ask this of every module, a bundle's too.
  walkTypes(module.ast, FACT_TYPES, (node) => {
    switch (node.type) {
      case "ImportDeclaration": {
        const spec = String(node.source.value);
        noteSpecifier(spec);
        if (spec.startsWith(".")) return false;
        const pkg = packageOfSpecifier(spec);
        for (const s of node.specifiers) {
          if (s.type === "ImportSpecifier") {
            const imported = s.imported.type === "Identifier" ? s.imported.name : String(s.imported.value);
            bindings.set(s.local.name, imported === "default" ? pkg : `${pkg} Member[${imported}]`);
          } else bindings.set(s.local.name, pkg);
        }
        return false;
      }
      case "VariableDeclarator": {
        if (!node.init) return undefined;
        if (node.id.type === "Identifier" && !inits.has(node.id.name)) inits.set(node.id.name, node.init);
        const spec = requireSpecifier(node.init);
        if (spec !== undefined) {
          noteSpecifier(spec);
          if (!spec.startsWith(".")) bindPattern(node.id, packageOfSpecifier(spec), bindings);
          return undefined;
        }
        // const spawn = cp.spawn; const { exec } = cp; const https = require("https").default
        const api = apiOfExpression(node.init, bindings);
        if (api && node.init.type !== "CallExpression" && node.init.type !== "NewExpression") bindPattern(node.id, api, bindings);
        return undefined;
      }
      case "CallExpression":
      case "ImportExpression":
        noteSpecifier(requireSpecifier(node));
        return undefined;
      case "ExportAllDeclaration":
      case "ExportNamedDeclaration":
        noteSpecifier(node.source ? String(node.source.value) : undefined);
        return undefined;
      default:
        return undefined;
    }
  });
  const facts: ModuleFacts = { bindings, localSpecifiers, specifiers, inits };
  cache.set(module, facts);
  return facts;
}

/** The call's API key, e.g. `"child_process Member[spawn]"`, when the callee comes from an import or is a known global. */
export function calleeApi(call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule): string | undefined {
  const facts = moduleFacts(module);
  if (facts.lastCall?.call === call) return facts.lastCall.api;
  const api = apiOfExpression(call.callee, facts.bindings);
  facts.lastCall = { call, api };
  return api;
}

const CALL_TYPES: ReadonlySet<string> = new Set(["CallExpression", "NewExpression"]);
const LITERAL_TYPE: ReadonlySet<string> = new Set(["Literal"]);

/** Every call or `new` of the module in source order, with the API it reaches when known. */
export function moduleCalls(module: ParsedModule): readonly ModuleCall[] {
  const facts = moduleFacts(module);
  if (!facts.calls) {
    const calls: ModuleCall[] = [];
    walkTypes(module.ast, CALL_TYPES, (node) => {
      if (node.type === "CallExpression" || node.type === "NewExpression") calls.push({ node, api: apiOfExpression(node.callee, facts.bindings) });
    });
    facts.calls = calls;
  }
  return facts.calls;
}

/** Short string constants of the module (program names, flags), in source order. */
export function moduleStrings(module: ParsedModule): ReadonlySet<string> {
  const facts = moduleFacts(module);
  if (!facts.strings) {
    const strings = new Set<string>();
    walkTypes(module.ast, LITERAL_TYPE, (node) => {
      if (node.type === "Literal" && typeof node.value === "string" && node.value.length <= 64) strings.add(node.value);
    });
    facts.strings = strings;
  }
  return facts.strings;
}

/** Resolves `./x` from a module to a module of the program (`.js`, `.ts`, `/index.js` tried). */
export function resolveLocal(fromPath: string, spec: string, byPath: Map<string, ParsedModule>): ParsedModule | undefined {
  const dir = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")) : "";
  const joined = normalizePath(dir ? `${dir}/${spec}` : spec);
  if (joined === undefined) return undefined;
  const stem = joined.replace(/\.(c|m)?js$/, "");
  const candidates = [joined, `${stem}.ts`, `${stem}.mts`, `${stem}.cts`, `${joined}.js`, `${joined}.cjs`, `${joined}.mjs`, `${joined}.ts`, `${joined}/index.js`, `${joined}/index.ts`];
  for (const c of candidates) {
    const m = byPath.get(c);
    if (m) return m;
  }
  return undefined;
}

/** A module and the local modules it imports, transitively, in visiting order (bounded). */
export function localClosure(entry: ParsedModule, byPath: Map<string, ParsedModule>, limit = 50): ParsedModule[] {
  const seen = new Set<ParsedModule>([entry]);
  const queue = [entry];
  for (let i = 0; i < queue.length && seen.size < limit; i++) {
    for (const spec of moduleFacts(queue[i]).localSpecifiers) {
      const m = resolveLocal(queue[i].path, spec, byPath);
      if (m && !seen.has(m)) {
        seen.add(m);
        queue.push(m);
      }
    }
  }
  return queue;
}
