// Guards: checks that make a value safe on the branch they dominate.
// Judged by what they do (DESIGN.md): `p.startsWith(root + path.sep)` contains
// a path, `p.startsWith(root)` does not; `LIST.includes(x)` with a constant
// list is an allow-list; an anchored regex test is a format check.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, pushChildren, stringLiteralValue, unwrapExpression, visitFunctionBody } from "../parse/ast.js";
import { CANONICAL_PATH_CALLS as CANONICAL_CALLS, respellsParameter, returnedExpressions, writesIn, type RespellingContext } from "./respelled-paths.js";
import { constantsShape, findsDotDotSegments, findsSeparators, patternShape, rejectedCharactersShape } from "./shapes.js";
import { NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, PREFIX_CHECKED, RELATIVE, type FunctionNode, type GuardKind } from "./spec.js";

type Node = TSESTree.Node;

export interface Refinement {
  /** The checked expression: an identifier or a static member chain. */
  target: Node;
  kind: GuardKind;
  /** Shape marks (spec.ts) the check proves on the branch it dominates. */
  shape?: string[];
  /** The marks state a fact but the check keeps nothing out: no guard is recorded. */
  markOnly?: boolean;
  /** A check the scanner cannot judge (spec.ts UNREAD_CHECK): the engine marks the target with it, naming this call. */
  unread?: TSESTree.CallExpression;
  /** The unread check is a library function's (its result may be data rather than a verdict). */
  unreadLibrary?: boolean;
  /**
   * The check compares with these values (a configured host, a base URL's
   * origin): it holds only where none of them is the caller's. Judged where
   * the check is read, and again at each call of a helper whose parameter or
   * receiver they come from (value-ops.ts `conditionalGuard`).
   */
  settledIf?: Node[];
  /**
   * The check is membership in a collection the code keeps (a Map's keys, a
   * Set's members, a list's elements or their `field`): it holds only where
   * no key written into that collection was the caller's (a tool that creates
   * entries under a name the model picks makes the check no check). Judged on
   * the collection's value where the check is read.
   */
  keysSettledIf?: RegistryKeys;
}

/** The keys of a registry a membership check compares with: the collection, and the element field compared (`find((j) => j.id === x)`). */
export interface RegistryKeys {
  collection: Node;
  field?: string;
  /** Found as a registry (a field or variable the code fills), not as a constant collection: a library's object is none. */
  kept?: boolean;
  /**
   * The lookup is written inside a user helper the check calls (`getJob(id)`
   * answering `jobs.get(id) ?? null`): the collection is read where the
   * helper is defined, or on the receiver the call names (`this.jobs` of
   * `store.getJob(id)`), not in the caller's scope.
   */
  inside?: { helper: FunctionNode; call: TSESTree.CallExpression };
}

export interface GuardContext {
  /** The initializer of a `const` the identifier is bound to, if any. */
  initOf(id: TSESTree.Identifier): Node | undefined;
  /** For a name bound by `const { key } = from`: where it was read from. */
  destructuredOf?(id: TSESTree.Identifier): { from: Node; key: string } | undefined;
  /**
   * The user functions a call may run, so that a helper such as
   * `isPathWithinAllowedDirectories(p, dirs)` is judged by its body, not its name.
   */
  functionsCalled?(call: TSESTree.CallExpression): FunctionNode[];
  /**
   * The user functions a call written inside `helper` runs, resolved where
   * `helper` is defined: a guard helper in another module calls its own
   * neighbours (`isPathUnderRoot` next to `validateOutputPath`).
   */
  functionsCalledInside?(helper: FunctionNode, call: TSESTree.CallExpression): FunctionNode[];
  /**
   * True when the expression's value is chosen by whoever calls the tool (a
   * tool argument, a request): a root or list it supplies makes a check the
   * model can switch off (`path.relative(args.root, p)`), which proves nothing.
   */
  chosenByCaller?(node: Node): boolean;
  /**
   * The `const` initializer a name inside `helper` refers to, read where
   * `helper` is defined (its module's constants and imports): a guard helper
   * in another module tests a pattern its own module names.
   */
  initInside?(helper: FunctionNode, id: TSESTree.Identifier): Node | undefined;
  /** The library exports a name is bound to (`sep` imported from `node:path`): access-path keys such as `path Member[sep]`. */
  apisOf?(node: Node): readonly string[];
  /** The callee is a function of an installed-elsewhere package that no model row describes (never a Node builtin). */
  unknownLibraryCall?(call: TSESTree.CallExpression): boolean;
  /** The name is a parameter of a function (a list handed in, not one the code keeps). */
  isParameter?(id: TSESTree.Identifier): boolean;
}

/** Some identifier or member chain the expression is built from is chosen by the caller (`root + path.sep`). */
function mentionsCallerValue(node: Node, ctx: GuardContext, depth = 0): boolean {
  if (!ctx.chosenByCaller || depth > 6) return false;
  const n = unwrapExpression(node);
  if (n.type === "MemberExpression" && propertyName(n) === "sep") return false;
  if (targetKey(n) !== undefined) return ctx.chosenByCaller(n);
  if (n.type === "BinaryExpression") return mentionsCallerValue(n.left as Node, ctx, depth + 1) || mentionsCallerValue(n.right, ctx, depth + 1);
  if (n.type === "TemplateLiteral") return n.expressions.some((e) => mentionsCallerValue(e, ctx, depth + 1));
  if (n.type === "CallExpression") return n.arguments.some((a) => a.type !== "SpreadElement" && mentionsCallerValue(a, ctx, depth + 1)) || (n.callee.type === "MemberExpression" && mentionsCallerValue(n.callee.object, ctx, depth + 1));
  if (n.type === "ConditionalExpression") return mentionsCallerValue(n.consequent, ctx, depth + 1) || mentionsCallerValue(n.alternate, ctx, depth + 1);
  if (n.type === "AwaitExpression") return mentionsCallerValue(n.argument, ctx, depth + 1);
  return false;
}

const VALIDATOR_NAME = /^(is|has|check|validate|verify|ensure|assert)[A-Z_]?\w*(valid|safe|allowed|permitted|whitelist|allowlist|trusted|inside|within|contain|authori[sz]ed)\w*$|^(validate|sanitize|isValid|isSafe|isAllowed|isPermitted|isWithin|isInside)\w*$/i;

/** `a.b.c` or `a` as a key, or undefined when the expression is not a static chain. */
export function targetKey(node: Node): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === "Identifier") return n.name;
  if (n.type === "ThisExpression") return "this";
  if (n.type === "MemberExpression") {
    const name = propertyName(n);
    const base = targetKey(n.object);
    return name !== undefined && base !== undefined ? `${base}.${name}` : undefined;
  }
  return undefined;
}

function isLiteralLike(node: Node): boolean {
  const n = unwrapExpression(node);
  return (n.type === "Literal" && n.value !== null && typeof n.value !== "object") || (n.type === "TemplateLiteral" && n.expressions.length === 0);
}

/** `X + path.sep`, `X + "/"`, `` `${X}${path.sep}` ``, `path.join(X, path.sep)`: a prefix that ends at a separator. */
function endsWithSeparator(node: Node, ctx: GuardContext, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (depth > 3) return false;
  const isSep = (e: Node) => {
    const u = unwrapExpression(e);
    const s = stringLiteralValue(u);
    if (s !== undefined) return s.endsWith("/") || s.endsWith("\\");
    return (u.type === "MemberExpression" && propertyName(u) === "sep") || isPathExport(u, "sep", ctx);
  };
  if (n.type === "BinaryExpression" && n.operator === "+") return isSep(n.right);
  // `dir.endsWith(path.sep) ? dir : dir + path.sep`
  if (n.type === "ConditionalExpression") {
    const t = unwrapExpression(n.test);
    const checked = t.type === "CallExpression" && t.callee.type === "MemberExpression" && propertyName(t.callee) === "endsWith" && t.arguments[0] && isSep(t.arguments[0]) ? targetKey(t.callee.object) : undefined;
    const branchEnds = (b: Node) => (checked !== undefined && targetKey(b) === checked) || endsWithSeparator(b, ctx, depth + 1);
    return branchEnds(n.consequent) && endsWithSeparator(n.alternate, ctx, depth + 1);
  }
  // `dir.replace(/\\?$/, "\\")`: whatever the end was, it is now a separator.
  if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && propertyName(n.callee) === "replace" && n.arguments.length === 2) {
    const [pattern, replacement] = n.arguments;
    const anchoredAtEnd = pattern.type === "Literal" && "regex" in pattern && !!pattern.regex && pattern.regex.pattern.endsWith("$");
    return anchoredAtEnd && isSep(replacement);
  }
  if (n.type === "TemplateLiteral") {
    const last = n.quasis[n.quasis.length - 1].value.cooked ?? "";
    if (last.endsWith("/") || last.endsWith("\\")) return true;
    return last === "" && n.expressions.length > 0 && isSep(n.expressions[n.expressions.length - 1]);
  }
  if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && propertyName(n.callee) === "join" && n.arguments.length > 0) {
    return isSep(n.arguments[n.arguments.length - 1]);
  }
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    return init ? endsWithSeparator(init, ctx, depth + 1) : false;
  }
  return false;
}

/**
 * `sep`, `relative` imported by name from the path module (`import { sep }
 * from "node:path"`, `const { relative } = require("path")`): the same
 * export as `path.sep`, `path.relative`.
 */
function isPathExport(node: Node, name: string, ctx: GuardContext): boolean {
  if (!isIdentifier(node)) return false;
  const key = new RegExp(`^path(/posix|/win32)? Member\\[${name}\\]$`);
  return (ctx.apisOf?.(node) ?? []).some((api) => key.test(api));
}

/** The `b` of `path.relative(a, b)` when `node` is (bound to) such a call. */
function relativeSource(node: Node, ctx: GuardContext): Node | undefined {
  return relativeCall(node, ctx)?.arguments[1];
}

function relativeCall(node: Node, ctx: GuardContext): TSESTree.CallExpression | undefined {
  let n = unwrapExpression(node);
  if (isIdentifier(n)) n = ctx.initOf(n) ?? n;
  n = unwrapExpression(n);
  if (n.type === "CallExpression" && ((n.callee.type === "MemberExpression" && propertyName(n.callee) === "relative") || isPathExport(unwrapExpression(n.callee), "relative", ctx)) && n.arguments.length === 2) {
    return n;
  }
  return undefined;
}

/**
 * `rel.startsWith("..")` false where `rel = path.relative(root, full)`: `full`
 * (and what it was built from) is inside `root`, unless the caller chose `root`.
 */
function relativeContainment(rel: Node, ctx: GuardContext): Refinement[] {
  const call = relativeCall(rel, ctx);
  if (!call || call.arguments[0].type === "SpreadElement" || mentionsCallerValue(call.arguments[0], ctx)) return [];
  const source = call.arguments[1];
  return [...containment(rel, ctx), ...(source.type !== "SpreadElement" && targetKey(source) ? [{ target: source, kind: "path-containment" as const }] : [])];
}

function isConstantCollection(node: Node, ctx: GuardContext, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (depth > 3) return false;
  if (n.type === "ArrayExpression") return n.elements.every((e) => e && e.type !== "SpreadElement" && isLiteralLike(e));
  if (n.type === "ObjectExpression") return true;
  if (n.type === "NewExpression" && isIdentifier(n.callee) && (n.callee.name === "Set" || n.callee.name === "Map")) {
    return n.arguments.length === 0 || isConstantCollection(n.arguments[0], ctx, depth + 1);
  }
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    if (init) return isConstantCollection(init, ctx, depth + 1);
    return /^[A-Z][A-Z0-9_]+$/.test(n.name) || /^(allowed|valid|known|supported|permitted|whitelist|allowlist)/i.test(n.name);
  }
  if (n.type === "MemberExpression") {
    const name = propertyName(n) ?? "";
    return /^[A-Z][A-Z0-9_]+$/.test(name) || /^(allowed|valid|known|supported|permitted|whitelist|allowlist)/i.test(name);
  }
  if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && isIdentifier(n.callee.object, "Object") && ["keys", "values"].includes(propertyName(n.callee) ?? "")) {
    return n.arguments.length === 1 && isConstantCollection(n.arguments[0], ctx, depth + 1);
  }
  return false;
}

/** The regex literal an expression is, or a `const` bound to one. */
function regexLiteral(node: Node, ctx: GuardContext): Node {
  const n = unwrapExpression(node);
  const init = isIdentifier(n) ? ctx.initOf(n) : undefined;
  return init ? unwrapExpression(init) : n;
}

function regexShape(node: Node): string[] {
  const n = unwrapExpression(node);
  return n.type === "Literal" && "regex" in n && n.regex ? patternShape(n.regex.pattern) : [];
}

/** What a regex test that found nothing proves: no `..` segment, no separator (either, both or none), none of the characters a one-class alternative finds. */
function notFoundShape(node: Node): string[] {
  const re = statelessRegex(node);
  if (!re) return [];
  const marks = [...(findsDotDotSegments(re.pattern, re.flags) ? [NO_DOT_DOT] : []), ...(findsSeparators(re.pattern, re.flags) ? [NO_SEPARATOR, RELATIVE] : []), ...rejectedCharactersShape(re.pattern)];
  return [...new Set(marks)];
}

/** The regex literal `node` is, when a test of it that found nothing proves something. */
function statelessRegex(node: Node): { pattern: string; flags: string } | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "Literal" || !("regex" in n) || !n.regex) return undefined;
  // A `g` or `y` regex tests from its `lastIndex`: false on a later call proves nothing.
  return /[gy]/.test(n.regex.flags) ? undefined : n.regex;
}

/**
 * `x.includes("/") || x.includes("\\")` false (or `!x.includes("/") && !x.includes("\\")` true):
 * neither separator is in x. Each side alone says one is not.
 */
function separatorPairRefinements(sides: Node[], whenTrue: boolean): Refinement[] {
  const absent = new Map<string, { target: Node; seps: Set<string> }>();
  for (const side of sides) {
    let u = unwrapExpression(side);
    let holds = whenTrue;
    if (u.type === "UnaryExpression" && u.operator === "!") {
      u = unwrapExpression(u.argument);
      holds = !holds;
    }
    // Past the test, `x.includes(sep)` is false.
    if (holds || u.type !== "CallExpression" || calleeName(u) !== "includes" || u.callee.type !== "MemberExpression") continue;
    const sep = stringLiteralValue(u.arguments[0] && u.arguments[0].type !== "SpreadElement" ? u.arguments[0] : undefined);
    const key = targetKey(u.callee.object);
    if ((sep !== "/" && sep !== "\\") || !key) continue;
    const seen = absent.get(key) ?? { target: u.callee.object, seps: new Set<string>() };
    seen.seps.add(sep);
    absent.set(key, seen);
  }
  return [...absent.values()].filter((a) => a.seps.size === 2).map((a) => ({ target: a.target, kind: "shape" as const, shape: [NO_SEPARATOR, RELATIVE] }));
}

function isAnchoredRegex(node: Node): boolean {
  const n = unwrapExpression(node);
  if (n.type !== "Literal" || !("regex" in n) || !n.regex) return false;
  const src = n.regex.pattern;
  return src.startsWith("^") && src.endsWith("$") && !/(^|[^\\])\.\*/.test(src);
}

function calleeName(call: TSESTree.CallExpression): string | undefined {
  const c = unwrapExpression(call.callee);
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  return undefined;
}

/** `list.filter(cb)[0]`, through `sort`/`slice`/`reverse`: the filter call. */
function filterOfFirst(n: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  const index = unwrapExpression(n.property as Node);
  if (!n.computed || index.type !== "Literal" || index.value !== 0) return undefined;
  let c = unwrapExpression(n.object);
  for (let i = 0; i < 4 && c.type === "CallExpression" && c.callee.type === "MemberExpression"; i++) {
    const name = propertyName(c.callee);
    if (name === "filter") return c;
    if (!["sort", "slice", "reverse", "toSorted", "toReversed"].includes(name ?? "")) return undefined;
    c = unwrapExpression(c.callee.object);
  }
  return undefined;
}

/** Refinements that hold when `test` evaluates to `whenTrue`. */
export function refinementsOf(test: Node, whenTrue: boolean, ctx: GuardContext, depth = 0): Refinement[] {
  if (depth > 12) return [];
  const n = unwrapExpression(test);
  switch (n.type) {
    case "UnaryExpression":
      return n.operator === "!" ? refinementsOf(n.argument, !whenTrue, ctx, depth + 1) : [];
    case "AwaitExpression":
      return refinementsOf(n.argument, whenTrue, ctx, depth + 1);
    case "LogicalExpression": {
      const both = (n.operator === "&&" && whenTrue) || (n.operator === "||" && !whenTrue);
      if (both) return [...refinementsOf(n.left, whenTrue, ctx, depth + 1), ...refinementsOf(n.right, whenTrue, ctx, depth + 1), ...separatorPairRefinements(logicalSides(n), whenTrue)];
      // `p === root || p.startsWith(root + sep)`: every side must vouch for the same target.
      if (n.operator === "||" && whenTrue) return commonRefinements([n.left, n.right], ctx, depth);
      // `if (p !== root && !p.startsWith(root + sep)) return`: past it, one of the negations holds.
      if (n.operator === "&&" && !whenTrue) return commonRefinements([n.left, n.right], ctx, depth, false);
      return [];
    }
    case "BinaryExpression":
      return binaryRefinements(n, whenTrue, ctx, depth);
    case "CallExpression":
      return whenTrue ? callRefinements(n, ctx, depth) : negatedCallRefinements(n, ctx);
    case "Identifier": {
      // `const { valid, resolvedPath } = validatePath(p); if (!valid) throw ...`: a verdict field read by destructuring.
      const verdict = whenTrue ? destructuredVerdictRefinements(n, ctx) : undefined;
      if (verdict) return verdict;
      // `const ok = isInside(root, p); if (!ok) throw ...`: the test is the initializer.
      const init = ctx.initOf(n);
      // A library call's result held in a name may be data (`const found = await lib.scan(p); if (found)`), not a verdict.
      return init && init !== n ? refinementsOf(init, whenTrue, ctx, depth + 4).filter((r) => !r.unreadLibrary) : [];
    }
    case "MemberExpression": {
      // `const r = validatePath(p); if (!r.valid) throw ...`: the helper's verdict field, read from its body.
      const verdict = whenTrue ? verdictFieldRefinements(n, ctx) : undefined;
      if (verdict) return verdict;
      // `roots.filter((r) => isInside(r, p)).sort(...)[0]` found: the callback held for one element, as with `some`.
      const filtered = whenTrue ? filterOfFirst(n) : undefined;
      if (filtered) return callRefinements({ ...filtered, callee: { ...(filtered.callee as TSESTree.MemberExpression), property: { type: "Identifier", name: "some" } } } as TSESTree.CallExpression, ctx, depth + 1);
      if (!whenTrue && propertyName(n) === "length") return emptyFilterRefinements(n.object, ctx, depth);
      return whenTrue ? keyedLookupRefinements(n, ctx) : [];
    }
    default:
      return [];
  }
}

const CASE_CHANGES = new Set(["toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase"]);

/** `x.toLowerCase()` (any case change, no argument): x. */
function caseFoldedSource(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.arguments.length > 0) return undefined;
  const callee = unwrapExpression(n.callee);
  return callee.type === "MemberExpression" && CASE_CHANGES.has(propertyName(callee) ?? "") ? callee.object : undefined;
}

/** What a check proves of each element of a list it was made on, one element at a time: the element's own text. */
const ELEMENT_KINDS: ReadonlySet<GuardKind> = new Set(["allow-list", "literal-equality", "regex-match", "type-check"]);

/**
 * The refinements a list callback proved of its element parameter itself
 * (`(n) => known.includes(n)`), put on the list (`names`): held for every
 * element, they hold for each element the code takes out of it later
 * (`names.map((n) => `"${n}"`)`). A check of a field of the element, or of
 * another value, says nothing of the element's text.
 */
function elementwise(held: readonly Refinement[], cb: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, list: Node): Refinement[] {
  const element = cb.params[0];
  if (!element || !isIdentifier(element) || !targetKey(list)) return [];
  return held.filter((r) => isIdentifier(unwrapExpression(r.target), element.name) && ELEMENT_KINDS.has(r.kind) && !r.unread).map((r) => ({ ...r, target: list }));
}

/**
 * `const unknown = names.filter((n) => !known.includes(n))` found empty
 * (`unknown.length === 0`, `!unknown.length`, `unknown.length > 0` false): the
 * callback was false for every element, as `names.every((n) => known.includes(n))` says.
 */
function emptyFilterRefinements(lengthOf: Node, ctx: GuardContext, depth: number): Refinement[] {
  // An awaited filter (`const bad = await xs.filter(...)`) is the same list: awaiting an array hands it back.
  const n = initCall(lengthOf, ctx);
  if (!n || calleeName(n) !== "filter") return [];
  const callee = unwrapExpression(n.callee);
  const cb = n.arguments[0];
  if (callee.type !== "MemberExpression" || !cb || (cb.type !== "ArrowFunctionExpression" && cb.type !== "FunctionExpression")) return [];
  const body = cb.body.type === "BlockStatement" ? returnedExpression(cb.body) : cb.body;
  if (!body) return [];
  return elementwise(refinementsOf(body, false, ctx, depth + 1), cb, callee.object);
}

/** `x.length` compared so that it says the list is empty: `=== 0` true, `> 0`, `!== 0`, `>= 1` false. */
function emptyLengthOf(n: TSESTree.BinaryExpression, whenTrue: boolean): Node | undefined {
  const left = unwrapExpression(n.left as Node);
  const right = unwrapExpression(n.right);
  if (left.type !== "MemberExpression" || propertyName(left) !== "length" || right.type !== "Literal") return undefined;
  const empty = (right.value === 0 && ((["===", "=="].includes(n.operator) && whenTrue) || (["!==", "!=", ">"].includes(n.operator) && !whenTrue))) || (right.value === 1 && n.operator === ">=" && !whenTrue);
  return empty ? left.object : undefined;
}

/**
 * `CATALOG[key]` found (`const entry = CATALOG[key]; if (!entry) return`,
 * `if (!this.sessions[id]) throw`): the key names an entry of the collection,
 * as `key in CATALOG` says. A literal object's keys are its own names and
 * the names an object inherits (`constructor`, `toString`): plain words, none
 * with a separator or `..`.
 */
function keyedLookupRefinements(n: TSESTree.MemberExpression, ctx: GuardContext): Refinement[] {
  if (!n.computed) return [];
  const key = n.property as Node;
  if (!targetKey(key) || isLiteralLike(key)) return [];
  if (!isCatalog(n.object, ctx) || mentionsCallerValue(n.object, ctx)) return [];
  return [{ target: key, kind: "allow-list", keysSettledIf: { collection: n.object } }];
}

/**
 * An object the code writes out with its entries (`const PLANS = { free: ..., pro: ... }`),
 * or a constant it imports by an upper-case name. Not an empty `{}` the code fills as it
 * runs: a write by a computed key does not keep the key's taint, so who wrote its keys
 * could not be asked.
 */
function isCatalog(node: Node, ctx: GuardContext): boolean {
  const n = unwrapExpression(node);
  if (n.type === "ObjectExpression") return n.properties.length > 0;
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    if (init) return init !== n && isCatalog(init, ctx);
    return /^[A-Z][A-Z0-9_]+$/.test(n.name) && !ctx.isParameter?.(n);
  }
  return false;
}

/** The sides of `a || b || c` (one operator), flattened. */
function logicalSides(n: TSESTree.LogicalExpression): Node[] {
  const out: Node[] = [];
  for (const side of [n.left, n.right]) {
    const u = unwrapExpression(side);
    if (u.type === "LogicalExpression" && u.operator === n.operator) out.push(...logicalSides(u));
    else out.push(side);
  }
  return out;
}

function commonRefinements(sides: Node[], ctx: GuardContext, depth: number, whenTrue = true): Refinement[] {
  const per = sides.map((s) => {
    const u = unwrapExpression(s);
    // `x === other` (not a literal) is neutral inside such a disjunction: it pins x to a trusted value.
    const equal = u.type === "BinaryExpression" && (whenTrue ? u.operator === "===" || u.operator === "==" : u.operator === "!==" || u.operator === "!=");
    if (equal && !isLiteralLike(u.left as Node) && !isLiteralLike(u.right)) {
      // `normPath(child) === normPath(parent)`: pins what the call was built from.
      const pinned = targetKey(u.left as Node) ? (u.left as Node) : (lastArgumentSource(u.left as Node) ?? (u.left as Node));
      return [{ target: pinned, kind: "neutral" as GuardKind | "neutral" }];
    }
    return refinementsOf(s, whenTrue, ctx, depth + 1);
  });
  const out: Refinement[] = [];
  for (const r of per[0]) {
    const key = targetKey(r.target);
    if (!key) continue;
    const all = per.map((list) => list.find((x) => targetKey(x.target) === key));
    if (all.some((x) => !x)) continue;
    const reals = all.filter((x) => x!.kind !== "neutral") as Refinement[];
    const real = reals.map((x) => x.kind);
    if (real.length === 0) continue;
    // `p === root || p.startsWith(root)`: every side says the same fact, and keeps nothing out.
    const sameMark = reals.every((x) => x.markOnly && x.shape?.join() === reals[0].shape?.join());
    if (sameMark && !real.includes("path-containment")) out.push({ ...reals[0], target: r.target });
    else out.push({ target: r.target, kind: real.includes("path-containment") ? "path-containment" : real[0] });
  }
  return out;
}

function binaryRefinements(n: TSESTree.BinaryExpression, whenTrue: boolean, ctx: GuardContext, depth: number): Refinement[] {
  const emptied = emptyLengthOf(n, whenTrue);
  if (emptied) return emptyFilterRefinements(emptied, ctx, depth);
  const eq = n.operator === "===" || n.operator === "==";
  const neq = n.operator === "!==" || n.operator === "!=";
  if ((eq && whenTrue) || (neq && !whenTrue)) {
    const left = unwrapExpression(n.left as Node);
    const right = unwrapExpression(n.right);
    // `file === path.basename(file)`: the name equals its own last segment, so it holds no separator.
    for (const [a, b] of [[left, right], [right, left]] as const) {
      const named = basenameArgument(a);
      if (named && targetKey(b) && targetKey(named) === targetKey(b)) return [{ target: b, kind: "shape", shape: [NO_SEPARATOR, RELATIVE] }];
    }
    // typeof x === "number"
    for (const [a, b] of [[left, right], [right, left]] as const) {
      if (a.type === "UnaryExpression" && a.operator === "typeof" && ["number", "boolean", "bigint"].includes(stringLiteralValue(b) ?? "")) {
        return [{ target: a.argument, kind: "type-check" }];
      }
    }
    if (isLiteralLike(right) && targetKey(left)) return withUrlOwners({ target: left, kind: "literal-equality" }, ctx);
    if (isLiteralLike(left) && targetKey(right)) return withUrlOwners({ target: right, kind: "literal-equality" }, ctx);
    // `d.id === x` where d is an element of a list the code itself got (`for (const d of await listDevices())`).
    for (const [a, b] of [[left, right], [right, left]] as const) {
      if (targetKey(b) && !isLiveElement(b, ctx) && isLiveElement(a, ctx)) return [{ target: b, kind: "allow-list" }];
    }
    return [];
  }
  // `run !== undefined` (or `=== undefined` false) where `run = runs.find(...)` or `jobs.get(id)`: found, as `if (run)` says.
  if ((eq && !whenTrue) || (neq && whenTrue)) {
    for (const [a, b] of [[n.left as Node, n.right], [n.right, n.left as Node]] as const) {
      const lookup = isNullish(b) ? lookupCall(a, ctx) : undefined;
      if (lookup) return callRefinements(lookup, ctx, depth + 1);
      // `const bake = await findBake(id); if (bake === null) return`: a helper that answers its lookup, when a miss is what was compared.
      const helperCall = isNullish(b) ? initCall(a, ctx) : undefined;
      const found = helperCall ? lookupHelperRefinements(helperCall, ctx, depth + 1) : undefined;
      const strict = n.operator === "===" || n.operator === "!==";
      if (found && (!strict || found.missing === nullishKind(b))) return found.refinements;
    }
  }
  // `rel.split(path.sep)[0] !== ".."` (or `=== ".."` false) where `rel = path.relative(root, p)`: the first segment does not climb.
  if ((eq && !whenTrue) || (neq && whenTrue)) {
    for (const [a, b] of [[n.left as Node, n.right], [n.right, n.left as Node]] as const) {
      const first = firstSegmentOf(a, ctx);
      if (first && stringLiteralValue(unwrapExpression(b)) === "..") return relativeContainment(first, ctx);
    }
  }
  if (n.operator === "in" && whenTrue && isConstantCollection(n.right, ctx) && n.left.type !== "PrivateIdentifier" && targetKey(n.left)) {
    return [{ target: n.left, kind: "allow-list" }];
  }
  // LIST.indexOf(x) !== -1, >= 0, > -1
  const left = unwrapExpression(n.left as Node);
  if (left.type === "CallExpression" && calleeName(left) === "indexOf") {
    const found = (n.operator === "!==" || n.operator === "!=" || n.operator === ">=" || n.operator === ">") === whenTrue;
    if (found) return callRefinements({ ...left, callee: { ...(left.callee as TSESTree.MemberExpression), property: { type: "Identifier", name: "includes" } } } as TSESTree.CallExpression, ctx, depth);
  }
  void depth;
  return [];
}

function callRefinements(call: TSESTree.CallExpression, ctx: GuardContext, depth: number): Refinement[] {
  const name = calleeName(call);
  const callee = unwrapExpression(call.callee);
  const recv = callee.type === "MemberExpression" ? callee.object : undefined;
  const arg0 = call.arguments[0] && call.arguments[0].type !== "SpreadElement" ? call.arguments[0] : undefined;
  if (!name) return [];
  // `known.includes(name.toLowerCase())`: name is a listed value but for letter case, which changes no other character.
  const member = arg0 ? caseFoldedSource(arg0) ?? arg0 : undefined;
  if ((name === "includes" || name === "has") && recv && member && isConstantCollection(recv, ctx) && targetKey(member)) {
    // An empty `new Map()` the code fills is a registry: its keys are judged where the check is read.
    return withUrlOwners({ target: member, kind: "allow-list" }, ctx).map((r) => ({ ...r, keysSettledIf: { collection: recv } }));
  }
  // `this.jobs.has(id)`, `const job = sessions.get(id); if (!job) throw`: id is a key of a registry the code
  // keeps, so one of the keys it wrote, when none of them was the caller's.
  if ((name === "has" || name === "get" || name === "includes") && recv && arg0 && targetKey(arg0) && isRegistry(recv, ctx)) {
    return [{ target: arg0, kind: "allow-list", keysSettledIf: { collection: recv, kept: true } }];
  }
  // `readdirSync(root).includes(x)`, `tables.has(x)` for the database's own tables: x is one of the entries the code listed itself.
  if ((name === "includes" || name === "has") && recv && member && targetKey(member) && isLiveList(recv, ctx) && !mentionsCallerValue(recv, ctx)) {
    return withUrlOwners({ target: member, kind: "allow-list" }, ctx);
  }
  if ((name === "hasOwn" || name === "hasOwnProperty") && arg0) {
    const target = name === "hasOwn" ? call.arguments[1] : arg0;
    return target && target.type !== "SpreadElement" && targetKey(target) ? [{ target, kind: "allow-list" }] : [];
  }
  if (name === "test" && recv && arg0 && isAnchoredRegex(regexLiteral(recv, ctx)) && targetKey(arg0)) return [{ target: arg0, kind: "regex-match", shape: regexShape(regexLiteral(recv, ctx)) }];
  if (name === "match" && recv && arg0 && isAnchoredRegex(regexLiteral(arg0, ctx)) && targetKey(recv)) return [{ target: recv, kind: "regex-match", shape: regexShape(regexLiteral(arg0, ctx)) }];
  if ((name === "isInteger" || name === "isSafeInteger" || name === "isFinite") && arg0 && targetKey(arg0)) return [{ target: arg0, kind: "type-check" }];
  if (name === "canParse") return urlParseRefinements(call, true);
  if (name === "startsWith" && recv && arg0) {
    if (mentionsCallerValue(arg0, ctx)) return [];
    if (!endsWithSeparator(arg0, ctx)) {
      // `p.startsWith(root)`: not containment, but the code meant a boundary (the finding says which).
      if (stringLiteralValue(arg0) !== undefined) return [];
      const t = targetKey(recv) ? recv : lastArgumentSource(recv);
      return t ? prefixChecked(t, ctx) : [];
    }
    if (targetKey(recv)) return containment(recv, ctx);
    // `path.resolve(root, p).startsWith(root + sep)`, `(await fs.realpath(p)).startsWith(...)`: contains what the call was built from.
    const source = lastArgumentSource(recv);
    return source ? containment(source, ctx) : [];
  }
  // `parts.every((part) => part !== "..")` true, where `parts = x.split("/")`: no segment of x is `..`.
  if (name === "every" && recv && arg0) {
    const source = splitSource(recv, ctx);
    if (source && callbackRefusesDotDot(arg0, true)) return segmentShape(recv, source);
  }
  // (A method of a list: a function of the package's own named `find` is judged by its body below.)
  if ((name === "some" || name === "every" || name === "find") && recv && call.arguments[0]) {
    const cb = call.arguments[0];
    if (cb.type === "ArrowFunctionExpression" || cb.type === "FunctionExpression") {
      const body = cb.body.type === "BlockStatement" ? returnedExpression(cb.body) : cb.body;
      const callerList = !!body && mentionsCallerValue(recv, ctx);
      // `names.every((n) => known.includes(n))` true: what the callback proved of its element holds for every
      // element of the list, however the caller chose the list.
      if (body && name === "every" && callerList) return elementwise(refinementsOf(body, true, ctx, depth + 1), cb, recv);
      // `roots.some((r) => p.startsWith(r + sep))` over roots the caller chose proves nothing.
      if (body && !callerList) {
        const params = new Set(cb.params.filter((p): p is TSESTree.Identifier => isIdentifier(p)).map((p) => p.name));
        // `list.find((d) => d.id === x)` / `some`: x equals an element of a list the code itself got.
        // `this.jobs.find((j) => j.id === id)` found: id is the field of an element the code wrote, when no such field was the caller's.
        const registry = name !== "every" && isRegistry(recv, ctx) ? recv : undefined;
        const registered = registry ? elementEqualities(body, params) : [];
        if (registry && registered.length > 0) return registered.map((r) => ({ ...r, keysSettledIf: { collection: registry, field: comparedField(body, params), kept: true } }));
        const pinned = name !== "every" && isLiveList(recv, ctx) ? elementEqualities(body, params) : [];
        if (pinned.length > 0) return pinned;
        const held = refinementsOf(body, true, ctx, depth + 1);
        // As above, for a list the code chose.
        const elements = name === "every" ? elementwise(held, cb, recv) : [];
        return [...elements, ...held.filter((r) => !params.has(rootName(r.target) ?? ""))];
      }
    }
    return [];
  }
  const lookup = lookupHelperRefinements(call, ctx, depth);
  if (lookup) return lookup.refinements;
  const helper = helperRefinements(call, name, ctx);
  if (helper) return helper;
  if (VALIDATOR_NAME.test(name)) {
    return call.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement" && !!targetKey(a)).map((a) => ({ target: a, kind: "sanitizer-call" as const }));
  }
  if (ctx.unknownLibraryCall?.(call)) return unreadCheck(call, ctx).map((r) => ({ ...r, unreadLibrary: true }));
  return [];
}

/**
 * `f(p)` gates the sink, and the scanner cannot say what `f` keeps out: each
 * checked argument (and what it was built from) is marked with the check. A
 * root or list beside it that the caller chose makes a check the model can
 * switch off: then nothing is marked, and the finding keeps its severity.
 */
function unreadCheck(call: TSESTree.CallExpression, ctx: GuardContext, checked?: ReadonlySet<number>): Refinement[] {
  const out: Refinement[] = [];
  for (const [i, a] of call.arguments.entries()) {
    if (a.type === "SpreadElement") continue;
    const t = targetKey(a) ? a : lastArgumentSource(a);
    const isChecked = checked ? checked.has(i) : !!t;
    if (!isChecked) {
      if (mentionsCallerValue(a, ctx)) return [];
      continue;
    }
    if (t) for (const x of builtFrom(t, ctx)) out.push({ target: x, kind: "shape", markOnly: true, unread: call });
  }
  return out;
}

/**
 * The parameters a user helper tests: an alias of one is compared, has a
 * method called on it, or is handed to a pattern's `test` or to another plain
 * function, inside the test of an `if` that leaves (returns or throws) or
 * inside what the helper returns. With `throwsOnly`, only the `if (...) throw`
 * checks at the top of its body count (a helper called as a statement).
 */
function testedParams(fn: FunctionNode, throwsOnly: boolean): ReadonlySet<number> {
  const memo = throwsOnly ? testedByThrow : testedByVerdict;
  let out = memo.get(fn);
  if (!out) memo.set(fn, (out = testedParamsOnce(fn, throwsOnly)));
  return out;
}

/** Depends only on the helper's code: judged once per helper, asked at every evaluation of a condition. */
const testedByVerdict = new WeakMap<FunctionNode, ReadonlySet<number>>();
const testedByThrow = new WeakMap<FunctionNode, ReadonlySet<number>>();

function testedParamsOnce(fn: FunctionNode, throwsOnly: boolean): Set<number> {
  const out = new Set<number>();
  fn.params.forEach((p, i) => {
    if (!isIdentifier(p)) return;
    const aliases = valuesBuiltFrom(fn, p.name);
    const tests: Node[] = [];
    if (throwsOnly) {
      if (fn.body.type === "BlockStatement") tests.push(...throwingChecks(fn.body.body, p.name).tests);
    } else if (!returnsVerdict(fn)) {
      return;
    } else if (fn.body.type !== "BlockStatement") {
      tests.push(fn.body);
    } else {
      visitFunctionBody(fn, (n) => {
        if (n.type === "IfStatement" && alwaysExits(n.consequent)) tests.push(n.test);
        if (n.type === "ReturnStatement" && n.argument) tests.push(n.argument);
      });
    }
    if (tests.some((t) => testsAlias(t, aliases))) out.add(i);
  });
  return out;
}

/**
 * The parameter and every local some definition of which mentions it or
 * another such local (`segs = path.resolve(root, p).split(path.sep)`): what a
 * test of the parameter's value may be written on.
 */
function valuesBuiltFrom(fn: FunctionNode, param: string): Set<string> {
  const defs: [string, Node][] = [];
  visitFunctionBody(fn, (n) => {
    if (n.type === "VariableDeclarator" && isIdentifier(n.id) && n.init) defs.push([n.id.name, n.init]);
    if (n.type === "AssignmentExpression" && isIdentifier(n.left)) defs.push([n.left.name, n.right]);
  });
  defs.sort((a, b) => a[1].loc.start.line - b[1].loc.start.line || a[1].loc.start.column - b[1].loc.start.column);
  const out = new Set([param]);
  // Definitions mostly come after what they are built from: a few rounds in source order reach them (bounded, not a fixpoint over every pair).
  for (let round = 0, changed = true; changed && round < 3; round++) {
    changed = false;
    for (const [name, init] of defs) {
      if (!out.has(name) && mentionsAny(init, out)) {
        out.add(name);
        changed = true;
      }
    }
  }
  return out;
}

/** Some identifier inside `node` is one of `names` (bounded walk). */
function mentionsAny(node: Node, names: ReadonlySet<string>, budget = 300): boolean {
  const stack: Node[] = [node];
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === "Identifier" && names.has(n.name)) return true;
    pushChildren(n, stack);
  }
  return false;
}

/**
 * Every way the helper returns gives a yes or no (a comparison, a negation,
 * a boolean constant, a predicate method, another function's answer): a
 * verdict, not data (`return findings.map(...)`, `return join(dir, name)`).
 */
function returnsVerdict(fn: FunctionNode): boolean {
  const returns: { expr: Node; conditions: Condition[] }[] = [];
  if (fn.body.type === "BlockStatement") collectReturns(fn.body.body, [], returns);
  else returns.push({ expr: fn.body, conditions: [] });
  return returns.length > 0 && returns.every((r) => isVerdict(r.expr, 0));
}

const PREDICATE_METHODS = new Set(["some", "every", "includes", "has", "startsWith", "endsWith", "test", "isAbsolute", "hasOwnProperty", "hasOwn"]);

function isVerdict(node: Node, depth: number): boolean {
  const n = unwrapExpression(node);
  if (depth > 6) return false;
  switch (n.type) {
    case "Literal":
      return typeof n.value === "boolean";
    case "UnaryExpression":
      return n.operator === "!";
    case "BinaryExpression":
      return ["===", "!==", "==", "!=", "<", ">", "<=", ">=", "in", "instanceof"].includes(n.operator);
    case "LogicalExpression":
      return isVerdict(n.left, depth + 1) && isVerdict(n.right, depth + 1);
    case "ConditionalExpression":
      return isVerdict(n.consequent, depth + 1) && isVerdict(n.alternate, depth + 1);
    case "AwaitExpression":
      return isVerdict(n.argument, depth + 1);
    case "CallExpression": {
      const c = unwrapExpression(n.callee);
      return c.type === "Identifier" || (c.type === "MemberExpression" && PREDICATE_METHODS.has(propertyName(c) ?? ""));
    }
    default:
      return false;
  }
}

/**
 * The test compares the value with something the code computed (`segs[i] ===
 * s`, not a constant) or hands it to another plain function: a decision the
 * guard forms do not read. A builtin string test (`p.endsWith(".xml")`, a
 * length, a constant) is read, and known not to confine a path.
 */
function testsAlias(test: Node, aliases: ReadonlySet<string>): boolean {
  const isAlias = (e: Node | undefined | null) => !!e && e.type !== "SpreadElement" && aliases.has(rootName(e as Node) ?? "");
  const stack: Node[] = [test];
  let budget = 500;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === "BinaryExpression" && ["===", "!==", "==", "!="].includes(n.operator)) {
      const [l, r] = [unwrapExpression(n.left as Node), unwrapExpression(n.right)];
      if (((isAlias(l) && !isLiteralLike(r)) || (isAlias(r) && !isLiteralLike(l))) && l.type !== "UnaryExpression" && r.type !== "UnaryExpression") return true;
    }
    if (n.type === "CallExpression" && unwrapExpression(n.callee).type === "Identifier" && n.arguments.some((a) => isAlias(a as Node))) return true;
    pushChildren(n, stack);
  }
  return false;
}

// ------------------------------------------------------------ which answer a match gives

/**
 * What a test of the value says when it holds: `"matched"` when the value
 * then equals one of the values it is compared with (`x === d.name`,
 * `list.includes(x)`, `set.has(x)`, `list.some((d) => d === x)`,
 * `list.find(...)` found, `indexOf(x) !== -1`), `"unmatched"` for the
 * negations, `"neutral"` for a test that compares no computed value with it
 * (a constant, a length, a truthiness), `"unknown"` for any other computation.
 */
type Polarity = "matched" | "unmatched" | "neutral" | "unknown";

const flip = (p: Polarity): Polarity => (p === "matched" ? "unmatched" : p === "unmatched" ? "matched" : p);

function combine(a: Polarity, b: Polarity): Polarity {
  if (a === "neutral") return b;
  if (b === "neutral" || a === b) return a;
  return "unknown";
}

/** `calledInside` resolves a plain function call written in `fn` (one more helper level). */
type CalledInside = (fn: FunctionNode, call: TSESTree.CallExpression) => FunctionNode[];

function matchPolarity(test: Node, aliases: ReadonlySet<string>, fn: FunctionNode, calledInside: CalledInside | undefined, depth: number): Polarity {
  const n = unwrapExpression(test);
  const isAlias = (e: Node) => aliases.has(rootName(e) ?? "");
  if (depth > 8) return "unknown";
  switch (n.type) {
    case "UnaryExpression":
      return n.operator === "!" ? flip(matchPolarity(n.argument, aliases, fn, calledInside, depth + 1)) : mentionsAny(n, aliases) ? "unknown" : "neutral";
    case "AwaitExpression":
      return matchPolarity(n.argument, aliases, fn, calledInside, depth + 1);
    case "LogicalExpression":
      return combine(matchPolarity(n.left, aliases, fn, calledInside, depth + 1), matchPolarity(n.right, aliases, fn, calledInside, depth + 1));
    case "BinaryExpression": {
      const [l, r] = [unwrapExpression(n.left as Node), unwrapExpression(n.right)];
      const eq = n.operator === "===" || n.operator === "==";
      const neq = n.operator === "!==" || n.operator === "!=";
      if (!mentionsAny(n, aliases)) return "neutral";
      for (const [side, b] of [[l, r], [r, l]] as const) {
        // `const hit = names.find(...); return hit !== undefined`: the search the name holds.
        const a = isIdentifier(side) ? unwrapExpression(localInit(fn, side.name) ?? side) : side;
        const lit = unwrapExpression(b);
        // `list.find(...) !== undefined`, `list.indexOf(x) !== -1`: the search's answer.
        const absent = isIdentifier(lit, "undefined") || (lit.type === "Literal" && lit.value === null);
        const minusOne = lit.type === "UnaryExpression" && lit.operator === "-" && unwrapExpression(lit.argument).type === "Literal" && (unwrapExpression(lit.argument) as TSESTree.Literal).value === 1;
        if (a.type === "CallExpression" && (absent || minusOne) && (eq || neq)) {
          const found = minusOne ? (["indexOf", "findIndex", "lastIndexOf"].includes(calleeName(a) ?? "") ? "matched" : "unknown") : matchPolarity(a, aliases, fn, calledInside, depth + 1);
          return neq ? found : flip(found);
        }
      }
      if (!(eq || neq)) return "unknown";
      if ([l, r].some((x) => isIdentifier(x, "undefined") || (x.type === "Literal" && x.value === null))) return "neutral";
      // A comparison with a constant (`x === ""`) is read by the guard forms; with a computed value, it is a match.
      if ((isAlias(l) && isLiteralLike(r)) || (isAlias(r) && isLiteralLike(l))) return "neutral";
      if (isAlias(l) || isAlias(r)) return eq ? "matched" : "unmatched";
      return "unknown";
    }
    case "CallExpression": {
      if (!mentionsAny(n, aliases)) return "neutral";
      const callee = unwrapExpression(n.callee);
      const name = calleeName(n) ?? "";
      const args = n.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
      if (callee.type === "MemberExpression" && ["includes", "has"].includes(name) && args.some(isAlias) && !isAlias(callee.object)) return "matched";
      if (callee.type === "MemberExpression" && ["some", "find", "every"].includes(name)) {
        const cb = args[0];
        if (!cb || (cb.type !== "ArrowFunctionExpression" && cb.type !== "FunctionExpression")) return "unknown";
        // `some((d) => { const m = d.match(re); if (m) return m[1] === x; return false; })`: every return read, as in a helper.
        const inner = cb.body.type === "BlockStatement" ? answerPolarity(answerOnMatch(cb.body, aliases, fn, calledInside, depth + 1)) : matchPolarity(cb.body, aliases, fn, calledInside, depth + 1);
        // `every((d) => d !== x)` holds when x matched none of them.
        if (name === "every") return inner === "unmatched" ? "unmatched" : "unknown";
        return inner === "matched" ? "matched" : "unknown";
      }
      // `return exists(x)`: the answer of a helper one level down.
      if (callee.type === "Identifier" && calledInside && depth < 4) {
        const fns = calledInside(fn, n);
        const i = n.arguments.findIndex((a) => a.type !== "SpreadElement" && isAlias(a));
        if (fns.length === 1 && i >= 0 && isIdentifier(fns[0].params[i])) {
          return answerPolarity(matchedAnswer(fns[0], (fns[0].params[i] as TSESTree.Identifier).name, calledInside, depth + 1));
        }
      }
      return "unknown";
    }
    default:
      return mentionsAny(n, aliases) ? "unknown" : "neutral";
  }
}

/** The initializer of a local of `fn` (memoized with the function's other locals). */
function localInit(fn: FunctionNode, name: string): Node | undefined {
  let inits = localInits.get(fn);
  if (!inits) {
    localInits.set(fn, (inits = new Map()));
    collectConstInits(fn, inits);
  }
  return inits.get(name);
}

const localInits = new WeakMap<FunctionNode, Map<string, Node>>();

/**
 * The answer a yes/no helper gives when its parameter equals one of the
 * values it compares it with: `true` for `exists(name)` written with
 * `some((d) => d === name)`, `false` for `isNew(name)`; undefined when some
 * test of the parameter is another computation, or the answers disagree.
 */
function matchedAnswer(fn: FunctionNode, param: string, calledInside: CalledInside | undefined, depth = 0): boolean | undefined {
  if (depth > 4) return undefined;
  return answerOnMatch(fn.body, valuesBuiltFrom(fn, param), fn, calledInside, depth);
}

/**
 * The answer `body` (a helper's, or a callback's inside it) returns when the
 * value matched, read off every return and the tests that lead to it;
 * `aliases` and `fn` are the helper's.
 */
function answerOnMatch(body: Node, aliases: ReadonlySet<string>, fn: FunctionNode, calledInside: CalledInside | undefined, depth: number): boolean | undefined {
  const returns: { expr: Node; conditions: Condition[] }[] = [];
  if (body.type === "BlockStatement") collectReturns(body.body, [], returns);
  else returns.push({ expr: body, conditions: [] });
  let answer: boolean | undefined;
  const say = (a: boolean): boolean => {
    if (answer !== undefined && answer !== a) return false;
    answer = a;
    return true;
  };
  for (const r of returns) {
    const e = unwrapExpression(r.expr);
    if (e.type === "Literal" && typeof e.value === "boolean") {
      for (const c of r.conditions) {
        const p = matchPolarity(c.test, aliases, fn, calledInside, depth);
        if (p === "unknown") return undefined;
        if (p === "neutral") continue;
        // The return is reached when the test came out `whenTrue`: a match or a miss.
        const onMatch = (p === "matched") === c.whenTrue;
        if (!say(onMatch ? e.value : !e.value)) return undefined;
      }
      continue;
    }
    const p = matchPolarity(e, aliases, fn, calledInside, depth);
    if (p === "unknown") return undefined;
    if (p !== "neutral" && !say(p === "matched")) return undefined;
  }
  return answer;
}

const answerPolarity = (answer: boolean | undefined): Polarity => (answer === undefined ? "unknown" : answer ? "matched" : "unmatched");

/** Depends only on the helper's code (and the helpers it calls): judged once per (helper, parameter). */
const matchedAnswers = new WeakMap<FunctionNode, Map<string, boolean | undefined>>();

/**
 * The branch holding the sink is the helper's answer `branch`: an unread
 * check only when that is the answer a match gives, or when the helper's
 * tests are not all equality or membership. `if (exists(name)) return` lets
 * through exactly the names that are in no list: it proves nothing.
 */
function unreadOnBranch(fn: FunctionNode, tested: ReadonlySet<number>, branch: boolean, ctx: GuardContext): boolean {
  return fn.params.every((p, i) => {
    if (!tested.has(i) || !isIdentifier(p)) return true;
    let byParam = matchedAnswers.get(fn);
    if (!byParam) matchedAnswers.set(fn, (byParam = new Map()));
    if (!byParam.has(p.name)) byParam.set(p.name, matchedAnswer(fn, p.name, ctx.functionsCalledInside));
    const answer = byParam.get(p.name);
    return answer === undefined || answer === branch;
  });
}

/**
 * For `assertNew(p);`: the value passed every `if (test) throw` of the
 * helper, so each test came out false. A test that holds on a match
 * (`if (taken.includes(p)) throw`) leaves only values that matched nothing.
 */
function unreadPastThrows(fn: FunctionNode, tested: ReadonlySet<number>, ctx: GuardContext): boolean {
  if (fn.body.type !== "BlockStatement") return true;
  const body = fn.body.body;
  return fn.params.every((p, i) => {
    if (!tested.has(i) || !isIdentifier(p)) return true;
    const aliases = valuesBuiltFrom(fn, p.name);
    let pol: Polarity = "neutral";
    for (const t of throwingChecks(body, p.name).tests) pol = combine(pol, matchPolarity(t, aliases, fn, ctx.functionsCalledInside, 0));
    return pol !== "matched";
  });
}

/** `x.split(path.sep)[0]` (or `x.split("/")[0]`): the x whose first segment it is. */
function firstSegmentOf(node: Node, ctx: GuardContext): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "MemberExpression" || !n.computed) return undefined;
  const index = unwrapExpression(n.property as Node);
  if (index.type !== "Literal" || index.value !== 0) return undefined;
  return splitSource(n.object, ctx);
}

/** Calls that keep a string's first character, or only drop leading spaces (a word that starts with a space is no option either). */
const KEEPS_LEAD = new Set(["trim", "trimStart", "trimLeft", "trimEnd", "trimRight", "toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "normalize"]);

/** The value whose first character a `startsWith` on `recv` speaks for: `x`, or `x` in `x.trim()`. */
function leadTarget(recv: Node): Node | undefined {
  if (targetKey(recv)) return recv;
  const n = unwrapExpression(recv);
  if (n.type !== "CallExpression" || n.arguments.length > 0) return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== "MemberExpression" || !KEEPS_LEAD.has(propertyName(callee) ?? "")) return undefined;
  return leadTarget(callee.object);
}

/**
 * `new URL(x)` returned, or `URL.canParse(x)` is true (no base): x parsed as
 * an absolute URL. The URL parser drops leading spaces and control characters
 * and then needs a scheme, which starts with a letter, so x cannot start with
 * `-` (it may start with a space, which no option parser reads as an option
 * either). With a base, x may be relative (`-x` is a path): nothing.
 */
export function urlParseRefinements(node: Node, answered = false): Refinement[] {
  const n = unwrapExpression(node.type === "AwaitExpression" ? node.argument : node);
  // `new URL(x)` throws unless x parses, so anything past it saw a parsed x; `URL.canParse(x)` only
  // answers, so it proves the shape only where its answer was true (`answered`: a branch's test).
  const parsed = (n.type === "NewExpression" && isIdentifier(unwrapExpression(n.callee), "URL")) || (answered && n.type === "CallExpression" && calleeName(n) === "canParse" && n.callee.type === "MemberExpression" && isIdentifier(unwrapExpression(n.callee.object), "URL"));
  if (!parsed || n.arguments.length !== 1 || n.arguments[0].type === "SpreadElement") return [];
  const t = leadTarget(n.arguments[0]);
  return t ? [{ target: t, kind: "shape", shape: [NO_LEADING_DASH], markOnly: true }] : [];
}

/** `rel.startsWith("..")` false, `path.isAbsolute(rel)` false. */
function negatedCallRefinements(call: TSESTree.CallExpression, ctx: GuardContext): Refinement[] {
  const name = calleeName(call);
  const callee = unwrapExpression(call.callee);
  const recv = callee.type === "MemberExpression" ? callee.object : undefined;
  const arg0 = call.arguments[0] && call.arguments[0].type !== "SpreadElement" ? call.arguments[0] : undefined;
  const literal = stringLiteralValue(arg0);
  // `x.split(/[\\/]/).includes("..")` false (also through a `const parts = x.split(...)`): no `..` segment.
  if (name === "includes" && recv && literal === "..") {
    const source = splitSource(recv, ctx);
    if (source) return segmentShape(recv, source);
  }
  // `parts.some((part) => part === ".." || ...)` false, where `parts = x.split("/")`: no segment of x is `..`.
  // (Not `find`: it answers with the element, and an accepted `""` is falsy, so "not found" proves nothing.)
  if (name === "some" && recv && arg0) {
    const source = splitSource(recv, ctx);
    if (source && callbackRefusesDotDot(arg0, false)) return segmentShape(recv, source);
  }
  // `/(^|[\\/])\.\.([\\/]|$)/.test(x)` false, `x.match(/\.\./)` null: a pattern that finds every `..` segment found none.
  // `/[\\/]/.test(x)` false: a pattern that finds every separator found none.
  if (name === "test" && recv && arg0 && targetKey(arg0)) {
    const shape = notFoundShape(regexLiteral(recv, ctx));
    if (shape.length) return [{ target: arg0, kind: "shape", shape }];
  }
  if (name === "match" && recv && arg0 && targetKey(recv)) {
    const shape = notFoundShape(regexLiteral(arg0, ctx));
    if (shape.length) return [{ target: recv, kind: "shape", shape }];
  }
  // `x.includes("..")` false: no `..` anywhere in x, so no `..` segment.
  if (name === "includes" && recv && literal === ".." && targetKey(recv)) return [{ target: recv, kind: "shape", shape: [NO_DOT_DOT] }];
  // `path.isAbsolute(x)` false, `x.startsWith("/")` false: x is relative.
  if (name === "isAbsolute" && arg0 && targetKey(arg0) && !relativeSource(arg0, ctx)) return [{ target: arg0, kind: "shape", shape: [RELATIVE] }];
  if (name === "startsWith" && recv && (literal === "/" || literal === "\\") && targetKey(recv)) return [{ target: recv, kind: "shape", shape: [RELATIVE] }];
  if (name === "startsWith" && recv && arg0 && startsWithDotDot(arg0)) return relativeContainment(recv, ctx);
  // `x.startsWith("-")` false, also after `trim()`: no argument vector reads x as an option.
  if (name === "startsWith" && recv && literal === "-") {
    const t = leadTarget(recv);
    if (t) return [{ target: t, kind: "shape", shape: [NO_LEADING_DASH], markOnly: true }];
  }
  // `if (isOutside(p)) throw ...`: a helper's verdict the scanner cannot read.
  const fns = ctx.functionsCalled?.(call) ?? [];
  if (fns.length === 1) {
    const tested = testedParams(fns[0], false);
    return tested.size > 0 && !passesWithoutTesting(fns[0], false, tested) && unreadOnBranch(fns[0], tested, false, ctx) ? unreadCheck(call, ctx, tested) : [];
  }
  if (fns.length === 0 && ctx.unknownLibraryCall?.(call)) return unreadCheck(call, ctx).map((r) => ({ ...r, unreadLibrary: true }));
  return [];
}

/**
 * A segment-list check proves no `..` segment for the string the list was
 * split from and for the list itself (`parts.join("/")` after the check).
 */
function segmentShape(list: Node, source: Node): Refinement[] {
  const out: Refinement[] = [{ target: source, kind: "shape", shape: [NO_DOT_DOT] }];
  if (targetKey(list) && targetKey(list) !== targetKey(source)) out.push({ target: list, kind: "shape", shape: [NO_DOT_DOT] });
  return out;
}

/**
 * A `some`/`every` callback whose result, when it is `whenTrue` for an
 * element, means the element is not `..`: `(p) => p === ".." || p === ""`
 * false, `(p) => p !== ".."` true, `(p) => p.startsWith(".")` false.
 */
function callbackRefusesDotDot(cb: Node, whenTrue: boolean): boolean {
  if (cb.type !== "ArrowFunctionExpression" && cb.type !== "FunctionExpression") return false;
  const param = cb.params[0];
  const body = cb.body.type === "BlockStatement" ? returnedExpression(cb.body) : cb.body;
  return !!body && isIdentifier(param) && impliesNotDotDot(body, param.name, whenTrue, 0);
}

function impliesNotDotDot(node: Node, param: string, whenTrue: boolean, depth: number): boolean {
  const n = unwrapExpression(node);
  if (depth > 8) return false;
  if (n.type === "UnaryExpression" && n.operator === "!") return impliesNotDotDot(n.argument, param, !whenTrue, depth + 1);
  if (n.type === "LogicalExpression") {
    // `a || b` false: both are false; `a && b` true: both are true. Either side may carry the fact.
    if ((n.operator === "||" && !whenTrue) || (n.operator === "&&" && whenTrue)) {
      return impliesNotDotDot(n.left, param, whenTrue, depth + 1) || impliesNotDotDot(n.right, param, whenTrue, depth + 1);
    }
    return false;
  }
  if (n.type === "BinaryExpression") {
    const differs = ((n.operator === "===" || n.operator === "==") && !whenTrue) || ((n.operator === "!==" || n.operator === "!=") && whenTrue);
    if (!differs) return false;
    const [a, b] = [unwrapExpression(n.left as Node), unwrapExpression(n.right)];
    return (isIdentifier(a, param) && stringLiteralValue(b) === "..") || (isIdentifier(b, param) && stringLiteralValue(a) === "..");
  }
  // `p.startsWith(".")` false: a segment that does not start with a dot is not `..`.
  if (n.type === "CallExpression" && !whenTrue && n.callee.type === "MemberExpression" && propertyName(n.callee) === "startsWith" && isIdentifier(unwrapExpression(n.callee.object), param)) {
    const arg = n.arguments[0];
    const lit = arg && arg.type !== "SpreadElement" ? stringLiteralValue(arg) : undefined;
    return lit === "." || lit === "..";
  }
  return false;
}

/** `".."`, `"../"`, `".." + path.sep`, `` `..${path.sep}` ``: a prefix that starts with `..`. */
function startsWithDotDot(node: Node): boolean {
  const u = unwrapExpression(node);
  if (stringLiteralValue(u)?.startsWith("..")) return true;
  if (u.type === "BinaryExpression" && u.operator === "+") return startsWithDotDot(u.left as Node);
  return u.type === "TemplateLiteral" && (u.quasis[0].value.cooked ?? "").startsWith("..");
}

/** The parts of a URL that decide where a request goes. */
const URL_DESTINATION_PARTS = new Set(["hostname", "host", "origin"]);

/**
 * Pinning `u.hostname` (or host, origin) to known values pins where the URL `u`
 * goes, and so the string it was parsed from (`u = new URL(s)`): an SSRF
 * allow-list is written on the parsed URL, while the request often uses `u` or `s`.
 */
function withUrlOwners(r: Refinement, ctx: GuardContext): Refinement[] {
  const out = [r];
  const t = unwrapExpression(r.target);
  if (t.type !== "MemberExpression" || !URL_DESTINATION_PARTS.has(propertyName(t) ?? "")) return out;
  const owner = unwrapExpression(t.object);
  if (!targetKey(owner)) return out;
  out.push({ target: owner, kind: r.kind });
  const init = isIdentifier(owner) ? ctx.initOf(owner) : undefined;
  const parsed = init ? unwrapExpression(init) : undefined;
  if (parsed && parsed.type === "NewExpression" && isIdentifier(parsed.callee, "URL") && parsed.arguments[0] && parsed.arguments[0].type !== "SpreadElement" && targetKey(parsed.arguments[0])) {
    out.push({ target: parsed.arguments[0], kind: r.kind });
  }
  return out;
}

function containment(target: Node, ctx: GuardContext): Refinement[] {
  return builtFrom(target, ctx).map((t) => ({ target: t, kind: "path-containment" }));
}

/** A bare prefix check: a mark on the value and what it was built from, no guard. */
function prefixChecked(target: Node, ctx: GuardContext): Refinement[] {
  return builtFrom(target, ctx).map((t) => ({ target: t, kind: "shape", shape: [PREFIX_CHECKED], markOnly: true }));
}

/**
 * The checked value and what it was built from: `resolved = path.resolve(root, p)`,
 * `n = normalize(path.resolve(p))`: a check on `resolved` is a check on `p`
 * (the last argument, through nested calls).
 */
function builtFrom(target: Node, ctx: GuardContext, depth = 0): Node[] {
  const out: Node[] = [target];
  const u = unwrapExpression(target);
  if (isIdentifier(u) && depth < 3) {
    const init = ctx.initOf(u);
    const source = init ? (canonicalizedArgument(init, ctx) ?? (ownHelperCall(init, ctx) ? respelledCanonicalArgument(init, ctx) : lastArgumentSource(init))) : undefined;
    if (source) out.push(...builtFrom(source, ctx, depth + 1));
  }
  return out;
}

/**
 * `const tidy = tidyPath(absolute)`, where `absolute` is already a canonical
 * path and `tidyPath` only rewrites how a path is spelled
 * (respelled-paths.ts): a check on `tidy` checks the file `absolute` names.
 */
function respelledCanonicalArgument(init: Node, ctx: GuardContext): Node | undefined {
  const own = ownFunctionCalled(init, ctx);
  if (!own) return undefined;
  const { call, fn } = own;
  const rctx = respellingContext(ctx);
  const at = call.arguments.findIndex((a, i) => a.type !== "SpreadElement" && targetKey(a) && isIdentifier(fn.params[i]) && isCanonicalPath(a, ctx));
  const param = at >= 0 ? fn.params[at] : undefined;
  if (!param || !isIdentifier(param)) return undefined;
  const others = call.arguments.every((a, i) => i === at || (a.type !== "SpreadElement" && unwrapExpression(a).type === "Literal"));
  return others && respellsParameter(fn, param.name, rctx) ? call.arguments[at] : undefined;
}

/** The name holds a canonical path: what `path.resolve`/`normalize`/`realpath` answered, or a helper of the package's own that answers only with those. */
function isCanonicalPath(node: Node, ctx: GuardContext): boolean {
  const n = unwrapExpression(node);
  const init = isIdentifier(n) ? ctx.initOf(n) : undefined;
  return !!init && canonicalExpression(init, ctx, 0);
}

function canonicalExpression(e: Node, ctx: GuardContext, depth: number, hops = 0): boolean {
  let n = unwrapExpression(e);
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (n.type === "ConditionalExpression") return canonicalExpression(n.consequent, ctx, depth, hops) && canonicalExpression(n.alternate, ctx, depth, hops);
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    return !!init && hops < 4 && canonicalExpression(init, ctx, depth, hops + 1);
  }
  if (n.type !== "CallExpression") return false;
  const fns = ctx.functionsCalled?.(n) ?? [];
  if (fns.length === 0) return CANONICAL_CALLS.has(calleeName(n) ?? "") && isPathOrFsCall(n, ctx);
  if (fns.length !== 1 || depth > 0) return false;
  const fn = fns[0];
  if (fn.body.type !== "BlockStatement") return canonicalExpression(fn.body, helperContext(fn, new Map(), ctx), depth + 1);
  const returned = returnedExpressions(fn);
  if (!returned) return false;
  const inits = new Map<string, Node>();
  collectConstInits(fn, inits);
  const inner = helperContext(fn, inits, ctx);
  return returned.every((r) => canonicalExpression(r, inner, depth + 1));
}

/** The helper's own calls read where the helper is written. */
function respellingContext(ctx: GuardContext): RespellingContext {
  const contexts = new Map<FunctionNode, GuardContext>();
  const inside = (fn: FunctionNode): GuardContext => {
    let got = contexts.get(fn);
    if (!got) {
      const inits = new Map<string, Node>();
      collectConstInits(fn, inits);
      contexts.set(fn, (got = helperContext(fn, inits, ctx)));
    }
    return got;
  };
  return {
    isPathCall: (call, fn) => isPathOrFsCall(call, inside(fn)),
    helpersOf: (call, fn) => inside(fn).functionsCalled?.(call) ?? [],
  };
}

/**
 * `resolveReal(p, followLinks)`, a user function every return of which is
 * its parameter `p` in canonical form (`p` itself, `path.resolve(p)`,
 * `realpathSync(p)`, or `path.join(realpathSync(path.dirname(p)), path.basename(p))`):
 * the argument passed for `p`, which is what a check on the result checks.
 */
/**
 * `stripDots(p)`: a call of one of the package's own functions, whose result is
 * whatever its body returns (canonicalizedArgument reads it); only a library's
 * path call (`path.resolve(root, p)`) is known to name the file its last
 * argument names.
 */
function ownHelperCall(init: Node, ctx: GuardContext): boolean {
  let call = unwrapExpression(init);
  if (call.type === "AwaitExpression") call = unwrapExpression(call.argument);
  return call.type === "CallExpression" && (ctx.functionsCalled?.(call) ?? []).length > 0;
}

/** `init` calls (or awaits a call of) exactly one function the scan resolved: that call and function. */
function ownFunctionCalled(init: Node, ctx: GuardContext): { call: TSESTree.CallExpression; fn: FunctionNode } | undefined {
  let call = unwrapExpression(init);
  if (call.type === "AwaitExpression") call = unwrapExpression(call.argument);
  if (call.type !== "CallExpression") return undefined;
  const fns = ctx.functionsCalled?.(call) ?? [];
  return fns.length === 1 ? { call, fn: fns[0] } : undefined;
}

function canonicalizedArgument(init: Node, ctx: GuardContext): Node | undefined {
  const own = ownFunctionCalled(init, ctx);
  if (!own) return undefined;
  const { call, fn } = own;
  const i = fn.params.findIndex((p) => isIdentifier(p) && canonicalReturns(fn, p.name, ctx));
  const arg = i >= 0 ? call.arguments[i] : undefined;
  return arg && arg.type !== "SpreadElement" && targetKey(arg) ? arg : undefined;
}

/**
 * Whether `c` may be the path or fs module's call of its name (`path.resolve`,
 * an imported `realpathSync`): not when it calls a function of the package's
 * own, or a method of an object literal it wrote, that shares the name (a
 * `normalize` that strips `../` leaves another text than the one written later).
 */
function isPathOrFsCall(c: TSESTree.CallExpression, ctx: GuardContext): boolean {
  if ((ctx.functionsCalled?.(c) ?? []).length > 0) return false;
  const callee = unwrapExpression(c.callee);
  if (callee.type !== "MemberExpression") return true;
  const object = unwrapExpression(callee.object);
  const init = isIdentifier(object) ? ctx.initOf(object) : undefined;
  return !(init && unwrapExpression(init).type === "ObjectExpression");
}

function canonicalReturns(fn: FunctionNode, param: string, outer: GuardContext): boolean {
  const returned: Node[] = [];
  if (fn.body.type !== "BlockStatement") returned.push(fn.body);
  else {
    let open = false;
    visitFunctionBody(fn, (n) => {
      // (Returns of callbacks written inside count too: they can only make the answer no.)
      if (n.type === "ReturnStatement") {
        if (n.argument) returned.push(n.argument);
        else open = true;
      }
    });
    if (open) return false;
  }
  const inits = new Map<string, Node>();
  collectConstInits(fn, inits);
  const ctx = helperContext(fn, inits, outer);
  const through = (e: Node): Node => {
    let n = unwrapExpression(e);
    if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
    return isIdentifier(n) && inits.has(n.name) ? unwrapExpression(inits.get(n.name)!) : n;
  };
  const isParam = (e: Node): boolean => isIdentifier(unwrapExpression(e), param);
  const callOf = (e: Node, names: (name: string) => boolean): TSESTree.CallExpression | undefined => {
    const n = through(e);
    const name = n.type === "CallExpression" ? calleeName(n) : undefined;
    return n.type === "CallExpression" && name && names(name) && isPathOrFsCall(n, ctx) ? n : undefined;
  };
  const lastArg = (c: TSESTree.CallExpression): Node | undefined => {
    const a = c.arguments[c.arguments.length - 1];
    return a && a.type !== "SpreadElement" ? a : undefined;
  };
  // What a name of the body was assigned, its declaration included (`let current = resolve(p)`, `current = parent`).
  const writes = writesIn(fn);
  /**
   * `p` itself ("raw"), the file it names written another way (`resolve(p)`,
   * "same"), or a folder above that file (`dirname` of such a form, a loop
   * variable walking up from it: "above"). Containment of a folder above the
   * resolved file is containment of the file: the segments under it hold no `..`.
   */
  const reach = (e: Node, seen: Set<string>): "raw" | "same" | "above" | undefined => {
    const n = unwrapExpression(e);
    if (isParam(n)) return "raw";
    if (isIdentifier(n)) {
      if (seen.has(n.name)) return "above";
      const all = writes.get(n.name);
      if (!all?.length) return undefined;
      const got = all.map((w) => reach(w, new Set([...seen, n.name])));
      if (got.some((g) => g === undefined)) return undefined;
      return got.every((g) => g === "raw") ? "raw" : got.every((g) => g === "raw" || g === "same") ? "same" : "above";
    }
    const c = callOf(n, (name) => CANONICAL_CALLS.has(name) || name === "dirname");
    if (!c || c.arguments.length !== 1) return undefined;
    const inner = reach(c.arguments[0], seen);
    if (!inner) return undefined;
    if (calleeName(c) === "dirname") return inner === "raw" ? undefined : "above";
    return inner === "above" ? "above" : "same";
  };
  const realAbove = (e: Node): boolean => {
    const c = callOf(e, (name) => CANONICAL_CALLS.has(name));
    return !!c && c.arguments.length === 1 && reach(c.arguments[0], new Set()) !== undefined;
  };
  // `tail.push(current.slice(parent.length + 1))`: a list of segments cut from a folder above the file.
  const cutSegments = (e: Node): boolean => {
    let n = unwrapExpression(e);
    if (n.type === "CallExpression" && calleeName(n) === "reverse" && n.callee.type === "MemberExpression") n = unwrapExpression(n.callee.object);
    if (!isIdentifier(n)) return false;
    const name = n.name;
    let pushes = 0;
    let other = false;
    visitFunctionBody(fn, (m) => {
      if (m.type !== "CallExpression" || m.callee.type !== "MemberExpression" || !isIdentifier(unwrapExpression(m.callee.object), name)) return;
      const method = propertyName(m.callee);
      if (method === "reverse") return;
      const arg = m.arguments[0];
      const cut = method === "push" && m.arguments.length === 1 && arg.type !== "SpreadElement" ? unwrapExpression(arg) : undefined;
      const ok = cut?.type === "CallExpression" && calleeName(cut) === "slice" && cut.callee.type === "MemberExpression" && reach(cut.callee.object, new Set()) !== undefined;
      if (ok) pushes++;
      else other = true;
    });
    return pushes > 0 && !other;
  };
  const canonical = (e: Node): boolean => {
    if (isParam(e)) return true;
    const u = unwrapExpression(e);
    if (u.type === "ConditionalExpression") return canonical(u.consequent) && canonical(u.alternate);
    // The real path of the nearest folder that exists, and the segments below it put back
    // (`resolve(realpathSync(current), ...tail.reverse())`, or that folder alone).
    if (realAbove(through(e))) return true;
    const rebuilt = callOf(e, (name) => name === "resolve" || name === "join");
    if (rebuilt && rebuilt.arguments.length >= 2 && realAbove(through(rebuilt.arguments[0] as Node)) && rebuilt.arguments.slice(1).every((a) => a.type === "SpreadElement" && cutSegments(a.argument))) return true;
    const c = callOf(e, (n) => CANONICAL_CALLS.has(n));
    const last = c && lastArg(c);
    if (c && last && isParam(last)) return true;
    // `path.join(realpathSync(path.dirname(p)), path.basename(p))`: the real parent, and p's own name.
    const joined = callOf(e, (n) => n === "join" || n === "resolve");
    if (!joined || joined.arguments.length !== 2) return false;
    const [dir, base] = joined.arguments;
    const baseCall = base.type !== "SpreadElement" ? callOf(base, (n) => n === "basename") : undefined;
    const dirCall = dir.type !== "SpreadElement" ? callOf(dir, (n) => CANONICAL_CALLS.has(n)) : undefined;
    const dirArg = dirCall && lastArg(dirCall);
    const parent = dirArg ? callOf(dirArg, (n) => n === "dirname") : undefined;
    const parentArg = parent && lastArg(parent);
    const baseArg = baseCall && lastArg(baseCall);
    return !!(parentArg && isParam(parentArg) && baseArg && isParam(baseArg) && baseCall!.arguments.length === 1);
  };
  return returned.length > 0 && returned.every(canonical);
}

/** `f(a, g(b))` → `b`: the value a chain of path calls was built from. */
function lastArgumentSource(node: Node, depth = 0): Node | undefined {
  let n = unwrapExpression(node);
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (n.type !== "CallExpression" || depth > 4) return undefined;
  const last = n.arguments[n.arguments.length - 1];
  if (!last || last.type === "SpreadElement") return undefined;
  if (targetKey(last)) return last;
  return lastArgumentSource(last, depth + 1);
}

// ------------------------------------------------------------ helpers judged by their body

/**
 * A call to a user function whose body decides containment: each argument the
 * function proves contained whenever it returns true is contained here. A
 * helper whose verdict rests on a bare prefix test (`p.startsWith(dir)`, the
 * CVE-2025-53110 shape) does not count even when its name says it validates.
 * Undefined when the callee is not a user function the engine can see.
 */
function helperRefinements(call: TSESTree.CallExpression, name: string, ctx: GuardContext): Refinement[] | undefined {
  const fns = ctx.functionsCalled?.(call) ?? [];
  if (fns.length !== 1) return undefined;
  const fn = fns[0];
  const out: Refinement[] = [];
  let barePrefix = false;
  /** Arguments the helper checks (the others are its roots or options). */
  const contained = new Set<number>();
  fn.params.forEach((param, i) => {
    if (!isIdentifier(param)) return;
    const arg = call.arguments[i];
    const verdict = judgeContainment(fn, param.name, ctx);
    if (verdict === "bare-prefix") {
      barePrefix = true;
      if (arg && arg.type !== "SpreadElement" && targetKey(arg)) {
        contained.add(i);
        out.push(...prefixChecked(arg, ctx));
      }
    }
    if (verdict === "contains" && arg && arg.type !== "SpreadElement") {
      // `isInside(path.resolve(ROOT, p), ROOT)`: contains what the path call was built from.
      const checked = targetKey(arg) ? arg : lastArgumentSource(arg);
      if (checked) {
        contained.add(i);
        out.push(...containment(checked, ctx));
      }
    }
  });
  // `isInside(args.root, p)`: a root (or list of roots) the caller chose proves nothing about p.
  // (Only when the helper checks a path: a validator that checks the caller's own value, `isAllowedUrl(args.url)`, still counts.)
  if (contained.size > 0 && call.arguments.some((a, i) => !contained.has(i) && a.type !== "SpreadElement" && mentionsCallerValue(a, ctx))) return [];
  if (VALIDATOR_NAME.test(name) && !barePrefix && !passesUnchecked(fn)) {
    for (const a of call.arguments) if (a.type !== "SpreadElement" && targetKey(a)) out.push({ target: a, kind: "sanitizer-call" });
  }
  // The helper tests the value, in a way no guard form reads; one that passes when its list is empty is no check.
  if (out.length === 0 && !VALIDATOR_NAME.test(name)) {
    const tested = testedParams(fn, false);
    if (tested.size > 0 && !passesWithoutTesting(fn, true, tested) && unreadOnBranch(fn, tested, true, ctx)) return unreadCheck(call, ctx, tested);
  }
  return out;
}

type Verdict = "contains" | "bare-prefix" | "none";

/**
 * The helper returns `true` on a path whose conditions look at none of its
 * parameters (`if (allowed.length === 0) return true;`): an allow-list that is
 * off when empty, which vouches for nothing whatever its name says.
 */
function passesUnchecked(fn: FunctionNode): boolean {
  let out = passesUncheckedMemo.get(fn);
  if (out === undefined) passesUncheckedMemo.set(fn, (out = passesUncheckedOnce(fn)));
  return out;
}

const passesUncheckedMemo = new WeakMap<FunctionNode, boolean>();

/**
 * The helper gives the answer that lets the value through (`true`, or
 * `false` for a deny-list asked as `if (isExcluded(p, cfg)) return`) on a
 * path whose conditions test none of the checked parameters
 * (`if (!cfg.exclude?.length) return false;`): a list that is off when empty,
 * a check the caller's configuration can switch off.
 */
function passesWithoutTesting(fn: FunctionNode, verdict: boolean, tested: ReadonlySet<number>): boolean {
  const names = new Set(fn.params.flatMap((p, i) => (isIdentifier(p) && tested.has(i) ? [...valuesBuiltFrom(fn, p.name)] : [])));
  const returns: { expr: Node; conditions: Condition[] }[] = [];
  if (fn.body.type === "BlockStatement") collectReturns(fn.body.body, [], returns);
  const passes = (e: Node) => (verdict ? isTrueLiteral(e) : isFalsyLiteral(e));
  return returns.some((r) => passes(unwrapExpression(r.expr)) && !r.conditions.some((c) => mentionsAny(c.test, names, 500)));
}

function passesUncheckedOnce(fn: FunctionNode): boolean {
  if (fn.body.type !== "BlockStatement") return false;
  // The parameters and the locals built from them (`resolved = path.resolve(p)`).
  const params = new Set(fn.params.flatMap((p) => (isIdentifier(p) ? [...aliasesOf(fn, p.name)] : [])));
  const returns: { expr: Node; conditions: Condition[] }[] = [];
  collectReturns(fn.body.body, [], returns);
  const mentionsParam = (n: Node): boolean => mentionsAny(n, params, 500);
  return returns.some((r) => isTrueLiteral(unwrapExpression(r.expr)) && !r.conditions.some((c) => mentionsParam(c.test)));
}

// ------------------------------------------------------------ helpers that answer with a verdict field

/**
 * `const r = validateWritePath(p); if (!r.valid) throw ...`: a user helper
 * whose every way out is an object literal with a boolean `valid`, `false`
 * after each check that fails and `true` only at the end. Where `r.valid` is
 * true, every check of the body passed: what they prove of a parameter holds
 * for the argument, and what they prove of a local holds for the field the
 * last object returns it in (`resolvedPath`).
 */
function verdictFieldRefinements(test: TSESTree.MemberExpression, ctx: GuardContext): Refinement[] | undefined {
  const key = test.computed ? undefined : propertyName(test);
  const holder = unwrapExpression(test.object);
  if (!key || !isIdentifier(holder)) return undefined;
  const init = ctx.initOf(holder);
  const call = init ? unwrapExpression(init.type === "AwaitExpression" ? init.argument : init) : undefined;
  if (call?.type !== "CallExpression") return undefined;
  const member = (field: string): Node => ({ type: "MemberExpression", object: holder, property: { type: "Identifier", name: field, range: test.range, loc: test.loc }, computed: false, optional: false, range: test.range, loc: test.loc }) as unknown as Node;
  return verdictRefinements(call, key, member, ctx);
}

/** `const { valid, resolvedPath } = validatePath(p)`: the same, where each field read is a name of that pattern (`resolvedPath`, not renamed). */
function destructuredVerdictRefinements(test: TSESTree.Identifier, ctx: GuardContext): Refinement[] | undefined {
  const d = ctx.destructuredOf?.(test);
  if (!d) return undefined;
  const from = d.from;
  const call = unwrapExpression(from.type === "AwaitExpression" ? from.argument : from);
  if (call.type !== "CallExpression") return undefined;
  const named = (field: string): Node | undefined => {
    const id = { type: "Identifier", name: field, range: test.range, loc: test.loc } as TSESTree.Identifier;
    const got = ctx.destructuredOf?.(id);
    return got && got.from === from && got.key === field ? id : undefined;
  };
  return verdictRefinements(call, d.key, named, ctx);
}

function verdictRefinements(call: TSESTree.CallExpression, key: string, fieldTarget: (field: string) => Node | undefined, ctx: GuardContext): Refinement[] | undefined {
  const fns = ctx.functionsCalled?.(call) ?? [];
  if (fns.length !== 1) return undefined;
  const facts = verdictFacts(fns[0], key, ctx);
  if (!facts) return undefined;
  const out: Refinement[] = [];
  const proven = new Set<number>();
  fns[0].params.forEach((param, i) => {
    const arg = call.arguments[i];
    if (!arg || arg.type === "SpreadElement" || !isIdentifier(param) || !targetKey(arg)) return;
    if (facts.containedNames.has(param.name)) out.push(...containment(arg, ctx));
    const shape = facts.shapes.get(param.name);
    if (shape?.length) out.push({ target: arg, kind: "shape", shape });
    if (facts.containedNames.has(param.name) || shape?.length) proven.add(i);
  });
  // A root or list the caller chose beside the checked value is a check the model can switch off.
  if (call.arguments.some((a, i) => !proven.has(i) && a.type !== "SpreadElement" && mentionsCallerValue(a, ctx))) return [];
  for (const field of facts.containedFields) {
    const target = fieldTarget(field);
    if (target) out.push({ target, kind: "path-containment" });
  }
  return out;
}

interface VerdictFacts {
  /** Names of the body (parameters, locals) that a failed check would have turned away when outside a root. */
  containedNames: Set<string>;
  /** Shape marks each parameter's own text has past the checks. */
  shapes: Map<string, string[]>;
  /** Fields of the passing object that hold a contained name. */
  containedFields: string[];
}

const verdictMemo = new WeakMap<FunctionNode, Map<string, VerdictFacts | undefined>>();

function verdictFacts(fn: FunctionNode, key: string, outer: GuardContext): VerdictFacts | undefined {
  let byKey = verdictMemo.get(fn);
  if (!byKey) verdictMemo.set(fn, (byKey = new Map()));
  if (!byKey.has(key)) {
    byKey.set(key, undefined);
    byKey.set(key, verdictFactsOnce(fn, key, outer));
  }
  return byKey.get(key);
}

/** `{ valid: true, ... }` gives true, `{ valid: false, ... }` false, anything else undefined. */
function verdictOf(node: Node | null | undefined, key: string): { value: boolean; object: TSESTree.ObjectExpression } | undefined {
  const n = node ? unwrapExpression(node) : undefined;
  if (n?.type !== "ObjectExpression") return undefined;
  const prop = n.properties.find((q): q is TSESTree.Property => q.type === "Property" && !q.computed && propertyName(q) === key);
  const v = prop ? unwrapExpression(prop.value as Node) : undefined;
  return v?.type === "Literal" && typeof v.value === "boolean" ? { value: v.value, object: n } : undefined;
}

/** Every way the statement leaves is a throw or a `return { key: false }`. */
function failsOnly(stmt: Node, key: string): boolean {
  if (stmt.type === "ThrowStatement") return true;
  if (stmt.type === "ReturnStatement") return verdictOf(stmt.argument, key)?.value === false;
  if (stmt.type === "BlockStatement") return stmt.body.length > 0 && !stmt.body.slice(0, -1).some(canReturn) && failsOnly(stmt.body[stmt.body.length - 1], key);
  if (stmt.type === "IfStatement") return failsOnly(stmt.consequent, key) && !!stmt.alternate && failsOnly(stmt.alternate, key);
  return false;
}

function verdictFactsOnce(fn: FunctionNode, key: string, outer: GuardContext): VerdictFacts | undefined {
  if (fn.body.type !== "BlockStatement") return undefined;
  const stmts = fn.body.body;
  const last = stmts[stmts.length - 1];
  const passing = last?.type === "ReturnStatement" ? verdictOf(last.argument, key) : undefined;
  if (!passing?.value) return undefined;
  const tests: Node[] = [];
  for (const s of stmts.slice(0, -1)) {
    if (s.type === "IfStatement" && !s.alternate && failsOnly(s.consequent, key)) {
      tests.push(s.test);
      continue;
    }
    // Any other way out (an early `{ valid: true }`, a return inside a loop) may skip the checks.
    if (canReturn(s)) return undefined;
  }
  if (tests.length === 0) return undefined;
  const inits = new Map<string, Node>();
  collectConstInits(fn, inits);
  const ctx = helperContext(fn, inits, outer);
  const params = new Set(fn.params.filter((p): p is TSESTree.Identifier => isIdentifier(p)).map((p) => p.name));
  const facts: VerdictFacts = { containedNames: new Set(), shapes: new Map(), containedFields: [] };
  for (const test of tests) {
    for (const r of refinementsOf(test, false, ctx)) {
      const name = targetKey(r.target);
      if (!name) continue;
      if (r.kind === "path-containment") facts.containedNames.add(name);
      if ((r.kind === "shape" || r.kind === "regex-match") && params.has(name) && !r.markOnly) {
        const list = facts.shapes.get(name) ?? [];
        for (const m of r.shape ?? []) if (!list.includes(m)) list.push(m);
        facts.shapes.set(name, list);
      }
    }
  }
  // A name written again after its check may hold anything by the time it is returned.
  const written = new Set<string>();
  visitFunctionBody(fn, (n) => {
    if (n.type === "AssignmentExpression" && isIdentifier(n.left)) written.add(n.left.name);
    if (n.type === "UpdateExpression" && isIdentifier(n.argument)) written.add(n.argument.name);
  });
  for (const prop of passing.object.properties) {
    if (prop.type !== "Property" || prop.computed) continue;
    const field = propertyName(prop);
    const held = targetKey(prop.value as Node);
    if (field && held && facts.containedNames.has(held) && (params.has(held) || inits.has(held)) && !written.has(held)) facts.containedFields.push(field);
  }
  return facts;
}

// ------------------------------------------------------------ helpers that throw

/**
 * `assertInside(p);` as a statement: a user function that throws unless its
 * argument is contained (or has a shape) proves it for what follows the call,
 * the way a check with an early `throw` does in place. Each argument gets what
 * the function's body proves about its parameter before any way it can return.
 */
export function assertionRefinements(call: TSESTree.CallExpression, ctx: GuardContext, provenOnly = false): Refinement[] {
  const fns = ctx.functionsCalled?.(call) ?? [];
  if (fns.length !== 1) return [];
  const fn = fns[0];
  const out: Refinement[] = [];
  const proven = new Set<number>();
  const prove = (name: string, arg: Node): boolean => {
    const facts = assertedFacts(fn, name, ctx);
    if (facts.contained) out.push(...containment(arg, ctx));
    if (facts.shape.length > 0) out.push({ target: arg, kind: "shape", shape: facts.shape });
    return facts.contained || facts.shape.length > 0;
  };
  // A refused leading `-` says nothing about the rest of the value: the helper's other tests stay unread.
  const dashOnly = new Set<number>();
  fn.params.forEach((param, i) => {
    const arg = call.arguments[i];
    if (!arg || arg.type === "SpreadElement") return;
    if (isIdentifier(param) && targetKey(arg) && prove(param.name, arg)) {
      proven.add(i);
      const facts = assertedFacts(fn, param.name, ctx);
      if (!facts.contained && facts.shape.every((m) => m === NO_LEADING_DASH)) dashOnly.add(i);
    }
    // `assertWithin({ supplied, resolved })` into `function assertWithin({ supplied, resolved })`: property by property.
    const obj = unwrapExpression(arg);
    if (param.type === "ObjectPattern" && obj.type === "ObjectExpression") {
      let any = false;
      for (const prop of param.properties) {
        if (prop.type !== "Property" || !isIdentifier(prop.value)) continue;
        const key = propertyName(prop);
        const given = obj.properties.find((q): q is TSESTree.Property => q.type === "Property" && propertyName(q) === key);
        if (given && targetKey(given.value as Node) && prove(prop.value.name, given.value as Node)) any = true;
      }
      if (any) proven.add(i);
    }
  });
  // `assertOk(p);` that throws on a test of p the scanner cannot read: the value passed a check it cannot judge.
  // (Only for a call made for its effect: a call whose result is used may test its argument for another reason.)
  if (!provenOnly && proven.size === dashOnly.size) {
    const tested = testedParams(fn, true);
    if (tested.size > 0 && unreadPastThrows(fn, tested, ctx)) return [...out, ...unreadCheck(call, ctx, tested)];
  }
  if (call.arguments.some((a, i) => !proven.has(i) && a.type !== "SpreadElement" && mentionsCallerValue(a, ctx))) return [];
  return out;
}

interface AssertedFacts {
  contained: boolean;
  shape: string[];
}

const assertions = new WeakMap<FunctionNode, Map<string, AssertedFacts>>();

/**
 * Helpers the checks call (`isInside(root, canonical)`) are found by name
 * from the call site's scope: right when the helper and its callees share a
 * module (the common case), and nothing when they are out of reach.
 */
function assertedFacts(fn: FunctionNode, param: string, outer: GuardContext): AssertedFacts {
  let byParam = assertions.get(fn);
  if (!byParam) assertions.set(fn, (byParam = new Map()));
  let facts = byParam.get(param);
  if (!facts) {
    byParam.set(param, { contained: false, shape: [] });
    facts = assertedFactsOnce(fn, param, outer);
    byParam.set(param, facts);
  }
  return facts;
}

function assertedFactsOnce(fn: FunctionNode, param: string, outer: GuardContext): AssertedFacts {
  const facts: AssertedFacts = { contained: false, shape: [] };
  if (fn.body.type !== "BlockStatement") return facts;
  const aliases = aliasesOf(fn, param);
  const inits = new Map<string, Node>();
  collectConstInits(fn, inits);
  const ctx = helperContext(fn, inits, outer);
  const { tests, earlyReturns, asserts } = throwingChecks(fn.body.body, param);
  // `validateId(id);` before anything returns: what that helper proves of its parameter holds here too.
  for (const call of asserts) {
    const inner = ctx.functionsCalled?.(call) ?? [];
    if (inner.length !== 1) continue;
    inner[0].params.forEach((p, i) => {
      const arg = call.arguments[i];
      if (!arg || !isIdentifier(p) || !isIdentifier(arg) || arg.name !== param) return;
      const got = assertedFacts(inner[0], p.name, ctx);
      if (got.contained) facts.contained = true;
      for (const m of got.shape) if (!facts.shape.includes(m)) facts.shape.push(m);
    });
  }
  for (const test of tests) {
    for (const r of refinementsOf(test, false, ctx)) {
      const key = targetKey(r.target) ?? "";
      if (r.kind === "path-containment" && aliases.has(key)) facts.contained = true;
      // A shape holds for the parameter's own text only, not for what the function made of it.
      // (An anchored pattern's test is a `regex-match` refinement that carries the pattern's shape.)
      if ((r.kind === "shape" || r.kind === "regex-match") && key === param) for (const m of r.shape ?? []) if (!facts.shape.includes(m)) facts.shape.push(m);
    }
  }
  // `if (id === "master") return;` before the checks: that way out holds what the constants hold, and nothing else is proven on it.
  if (earlyReturns.length > 0) {
    facts.contained = false;
    for (const values of earlyReturns) {
      const held = constantsShape(values);
      facts.shape = facts.shape.filter((m) => held.includes(m));
    }
  }
  return facts;
}

/**
 * The tests of `if (test) throw ...` at the top of a body, up to the first
 * statement that can return: every normal completion of the function passed
 * them, or left early through `if (param === "c1" || param === "c2") return;`
 * (`earlyReturns` lists each such way out's constants).
 */
function throwingChecks(stmts: readonly Node[], param: string): { tests: Node[]; earlyReturns: string[][]; asserts: TSESTree.CallExpression[] } {
  const tests: Node[] = [];
  const earlyReturns: string[][] = [];
  const asserts: TSESTree.CallExpression[] = [];
  for (const s of stmts) {
    if (s.type === "IfStatement" && !s.alternate && alwaysExits(s.consequent) && !alwaysThrows(s.consequent)) {
      const values = equalsConstants(s.test, param);
      // At the top of a body no loop or label encloses it: `break` and `continue` cannot be written there, so this exit is a return.
      if (values) {
        earlyReturns.push(values);
        continue;
      }
    }
    // `return join(previewDir(id), name)`: the calls a plain return evaluates on its way out ran before it.
    if (s.type === "ReturnStatement") {
      if (s.argument) unconditionalCalls(s.argument, param, asserts);
      break;
    }
    if (canReturn(s)) break;
    if (s.type === "IfStatement" && !s.alternate && alwaysThrows(s.consequent)) tests.push(s.test);
    if (s.type === "ExpressionStatement") unconditionalCalls(s.expression, param, asserts);
    if (s.type === "VariableDeclaration") for (const d of s.declarations) if (d.init) unconditionalCalls(d.init, param, asserts);
  }
  return { tests, earlyReturns, asserts };
}

/**
 * The calls evaluating `node` always makes with `param` as an argument
 * (through nested calls, templates, operators and `await`; not past `?:`,
 * `&&`/`||`/`??` or into a function written there).
 */
function unconditionalCalls(node: Node, param: string, out: TSESTree.CallExpression[], depth = 0): void {
  const n = unwrapExpression(node);
  if (depth > 12) return;
  const next = (c: Node): void => unconditionalCalls(c, param, out, depth + 1);
  switch (n.type) {
    case "CallExpression":
      if (n.optional) return;
      if (n.arguments.some((a) => isIdentifier(a, param))) out.push(n);
      for (const a of n.arguments) if (a.type !== "SpreadElement") next(a);
      if (n.callee.type === "MemberExpression") next(n.callee.object);
      return;
    case "AwaitExpression":
      return next(n.argument);
    case "TemplateLiteral":
      return n.expressions.forEach(next);
    case "BinaryExpression":
      next(n.left as Node);
      return next(n.right);
    case "MemberExpression":
      if (!n.optional) next(n.object);
      return;
    case "AssignmentExpression":
      return next(n.right);
    case "ArrayExpression":
      for (const e of n.elements) if (e && e.type !== "SpreadElement") next(e);
      return;
    default:
      return;
  }
}

/** `p === "a"` or `"a" === p || p === "b"`: the string constants `p` equals when the test holds; undefined for any other test. */
function equalsConstants(test: Node, param: string, depth = 0): string[] | undefined {
  const n = unwrapExpression(test);
  if (depth > 8) return undefined;
  if (n.type === "LogicalExpression" && n.operator === "||") {
    const l = equalsConstants(n.left, param, depth + 1);
    const r = l && equalsConstants(n.right, param, depth + 1);
    return l && r ? [...l, ...r] : undefined;
  }
  if (n.type !== "BinaryExpression" || (n.operator !== "===" && n.operator !== "==")) return undefined;
  const [a, b] = [unwrapExpression(n.left as Node), unwrapExpression(n.right)];
  const lit = isIdentifier(a) && a.name === param ? stringLiteralValue(b) : isIdentifier(b) && b.name === param ? stringLiteralValue(a) : undefined;
  return lit === undefined ? undefined : [lit];
}

function alwaysThrows(stmt: Node): boolean {
  if (stmt.type === "ThrowStatement") return true;
  if (stmt.type === "BlockStatement") return stmt.body.length > 0 && alwaysThrows(stmt.body[stmt.body.length - 1]);
  if (stmt.type === "IfStatement") return alwaysThrows(stmt.consequent) && !!stmt.alternate && alwaysThrows(stmt.alternate);
  return false;
}

/** The statement holds a `return` of the function (not of a nested one). */
function canReturn(stmt: Node): boolean {
  const stack: Node[] = [stmt];
  let budget = 2000;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === "ReturnStatement") return true;
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") continue;
    pushChildren(n, stack);
  }
  return budget <= 0;
}

/** `x.split(sep)` (or a `const` bound to it): the x whose segments the list holds. */
function splitSource(node: Node, ctx: GuardContext): Node | undefined {
  let n = unwrapExpression(node);
  if (isIdentifier(n)) n = unwrapExpression(ctx.initOf(n) ?? n);
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || propertyName(n.callee) !== "split") return undefined;
  const sep = n.arguments[0];
  if (!sep || sep.type === "SpreadElement" || !splitsOnSeparator(sep)) return undefined;
  return targetKey(n.callee.object) ? n.callee.object : undefined;
}

/** A split pattern that cuts at every `/` (a segment list on POSIX), or at both separators. */
function splitsOnSeparator(node: Node): boolean {
  const u = unwrapExpression(node);
  if (u.type === "MemberExpression" && propertyName(u) === "sep") return true;
  const s = stringLiteralValue(u);
  // Splitting at `\\` only leaves `../x` whole: not a segment list.
  if (s !== undefined) return s === "/";
  if (u.type === "Literal" && "regex" in u && u.regex) {
    const src = u.regex.pattern;
    return src === "\\/" || (/^\[[^\]]*\]\+?$/.test(src) && src.includes("/"));
  }
  return false;
}

interface Condition {
  test: Node;
  whenTrue: boolean;
}

interface Judge {
  /** True when `node` is the parameter or a value built from it. */
  isTarget(node: Node): boolean;
  ctx: GuardContext;
}

/** Verdicts depend only on the helper's code: judged once per (helper, parameter), asked at every evaluation of a condition. */
const verdicts = new WeakMap<FunctionNode, Map<string, Verdict>>();

/** Whether every way `fn` can return true proves `param` inside an allowed folder. */
function judgeContainment(fn: FunctionNode, param: string, outer: GuardContext): Verdict {
  let byParam = verdicts.get(fn);
  if (!byParam) verdicts.set(fn, (byParam = new Map()));
  let verdict = byParam.get(param);
  if (!verdict) {
    // A helper that reaches itself again proves nothing through that call.
    byParam.set(param, "none");
    verdict = judgeContainmentOnce(fn, param, outer);
    byParam.set(param, verdict);
  }
  return verdict;
}

/**
 * The context a helper's own checks are read in: its locals' initializers,
 * and the helpers it calls by name, found where it is defined (or, when the
 * engine cannot say, from the call site's scope: right when they share a module).
 */
function helperContext(fn: FunctionNode, inits: Map<string, Node>, outer: GuardContext): GuardContext {
  const own = namesDeclaredIn(fn);
  return {
    initOf: (id) => inits.get(id.name) ?? (own.has(id.name) ? undefined : outer.initInside?.(fn, id)),
    initInside: outer.initInside,
    functionsCalled: (c) => {
      if (unwrapExpression(c.callee).type !== "Identifier") return [];
      const inside = outer.functionsCalledInside?.(fn, c) ?? [];
      return inside.length > 0 ? inside : (outer.functionsCalled?.(c) ?? []);
    },
    functionsCalledInside: outer.functionsCalledInside,
    // A name the helper binds itself is not the import; others are read where the call is (right when they share a module).
    apisOf: (node) => (isIdentifier(node) && (inits.has(node.name) || fn.params.some((p) => isIdentifier(p, node.name))) ? [] : (outer.apisOf?.(node) ?? [])),
  };
}

function judgeContainmentOnce(fn: FunctionNode, param: string, outer: GuardContext): Verdict {
  const aliases = aliasesOf(fn, param);
  const inits = new Map<string, Node>();
  const ctx = helperContext(fn, inits, outer);
  const judge: Judge = { isTarget: (node) => aliases.has(targetKey(node) ?? ""), ctx };
  collectConstInits(fn, inits);
  return judgeBody(fn, judge, 0);
}

function judgeBody(fn: FunctionNode, judge: Judge, depth: number): Verdict {
  if (depth > 2) return "none";
  const returns: { expr: Node; conditions: Condition[] }[] = [];
  if (fn.body.type === "BlockStatement") collectReturns(fn.body.body, [], returns);
  else returns.push({ expr: fn.body, conditions: [] });
  let proven = 0;
  let bare = false;
  for (const r of returns) {
    const e = unwrapExpression(r.expr);
    if (isFalsyLiteral(e)) continue;
    if (r.conditions.some((c) => provesContainment(c.test, c.whenTrue, judge))) {
      proven++;
      continue;
    }
    if (!isTrueLiteral(e)) {
      if (provesContainment(e, true, judge) || rootPrefixTest(e, r.conditions, judge)) {
        proven++;
        continue;
      }
      const nested = someEveryCallback(e);
      if (nested) {
        const v = judgeBody(nested, judge, depth + 1);
        if (v === "contains") {
          proven++;
          continue;
        }
        if (v === "bare-prefix") bare = true;
      }
      if (isBarePrefixTest(e, judge)) bare = true;
    }
    return bare ? "bare-prefix" : "none";
  }
  if (bare) return "bare-prefix";
  return proven > 0 ? "contains" : "none";
}

/** The test proves containment of the target, or pins it to another (trusted) value. */
function provesContainment(test: Node, whenTrue: boolean, judge: Judge): boolean {
  const u = unwrapExpression(test);
  if (u.type === "BinaryExpression" && (whenTrue ? u.operator === "===" || u.operator === "==" : u.operator === "!==" || u.operator === "!=")) {
    if (!isLiteralLike(u.left as Node) && !isLiteralLike(u.right) && (judge.isTarget(u.left as Node) || judge.isTarget(u.right))) return true;
  }
  return refinementsOf(test, whenTrue, judge.ctx).some((r) => r.kind === "path-containment" && judge.isTarget(r.target));
}

/**
 * `if (dir === path.sep) return p.startsWith(dir)` (or `startsWith(path.sep)`
 * there): the allowed folder is the root, which ends at a separator.
 */
function rootPrefixTest(node: Node, conditions: Condition[], judge: Judge): boolean {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || propertyName(n.callee) !== "startsWith" || !judge.isTarget(n.callee.object)) return false;
  const arg = n.arguments[0];
  if (!arg || arg.type === "SpreadElement") return false;
  const isSeparator = (e: Node) => {
    const u = unwrapExpression(e);
    const s = stringLiteralValue(u);
    return s === "/" || s === "\\" || (u.type === "MemberExpression" && propertyName(u) === "sep");
  };
  const argKey = targetKey(arg);
  return conditions.some((c) => {
    const t = unwrapExpression(c.test);
    if (!c.whenTrue || t.type !== "BinaryExpression" || (t.operator !== "===" && t.operator !== "==")) return false;
    const sides: [Node, Node][] = [
      [t.left as Node, t.right],
      [t.right, t.left as Node],
    ];
    // `dir === path.sep`, and the prefix is `dir` or the separator itself.
    return sides.some(([dir, sep]) => isSeparator(sep) && (targetKey(dir) === argKey || isSeparator(arg)));
  });
}

/**
 * `target.startsWith(x)` where `x` does not end at a separator. A constant
 * (`u.startsWith("file://")`, a scheme or a marker) names no folder, as in
 * place (callRefinements): it is no root boundary, broken or not.
 */
function isBarePrefixTest(node: Node, judge: Judge): boolean {
  const n = unwrapExpression(node);
  if (n.type === "LogicalExpression") return isBarePrefixTest(n.left, judge) || isBarePrefixTest(n.right, judge);
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || propertyName(n.callee) !== "startsWith") return false;
  const arg = n.arguments[0];
  return !!arg && arg.type !== "SpreadElement" && stringLiteralValue(arg) === undefined && judge.isTarget(n.callee.object) && !endsWithSeparator(arg, judge.ctx);
}

function someEveryCallback(node: Node): FunctionNode | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression" || !["some", "every", "find"].includes(propertyName(n.callee) ?? "")) return undefined;
  const cb = n.arguments[0];
  return cb && (cb.type === "ArrowFunctionExpression" || cb.type === "FunctionExpression") ? cb : undefined;
}

function isFalsyLiteral(n: Node): boolean {
  if (n.type === "Literal") return !n.value;
  return isIdentifier(n, "undefined");
}

function isTrueLiteral(n: Node): boolean {
  return n.type === "Literal" && n.value === true;
}

/** Return statements with the branch conditions that lead to each (early exits included). */
function collectReturns(stmts: readonly Node[], conditions: Condition[], out: { expr: Node; conditions: Condition[] }[]): void {
  let conds = conditions;
  for (const s of stmts) {
    switch (s.type) {
      case "ReturnStatement":
        if (s.argument) out.push({ expr: s.argument, conditions: conds });
        return;
      case "BlockStatement":
        collectReturns(s.body, conds, out);
        break;
      case "IfStatement":
        collectReturns([s.consequent], [...conds, { test: s.test, whenTrue: true }], out);
        if (s.alternate) collectReturns([s.alternate], [...conds, { test: s.test, whenTrue: false }], out);
        // `if (!inside) return false;`: what follows runs only when the test failed.
        if (!s.alternate && alwaysExits(s.consequent)) conds = [...conds, { test: s.test, whenTrue: false }];
        break;
      case "TryStatement":
        collectReturns(s.block.body, conds, out);
        if (s.handler) collectReturns(s.handler.body.body, conds, out);
        if (s.finalizer) collectReturns(s.finalizer.body, conds, out);
        break;
      case "ForStatement":
      case "ForOfStatement":
      case "ForInStatement":
      case "WhileStatement":
      case "DoWhileStatement":
        collectReturns([s.body], conds, out);
        break;
      case "SwitchStatement":
        for (const c of s.cases) collectReturns(c.consequent, conds, out);
        break;
      default:
        break;
    }
  }
}

/** The parameter and every local whose only definitions are built from it (`n = path.resolve(normalize(p))`). */
function aliasesOf(fn: FunctionNode, param: string): Set<string> {
  const defs = new Map<string, Node[]>();
  visitFunctionBody(fn, (n) => {
    if (n.type === "VariableDeclarator" && isIdentifier(n.id) && n.init) defs.set(n.id.name, [...(defs.get(n.id.name) ?? []), n.init]);
    if (n.type === "AssignmentExpression" && n.operator === "=" && isIdentifier(n.left)) defs.set(n.left.name, [...(defs.get(n.left.name) ?? []), n.right]);
  });
  const aliases = new Set([param]);
  const derived = (e: Node): boolean => {
    const u = unwrapExpression(e);
    const k = targetKey(u);
    if (k !== undefined) return aliases.has(k);
    const src = lastArgumentSource(u);
    return !!src && aliases.has(targetKey(src) ?? "");
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, list] of defs) {
      if (aliases.has(name) || name === param) continue;
      if (list.every(derived)) {
        aliases.add(name);
        changed = true;
      }
    }
  }
  return aliases;
}

function collectConstInits(fn: FunctionNode, out: Map<string, Node>): void {
  visitFunctionBody(fn, (n) => {
    if (n.type === "VariableDeclarator" && isIdentifier(n.id) && n.init) out.set(n.id.name, n.init);
  });
}

/** The names a function binds itself (parameters, variables, functions): they shadow its module's. */
function namesDeclaredIn(fn: FunctionNode): Set<string> {
  const out = new Set<string>();
  const addPattern = (p: Node): void => {
    const stack: Node[] = [p];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === "Identifier") out.add(n.name);
      else if (n.type === "AssignmentPattern") stack.push(n.left);
      else if (n.type === "RestElement") stack.push(n.argument);
      else if (n.type === "ArrayPattern") for (const e of n.elements) { if (e) stack.push(e); }
      else if (n.type === "ObjectPattern") for (const q of n.properties) stack.push(q.type === "Property" ? (q.value as Node) : q.argument);
      else if (n.type === "TSParameterProperty") stack.push(n.parameter);
    }
  };
  for (const p of fn.params) addPattern(p);
  visitFunctionBody(fn, (n) => {
    if (n.type === "VariableDeclarator") addPattern(n.id);
    else if ((n.type === "FunctionDeclaration" || n.type === "ClassDeclaration") && n.id) out.add(n.id.name);
    else if (n.type === "CatchClause" && n.param) addPattern(n.param);
  });
  return out;
}

function returnedExpression(block: TSESTree.BlockStatement): Node | undefined {
  const last = block.body[block.body.length - 1];
  return last && last.type === "ReturnStatement" && last.argument ? last.argument : undefined;
}

function rootName(node: Node): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === "Identifier") return n.name;
  if (n.type === "MemberExpression") return rootName(n.object);
  return undefined;
}

/** A statement after which control never falls through (return, throw, continue, break). */
export function alwaysExits(stmt: Node | null | undefined): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case "ReturnStatement":
    case "ThrowStatement":
    case "ContinueStatement":
    case "BreakStatement":
      return true;
    case "BlockStatement":
      return stmt.body.length > 0 && alwaysExits(stmt.body[stmt.body.length - 1]);
    case "IfStatement":
      return alwaysExits(stmt.consequent) && alwaysExits(stmt.alternate);
    case "ExpressionStatement": {
      // process.exit(...)
      const e = unwrapExpression(stmt.expression);
      return e.type === "CallExpression" && e.callee.type === "MemberExpression" && isIdentifier(e.callee.object, "process") && propertyName(e.callee) === "exit";
    }
    default:
      return false;
  }
}

/** Methods whose list is made from the value they are called on (`text.split(",")`), or, called on `Object`/`Array`, from their argument (`Object.keys(args.filter)`). */
const LIST_FROM_VALUE = new Set(["split", "match", "matchAll", "keys", "values", "entries", "from", "of", "fromEntries"]);

/**
 * A list the code got for itself: a call's result (`await listDevices()`,
 * `execSync("adb devices")` parsed, the database's tables
 * `(await db.all(q)).map((t) => t.name)`, a folder's entries), a member or a
 * field of one (`const { rows } = await client.query(…)`), a `Set` of one, or
 * a constant collection. Membership in it pins a value to names that exist.
 * A parameter (a tool argument, a caller's list) is not, nor is a list made
 * from one (`args.cols.split(",")`, `Object.keys(args.filter)`): a list the
 * model chooses pins nothing.
 */
function isLiveList(node: Node, ctx: GuardContext, depth = 0): boolean {
  // (A table of lists read through a `for...of` takes a few more steps: isLiveField.)
  if (depth > 10) return false;
  const n = unwrapExpression(node);
  if (n.type === "AwaitExpression") return isLiveList(n.argument, ctx, depth + 1);
  if (n.type === "CallExpression") {
    const c = unwrapExpression(n.callee);
    // `listNames(args.dir)`: entries of a folder the caller names are the caller's choice.
    if (n.arguments.some((a) => a.type !== "SpreadElement" && mentionsCallerValue(a, ctx))) return false;
    if (c.type !== "MemberExpression") return true;
    const name = propertyName(c) ?? "";
    // `x.filter(...)`, `x.map(...)`: still the elements of x.
    if (["filter", "map", "flat", "flatMap", "slice", "concat"].includes(name)) return isLiveList(c.object, ctx, depth + 1);
    if (LIST_FROM_VALUE.has(name)) {
      const obj = unwrapExpression(c.object);
      const from = isIdentifier(obj) && (obj.name === "Object" || obj.name === "Array") ? n.arguments[0] : obj;
      // The value must be the code's own, not the caller's (a parameter named `allowed` is still the model's text).
      return !!from && from.type !== "SpreadElement" && isLiveList(from, ctx, depth + 1) && !mentionsCallerValue(from, ctx);
    }
    return true;
  }
  if (n.type === "MemberExpression") return isLiveList(n.object, ctx, depth + 1);
  // `dir ? listNames(dir) : []`, `listed ?? []`: whichever side is taken, entries the code listed (or none).
  if (n.type === "ConditionalExpression") return isLiveList(n.consequent, ctx, depth + 1) && isLiveList(n.alternate, ctx, depth + 1);
  if (n.type === "LogicalExpression" && n.operator !== "&&") return isLiveList(n.left, ctx, depth + 1) && isLiveList(n.right, ctx, depth + 1);
  // `[...found]`, `[...a, ...b]`: the same entries, copied.
  if (n.type === "ArrayExpression" && n.elements.some((e) => e?.type === "SpreadElement")) {
    return n.elements.every((e) => !!e && (e.type === "SpreadElement" ? isLiveList(e.argument, ctx, depth + 1) : isLiteralLike(e)));
  }
  // `new Set(await names())`: the same entries.
  if (n.type === "NewExpression" && isIdentifier(n.callee) && (n.callee.name === "Set" || n.callee.name === "Map") && n.arguments.length === 1) {
    return isLiveList(n.arguments[0], ctx, depth + 1);
  }
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    if (init && init !== n) return isLiveList(init, ctx, depth + 1);
    // `const { rows } = await client.query(…)`: a field of what the call gave.
    const from = ctx.destructuredOf?.(n);
    if (from?.from.type === "ForOfStatement") return isLiveField(from.from.right, from.key, ctx, depth + 1);
    if (from) return isLiveList(from.from, ctx, depth + 1);
    return isConstantCollection(n, ctx);
  }
  return isConstantCollection(n, ctx);
}

/**
 * `for (const { names } of categories)`: the field `key` of every element of a
 * table the code wrote (`[{ dir, names: verbNames }, ...]`, or a filter of it)
 * is a list the code listed. A table read from elsewhere is not known.
 */
function isLiveField(table: Node, key: string, ctx: GuardContext, depth: number): boolean {
  if (depth > 10) return false;
  const n = unwrapExpression(table);
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    return !!init && init !== n && init.type !== "ForOfStatement" && isLiveField(init, key, ctx, depth + 1);
  }
  if (n.type === "ConditionalExpression") return isLiveField(n.consequent, key, ctx, depth + 1) && isLiveField(n.alternate, key, ctx, depth + 1);
  // `table.filter((c) => c.prefix === p)`, `table.slice(1)`: some of the same elements.
  if (n.type === "CallExpression") {
    const c = unwrapExpression(n.callee);
    return c.type === "MemberExpression" && ["filter", "slice", "toSorted", "toReversed"].includes(propertyName(c) ?? "") && isLiveField(c.object, key, ctx, depth + 1);
  }
  if (n.type !== "ArrayExpression" || n.elements.length === 0) return false;
  return n.elements.every((e) => {
    const o = e && e.type !== "SpreadElement" ? unwrapExpression(e) : undefined;
    if (o?.type !== "ObjectExpression") return false;
    const prop = o.properties.find((p): p is TSESTree.Property => p.type === "Property" && !p.computed && propertyName(p) === key);
    // A list the code fills at run time (`entries: remembered`) is judged as a registry, where its keys are seen: not here.
    return !!prop && o.properties.every((p) => p.type === "Property") && !isRegistry(prop.value as Node, ctx) && isLiveList(prop.value as Node, ctx, depth + 1);
  });
}

/** `x` of `path.basename(x)` (also with an extension to cut, or `basename` imported by name). */
function basenameArgument(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || calleeName(n) !== "basename" || n.arguments.length === 0 || n.arguments.length > 2) return undefined;
  const arg = n.arguments[0];
  return arg.type === "SpreadElement" ? undefined : arg;
}

/** `undefined` or `null`: what a lookup that found nothing answers. */
function isNullish(node: Node): boolean {
  const n = unwrapExpression(node);
  return (isIdentifier(n) && n.name === "undefined") || (n.type === "Literal" && n.value === null && !("regex" in n && n.regex));
}

/** `m.get(k)`, `list.find(cb)`, or a name bound to one: a lookup whose answer is undefined when nothing matched. */
function lookupCall(node: Node, ctx: GuardContext): TSESTree.CallExpression | undefined {
  // An await written in place is not a lookup's answer here; one behind a name is.
  if (unwrapExpression(node).type === "AwaitExpression") return undefined;
  const n = initCall(node, ctx);
  return n && unwrapExpression(n.callee).type === "MemberExpression" && ["get", "find", "findLast"].includes(calleeName(n) ?? "") ? n : undefined;
}

/** The call a name is bound to (`const x = await f(a)`), or the call itself. */
function initCall(node: Node, ctx: GuardContext): TSESTree.CallExpression | undefined {
  let n = unwrapExpression(node);
  if (isIdentifier(n)) {
    const init = ctx.initOf(n);
    if (!init || init === n) return undefined;
    n = unwrapExpression(init);
  }
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  return n.type === "CallExpression" ? n : undefined;
}

function nullishKind(node: Node): "null" | "undefined" {
  const n = unwrapExpression(node);
  return isIdentifier(n) ? "undefined" : "null";
}

/** What a lookup helper's answer proves when found, and what it answers on a miss. */
interface LookupAnswer {
  refinements: Refinement[];
  missing: "null" | "undefined";
}

/**
 * A lookup that must succeed, asked through a user helper: every way the
 * helper returns is a lookup of the same parameter in a collection
 * (`return jobs.get(id) ?? null`, `return this.runs.find((r) => r.id === id)`,
 * `return PLANS[key]`), or nothing at all (`if (!id) return null`). Where the
 * caller sees the answer found (`if (!job) throw`), the argument is one of
 * the collection's keys, judged as the same lookup written in place: a
 * registry's keys must not be the caller's, a catalog must be one the code
 * wrote. A helper that falls back to a value of its own (`?? DEFAULT`) is
 * found for every key and proves nothing.
 */
function lookupHelperRefinements(call: TSESTree.CallExpression, ctx: GuardContext, depth: number): LookupAnswer | undefined {
  if (depth > 8) return undefined;
  const fns = ctx.functionsCalled?.(call) ?? [];
  if (fns.length !== 1) return undefined;
  const fn = fns[0];
  const returns: Node[] = [];
  if (fn.body.type === "BlockStatement") {
    const found: { expr: Node; conditions: Condition[] }[] = [];
    collectReturns(fn.body.body, [], found);
    returns.push(...found.map((r) => r.expr));
  } else returns.push(fn.body);
  const params = fn.params.map((p) => (isIdentifier(p) ? p.name : undefined));
  const inits = new Map<string, Node>();
  collectConstInits(fn, inits);
  const inner: GuardContext = { ...helperContext(fn, inits, ctx), isParameter: (id) => params.includes(id.name) && !inits.has(id.name) };
  const refinements: Refinement[] = [];
  let missing: LookupAnswer["missing"] | undefined;
  for (const r of returns) {
    const e = unwrapExpression(r);
    if (isNullish(e)) continue;
    const { lookup, fallback } = withoutNullishFallback(e);
    if (!isLookup(lookup)) return undefined;
    const answer = fallback ?? "undefined";
    if (missing && missing !== answer) return undefined;
    missing = answer;
    const own = refinementsOf(lookup, true, inner, depth + 1).filter((x) => x.kind === "allow-list" && isIdentifier(unwrapExpression(x.target)));
    const index = own.length > 0 ? params.indexOf((unwrapExpression(own[0].target) as TSESTree.Identifier).name) : -1;
    const arg = index >= 0 ? call.arguments[index] : undefined;
    if (!arg || arg.type === "SpreadElement" || !targetKey(arg) || reassigns(fn, params[index]!)) return undefined;
    refinements.push(...own.filter((x) => x.target === own[0].target || targetKey(x.target) === targetKey(own[0].target)).map((x) => ({ ...x, target: arg, keysSettledIf: x.keysSettledIf ? { ...x.keysSettledIf, inside: { helper: fn, call } } : undefined })));
  }
  if (refinements.length === 0 || !missing) return undefined;
  // Each way out must be found the same way: every lookup names the same argument.
  if (new Set(refinements.map((x) => targetKey(x.target))).size !== 1) return undefined;
  return { refinements, missing };
}

/** `m.get(k) ?? null` → the lookup, answering null on a miss; a fallback of another kind keeps the whole expression. */
function withoutNullishFallback(e: Node): { lookup: Node; fallback?: "null" | "undefined" } {
  let n = unwrapExpression(e);
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (n.type === "LogicalExpression" && (n.operator === "??" || n.operator === "||") && isNullish(n.right)) {
    const inner = unwrapExpression(n.left);
    return { lookup: inner.type === "AwaitExpression" ? unwrapExpression(inner.argument) : inner, fallback: nullishKind(n.right) };
  }
  return { lookup: n };
}

/** `m.get(k)`, `m.has(k)` is no answer to return; `list.find(cb)`, `CATALOG[k]`: an entry or nothing. */
function isLookup(n: Node): boolean {
  const u = unwrapExpression(n);
  if (u.type === "MemberExpression") return u.computed;
  return u.type === "CallExpression" && ["get", "find", "findLast"].includes(calleeName(u) ?? "");
}

/** The helper writes its parameter again before the lookup could read it (`id = id.trim()` aside, any write). */
function reassigns(fn: FunctionNode, param: string): boolean {
  let found = false;
  visitFunctionBody(fn, (n) => {
    if (n.type === "AssignmentExpression" && isIdentifier(n.left) && n.left.name === param) found = true;
    if (n.type === "UpdateExpression" && isIdentifier(n.argument) && n.argument.name === param) found = true;
  });
  return found;
}

/**
 * A collection the code keeps in a variable or a field and fills as it runs
 * (`const jobs = new Map()`, `this.sessions`, `state.runs`): not a call's
 * result, not a parameter of the function at hand. Who wrote its keys is
 * asked of its value where the check is read (Refinement.keysSettledIf).
 */
function isRegistry(node: Node, ctx: GuardContext): boolean {
  const n = unwrapExpression(node);
  if (n.type === "MemberExpression") {
    if (n.computed && !isLiteralLike(n.property as Node)) return false;
    const root = rootOf(n);
    return root.type === "ThisExpression" || (isIdentifier(root) && !ctx.isParameter?.(root));
  }
  if (!isIdentifier(n) || ctx.isParameter?.(n)) return false;
  const init = ctx.initOf(n);
  // A field of each element of a `for...of` list is judged as that list's field (isLiveField), not as a collection the code fills.
  if (!init && ctx.destructuredOf?.(n)?.from.type === "ForOfStatement") return false;
  if (!init) return !!ctx.isParameter;
  const u = unwrapExpression(init);
  return (u.type === "NewExpression" && isIdentifier(u.callee) && (u.callee.name === "Map" || u.callee.name === "Set")) || (u.type === "ArrayExpression" && u.elements.length === 0) || (u.type === "ObjectExpression" && u.properties.length === 0);
}

function rootOf(n: TSESTree.MemberExpression): Node {
  let r: Node = n;
  while (r.type === "MemberExpression") r = unwrapExpression(r.object);
  return r;
}

/** The element field a find/some callback compares (`(j) => j.id === id` → `id`); undefined for the element itself. */
function comparedField(body: Node, params: Set<string>): string | undefined {
  const n = unwrapExpression(body);
  if (n.type === "LogicalExpression" && n.operator === "&&") return comparedField(n.left, params) ?? comparedField(n.right, params);
  if (n.type !== "BinaryExpression") return undefined;
  for (const side of [n.left as Node, n.right]) {
    const e = unwrapExpression(elementRead(side));
    if (e.type === "MemberExpression" && isIdentifier(e.object) && params.has(e.object.name)) return propertyName(e);
  }
  return undefined;
}

/** `d` or `d.id` where d is the variable of a `for (const d of <live list>)`. */
function isLiveElement(node: Node, ctx: GuardContext): boolean {
  const root = rootName(node);
  const n = unwrapExpression(node);
  let r: Node = n;
  while (r.type === "MemberExpression") r = unwrapExpression(r.object);
  if (!root || !isIdentifier(r)) return false;
  const init = ctx.initOf(r);
  return !!init && init.type === "ForOfStatement" && isLiveList(init.right, ctx);
}

/** In a find/some callback body: `d.id === x` (or `x === d.id`, joined by `&&`) pins x. */
function elementEqualities(body: Node, params: Set<string>): Refinement[] {
  const n = unwrapExpression(body);
  if (n.type === "LogicalExpression" && n.operator === "&&") return [...elementEqualities(n.left, params), ...elementEqualities(n.right, params)];
  if (n.type !== "BinaryExpression" || (n.operator !== "===" && n.operator !== "==")) return [];
  const left = unwrapExpression(n.left as Node);
  const right = unwrapExpression(n.right);
  for (const [a, b] of [[left, right], [right, left]] as const) {
    if (params.has(rootName(elementRead(a)) ?? "") && targetKey(b) && !params.has(rootName(b) ?? "")) return [{ target: b, kind: "allow-list" }];
  }
  return [];
}

/** `e.name.trim()`, `e.toLowerCase()`: still the element's text, a case or the spaces aside (`e.name` itself otherwise). */
function elementRead(node: Node): Node {
  let n = unwrapExpression(node);
  for (let i = 0; i < 4 && n.type === "CallExpression" && n.arguments.length === 0; i++) {
    const c = unwrapExpression(n.callee);
    if (c.type !== "MemberExpression" || !KEEPS_LEAD.has(propertyName(c) ?? "")) break;
    n = unwrapExpression(c.object);
  }
  return n;
}
