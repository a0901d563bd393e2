// How a caught error is used: which part of it is read (`err.message`,
// `err.config`, the whole error) and where that part ends up (a log call, what
// a handler returns, the message of an Error thrown on). Read locally from the
// catch block, following the error into helpers it is passed to (`fail(err)`)
// a few calls deep, through aliases (`const details = JSON.stringify(err)`).
// The error-detail-echo rule decides the severity from this and from where
// the error came from.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, propertyName, unwrapExpression, walk, type Node } from "../../analyzer/parse/ast.js";
import type { FunctionNode } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { classifyErrorRead, type ErrorReadClass, type HttpErrorShape } from "../models/errors.js";
import { isMaskingCall } from "../models/masking.js";
import { knownNotError, knownNotLibraryError } from "./error-narrowing.js";
import { isLogCall } from "./log-calls.js";

/** A read that shows more than the message. */
export type RevealingRead = Exclude<ErrorReadClass, "clean" | "other">;

export interface ErrorUse {
  read: RevealingRead;
  /** Property names read from the error, `[]` for the error itself. */
  access: string[];
  sink: "tool-output" | "log";
  /** The log call, the return or throw, where the error is shown. */
  sinkNode: Node;
  module: ParsedModule;
  /** Where the error is read (the identifier). */
  useNode: Node;
  /** Helpers it went through, outermost first, as `name@line`. */
  via: { name: string; node: Node; module: ParsedModule }[];
  /**
   * Set when the use sits where the library's own type test said no
   * (`if (axios.isAxiosError(e)) throw ...; console.error(e)`): what is shown
   * there is some other error, not the client's.
   */
  notFromClient?: boolean;
}

export interface UseEnvironment {
  /** User functions a call may invoke (bounded). */
  resolve(call: TSESTree.CallExpression, module: ParsedModule): { fn: FunctionNode; module: ParsedModule }[];
  isHandler(fn: FunctionNode): boolean;
  /** True when a log call goes to a logger that writes nothing (`pino({ enabled: false })`). */
  isSilentLog?(call: TSESTree.CallExpression, module: ParsedModule): boolean;
  /**
   * The package's own functions a log-looking call runs (`logger.error(...)` on a logger
   * the package wrote), when they are all it runs; undefined when a library or unknown
   * code answers it. What such a logger writes is decided by its code, read like a helper's.
   */
  ownLogger?(call: TSESTree.CallExpression, module: ParsedModule): { fn: FunctionNode; module: ParsedModule }[] | undefined;
  /** True when the call's logger copies an error into a record that every transport fails to write when it holds a cycle. */
  failsOnCircularRecord?(call: TSESTree.CallExpression, module: ParsedModule): boolean;
}

const MAX_DEPTH = 3;
const SERIALIZERS = new Set(["stringify", "inspect", "format", "formatWithOptions", "assign", "entries", "values", "structuredClone", "serializeError", "toJSON"]);
const STRING_CONVERSIONS = new Set(["String", "toString"]);
/** Reads that give a number: of an alias holding a serialized error or a list of errors. */
const COUNTS = new Set(["length", "size", "byteLength"]);
/** Returned objects shaped like an MCP result (or a piece of one). */
const RESULT_KEYS = new Set(["content", "structuredContent", "contents", "messages", "isError", "text"]);
/**
 * Parts of an HTTP client error that are plain objects (or class instances)
 * with no `toString` of their own: in a template or a `+`, they print
 * "[object Object]". `toJSON()` returns such an object too.
 */
const OBJECT_PARTS = new Set(["config", "request", "response", "options", "toJSON"]);

interface Walker {
  module: ParsedModule;
  scope: Node;
  scopeFn: FunctionNode | undefined;
  parents: Map<Node, Node | undefined>;
  shape: HttpErrorShape | undefined;
  env: UseEnvironment;
  depth: number;
  via: ErrorUse["via"];
  seen: Set<string>;
  out: ErrorUse[];
  /** Set when a revealing part is returned to the caller (not shown here). */
  returned?: boolean;
  /** Set when the error itself is returned unchanged (`if (e instanceof Error) return e;`). */
  returnedSelf?: boolean;
  /** Set past the library's own type test: the value is not the client's error (see ErrorUse.notFromClient). */
  notFromClient?: boolean;
}

/**
 * Uses of the error bound to `name` inside `scope` (a catch block, a `.catch`
 * callback's body, a helper's body) that show more than its message.
 * `inherited` is set when `name` already holds a revealing part (an alias).
 */
export function errorUses(scope: Node, name: string, module: ParsedModule, env: UseEnvironment, shape?: HttpErrorShape, scopeFn?: FunctionNode): ErrorUse[] {
  const w = makeWalker(scope, module, env, shape, scopeFn, 0, [], new Set());
  visitName(w, name, undefined);
  return dedupe(w.out);
}

function makeWalker(scope: Node, module: ParsedModule, env: UseEnvironment, shape: HttpErrorShape | undefined, scopeFn: FunctionNode | undefined, depth: number, via: ErrorUse["via"], seen: Set<string>): Walker {
  const parents = new Map<Node, Node | undefined>();
  walk(scope, {
    enter(node, parent) {
      parents.set(node, parent);
    },
  });
  return { module, scope, scopeFn, parents, shape, env, depth, via, seen, out: [] };
}

function dedupe(uses: ErrorUse[]): ErrorUse[] {
  const seen = new Set<string>();
  return uses.filter((u) => {
    const k = `${u.module.path}:${u.sinkNode.range[0]}:${u.useNode.range[0]}:${u.read}:${u.notFromClient ? "other" : ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** References to `name` in the walker's scope (not property keys, not declarations). */
function references(w: Walker, name: string): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  const seen = new Set<Node>();
  for (const [node, parent] of w.parents) {
    if (node.type !== "Identifier" || node.name !== name || seen.has(node)) continue;
    seen.add(node);
    if (!parent) continue;
    if (parent.type === "MemberExpression" && parent.property === node && !parent.computed) continue;
    if ((parent.type === "Property" || parent.type === "PropertyDefinition" || parent.type === "MethodDefinition") && parent.key === node && !parent.computed && !(parent.type === "Property" && parent.shorthand && parent.value === node)) continue;
    if (parent.type === "VariableDeclarator" && parent.id === node) continue;
    if ((parent.type === "FunctionDeclaration" || parent.type === "FunctionExpression" || parent.type === "ArrowFunctionExpression") && parent.params.includes(node)) continue;
    out.push(node);
  }
  return out;
}

/**
 * `inherited`: `name` holds a revealing part already; `part`: and that part is
 * `err.<part>` itself, unchanged (`const res = err.response`), so reads from
 * `name` are judged as reads of the error (`res.status` is `err.response.status`).
 */
function visitName(w: Walker, name: string, inherited: RevealingRead | undefined, part?: readonly string[], list = false): void {
  const key = `${w.module.path}:${w.scope.range[0]}:${name}:${inherited ?? ""}:${part?.join(".") ?? ""}:${list ? "list" : ""}:${w.notFromClient ? "other" : ""}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  for (const ref of references(w, name)) {
    if (list) visitListUse(w, ref, inherited, part);
    else visitUse(w, ref, inherited, part);
  }
}

/**
 * A use of a list that holds the error among other values (a rest parameter,
 * `log(...args)`). Joining the list (`args.join(" ")`, `args.map(String)`)
 * converts each element to a string, and an error's string form is
 * `Error.prototype.toString()`, "Name: message": its fields (an AxiosError's
 * `config` with the request headers) are not in it. An element read by index
 * is the error again; any other use shows the list, the error inside it whole.
 */
function visitListUse(w: Walker, ref: TSESTree.Identifier, inherited: RevealingRead | undefined, part?: readonly string[]): void {
  const member = w.parents.get(ref);
  if (member?.type === "MemberExpression" && member.object === ref) {
    const prop = propertyName(member);
    const call = w.parents.get(member);
    const called = call?.type === "CallExpression" && call.callee === member ? call : undefined;
    // Only the error itself becomes its string form: an element that is already a serialized part stays one.
    if (called && joinsAsStrings(prop, called)) {
      // Elements already made text from the error (`JSON.stringify(err)`) are in the joined text.
      if (inherited) followToSink(w, called, inherited, [], ref);
      return;
    }
    if (prop !== undefined && /^\d+$/.test(prop)) {
      visitUse(w, member as unknown as TSESTree.Identifier, inherited, part, ref);
      return;
    }
    if (prop !== undefined && COUNTS.has(prop)) return;
  }
  followToSink(w, ref, inherited ?? "whole", part ? [...part] : [], ref, !inherited);
}

/** `list.join(sep)`, `list.map(String)`, `list.map((a) => String(a))`: every element converted to a string. */
function joinsAsStrings(method: string | undefined, call: TSESTree.CallExpression): boolean {
  if (method === "join" || method === "toString") return true;
  if (method !== "map") return false;
  const f = call.arguments[0] && unwrapExpression(call.arguments[0] as Node);
  if (!f) return false;
  if (f.type === "Identifier") return STRING_CONVERSIONS.has(f.name);
  if (f.type !== "ArrowFunctionExpression" || f.params.length !== 1 || f.params[0].type !== "Identifier") return false;
  const param = f.params[0].name;
  const body = unwrapExpression(f.body as Node);
  if (body.type === "CallExpression" && body.arguments.length === 1 && calleeName(body) === "String") {
    const arg = unwrapExpression(body.arguments[0] as Node);
    return arg.type === "Identifier" && arg.name === param;
  }
  return body.type === "TemplateLiteral" && body.expressions.length === 1 && unwrapExpression(body.expressions[0] as Node).type === "Identifier" && (unwrapExpression(body.expressions[0] as Node) as TSESTree.Identifier).name === param;
}

const TRANSPARENT = new Set(["ChainExpression", "TSNonNullExpression", "TSAsExpression", "TSSatisfiesExpression", "TSTypeAssertion", "AwaitExpression"]);

function visitUse(w: Walker, start: TSESTree.Identifier, inherited: RevealingRead | undefined, part?: readonly string[], listRef?: TSESTree.Identifier): void {
  // `args[1]` of a list holding the error: the element is the error, reported at the list's name.
  const ref = listRef ?? start;
  // Climb the member chain rooted at the reference: err.response.config.headers.
  let cur: Node = start;
  const access: string[] = [];
  for (;;) {
    const p = w.parents.get(cur);
    if (!p) break;
    if (TRANSPARENT.has(p.type)) {
      cur = p;
      continue;
    }
    if (p.type === "MemberExpression" && p.object === cur) {
      const prop = propertyName(p);
      if (prop === undefined) break;
      access.push(prop);
      cur = p;
      continue;
    }
    break;
  }
  // `details.length`, `errors.length`: a count shows nothing of what it counts.
  if (access.length > 0 && COUNTS.has(access[access.length - 1])) return;
  const parent = w.parents.get(cur);
  // A method called on the error (or a part): `err.toJSON()`, `err.toString()`.
  if (access.length > 0 && parent?.type === "CallExpression" && parent.callee === cur) {
    const method = access[access.length - 1];
    if (STRING_CONVERSIONS.has(method)) access.splice(0); // `${err}` says name and message
    if (method === "toString") return;
    cur = parent;
  }
  // `if (e instanceof Error) return e.message; return JSON.stringify(e)`: what is
  // not an Error object was thrown by hand, not by an HTTP client. So is a copy
  // made there (`if (typeof e === "string") msg = e`): `msg` holds no error.
  if (!inherited && knownNotError(ref, ref.name, w.parents)) return;
  // `if (axios.isAxiosError(e)) throw new Error(e.message); console.error(e)`: only other errors get here.
  const guards = w.shape?.guards;
  if (!inherited && !w.notFromClient && guards && knownNotLibraryError(ref, ref.name, w.parents, guards)) {
    const other: Walker = { ...w, shape: undefined, notFromClient: true };
    visitUse(other, start, inherited, part, listRef);
    if (other.returned) w.returned = true;
    if (other.returnedSelf) w.returnedSelf = true;
    return;
  }
  // `const e = error as AxiosError`, `root = root.cause`: an error under another
  // name (a cause is an error too), read again property by property.
  const alias = access.length === 0 || (access.length === 1 && access[0] === "cause" && !inherited) ? aliasName(parent, cur) : undefined;
  if (alias) {
    visitName(w, alias, inherited, part);
    return;
  }
  let read: ErrorReadClass;
  if (inherited && part) read = classifyErrorRead([...part, ...access], w.shape);
  else if (inherited) read = inherited;
  else if (access.length > 0) read = classifyErrorRead(access, w.shape);
  else read = wholeUse(w, cur);
  if (read === "clean" || read === "other") return;
  followToSink(w, cur, read, part ? [...part, ...access] : access, ref, !inherited);
}

/** The variable `node` is stored in whole: `const e = node`, `e = node`. */
function aliasName(parent: Node | undefined, node: Node): string | undefined {
  if (parent?.type === "VariableDeclarator" && parent.init === node && parent.id.type === "Identifier") return parent.id.name;
  if (parent?.type === "AssignmentExpression" && parent.operator === "=" && parent.right === node && parent.left.type === "Identifier") return parent.left.name;
  return undefined;
}

/** What using the error itself (no property) at `node` shows. */
function wholeUse(w: Walker, node: Node): ErrorReadClass {
  const p = w.parents.get(node);
  if (!p) return "other";
  switch (p.type) {
    case "TemplateLiteral":
      return "clean"; // `${err}` is "Name: message"
    case "BinaryExpression":
      return p.operator === "+" ? "clean" : "other";
    case "CallExpression": {
      if (p.callee === node) return "other";
      const name = calleeName(p);
      if (name && STRING_CONVERSIONS.has(name)) return "clean";
      if (name && /^is[A-Z]/.test(name)) return "other"; // axios.isAxiosError(err)
      if (name && SERIALIZERS.has(name)) return "whole";
      if (isLogCall(p)) return "whole"; // console.error(err) prints it with util.inspect
      return "whole"; // passed on: followToSink decides whether it is shown
    }
    case "NewExpression":
      return "clean"; // new Error(err): the message is String(err)
    case "SpreadElement":
    case "Property":
    case "ArrayExpression":
    case "ReturnStatement":
    case "ArrowFunctionExpression":
      return "whole";
    case "VariableDeclarator":
    case "AssignmentExpression":
      return "whole"; // an alias: followToSink follows it
    default:
      return "other";
  }
}

/**
 * Climbs from an expression that holds a revealing part of the error to the
 * statement it is in, and records where it is shown.
 */
function followToSink(w: Walker, start: Node, read: RevealingRead, access: string[], ref: Node, fresh = false): void {
  let cur = start;
  // Still the part read from the error itself, unchanged (`err.response`, not `JSON.stringify(err.response)`).
  let plain = access.length > 0 && unwrapExpression(start).type === "MemberExpression";
  // A plain object: in a template or a `+` it prints "[object Object]".
  let objectValued = access.length > 0 && OBJECT_PARTS.has(access[access.length - 1]) && (plain || (start.type === "CallExpression" && access[access.length - 1] === "toJSON"));
  for (;;) {
    const p = w.parents.get(cur);
    if (!p) {
      // Reached the top of the scope: an expression-bodied arrow returns it.
      if (cur === w.scope && w.scopeFn?.type === "ArrowFunctionExpression" && w.scopeFn.body === cur) reportReturn(w, cur, w.scopeFn, read, access, ref);
      return;
    }
    switch (p.type) {
      case "CallExpression": {
        if (p.callee === cur) return;
        if (isMaskingCall(p)) return;
        if (isLogCall(p)) {
          if (w.env.isSilentLog?.(p, w.module)) return;
          // The error itself, copied field by field into a record every transport stringifies:
          // its cycle (an AxiosError's ClientRequest) makes that throw, and nothing is written.
          if (fresh && unwrapExpression(cur) === ref && w.shape?.circularFields?.length && w.env.failsOnCircularRecord?.(p, w.module)) return;
          // A logger the package wrote: what it writes is what its code makes of the arguments.
          const own = w.depth < MAX_DEPTH ? w.env.ownLogger?.(p, w.module) : undefined;
          const index = p.arguments.indexOf(cur as TSESTree.CallExpressionArgument);
          if (own?.length && index >= 0) {
            // Reported where the error is handed to the logger, as for any logger: one finding per call site.
            const before = w.out.length;
            intoTargets(w, p, own, index, read, access, plain, !passedItself(cur, ref));
            const inside = w.out.splice(before);
            if (inside.some((u) => u.sink === "log")) record(w, { read, access, sink: "log", sinkNode: p, useNode: ref });
            w.out.push(...inside.filter((u) => u.sink !== "log"));
          } else record(w, { read, access, sink: "log", sinkNode: p, useNode: ref });
          return;
        }
        const name = calleeName(p);
        if (name && (SERIALIZERS.has(name) || STRING_CONVERSIONS.has(name))) {
          // JSON.stringify(x) carries x, as a string now.
          objectValued = plain = false;
          break;
        }
        const index = p.arguments.indexOf(cur as TSESTree.CallExpressionArgument);
        const given = index >= 0 ? intoHelpers(w, p, index, read, access, plain, !passedItself(cur, ref)) : false;
        // `const err = ensureError(error)`: a helper that hands back the error itself, unchanged,
        // makes `err` the error again, read property by property (`err.message` is its message).
        const alias = given === "self" && fresh && cur === ref ? aliasName(w.parents.get(p), p) : undefined;
        if (alias) {
          visitName(w, alias, undefined);
          return;
        }
        if (given) {
          objectValued = plain = false;
          break; // the helper returns it: keep climbing
        }
        return;
      }
      case "MemberExpression":
        if (p.object !== cur) return;
        objectValued = plain = false;
        break; // JSON.stringify(err).slice(0, 500)
      case "ReturnStatement":
        reportReturn(w, p, innermostFunction(w, p), read, access, ref);
        return;
      case "ArrowFunctionExpression":
        if (p.body === cur) reportReturn(w, cur, p, read, access, ref);
        return;
      case "ThrowStatement":
        return; // rethrowing: the SDK shows only the message
      case "NewExpression":
        // new Error(`failed: ${JSON.stringify(err)}`): the detail becomes the message.
        // (`{ cause: err }` in the options is not shown: the SDK sends the message only.)
        if (isErrorConstructor(p) && p.arguments[0] === cur && throwsOrReturns(w, p)) {
          record(w, { read, access, sink: "tool-output", sinkNode: p, useNode: ref });
        }
        return;
      case "VariableDeclarator":
        if (p.init === cur && p.id.type === "Identifier") visitName(w, p.id.name, read, plain ? access : undefined);
        return;
      case "AssignmentExpression":
        if (p.right === cur && p.left.type === "Identifier") visitName(w, p.left.name, read, plain ? access : undefined);
        return;
      case "Property":
        if (p.value === cur && isErrorOptionField(w, p)) return;
        break;
      case "TemplateLiteral":
      case "BinaryExpression":
        // `${err.toJSON()}`, `"failed: " + err.config`: "[object Object]".
        if (objectValued && (p.type === "TemplateLiteral" || p.operator === "+")) return;
        objectValued = plain = false;
        if (p.type === "BinaryExpression" && p.operator !== "+") return;
        break;
      case "LogicalExpression":
      case "ConditionalExpression":
      case "ObjectExpression":
      case "ArrayExpression":
      case "SpreadElement":
        if (p.type === "ConditionalExpression" && p.test === cur) return;
        if (p.type === "LogicalExpression" && p.left === cur && p.operator === "&&") return;
        break;
      default:
        if (TRANSPARENT.has(p.type)) break;
        return;
    }
    // A branch of `c ? err.response : undefined` or `a || err.response` is still that part, unchanged:
    // reads from it (`_a.data` of TypeScript's lowered `err?.response?.data`) are reads of the error.
    if (p.type !== "ChainExpression" && !TRANSPARENT.has(p.type) && p.type !== "CallExpression" && p.type !== "MemberExpression" && p.type !== "ConditionalExpression" && p.type !== "LogicalExpression") objectValued = plain = false;
    cur = p;
  }
}

/** The argument is the reference itself, or a list of it spread (`f(...parts)`), not a value made from it. */
function passedItself(arg: Node, ref: Node): boolean {
  const a = unwrapExpression(arg);
  return a === ref || (a.type === "SpreadElement" && unwrapExpression(a.argument) === ref);
}

/**
 * A field of the options object an Error is built from, other than its
 * message: `new APICallError({ message: "...", cause: err, url })`. The
 * error keeps such fields as properties; the SDK shows only the message.
 */
function isErrorOptionField(w: Walker, prop: TSESTree.Property): boolean {
  if (propertyName(prop) === "message") return false;
  const object = w.parents.get(prop);
  const made = object && w.parents.get(object);
  return made?.type === "NewExpression" && isErrorConstructor(made) && made.arguments[0] === object;
}

function isErrorConstructor(n: TSESTree.NewExpression): boolean {
  const name = calleeName(n);
  return !!name && /Error$/.test(name);
}

/** `throw new Error(...)` or `return new Error(...)`/`Promise.reject(new Error(...))`. */
function throwsOrReturns(w: Walker, n: Node): boolean {
  const p = w.parents.get(n);
  return p?.type === "ThrowStatement" || (p?.type === "CallExpression" && calleeName(p) === "reject");
}

function innermostFunction(w: Walker, node: Node): FunctionNode | undefined {
  for (let n = w.parents.get(node); n; n = w.parents.get(n)) {
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") return n;
  }
  return w.scopeFn;
}

function reportReturn(w: Walker, at: Node, fn: FunctionNode | undefined, read: RevealingRead, access: string[], ref: Node): void {
  const returned = at.type === "ReturnStatement" ? at.argument : at;
  if ((fn && w.env.isHandler(fn)) || (returned && looksLikeResult(returned))) {
    record(w, { read, access, sink: "tool-output", sinkNode: at, useNode: ref });
    return;
  }
  // Returned from a helper to its caller: the caller's walk (intoHelpers) continues from the call.
  if (access.length === 0 && returned && handsBackItself(w, ref, returned)) w.returnedSelf = true;
  else w.returned = true;
}

/**
 * The returned expression is the reference itself, or picks it whole as one
 * branch (`e instanceof Error ? e : new Error(String(e))`, `e ?? fallback`).
 */
function handsBackItself(w: Walker, ref: Node, returned: Node): boolean {
  for (let cur = ref; cur !== returned; ) {
    const p = w.parents.get(cur);
    if (!p) return false;
    if (p.type === "ConditionalExpression" && p.test === cur) return false;
    if (p.type !== "ConditionalExpression" && p.type !== "LogicalExpression" && !TRANSPARENT.has(p.type)) return false;
    cur = p;
  }
  return true;
}

function looksLikeResult(node: Node): boolean {
  const n = unwrapExpression(node);
  if (n.type !== "ObjectExpression") return false;
  return n.properties.some((p) => p.type === "Property" && RESULT_KEYS.has(propertyName(p) ?? ""));
}

function record(w: Walker, u: Omit<ErrorUse, "module" | "via" | "notFromClient">): void {
  w.out.push({ ...u, module: w.module, via: w.via, ...(w.notFromClient ? { notFromClient: true } : {}) });
}

/**
 * The error (or a part) is passed to a user function: follow it into the
 * function's parameter. True when the function returns what it was given (so
 * the caller keeps climbing).
 */
function intoHelpers(w: Walker, call: TSESTree.CallExpression, index: number, read: RevealingRead, access: string[], plain = false, derived = false): false | "self" | "derived" {
  if (w.depth >= MAX_DEPTH) return false;
  return intoTargets(w, call, w.env.resolve(call, w.module), index, read, access, plain, derived);
}

/**
 * The parameter of `fn` that receives argument `index` of `call`: its name,
 * and whether it is a list the argument is one element of (a rest parameter,
 * or an argument spread into the call).
 */
function receivingParameter(fn: FunctionNode, call: TSESTree.CallExpression, index: number): { name: string; list: boolean } | undefined {
  const spreadBefore = call.arguments.slice(0, index).some((a) => a.type === "SpreadElement");
  for (let i = 0; i < fn.params.length; i++) {
    const param = fn.params[i];
    if (param.type === "RestElement") {
      if (i > index && !spreadBefore) return undefined;
      return param.argument.type === "Identifier" ? { name: param.argument.name, list: true } : undefined;
    }
    if (i !== index) continue;
    // After a spread, positions are unknown: the argument may land anywhere.
    if (spreadBefore) return undefined;
    const name = param.type === "Identifier" ? param.name : param.type === "AssignmentPattern" && param.left.type === "Identifier" ? param.left.name : undefined;
    // `f(...args)` into `f(a)`: `a` is one element of the list, the error itself.
    return name ? { name, list: false } : undefined;
  }
  return undefined;
}

/**
 * `derived`: the argument is made from the error (`JSON.stringify(err)`, `{ err }`), not the error
 * itself: inside the helper it is that revealing value, not an error to read property by property.
 */
function intoTargets(w: Walker, call: TSESTree.CallExpression, targets: { fn: FunctionNode; module: ParsedModule }[], index: number, read: RevealingRead, access: string[], plain = false, derived = false): false | "self" | "derived" {
  let returns = false;
  let returnsSelf = false;
  for (const target of targets) {
    const param = receivingParameter(target.fn, call, index);
    if (!param) continue;
    const via = [...w.via, { name: calleeName(call) ?? "helper", node: call, module: w.module }];
    const inner = makeWalker(target.fn.body, target.module, w.env, w.shape, target.fn, w.depth + 1, via, w.seen);
    inner.notFromClient = w.notFromClient;
    // Inside the helper, the parameter is the error itself (read) or an already revealing part.
    // A spread list into a rest parameter stays a list; into a plain parameter, an element.
    // (Into a plain parameter a derived value is still read as the error, property by property, as before.)
    visitName(inner, param.name, access.length === 0 && read === "whole" && !(derived && param.list) ? undefined : read, plain ? access : undefined, param.list);
    w.out.push(...inner.out);
    if (inner.returned) returns = true;
    if (inner.returnedSelf) returnsSelf = true;
  }
  return returns ? "derived" : returnsSelf ? "self" : false;
}

