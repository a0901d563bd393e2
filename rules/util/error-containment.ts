// Which HTTP client errors can leave the function that makes the request.
// A request inside `try { ... } catch (e) { throw new ApiError(e.message, status) }`
// never lets the library's error out: callers catch the package's own error,
// which keeps no request configuration. The language's rule: what a catch
// block throws (or rejects with) is what leaves; a value built from the
// error's message, status or response body is a new value, not the error.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, isFunctionNode, memberChain, unwrapExpression, walk, type Node } from "../../analyzer/parse/ast.js";
import { returnedExpressions } from "../../analyzer/mcp/low-level.js";
import { alwaysExits } from "../../analyzer/taint/guards.js";
import type { FunctionNode } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { CLIENT_MEMBERS_WITHOUT_REQUEST, classifyErrorRead, HTTP_ERROR_SHAPES, httpErrorShape } from "../models/errors.js";
import type { CodeIndex } from "./code-index.js";
import { isLogCall } from "./log-calls.js";

type Guard = CodeIndex["guards"][number];

/** How many callbacks out (`retry(() => client.get(...))`) a request's try is looked for. */
const CALLBACK_LEVELS = 2;

/**
 * True when `callback` is an argument of a call in `region` whose result is
 * awaited there, directly or as an argument of further calls
 * (`await Promise.all(ids.map(async (id) => ...))`), or is the region itself
 * (the object of a `.catch(...)`).
 */
function awaitedThrough(region: Node, callback: Node): boolean {
  let found = false;
  const parents = new Map<Node, Node | undefined>();
  walk(region, {
    enter(node, parent) {
      if (found) return false;
      parents.set(node, parent ?? undefined);
      if (node.range[0] > callback.range[0] || callback.range[1] > node.range[1]) return false;
      if (node !== callback) return undefined;
      let cur: Node = node;
      for (let p = parents.get(cur); p; cur = p, p = parents.get(cur)) {
        if (p.type === "AwaitExpression") {
          found = true;
          break;
        }
        if (p.type === "CallExpression" && p.arguments.includes(cur as TSESTree.CallExpressionArgument)) continue;
        if (TRANSPARENT_WRAPPERS.has(p.type)) continue;
        break;
      }
      if (!found && cur === region && cur.type === "CallExpression") found = true;
      return false;
    },
  });
  return found;
}

/** A node within `outer` and not `outer` itself: a try block nested in a guarded region. */
function strictlyInside(node: Node, outer: Node): boolean {
  return node !== outer && outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

const TRANSPARENT_WRAPPERS = new Set(["ChainExpression", "TSAsExpression", "TSNonNullExpression", "TSSatisfiesExpression", "TSTypeAssertion"]);

/** How deep a helper that builds the thrown value is followed (`throw toApiError(e)`). */
const HELPER_DEPTH = 2;

export class ErrorContainment {
  /** Per function: for each library it sends requests with, whether one of them lets the library's error out. */
  private byFn: Map<FunctionNode, Map<string, boolean>> | undefined;
  private readonly guardsByModule = new Map<ParsedModule, Guard[]>();
  private readonly contains = new Map<Guard, Map<string, boolean>>();

  constructor(private readonly index: CodeIndex) {}

  /**
   * Whether a request `call` of `library` lets the library's error leave the
   * function that makes it: true unless a try block (or `.catch`) around it in
   * the same function never passes the caught error on.
   */
  callEscapes(call: TSESTree.CallExpression, module: ParsedModule, library: string, region?: Node): boolean {
    let inner: Node = call;
    let fn = this.index.enclosingFunction(call, module);
    for (let level = 0; level <= CALLBACK_LEVELS; level++) {
      for (const g of this.guardsOf(module)) {
        if (g.guarded.range[0] > inner.range[0] || inner.range[1] > g.guarded.range[1]) continue;
        if (region && !strictlyInside(g.guarded, region)) continue;
        if (this.index.enclosingFunction(g.guarded, module) !== fn) continue;
        if (inner !== call && !awaitedThrough(g.guarded, inner)) continue;
        if (this.handlerContains(g, library)) return false;
      }
      // `try { await retry(() => http.get(url)) } catch { return null }`: a callback
      // written as the argument of a call awaited in a try hands what it rejects
      // with to that await, so the try of the function around it decides.
      if (!fn || (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression")) return true;
      if (region && !strictlyInside(fn, region)) return true;
      inner = fn;
      fn = this.index.enclosingFunction(fn, module);
    }
    return true;
  }

  /**
   * Whether a call inside `region` (a try block) lets no HTTP client's error
   * reach the region's own catch: a try nested in the region catches it and
   * never passes it on, for every library that has an error shape.
   */
  containedInside(call: TSESTree.CallExpression, module: ParsedModule, region: Node): boolean {
    return HTTP_ERROR_SHAPES.every((s) => !this.callEscapes(call, module, s.library, region));
  }

  /**
   * True when nothing of `library` can leave `fn`: every call in it sits in a
   * try block of `fn` whose catch never passes the error on, or is a log call
   * in such a catch (`try { ... } catch (e) { console.error(e); return null }`).
   */
  containsAll(fn: FunctionNode, module: ParsedModule, library: string, throwsOwn?: (call: TSESTree.CallExpression) => boolean, languageCall?: (call: TSESTree.CallExpression) => boolean): boolean {
    const guards = this.guardsOf(module).filter((g) => fn.range[0] <= g.guarded.range[0] && g.guarded.range[1] <= fn.range[1] && this.index.enclosingFunction(g.guarded, module) === fn);
    if (guards.length === 0) return false;
    const within = (n: Node, r: Node) => r.range[0] <= n.range[0] && n.range[1] <= r.range[1];
    for (const call of this.index.callsOf(module)) {
      if (!within(call, fn)) continue;
      if (guards.some((g) => within(call, g.guarded) && this.handlerContains(g, library))) continue;
      const catching = guards.filter((g) => within(call, g.body) && this.handlerContains(g, library));
      if (catching.length > 0 && isLogCall(call)) continue;
      // `String(e)` in the message a catch throws: the language makes a new value of the error and never rethrows it.
      if (languageCall?.(call)) continue;
      // `chalk.red("failed:")`, `process.exit(1)` in such a catch: a call handed nothing of the caught error
      // throws only what it throws itself, which is no error of the library unless it reaches the library.
      // So does `await server.connect(transport)` after the try: a call outside every catch is handed no caught error.
      const handedNothing = catching.length === 0 ? !guards.some((g) => within(call, g.body)) : catching.some((g) => !g.name || !call.arguments.some((a) => this.passesOn(a.type === "SpreadElement" ? a.argument : a, g.name!, module, library, 0)));
      if (throwsOwn && handedNothing && throwsOwn(call)) continue;
      return false;
    }
    return true;
  }

  /**
   * For a function the engine says calls `library`: true when one of the
   * requests the index sees in it lets the error out, false when all are
   * contained, undefined when the index sees none (say nothing).
   */
  escapes(fn: FunctionNode, library: string): boolean | undefined {
    return this.requestsByFunction().get(fn)?.get(library);
  }

  private requestsByFunction(): Map<FunctionNode, Map<string, boolean>> {
    if (this.byFn) return this.byFn;
    const out = new Map<FunctionNode, Map<string, boolean>>();
    for (const module of this.index.modules()) {
      for (const call of this.index.callsOf(module)) {
        const client = this.index.clientOfCall(call, module);
        if (!client || !isRequest(call)) continue;
        const fn = this.index.enclosingFunction(call, module);
        if (!fn) continue;
        let libs = out.get(fn);
        if (!libs) out.set(fn, (libs = new Map()));
        if (libs.get(client.library)) continue;
        libs.set(client.library, this.callEscapes(call, module, client.library));
      }
    }
    this.byFn = out;
    return out;
  }

  private guardsOf(module: ParsedModule): Guard[] {
    let list = this.guardsByModule.get(module);
    if (!list) {
      list = this.index.guards.filter((g) => g.module === module);
      this.guardsByModule.set(module, list);
    }
    return list;
  }

  /** True when a catch never throws or rejects with the caught error of `library` (or a value holding it). */
  private handlerContains(g: Guard, library: string): boolean {
    let memo = this.contains.get(g);
    if (!memo) this.contains.set(g, (memo = new Map()));
    const known = memo.get(library);
    if (known !== undefined) return known;
    const result = !g.name || !(this.passesOnIn(g.body, g.name, g.module, library) || this.keptForLater(g, g.name, library));
    memo.set(library, result);
    return result;
  }

  /** Whether a catch body (a block, or a concise arrow's value) throws or rejects with the error named `name`. */
  private passesOnIn(body: Node, name: string, module: ParsedModule, library: string): boolean {
    if (body.type !== "BlockStatement") {
      const v = unwrapExpression(body);
      return v.type === "CallExpression" && isReject(v) && !!v.arguments[0] && this.passesOn(v.arguments[0], name, module, library, 0);
    }
    // `if (axios.isAxiosError(e)) { ...; throw new ApiError(...) }` at the top of the block: past it, `e` is not the library's error.
    const narrowedAt = narrowingEnd(body, name, library);
    const aliases = assignedIn(body);
    let found = false;
    walk(body, {
      enter: (node) => {
        if (found) return false;
        if (node !== body && isFunctionNode(node)) return false;
        if (node.range[0] >= narrowedAt) return false;
        let value: Node | undefined;
        if (node.type === "ThrowStatement") value = node.argument;
        else if (node.type === "CallExpression" && isReject(node)) value = node.arguments[0];
        if (value && this.passesOn(value, name, module, library, 0, aliases)) found = true;
        return undefined;
      },
    });
    return found;
  }

  /**
   * `catch (e) { lastError = e }` in a retry loop, `throw lastError` after it: the catch keeps the
   * error in a variable of the function around it, and what that function throws from the variable
   * is the caught error.
   */
  private keptForLater(g: Guard, name: string, library: string): boolean {
    if (g.body.type !== "BlockStatement") return false;
    const fn = this.index.enclosingFunction(g.body, g.module);
    if (!fn) return false;
    const aliases = assignedIn(g.body);
    const declaredInside = declaredIn(g.body);
    const kept = [...aliases.values.keys()].filter((alias) => !declaredInside.has(alias) && (aliases.values.get(alias) ?? []).some((v) => this.passesOn(v, name, g.module, library, 0, aliases)));
    if (kept.length === 0) return false;
    let found = false;
    walk(fn.body, {
      enter: (node) => {
        if (found) return false;
        if (node !== fn.body && isFunctionNode(node)) return false;
        if (node === g.body) return false;
        let value: Node | undefined;
        if (node.type === "ThrowStatement") value = node.argument;
        else if (node.type === "CallExpression" && isReject(node)) value = node.arguments[0];
        if (value && kept.some((alias) => this.passesOn(value!, alias, g.module, library, 0))) found = true;
        return undefined;
      },
    });
    return found;
  }

  /**
   * Whether a value is, or holds, the caught error (or a part of it that carries the request).
   * `aliases`: what the catch block assigns to its other variables (`lastError = e; ...; throw lastError`
   * throws `e`), each followed once.
   */
  private passesOn(node: Node, name: string, module: ParsedModule, library: string, depth: number, aliases?: Aliases): boolean {
    const n = unwrapExpression(node);
    const on = (v: Node) => this.passesOn(v, name, module, library, depth, aliases);
    const viaAlias = (alias: string): boolean => {
      const assigned = aliases?.values.get(alias);
      if (!aliases || !assigned || aliases.following.has(alias)) return false;
      aliases.following.add(alias);
      try {
        return assigned.some(on);
      } finally {
        aliases.following.delete(alias);
      }
    };
    switch (n.type) {
      case "Identifier":
        return n.name === name || viaAlias(n.name);
      case "AwaitExpression":
        return on(n.argument);
      case "MemberExpression": {
        const chain = memberChain(n);
        if (!chain) return mentions(n, name);
        const root = unwrapExpression(chain.root);
        if (root.type !== "Identifier" || root.name !== name) return mentions(n, name);
        const read = classifyErrorRead(chain.names, httpErrorShape(library));
        return read === "whole" || read === "request" || read === "other";
      }
      case "TemplateLiteral":
      case "BinaryExpression":
      case "Literal":
      case "UnaryExpression":
        // A string or number built from the error: `${e}` is its name and message.
        return false;
      case "ConditionalExpression":
        return on(n.consequent) || on(n.alternate);
      case "LogicalExpression":
        return on(n.left) || on(n.right);
      case "ObjectExpression":
        return n.properties.some((p) => on(p.type === "SpreadElement" ? p.argument : p.value));
      case "ArrayExpression":
        return n.elements.some((e) => !!e && on(e.type === "SpreadElement" ? e.argument : e));
      case "NewExpression":
        // `new ApiError(msg, { cause: e })`, `new McpError(code, msg, e)`: the error stays reachable from the new one.
        return n.arguments.some((a) => on(a.type === "SpreadElement" ? a.argument : a));
      case "CallExpression":
        return this.callPassesOn(n, name, module, library, depth, aliases);
      default:
        return mentions(n, name) || (!!aliases && [...aliases.values.keys()].some((alias) => mentions(n, alias) && viaAlias(alias)));
    }
  }

  /**
   * `throw toApiError(e)`: the helper's returned values decide; an unknown function is taken to hand the error back.
   * What a helper returns past its own test of the library's error (`if (e instanceof AxiosError) return new
   * Error(e.message); return e;`) is some other error: the library's never gets there.
   */
  private callPassesOn(call: TSESTree.CallExpression, name: string, module: ParsedModule, library: string, depth: number, aliases?: Aliases): boolean {
    const passed = call.arguments.map((a, i) => (this.passesOn(a.type === "SpreadElement" ? a.argument : a, name, module, library, depth, aliases) ? i : -1)).filter((i) => i >= 0);
    if (passed.length === 0) return mentions(call.callee, name);
    if (isReject(call) || depth >= HELPER_DEPTH) return true;
    const targets = this.index.resolve(call, module);
    if (targets.length === 0) return true;
    return targets.some((t) =>
      passed.some((i) => {
        const param = t.fn.params[i];
        if (!param || param.type !== "Identifier") return true;
        const helperAliases = t.fn.body.type === "BlockStatement" ? assignedIn(t.fn.body) : undefined;
        const test = t.fn.body.type === "BlockStatement" ? narrowingTest(t.fn.body, param.name, library) : undefined;
        // A copy made before the test (`const out = e; if (isAxiosError(e)) ...; return out`) is still the client's error.
        const copiedBefore = !!test && !!helperAliases && [...helperAliases.values.values()].some((vs) => vs.some((v) => v.range[0] < test.range[0] && mentions(v, param.name)));
        const narrowedAt = test && !copiedBefore ? test.range[1] : t.fn.range[1];
        return returnedExpressions(t.fn).some((v) => v.range[0] < narrowedAt && this.passesOn(v, param.name, t.module, library, depth + 1, helperAliases));
      }),
    );
  }
}

/** A client call that sends a request (not `axios.create`, `axios.isAxiosError`, `interceptors.request.use`). */
function isRequest(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const name = callee.type === "MemberExpression" ? calleeName(call) : undefined;
  return !name || !CLIENT_MEMBERS_WITHOUT_REQUEST.has(name);
}

/**
 * Whether an engine API key is a request: `"axios Member[create].ReturnValue.Member[get]"`
 * is; `axios Member[create]` and `axios Member[isAxiosError]` send nothing, and a
 * call on what a request returned (`...Member[get].ReturnValue.Member[data].Member[map]`)
 * is a call of the response's data.
 */
export function isRequestApi(api: string): boolean {
  const space = api.indexOf(" ");
  let request = true;
  let returned = false;
  for (const token of space < 0 ? [] : api.slice(space + 1).split(/\.(?![^[]*\])/)) {
    if (returned) return false;
    const member = /^Member\[([^\]]*)\]$/.exec(token);
    if (member) request = !member[1].split(",").every((m) => CLIENT_MEMBERS_WITHOUT_REQUEST.has(m));
    else if (token === "ReturnValue" && request) returned = true;
  }
  return request && !returned;
}

function isReject(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === "Identifier") return callee.name === "reject";
  const chain = memberChain(callee);
  return !!chain && chain.root.type === "Identifier" && chain.root.name === "Promise" && chain.names.join(".") === "reject";
}

/**
 * The position past which a catch block's `name` is known not to be the
 * library's error: after a top-level `if (guard(name)) { ...; throw/return }`
 * with no else. The block's end when there is none.
 */
function narrowingEnd(body: TSESTree.BlockStatement, name: string, library: string): number {
  return narrowingTest(body, name, library)?.range[1] ?? body.range[1];
}

/** The top-level `if (guard(name)) { ...; throw/return }` of a block, with no else, if any. */
function narrowingTest(body: TSESTree.BlockStatement, name: string, library: string): TSESTree.IfStatement | undefined {
  const guards = httpErrorShape(library)?.guards;
  if (!guards) return undefined;
  for (const stmt of body.body) {
    if (stmt.type !== "IfStatement" || stmt.alternate || !alwaysExits(stmt.consequent)) continue;
    if (isGuard(unwrapExpression(stmt.test), name, guards)) return stmt;
  }
  return undefined;
}

function isGuard(test: Node, name: string, guards: { functions: string[]; classes: string[] }): boolean {
  if (test.type === "CallExpression") {
    const fn = calleeName(test);
    const arg = test.arguments[0] ? unwrapExpression(test.arguments[0]) : undefined;
    return !!fn && guards.functions.includes(fn) && arg?.type === "Identifier" && arg.name === name;
  }
  if (test.type === "BinaryExpression" && test.operator === "instanceof") {
    const left = unwrapExpression(test.left);
    const right = unwrapExpression(test.right);
    const cls = right.type === "Identifier" ? right.name : right.type === "MemberExpression" && right.property.type === "Identifier" ? right.property.name : undefined;
    return left.type === "Identifier" && left.name === name && !!cls && guards.classes.includes(cls);
  }
  return false;
}

/** What a block assigns to its variables, by name: `x = v` and `const x = v` (not inside nested functions). */
type Aliases = { values: Map<string, Node[]>; following: Set<string> };

function assignedIn(body: Node): Aliases {
  const values = new Map<string, Node[]>();
  const add = (target: Node, value: Node) => {
    if (target.type !== "Identifier") return;
    const list = values.get(target.name);
    if (list) list.push(value);
    else values.set(target.name, [value]);
  };
  walk(body, {
    enter(node) {
      if (node !== body && isFunctionNode(node)) return false;
      if (node.type === "AssignmentExpression" && (node.operator === "=" || node.operator === "||=" || node.operator === "??=")) add(node.left, node.right);
      else if (node.type === "VariableDeclarator" && node.init) add(node.id, node.init);
      return undefined;
    },
  });
  return { values, following: new Set() };
}

/** The names a block declares itself (`const`, `let`, `var` in it). */
function declaredIn(body: Node): Set<string> {
  const out = new Set<string>();
  walk(body, {
    enter(node) {
      if (node !== body && isFunctionNode(node)) return false;
      if (node.type === "VariableDeclarator" && node.id.type === "Identifier") out.add(node.id.name);
      return undefined;
    },
  });
  return out;
}

function mentions(root: Node, name: string): boolean {
  let found = false;
  walk(root, {
    enter(node) {
      if (found) return false;
      if (node.type === "Identifier" && node.name === name) found = true;
      return undefined;
    },
  });
  return found;
}
