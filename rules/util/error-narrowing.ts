// Where a caught value is known not to be an Error object. A catch parameter
// can hold anything thrown; code that formats it often splits on the type:
//
//   if (error instanceof Error) return error.message;
//   return JSON.stringify(error);          // only plain thrown values get here
//
//   typeof e === "string" ? e : e.message  // the string branch is the value itself
//
// Every HTTP client error (AxiosError, got's RequestError, ky's HTTPError,
// fetch's TypeError) is an Error, so a use where the value is a primitive or
// is not an Error never shows a request's headers. Each also always has a
// message ("Request failed with status code 401", the socket error's text):
// past `if (e.message) ... else`, or on the right of `e.message || ...`, the
// value is something thrown by hand, not a client's error. Read from the code between
// the use and the scope it is looked up in (a catch block, a helper's body).
//
// A library's own type test narrows the same way: past
// `if (axios.isAxiosError(e)) throw new Error(\`API error: ${e.message}\`)`, or in
// the else branch of `e instanceof AxiosError`, the value is some other error
// (a parse error, the package's own), not that library's: it holds no request.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, isIdentifier, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";
import { alwaysExits } from "../../analyzer/taint/guards.js";

const PRIMITIVE_TYPES = new Set(["string", "number", "boolean", "bigint", "symbol", "undefined"]);

/** How code asks whether a value is one library's error: `isAxiosError(e)`, `e instanceof AxiosError`. */
export interface LibraryErrorGuards {
  functions: readonly string[];
  classes: readonly string[];
}

/**
 * What a condition (or its negation) says about `name`: not an Error object
 * (so no library's error either), not the error of the library whose guards
 * were given, or nothing known.
 */
type Fact = "not-error" | "not-library-error" | undefined;

/** `name instanceof Error`, `typeof name === "string"`, a library's own type test (and the negated forms), or nothing known. */
function factOf(test: Node, name: string, guards?: LibraryErrorGuards): { whenTrue: Fact; whenFalse: Fact } {
  const t = unwrapExpression(test);
  if (t.type === "UnaryExpression" && t.operator === "!") {
    const inner = factOf(t.argument, name, guards);
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  // `a || b` is false when both are; `a && b` true when both are: either side's fact then holds.
  if (t.type === "LogicalExpression" && (t.operator === "||" || t.operator === "&&")) {
    const left = factOf(t.left, name, guards);
    const right = factOf(t.right, name, guards);
    return t.operator === "||" ? { whenTrue: undefined, whenFalse: left.whenFalse ?? right.whenFalse } : { whenTrue: left.whenTrue ?? right.whenTrue, whenFalse: undefined };
  }
  // `name.message` (or `name?.message`) tested for truth: a client's error always has one.
  if (isMessageRead(t, name)) return { whenTrue: undefined, whenFalse: "not-error" };
  if (guards && isLibraryGuard(t, name, guards)) return { whenTrue: undefined, whenFalse: "not-library-error" };
  if (t.type !== "BinaryExpression") return { whenTrue: undefined, whenFalse: undefined };
  if (t.operator === "instanceof" && isIdentifier(unwrapExpression(t.left), name) && isIdentifier(t.right, "Error")) {
    return { whenTrue: undefined, whenFalse: "not-error" };
  }
  const equal = t.operator === "===" || t.operator === "==";
  const unequal = t.operator === "!==" || t.operator === "!=";
  if (!equal && !unequal) return { whenTrue: undefined, whenFalse: undefined };
  const typeName = typeofTest(t.left, t.right, name) ?? typeofTest(t.right, t.left, name);
  if (!typeName || !PRIMITIVE_TYPES.has(typeName)) return { whenTrue: undefined, whenFalse: undefined };
  return equal ? { whenTrue: "not-error", whenFalse: undefined } : { whenTrue: undefined, whenFalse: "not-error" };
}

function isMessageRead(node: Node, name: string): boolean {
  const n = unwrapExpression(node);
  return n.type === "MemberExpression" && !n.computed && n.property.type === "Identifier" && n.property.name === "message" && isIdentifier(unwrapExpression(n.object), name);
}

/** `typeof name` compared with a string literal: the literal. */
function typeofTest(side: Node, other: Node, name: string): string | undefined {
  const s = unwrapExpression(side);
  if (s.type !== "UnaryExpression" || s.operator !== "typeof" || !isIdentifier(unwrapExpression(s.argument), name)) return undefined;
  return other.type === "Literal" && typeof other.value === "string" ? other.value : undefined;
}

/**
 * `isAxiosError(name)` (on the library or imported alone), `name instanceof AxiosError`
 * (`axios.AxiosError`): true only for the library's own error.
 */
function isLibraryGuard(test: Node, name: string, guards: LibraryErrorGuards): boolean {
  if (test.type === "CallExpression") {
    const fn = calleeName(test);
    const arg = test.arguments[0] ? unwrapExpression(test.arguments[0] as Node) : undefined;
    return !!fn && guards.functions.includes(fn) && !!arg && isIdentifier(arg, name);
  }
  if (test.type !== "BinaryExpression" || test.operator !== "instanceof" || !isIdentifier(unwrapExpression(test.left), name)) return false;
  const right = unwrapExpression(test.right);
  const cls = right.type === "Identifier" ? right.name : right.type === "MemberExpression" && !right.computed && right.property.type === "Identifier" ? right.property.name : undefined;
  return !!cls && guards.classes.includes(cls);
}

/**
 * True when, at `ref`, the value named `name` cannot be an Error object: `ref`
 * sits in the branch of a type test that excludes it, or after an
 * `if (name instanceof Error) return ...` in an enclosing block. `parents`
 * maps each node of the scope to its parent; the climb stops at the scope's top.
 */
export function knownNotError(ref: Node, name: string, parents: ReadonlyMap<Node, Node | undefined>): boolean {
  return narrowedAt(ref, name, parents) === "not-error";
}

/**
 * True when, at `ref`, the value named `name` cannot be the error of the
 * library whose type tests are `guards` (nor any Error): `ref` sits in the
 * branch where `isAxiosError(name)` is false, or after an
 * `if (isAxiosError(name)) { ...; throw/return/process.exit }`.
 */
export function knownNotLibraryError(ref: Node, name: string, parents: ReadonlyMap<Node, Node | undefined>, guards: LibraryErrorGuards): boolean {
  return narrowedAt(ref, name, parents, guards) !== undefined;
}

/** The strongest fact the branches and early exits around `ref` establish about `name`. */
function narrowedAt(ref: Node, name: string, parents: ReadonlyMap<Node, Node | undefined>, guards?: LibraryErrorGuards): Fact {
  let found: Fact;
  const note = (fact: Fact) => {
    if (fact === "not-error" || !found) found = fact ?? found;
  };
  let child: Node = ref;
  for (let parent = parents.get(ref); parent && found !== "not-error"; child = parent, parent = parents.get(parent)) {
    switch (parent.type) {
      case "IfStatement":
      case "ConditionalExpression": {
        if (child === parent.test) break;
        const fact = factOf(parent.test, name, guards);
        note(child === parent.consequent ? fact.whenTrue : fact.whenFalse);
        break;
      }
      case "LogicalExpression": {
        if (child !== parent.right) break;
        const fact = factOf(parent.left, name, guards);
        note(parent.operator === "&&" ? fact.whenTrue : parent.operator === "||" ? fact.whenFalse : undefined);
        break;
      }
      case "BlockStatement":
      case "Program":
      case "SwitchCase": {
        const body = (parent.type === "SwitchCase" ? parent.consequent : parent.body) as readonly Node[];
        const at = body.indexOf(child);
        for (let i = 0; i < at; i++) note(excludedAfter(body[i], name, guards));
        break;
      }
      default:
        break;
    }
  }
  return found;
}

/**
 * `if (name instanceof Error) return ...;`, `if (isAxiosError(name)) throw ...;`:
 * what the statements after it know `name` is not. Reaching the next
 * statement means the branch that exits (return, throw, process.exit) was not taken.
 */
function excludedAfter(stmt: Node, name: string, guards?: LibraryErrorGuards): Fact {
  if (stmt.type !== "IfStatement") return undefined;
  const s = stmt as TSESTree.IfStatement;
  const fact = factOf(s.test, name, guards);
  if (alwaysExits(s.consequent) && !s.alternate) return fact.whenFalse;
  if (s.alternate && alwaysExits(s.alternate) && !alwaysExits(s.consequent)) return fact.whenTrue;
  return undefined;
}
