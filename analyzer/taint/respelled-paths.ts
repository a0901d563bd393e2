// A path written another way names the same file. A containment check on
// `tidy(p)`, where `tidy` is one of the package's own helpers, says where `p`
// points only when `tidy` rewrites the spelling and nothing else: it trims,
// collapses or turns separators, drops a trailing one, re-cases, puts a small
// cut of the head back behind separator text (`/c/x` → `C:\x`), or calls the
// path module's normaliser. A helper that removes characters a `..` segment is
// made of (`s.replace(/\.\.\//g, "")`), keeps only a part (`basename`, `split`),
// or answers with text of its own, checks another path than the one written
// next. Only a path already in canonical form (`path.resolve(...)`, a real
// path) is vouched for this way: its text holds no `..` for the helper to hide.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, stringLiteralValue, unwrapExpression, visitFunctionBody } from "../parse/ast.js";
import type { FunctionNode } from "./spec.js";

type Node = TSESTree.Node;

/** What the caller knows about calls inside a helper: which are the path module's, which run the package's own functions. */
export interface RespellingContext {
  /** `path.normalize(p)`, an imported `realpathSync(p)`: the library call of that name, not a function of the package's own. */
  isPathCall(call: TSESTree.CallExpression, inside: FunctionNode): boolean;
  /** The package's own functions a call inside `inside` runs. */
  helpersOf(call: TSESTree.CallExpression, inside: FunctionNode): FunctionNode[];
}

/** Path calls whose result names the file their one argument names (guards.ts reads the same set). */
export const CANONICAL_PATH_CALLS = new Set(["resolve", "normalize", "realpath", "realpathSync", "native"]);
/** String methods that change how text is written, never which characters of a name it holds. */
const SPELLING_METHODS = new Set(["trim", "trimStart", "trimEnd", "trimLeft", "trimRight", "toUpperCase", "toLowerCase", "toString"]);
/** Cuts of a few head characters (`p.slice(2)`, `p.charAt(1)`): a drive or UNC prefix being rewritten, too short to hold `../`. */
const HEAD_CUTS = new Set(["slice", "substring", "substr", "charAt"]);
const LONGEST_HEAD_CUT = 2;
/** Text a helper may put around the path: separators and a drive colon. */
const SEPARATOR_TEXT = /^[\\/:]*$/;
/** Paths whose dots a replace must leave alone. */
const DOT_PROBES = ["a/../b/./c/..", "..\\x\\..", "'../x'", " ../ ", "..", "...."];
const MAX_DEPTH = 2;

/**
 * Every way out of `fn` answers with its parameter `param` written another way
 * (see the head of this file). Nested callbacks' returns count: they can only
 * make the answer no.
 */
export function respellsParameter(fn: FunctionNode, param: string, ctx: RespellingContext, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const returned = returnedExpressions(fn);
  if (!returned) return false;
  const writes = writesIn(fn);
  const respelled = (e: Node, seen: ReadonlySet<string>): boolean => {
    let n = unwrapExpression(e);
    if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
    if (n.type === "Identifier") {
      // A name met again on its own way back is its earlier value (`p = p.trim()`): the parameter, or a cycle of respellings.
      if (seen.has(n.name)) return true;
      const all = writes.get(n.name) ?? [];
      if (n.name !== param && all.length === 0) return false;
      const next = new Set([...seen, n.name]);
      return all.every((w) => respelled(w, next));
    }
    if (n.type === "ConditionalExpression") return respelled(n.consequent, seen) && respelled(n.alternate, seen);
    if (n.type === "BinaryExpression" && n.operator === "+") return joinedAround([n.left as Node, n.right], seen);
    if (n.type === "TemplateLiteral") return n.quasis.every((q) => SEPARATOR_TEXT.test(q.value.cooked ?? "")) && joinedAround(n.expressions, seen);
    if (n.type !== "CallExpression") return false;
    const callee = unwrapExpression(n.callee);
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
    if (!name) return false;
    const args = n.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
    if (args.length !== n.arguments.length) return false;
    const helpers = ctx.helpersOf(n, fn);
    if (helpers.length > 0) {
      // One of the package's own helpers: it respells the argument it is handed, the others are settings.
      if (helpers.length !== 1) return false;
      const helper = helpers[0];
      const at = args.findIndex((a) => respelled(a, seen));
      const p = at >= 0 ? helper.params[at] : undefined;
      return !!p && isIdentifier(p) && args.every((a, i) => i === at || isConstant(a)) && respellsParameter(helper, p.name, ctx, depth + 1);
    }
    if (CANONICAL_PATH_CALLS.has(name) && ctx.isPathCall(n, fn)) return args.length === 1 && respelled(args[0], seen);
    if (callee.type !== "MemberExpression") return false;
    const object = callee.object as Node;
    if (SPELLING_METHODS.has(name)) return args.length === 0 && respelled(object, seen);
    if (HEAD_CUTS.has(name)) {
      const at = args.length === 1 ? unwrapExpression(args[0]) : undefined;
      return at?.type === "Literal" && typeof at.value === "number" && at.value >= 0 && at.value <= LONGEST_HEAD_CUT && respelled(object, seen);
    }
    if (name === "replace" || name === "replaceAll") return args.length === 2 && keepsDots(args[0], args[1]) && respelled(object, seen);
    return false;
  };
  /** Pieces glued together: at least one is the path, the rest separator text. */
  const joinedAround = (parts: readonly Node[], seen: ReadonlySet<string>): boolean => {
    let path = 0;
    for (const part of parts) {
      if (isSeparatorText(part)) continue;
      if (!respelled(part, seen)) return false;
      path++;
    }
    return path > 0;
  };
  return returned.every((r) => respelled(r, new Set()));
}

/**
 * What every return of `fn` answers (an arrow's expression body; nested
 * callbacks' returns included), or undefined when a way out answers nothing
 * (a bare `return`) or there is no return at all.
 */
export function returnedExpressions(fn: FunctionNode): Node[] | undefined {
  if (fn.body.type !== "BlockStatement") return [fn.body];
  const returned: Node[] = [];
  let bare = false;
  visitFunctionBody(fn, (n) => {
    if (n.type !== "ReturnStatement") return;
    if (n.argument) returned.push(n.argument);
    else bare = true;
  });
  return bare || returned.length === 0 ? undefined : returned;
}

/** A replace that leaves every dot where it was, writing a separator or nothing in place of what it matches. */
function keepsDots(pattern: Node, replacement: Node): boolean {
  const written = stringLiteralValue(replacement);
  if (written === undefined ? !isSeparatorText(replacement) : !SEPARATOR_TEXT.test(written)) return false;
  const p = unwrapExpression(pattern);
  const text = stringLiteralValue(p);
  if (text !== undefined) return !text.includes(".");
  if (p.type !== "Literal" || !("regex" in p) || !p.regex) return false;
  let re: RegExp;
  try {
    re = new RegExp(p.regex.pattern, p.regex.flags.includes("g") ? p.regex.flags : `${p.regex.flags}g`);
  } catch {
    return false;
  }
  return DOT_PROBES.every((probe) => [...probe.matchAll(re)].every((m) => !m[0].includes(".")));
}

/** `"\\"`, `"/"`, `path.sep`: text that only separates. */
function isSeparatorText(node: Node): boolean {
  const n = unwrapExpression(node);
  const text = stringLiteralValue(n);
  if (text !== undefined) return SEPARATOR_TEXT.test(text);
  return n.type === "MemberExpression" && propertyName(n) === "sep";
}

function isConstant(node: Node): boolean {
  const n = unwrapExpression(node);
  return n.type === "Literal" || (n.type === "TemplateLiteral" && n.expressions.length === 0);
}

/** What each name of the body is assigned, its declaration included (guards.ts canonicalReturns reads it too). */
export function writesIn(fn: FunctionNode): Map<string, Node[]> {
  const writes = new Map<string, Node[]>();
  visitFunctionBody(fn, (n) => {
    if (n.type === "VariableDeclarator" && isIdentifier(n.id) && n.init) writes.set(n.id.name, [...(writes.get(n.id.name) ?? []), n.init]);
    if (n.type === "AssignmentExpression" && isIdentifier(n.left)) writes.set(n.left.name, [...(writes.get(n.left.name) ?? []), n.operator === "=" ? n.right : n]);
  });
  return writes;
}

