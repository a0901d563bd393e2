// The library APIs a handler (or one branch of a dispatcher) calls, directly
// or through the package's own functions, as `"<package> <path>"` keys like
// the engine's `reachableApis`. This is the surface's own floor: it sees
// imports, requires, `new X()` / `x()` results held in locals, globals and
// `process.env` reads, and follows calls to functions the constant folder can
// resolve. The engine's answer, when present, is added to it.
import { isIdentifier, propertyName, unwrapCallee, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode } from "./context.js";

const MAX_FUNCTIONS = 300;
const GLOBALS = new Set(["fetch", "process", "require", "eval", "Function", "XMLHttpRequest", "WebSocket"]);
const BUILTIN_PREFIX = /^node:/;

export interface LocalReach {
  apis: Set<string>;
  /** The root and every package function it reaches (bounded). */
  functions: { node: Node; module: ParsedModule }[];
}

/** What one function's own walk finds: API keys and the package functions or classes it calls, each in walk order. */
interface FunctionFacts {
  apis: string[];
  callees: { node: Node; module: ParsedModule }[];
}

/**
 * Facts per function for one folder. Handlers share helpers (a dispatcher's
 * branches, a client wrapper every tool calls): each function is walked once
 * per scan, not once per handler that reaches it.
 */
export type ReachCache = Map<Node, FunctionFacts>;

export function localReach(folder: ConstantFolder, root: Node, module: ParsedModule, cache: ReachCache = new Map()): LocalReach {
  const out = new Set<string>();
  const functions: LocalReach["functions"] = [];
  const visited = new Set<Node>();
  const queue: { node: Node; module: ParsedModule }[] = [{ node: root, module }];
  while (queue.length > 0 && visited.size < MAX_FUNCTIONS) {
    const { node, module: m } = queue.shift()!;
    if (visited.has(node)) continue;
    visited.add(node);
    functions.push({ node, module: m });
    let facts = cache.get(node);
    if (!facts) {
      facts = factsOf(folder, node, m);
      cache.set(node, facts);
    }
    for (const api of facts.apis) out.add(api);
    for (const callee of facts.callees) if (!visited.has(callee.node)) queue.push(callee);
  }
  return { apis: out, functions };
}

function factsOf(folder: ConstantFolder, node: Node, m: ParsedModule): FunctionFacts {
  const facts: FunctionFacts = { apis: [], callees: [] };
  walk(node, {
    enter(n) {
      if (n.type === "CallExpression" || n.type === "NewExpression") {
        const key = apiKeyOf(folder, n.callee, m, 0);
        if (key) facts.apis.push(key);
        const callee = unwrapCallee(n.callee);
        if (callee.type === "Identifier" || callee.type === "MemberExpression") {
          const target = folder.resolve(callee, m);
          if (target && (isFunctionNode(target.node) || target.node.type === "ClassDeclaration")) facts.callees.push({ node: target.node, module: target.module });
        }
      } else if (n.type === "MemberExpression" && isProcessEnv(n.object)) {
        const name = propertyName(n);
        facts.apis.push(name ? `global Member[process].Member[env].Member[${name}]` : "global Member[process].Member[env]");
      } else if (isProcessEnv(n)) {
        // The whole environment as a value (`JSON.stringify(process.env)`, `{ ...process.env }`) reads every variable.
        facts.apis.push("global Member[process].Member[env]");
      } else if (n.type === "TaggedTemplateExpression") {
        const key = apiKeyOf(folder, n.tag, m, 0);
        if (key) facts.apis.push(key);
      }
    },
  });
  return facts;
}

function isProcessEnv(n: Node): boolean {
  const u = unwrapExpression(n);
  return u.type === "MemberExpression" && propertyName(u) === "env" && isIdentifier(u.object, "process");
}

/** The API key of a callee expression, when its root is a package import, a global or a local holding one. */
export function apiKeyOf(folder: ConstantFolder, callee: Node, module: ParsedModule, depth: number): string | undefined {
  if (depth > 6) return undefined;
  const members: string[] = [];
  let n = unwrapCallee(callee);
  while (n.type === "MemberExpression") {
    const name = propertyName(n);
    if (name === undefined) return undefined;
    members.unshift(name);
    n = unwrapExpression(n.object);
    while (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  }
  // `new Pool().query`, `createClient().get`: the base is itself a call.
  if (n.type === "CallExpression" || n.type === "NewExpression") {
    const base = apiKeyOf(folder, n.callee, module, depth + 1);
    return base ? join(base, [n.type === "NewExpression" ? "Instance" : "ReturnValue", ...members.map(member)]) : undefined;
  }
  if (n.type !== "Identifier") return undefined;
  const imported = folder.importOf(n, module);
  if (imported) {
    if (imported.specifier.startsWith(".")) return undefined;
    const pkg = packageOf(imported.specifier);
    const path = imported.imported === "*" ? [] : [imported.imported];
    // tsc: `fs_1.default.readFileSync` is the module's own member.
    const rest = path.length === 0 && members[0] === "default" ? members.slice(1) : members;
    return `${pkg} ${[...path, ...rest].map(member).join(".")}`.trimEnd();
  }
  const init = folder.initializerOf(n, module);
  if (init) {
    const u = unwrapExpression(init.type === "AwaitExpression" ? init.argument : init);
    if (u.type === "NewExpression" || u.type === "CallExpression") {
      const base = apiKeyOf(folder, u.callee, module, depth + 1);
      // `const run = promisify(execFile)`: util.promisify gives the same API, returning a promise.
      if (base === "util Member[promisify]" && u.type === "CallExpression" && u.arguments[0] && u.arguments[0].type !== "SpreadElement") {
        const wrapped = apiKeyOf(folder, u.arguments[0], module, depth + 1);
        return wrapped && members.length === 0 ? wrapped : undefined;
      }
      if (base) return join(base, [u.type === "NewExpression" ? "Instance" : "ReturnValue", ...members.map(member)]);
    }
    return undefined;
  }
  if (GLOBALS.has(n.name) && !folder.isDeclared(n, module)) return `global ${[n.name, ...members].map(member).join(".")}`;
  return undefined;
}

function join(base: string, tokens: string[]): string {
  const space = base.indexOf(" ");
  const path = space < 0 ? "" : base.slice(space + 1);
  return `${space < 0 ? base : base.slice(0, space)} ${[path, ...tokens].filter(Boolean).join(".")}`;
}

function member(name: string): string {
  return `Member[${name}]`;
}

/** `node:fs/promises` → `fs/promises`; `@scope/a/b` → `@scope/a`; `mysql2/promise` stays (a model row names it). */
function packageOf(spec: string): string {
  const s = spec.replace(BUILTIN_PREFIX, "");
  if (s === "fs/promises" || s === "mysql2/promise" || s === "path/posix" || s === "path/win32" || s === "dns/promises" || s === "timers/promises" || s === "stream/promises") return s;
  const parts = s.split("/");
  return s.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
