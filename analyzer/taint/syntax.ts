// Syntax questions the interpreter asks about the AST: member chains, literal
// tests, the functions of a module, whether a function calls its parameters.
import type { TSESTree } from "@typescript-eslint/types";
import { FUNCTION_TYPES, isFunctionNode, memberChain as astMemberChain, propertyName, pushChildren, stringLiteralValue, unwrapExpression, walk, walkTypes } from "../parse/ast.js";
import { patternIdentifiers } from "./modules.js";
import type { FunctionNode } from "./spec.js";
import { type Node } from "./context.js";
import type { Binding } from "./scope.js";

/** The engine's view of a member chain (parse/ast.ts `memberChain`): rooted at a local name or `this`. */
export function memberChain(node: Node): { root: string; path: string[] } | undefined {
  const chain = astMemberChain(node);
  if (!chain) return undefined;
  if (chain.root.type === "Identifier") return { root: chain.root.name, path: chain.names };
  if (chain.root.type === "ThisExpression") return { root: "this", path: chain.names };
  return undefined;
}

export function describeTarget(node: Node): string {
  const chain = memberChain(node);
  if (chain) return [chain.root, ...chain.path].join(".");
  return "an object";
}

/**
 * A separator written only when a string lacks it: `s.startsWith("/") ? "" : "/"`
 * (also negated, `s[0] === "/"`, `s.charAt(0) === "/"`) placed before `s`, or
 * `s.endsWith("/") ? "" : "/"` placed after `s`. Next to `s`, the pair always
 * has the separator there (`${base}${p.startsWith("/") ? "" : "/"}${p}` is
 * `<base>/` then the rest of `p`). `subject` is `s`; `side` says where `s`
 * must stand: "after" the conditional (startsWith), "before" it (endsWith).
 */
export function conditionalSeparator(node: Node): { sep: string; subject: Node; side: "before" | "after" } | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "ConditionalExpression") return undefined;
  const { test, negated } = withoutNegations(n.test);
  const found = separatorTest(test);
  if (!found) return undefined;
  const yes = stringLiteralValue(unwrapExpression(negated ? n.alternate : n.consequent));
  const no = stringLiteralValue(unwrapExpression(negated ? n.consequent : n.alternate));
  // Has it: nothing added; lacks it: the separator itself.
  if (yes !== "" || no !== found.sep || found.sep === "") return undefined;
  return found;
}

/** A test with its leading `!`s taken off, and whether their number was odd. */
function withoutNegations(node: Node): { test: Node; negated: boolean } {
  let test = unwrapExpression(node);
  let negated = false;
  while (test.type === "UnaryExpression" && test.operator === "!") {
    negated = !negated;
    test = unwrapExpression(test.argument);
  }
  return { test, negated };
}

function separatorTest(test: Node): { sep: string; subject: Node; side: "before" | "after" } | undefined {
  if (test.type === "CallExpression" && test.callee.type === "MemberExpression" && test.arguments.length === 1) {
    const name = propertyName(test.callee);
    const sep = stringLiteralValue(unwrapExpression(test.arguments[0] as Node));
    if (sep === undefined || (name !== "startsWith" && name !== "endsWith")) return undefined;
    return { sep, subject: test.callee.object, side: name === "startsWith" ? "after" : "before" };
  }
  // `s[0] === "/"`, `s.charAt(0) === "/"`: a one-character separator at the start.
  if (test.type === "BinaryExpression" && (test.operator === "===" || test.operator === "==")) {
    const sep = stringLiteralValue(unwrapExpression(test.right as Node));
    const left = unwrapExpression(test.left as Node);
    if (sep === undefined || sep.length !== 1) return undefined;
    if (left.type === "MemberExpression" && left.computed && left.property.type === "Literal" && left.property.value === 0) return { sep, subject: left.object, side: "after" };
    if (left.type === "CallExpression" && left.callee.type === "MemberExpression" && propertyName(left.callee) === "charAt" && left.arguments.length === 1 && left.arguments[0].type === "Literal" && left.arguments[0].value === 0) return { sep, subject: left.callee.object, side: "after" };
  }
  return undefined;
}

/**
 * `s.endsWith("/") ? s : s + "/"` (or `` `${s}/` ``, or the test negated): the
 * string with the suffix, whichever branch runs. Returns the branch that
 * appends it, whose value says what the whole ends with; undefined for any
 * other conditional.
 */
export function suffixAppended(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "ConditionalExpression") return undefined;
  const { test, negated } = withoutNegations(n.test);
  const found = separatorTest(test);
  if (!found || found.side !== "before" || found.sep === "") return undefined;
  const has = negated ? n.alternate : n.consequent;
  const lacks = negated ? n.consequent : n.alternate;
  return sameChain(has, found.subject) && appends(lacks, found.subject, found.sep) ? lacks : undefined;
}

/** `s + sep` or `` `${s}${sep}` `` with nothing else. */
function appends(node: Node, subject: Node, sep: string): boolean {
  const n = unwrapExpression(node);
  if (n.type === "BinaryExpression" && n.operator === "+") return (n.left as { type: string }).type !== "PrivateIdentifier" && sameChain(n.left as Node, subject) && stringLiteralValue(unwrapExpression(n.right)) === sep;
  return n.type === "TemplateLiteral" && n.expressions.length === 1 && n.quasis[0].value.cooked === "" && n.quasis[1].value.cooked === sep && sameChain(n.expressions[0], subject);
}

/** Whether two expressions name the same local or member chain (`p`, `this.base`, `opts.path`). */
export function sameChain(a: Node, b: Node): boolean {
  const x = memberChain(a);
  const y = memberChain(b);
  return !!x && !!y && x.root === y.root && x.path.length === y.path.length && x.path.every((p, i) => p === y.path[i]);
}

export function isLiteralTest(n: Node): boolean {
  return (n.type === "Literal" && n.value !== null && typeof n.value !== "object") || (n.type === "TemplateLiteral" && n.expressions.length === 0);
}

/** Every function in `root`, outer before inner, in source order. */
export function collectFunctions(root: Node, out: FunctionNode[]): void {
  walkTypes(root, FUNCTION_TYPES, (n) => {
    out.push(n as FunctionNode);
  });
}

export { FUNCTION_TYPES };

/**
 * Every name used inside the functions nested in `fn` (at any depth): a local
 * of `fn` not among them is never read by a closure. Undefined for a body of
 * more than `budget` nodes: an outer function of a bundle would cost a walk of
 * everything inside it, for each such function.
 */
export function namesUsedInNestedFunctions(fn: FunctionNode, budget = 5000): Set<string> | undefined {
  const names = new Set<string>();
  if (!fn.body) return names;
  const nodes: Node[] = [fn.body];
  let seen = 0;
  while (nodes.length) {
    if (++seen > budget) return undefined;
    const n = nodes.pop()!;
    if (isFunctionNode(n)) {
      const inner = namesUnder(n, budget - seen, 0);
      if (!inner) return undefined;
      for (const name of inner.names) names.add(name);
      seen += inner.nodes;
      continue;
    }
    pushChildren(n, nodes);
  }
  return names;
}

/** The identifiers below a function node (itself excluded) and how many nodes are below it. */
interface NamesUnder {
  names: ReadonlySet<string>;
  nodes: number;
}

/**
 * Each nested function's names, worked out once: every enclosing function
 * asks for the names of the functions inside it, and a walk per ask cost each
 * function a walk per level of nesting above it (a bundle nests them deep).
 */
const namesUnderMemo = new WeakMap<Node, NamesUnder>();
/** The largest limit a function's walk was stopped at: it has more nodes below it than that. */
const namesUnderExceeded = new WeakMap<Node, number>();
/** Deeper nested functions are walked in place rather than asked (bounded recursion on hostile nesting). */
const MAX_NAMES_NESTING = 64;

/** Undefined when the function has more than `limit` nodes below it. */
function namesUnder(fn: FunctionNode, limit: number, depth: number): NamesUnder | undefined {
  const known = namesUnderMemo.get(fn);
  if (known) return known.nodes > limit ? undefined : known;
  if ((namesUnderExceeded.get(fn) ?? -1) >= limit) return undefined;
  const names = new Set<string>();
  const nodes: Node[] = [];
  pushChildren(fn, nodes);
  let count = 0;
  while (nodes.length) {
    if (++count > limit) {
      namesUnderExceeded.set(fn, Math.max(limit, namesUnderExceeded.get(fn) ?? -1));
      return undefined;
    }
    const n = nodes.pop()!;
    if (n.type === "Identifier") names.add(n.name);
    if (depth < MAX_NAMES_NESTING && isFunctionNode(n)) {
      const inner = namesUnder(n, limit - count, depth + 1);
      if (!inner) {
        namesUnderExceeded.set(fn, Math.max(limit, namesUnderExceeded.get(fn) ?? -1));
        return undefined;
      }
      for (const name of inner.names) names.add(name);
      count += inner.nodes;
      continue;
    }
    pushChildren(n, nodes);
  }
  const out = { names, nodes: count };
  namesUnderMemo.set(fn, out);
  return out;
}

/** A function that calls one of its parameters (or a property of one): `retry(fn)`, `withClient(cb)`. */
export function callsOwnParameter(fn: FunctionNode): boolean {
  // A body-less TS signature (`declare function f(cb): void`) calls nothing.
  if (!fn.body) return false;
  const names = new Set<string>();
  for (const p of fn.params) for (const id of patternIdentifiers(p)) names.add(id.name);
  if (names.size === 0) return false;
  let found = false;
  const stack: Node[] = [fn.body];
  let budget = 2000;
  while (stack.length && !found && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === "CallExpression") {
      const c = unwrapExpression(n.callee);
      if (c.type === "Identifier" && names.has(c.name)) found = true;
      if (c.type === "MemberExpression" && ["call", "apply"].includes(propertyName(c) ?? "") && unwrapExpression(c.object).type === "Identifier" && names.has((unwrapExpression(c.object) as TSESTree.Identifier).name)) found = true;
    }
    if (n !== fn.body && (n.type === "FunctionDeclaration")) continue;
    pushChildren(n, stack);
  }
  return found;
}

export function importedName(n: TSESTree.Node): string {
  if (n.type === "Identifier") return n.name;
  if (n.type === "Literal") return String(n.value);
  return "default";
}

/**
 * Whether a list has at least one element whatever the data: `s.split(sep)` (a string split on a
 * separator gives one piece at least), an array literal with an element, or a const bound to one.
 */
export function nonEmptyList(node: Node, lookup: (name: string) => Binding | undefined, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (n.type === "ArrayExpression") return n.elements.some((el) => el !== null && el.type !== "SpreadElement");
  if (n.type === "CallExpression") return n.callee.type === "MemberExpression" && propertyName(n.callee) === "split" && n.arguments.length === 1 && n.arguments[0].type !== "SpreadElement";
  if (n.type !== "Identifier" || depth > 2) return false;
  const b = lookup(n.name);
  return b?.kind === "const" && b.init !== undefined && b.init.type !== "ForOfStatement" && b.init.type !== "ForInStatement" && nonEmptyList(b.init, lookup, depth + 1);
}

/** A `break` or `continue` in a loop body (outside nested functions): an iteration may end without the body's assignments. */
export function leavesIteration(body: TSESTree.Node): boolean {
  let found = false;
  walk(body, {
    enter: (n) => {
      if (found || isFunctionNode(n)) return false;
      if (n.type === "BreakStatement" || n.type === "ContinueStatement") found = true;
      return undefined;
    },
  });
  return found;
}

/**
 * Whether `fn`'s own body (its nested functions excluded: each is asked on its
 * own) reaches for where a user's secrets live: a member named `env`
 * (`process.env.TOKEN`, `proc.env`, `p["env"]`, `const { env } = process`; an
 * `env:` key of an object literal counts too, a spawn's options are worth a
 * look as well) or the home folder (`homedir`, `os.homedir()`). Each node is
 * visited by its innermost function only, so asking every function of a
 * module walks the module once.
 */
export function readsUserSecretsDirectly(fn: FunctionNode): boolean {
  const nodes: Node[] = [];
  pushChildren(fn, nodes);
  while (nodes.length) {
    const n = nodes.pop()!;
    if (isFunctionNode(n)) continue;
    if ((n.type === "MemberExpression" || n.type === "Property") && propertyName(n) === "env") return true;
    if (n.type === "Identifier" && n.name === "homedir") return true;
    pushChildren(n, nodes);
  }
  return false;
}

/** The key of a class's instances: its module and where its body starts (one per class node). */
export function classKeyOf(st: { module: { path: string } }, c: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string {
  return `class#${st.module.path}#${c.range[0]}`;
}
