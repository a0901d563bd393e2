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
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";

const PRIMITIVE_TYPES = new Set(["string", "number", "boolean", "bigint", "symbol", "undefined"]);

/** What a condition (or its negation) says about `name`: not an Error object, or nothing known. */
type Fact = "not-error" | undefined;

/** `name instanceof Error`, `typeof name === "string"` (and the negated forms), or nothing known. */
function factOf(test: Node, name: string): { whenTrue: Fact; whenFalse: Fact } {
  const t = unwrapExpression(test);
  if (t.type === "UnaryExpression" && t.operator === "!") {
    const inner = factOf(t.argument, name);
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  // `a || b` is false when both are; `a && b` true when both are: either side's fact then holds.
  if (t.type === "LogicalExpression" && (t.operator === "||" || t.operator === "&&")) {
    const left = factOf(t.left, name);
    const right = factOf(t.right, name);
    return t.operator === "||" ? { whenTrue: undefined, whenFalse: left.whenFalse ?? right.whenFalse } : { whenTrue: left.whenTrue ?? right.whenTrue, whenFalse: undefined };
  }
  // `name.message` (or `name?.message`) tested for truth: a client's error always has one.
  if (isMessageRead(t, name)) return { whenTrue: undefined, whenFalse: "not-error" };
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

/** A statement that never completes normally: return, throw, or a block ending in one. */
function exits(stmt: Node): boolean {
  if (stmt.type === "ReturnStatement" || stmt.type === "ThrowStatement" || stmt.type === "ContinueStatement" || stmt.type === "BreakStatement") return true;
  if (stmt.type === "BlockStatement") return stmt.body.length > 0 && exits(stmt.body[stmt.body.length - 1]);
  if (stmt.type === "IfStatement") return !!stmt.alternate && exits(stmt.consequent) && exits(stmt.alternate);
  return false;
}

/**
 * True when, at `ref`, the value named `name` cannot be an Error object: `ref`
 * sits in the branch of a type test that excludes it, or after an
 * `if (name instanceof Error) return ...` in an enclosing block. `parents`
 * maps each node of the scope to its parent; the climb stops at the scope's top.
 */
export function knownNotError(ref: Node, name: string, parents: ReadonlyMap<Node, Node | undefined>): boolean {
  let child: Node = ref;
  for (let parent = parents.get(ref); parent; child = parent, parent = parents.get(parent)) {
    switch (parent.type) {
      case "IfStatement":
      case "ConditionalExpression": {
        if (child === parent.test) break;
        const fact = factOf(parent.test, name);
        const holds = child === parent.consequent ? fact.whenTrue : fact.whenFalse;
        if (holds === "not-error") return true;
        break;
      }
      case "LogicalExpression": {
        if (child !== parent.right) break;
        const fact = factOf(parent.left, name);
        const holds = parent.operator === "&&" ? fact.whenTrue : parent.operator === "||" ? fact.whenFalse : undefined;
        if (holds === "not-error") return true;
        break;
      }
      case "BlockStatement":
      case "Program":
      case "SwitchCase": {
        const body = (parent.type === "SwitchCase" ? parent.consequent : parent.body) as readonly Node[];
        const at = body.indexOf(child);
        for (let i = 0; i < at; i++) if (excludesAfter(body[i], name)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

/** `if (name instanceof Error) return ...;`: the statements after it see only what is not an Error. */
function excludesAfter(stmt: Node, name: string): boolean {
  if (stmt.type !== "IfStatement") return false;
  const s = stmt as TSESTree.IfStatement;
  const fact = factOf(s.test, name);
  // Reaching the next statement means the branch that exits was not taken.
  if (exits(s.consequent) && !s.alternate) return fact.whenFalse === "not-error";
  if (s.alternate && exits(s.alternate) && !exits(s.consequent)) return fact.whenTrue === "not-error";
  return false;
}
