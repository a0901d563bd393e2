// Code that runs only in a development build is not what a user's install
// does: figma-developer-mcp writes `logs/<name>.json` from its data tool only
// `if (process.env.NODE_ENV === "development")`. Per function, the library
// APIs every call of which sits under such a check (the `if`'s consequent, or
// the right of `isDev && ...`); a handler that reaches an API only there does
// not have that capability. Only modules that mention NODE_ENV are walked.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, stringLiteralValue, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { Program } from "../program/index.js";
import { isFunctionNode } from "./context.js";
import { apiKeyOf } from "./reachable.js";

const DEVELOPMENT = new Set(["development", "dev", "test"]);
const EMPTY: ReadonlySet<string> = new Set();

export class DevOnlyApis {
  private readonly byFunction = new Map<Node, Set<string>>();

  constructor(program: Program, folder: ConstantFolder) {
    for (const m of program.modules) {
      if (m.text !== undefined && !m.text.includes("NODE_ENV")) continue;
      // One enter-only walk in source order: the open functions and guards are
      // those whose range has not ended yet. Each call is noted once with its
      // innermost function; only afterwards are the dev-only APIs carried up to
      // the enclosing functions, and the other calls only for those APIs (a
      // bundle mentions NODE_ENV somewhere and has hundreds of thousands of calls).
      const enclosing = new Map<Node, Node | undefined>();
      const calls: { call: TSESTree.CallExpression | TSESTree.NewExpression; fn: Node; dev: boolean }[] = [];
      const functions: Node[] = [];
      const guardEnds: number[] = [];
      let anyDev = false;
      walk(m.ast, {
        enter(n, parent) {
          const start = n.range[0];
          while (functions.length > 0 && functions[functions.length - 1].range[1] <= start) functions.pop();
          while (guardEnds.length > 0 && guardEnds[guardEnds.length - 1] <= start) guardEnds.pop();
          if (parent && isDevOnlyPart(n, parent)) guardEnds.push(n.range[1]);
          if ((n.type === "CallExpression" || n.type === "NewExpression") && functions.length > 0) {
            const dev = guardEnds.length > 0;
            anyDev ||= dev;
            calls.push({ call: n, fn: functions[functions.length - 1], dev });
          }
          if (isFunctionNode(n)) {
            enclosing.set(n, functions[functions.length - 1]);
            functions.push(n);
          }
        },
      });
      // Most modules have no development-only call: their calls' APIs are never resolved.
      if (!anyDev) continue;
      const apiOf = (c: (typeof calls)[number]) => apiKeyOf(folder, c.call.callee, m, 0);
      const dev = new Map<Node, Set<string>>();
      for (const c of calls) {
        if (!c.dev) continue;
        const api = apiOf(c);
        if (api !== undefined) for (let f: Node | undefined = c.fn; f; f = enclosing.get(f)) add(dev, f, api);
      }
      if (dev.size === 0) continue;
      const devApis = new Set<string>();
      for (const apis of dev.values()) for (const a of apis) devApis.add(a);
      const other = new Map<Node, Set<string>>();
      for (const c of calls) {
        if (c.dev) continue;
        const api = apiOf(c);
        if (api !== undefined && devApis.has(api)) for (let f: Node | undefined = c.fn; f; f = enclosing.get(f)) add(other, f, api);
      }
      for (const [f, apis] of dev) {
        const only = new Set([...apis].filter((a) => !other.get(f)?.has(a)));
        if (only.size > 0) this.byFunction.set(f, only);
      }
    }
  }

  /** API keys called in `fn` (or functions nested in it) only under a development check. */
  of(fn: Node): ReadonlySet<string> {
    return this.byFunction.get(fn) ?? EMPTY;
  }

  /** `fs Member[writeFileSync]` and what is reached through it (`...ReturnValue.Member[on]`). */
  covers(fn: Node, api: string): boolean {
    const only = this.byFunction.get(fn);
    if (!only) return false;
    if (only.has(api)) return true;
    for (const key of only) if (api.startsWith(`${key}.`)) return true;
    return false;
  }
}

function add(map: Map<Node, Set<string>>, fn: Node, api: string): void {
  const set = map.get(fn);
  if (set) set.add(api);
  else map.set(fn, new Set([api]));
}

/** The consequent of `if (process.env.NODE_ENV === "development")`, the right of `isDev && f()`. */
function isDevOnlyPart(n: Node, parent: Node): boolean {
  if (parent.type === "IfStatement") return parent.consequent === n && isDevelopmentTest(parent.test);
  if (parent.type === "ConditionalExpression") return parent.consequent === n && isDevelopmentTest(parent.test);
  if (parent.type === "LogicalExpression") return parent.operator === "&&" && parent.right === n && isDevelopmentTest(parent.left);
  return false;
}

function isDevelopmentTest(test: Node): boolean {
  const t = unwrapExpression(test);
  if (t.type === "LogicalExpression" && t.operator === "&&") return isDevelopmentTest(t.left) || isDevelopmentTest(t.right);
  if (t.type !== "BinaryExpression" || (t.operator !== "===" && t.operator !== "==")) return false;
  const pair = (a: TSESTree.Node, b: TSESTree.Node) => isNodeEnv(a) && DEVELOPMENT.has(stringLiteralValue(unwrapExpression(b)) ?? "");
  return pair(t.left, t.right) || pair(t.right, t.left);
}

function isNodeEnv(n: Node): boolean {
  const u = unwrapExpression(n);
  if (u.type !== "MemberExpression" || propertyName(u) !== "NODE_ENV") return false;
  const env = unwrapExpression(u.object);
  return env.type === "MemberExpression" && propertyName(env) === "env" && isIdentifier(env.object, "process");
}
