// Checks on where a URL goes, read where they dominate a use (statements.ts
// applies them with the other refinements of guards.ts):
//
// - an allow-list: the URL string starts with a constant that ends its
//   authority (`url.startsWith(BASE + "/")`), its origin, host or host name
//   equals a constant (`new URL(u).origin === ALLOWED`), the host name is a
//   constant domain or one of its subdomains (`h === D || h.endsWith("." + D)`),
//   or it is a member of a constant collection. Pins the host: kind
//   `allow-list`. A list or prefix that is a parameter (a tool argument, a
//   caller's value) folds to no constant and pins nothing.
// - a deny-list of private addresses: the host name (or the address a DNS
//   lookup gave for it) is refused when it is loopback, a private range,
//   link-local or a metadata address, by a helper whose body names such
//   ranges, a pattern, a constant list, a `BlockList`, or a chain of
//   comparisons. The model may still choose any public host: the shape
//   URL_PUBLIC_HOST, which ssrf reads to lower its rung.
//
// Each check is judged on the value it names and carried to the values it was
// derived from: `new URL(s).hostname` to `s`, `dns.lookup(h)`'s address to `h`.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, pushChildren, stringLiteralValue, unwrapExpression } from "../parse/ast.js";
import type { GuardContext, Refinement } from "./guards.js";
import { targetKey } from "./guards.js";
import type { FunctionNode } from "./spec.js";
import { patternPinsOrigin } from "./origin-patterns.js";

type Node = TSESTree.Node;

/**
 * The `sanitizedFor` mark of a URL (or host) whose host was checked against
 * private, loopback, link-local and metadata addresses before the use: it may
 * still be any public host.
 */
export const URL_PUBLIC_HOST = "shape:url-public-host";

/** The parts of a parsed URL that name where it goes. */
const HOST_PARTS = new Set(["hostname", "host", "origin"]);

/** Calls whose result is the address a host name resolves to. */
const LOOKUPS = new Set(["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]);

/** Scheme and authority, then the end of the authority: a prefix that fixes the host. */
const FIXED_ORIGIN_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+[/?#]/i;
/** `.example.com`: a suffix that only names subdomains of one domain. */
const DOMAIN_SUFFIX = /^\.([a-z0-9-]+\.)*[a-z0-9-]+\.[a-z]{2,}\.?$/i;

/** Which kind of non-public address a piece of text names. */
const ADDRESS_CLASSES: [string, RegExp][] = [
  ["loopback", /localhost|\b127\b|::1\b|\b0\\?\.0\\?\.0\\?\.0\b|\bloopback\b/i],
  ["private", /\b10\\?\.|\b192\\?\.168\b|\b172\\?\.(1[6-9]|2\d|3[01]|\(?1\[?6)|\bf[cd]00\b|\bf[cd][0-9a-f]{2}:|\bprivate\b|\buniqueLocal\b/i],
  ["link-local", /\b169\\?\.254\b|\bfe80\b|metadata\.google\.internal|\blinkLocal\b|\blink-local\b/i],
];

/** The refinements a URL check gives on the branch where `test` is `whenTrue`, beyond those of guards.ts. */
export function urlRefinements(test: Node, whenTrue: boolean, ctx: GuardContext): Refinement[] {
  const out: Refinement[] = [];
  for (const t of allowedTargets(test, whenTrue, ctx, 0)) {
    const against = comparedWith.get(t);
    for (const o of urlOwners(t, ctx, false)) out.push({ target: o, kind: "allow-list", ...(against ? { settledIf: against } : {}) });
  }
  const denied = publicTargets(test, whenTrue, ctx, 0);
  for (const t of denied) for (const o of urlOwners(t, ctx, true)) out.push({ target: o, kind: "shape", shape: [URL_PUBLIC_HOST] });
  return out;
}

/** A reader of one kind of URL check: the values `test` proves something of on the branch where it is `whenTrue`. */
type TargetReader = (test: Node, whenTrue: boolean, ctx: GuardContext, depth: number) => Node[];

/**
 * The forms that only pass a condition on to `read`: `!c` (the other
 * branch), `await c`, and a name bound to a condition. Undefined when `n` is
 * none of them.
 */
function passOn(n: Node, whenTrue: boolean, ctx: GuardContext, depth: number, read: TargetReader): Node[] | undefined {
  if (n.type === "UnaryExpression" && n.operator === "!") return read(n.argument, !whenTrue, ctx, depth + 1);
  if (n.type === "AwaitExpression") return read(n.argument, whenTrue, ctx, depth + 1);
  if (n.type === "Identifier") {
    const init = ctx.initOf(n);
    return init && init !== n ? read(init, whenTrue, ctx, depth + 4) : [];
  }
  return undefined;
}

// ------------------------------------------------------------ allow-lists

/** A pinned host part compared with values that are not constants: the check holds only where they are settled. */
const comparedWith = new WeakMap<Node, Node[]>();

function allowedTargets(test: Node, whenTrue: boolean, ctx: GuardContext, depth: number): Node[] {
  if (depth > 8) return [];
  const n = unwrapExpression(test);
  const passed = passOn(n, whenTrue, ctx, depth, allowedTargets);
  if (passed) return passed;
  if (n.type === "LogicalExpression") {
    const both = (n.operator === "&&" && whenTrue) || (n.operator === "||" && !whenTrue);
    const left = allowedTargets(n.left, whenTrue, ctx, depth + 1);
    const right = allowedTargets(n.right, whenTrue, ctx, depth + 1);
    if (both) return [...left, ...right];
    // `h === D || h.endsWith("." + D)`: every side must pin the same value.
    if ((n.operator === "||" && whenTrue) || (n.operator === "&&" && !whenTrue)) {
      const keys = new Set(right.map(ownerKey));
      const both = left.filter((t) => keys.has(ownerKey(t)));
      // Each side's comparands must be settled for the pin to hold.
      for (const t of both) {
        const against = [...(comparedWith.get(t) ?? []), ...right.filter((r) => ownerKey(r) === ownerKey(t)).flatMap((r) => comparedWith.get(r) ?? [])];
        if (against.length) comparedWith.set(t, [...new Set(against)]);
      }
      return both;
    }
    return [];
  }
  if (n.type === "BinaryExpression") {
    const equal = n.operator === "===" || n.operator === "==";
    const unequal = n.operator === "!==" || n.operator === "!=";
    if (!((equal && whenTrue) || (unequal && !whenTrue))) return [];
    const pinned: Node[] = [];
    for (const [a, b] of [[n.left as Node, n.right], [n.right, n.left as Node]] as const) {
      if (!isHostPart(a, ctx)) continue;
      if (constantTexts(b, ctx)?.length) return [a];
      // Two hosts compared: each is pinned if the other is settled (`wanted.origin !== own.origin`).
      if (hostComparand(b, ctx) && ownerKey(a) !== ownerKey(b)) {
        comparedWith.set(a, [b]);
        pinned.push(a);
      }
    }
    return pinned;
  }
  if (n.type === "CallExpression" && whenTrue && n.callee.type === "MemberExpression") {
    const name = propertyName(n.callee);
    const recv = n.callee.object;
    const arg = n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? n.arguments[0] : undefined;
    if (!arg) return [];
    // `/^https?:\/\/[a-z]+\.example\.org\//.test(u)`, `u.match(re)`: a pattern that pins the origin.
    if ((name === "test" || name === "exec") && originPattern(recv, ctx)) return [arg];
    if (name === "match" && originPattern(arg, ctx)) return [recv];
    if (name === "startsWith") {
      const prefixes = constantTexts(arg, ctx);
      return prefixes?.length && prefixes.every((p) => FIXED_ORIGIN_PREFIX.test(p)) ? [recv] : [];
    }
    if (name === "endsWith" && isHostPart(recv, ctx)) {
      const suffixes = constantTexts(arg, ctx);
      return suffixes?.length && suffixes.every((s) => DOMAIN_SUFFIX.test(s)) ? [recv] : [];
    }
    if ((name === "includes" || name === "has") && isHostPart(arg, ctx)) {
      if (constantMembers(recv, ctx)) return [arg];
      // A list the code holds (`config.allowedHosts`, a closed-over parameter, a field): it pins the host
      // where that list is not the caller's (Refinement.settledIf), as a compared host does.
      if (targetKey(stripNormalizing(recv)) !== undefined) {
        comparedWith.set(arg, [recv]);
        return [arg];
      }
    }
  }
  return [];
}

/**
 * A host to compare a URL's host with that is not a constant but may be
 * settled: a host part of another URL (`new URL(this.baseUrl).origin`) or a
 * name or field holding one (`baseHost.toLowerCase()`). The check pins the
 * host only where that value is not the caller's (Refinement.settledIf): a
 * host the model passes beside the URL, or writes into the field, pins nothing.
 */
function hostComparand(node: Node, ctx: GuardContext): boolean {
  const n = stripNormalizing(node);
  return isHostPart(n, ctx) || targetKey(n) !== undefined;
}

/** Calls that change a host name's case or trim it, and keep what it names: `h.toLowerCase()`. */
const NORMALIZING = new Set(["toLowerCase", "toLocaleLowerCase", "toUpperCase", "toLocaleUpperCase", "trim"]);

/** `x` of `x.toLowerCase()` (repeatedly), else the expression itself. */
function stripNormalizing(node: Node): Node {
  let n = unwrapExpression(node);
  for (let i = 0; i < 4 && n.type === "CallExpression" && n.arguments.length === 0 && n.callee.type === "MemberExpression" && NORMALIZING.has(propertyName(n.callee) ?? ""); i++) n = unwrapExpression(n.callee.object);
  return n;
}

/** `[...]` or `new Set([...])` of constants, directly or through a `const`. */
function constantMembers(node: Node, ctx: GuardContext, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (depth > 3) return false;
  if (n.type === "Identifier") {
    const init = ctx.initOf(n);
    return !!init && init !== n && constantMembers(init, ctx, depth + 1);
  }
  if (n.type === "ArrayExpression") return n.elements.length > 0 && n.elements.every((e) => !!e && e.type !== "SpreadElement" && !!constantTexts(e, ctx)?.length);
  if (n.type === "NewExpression" && isIdentifier(n.callee, "Set") && n.arguments[0] && n.arguments[0].type !== "SpreadElement") return constantMembers(n.arguments[0], ctx, depth + 1);
  return false;
}

// ------------------------------------------------------------ deny-lists of private addresses

/** The values a check proves not private, loopback, link-local or metadata on the branch where `test` is `whenTrue`. */
function publicTargets(test: Node, whenTrue: boolean, ctx: GuardContext, depth: number): Node[] {
  if (depth > 8) return [];
  const n = unwrapExpression(test);
  const passed = passOn(n, whenTrue, ctx, depth, publicTargets);
  if (passed) return passed;
  if (n.type === "LogicalExpression" && ((n.operator === "&&" && whenTrue) || (n.operator === "||" && !whenTrue))) {
    const nested = [...publicTargets(n.left, whenTrue, ctx, depth + 1), ...publicTargets(n.right, whenTrue, ctx, depth + 1)];
    if (nested.length > 0) return nested;
  }
  // `h === "localhost" || h.startsWith("127.") || h.startsWith("169.254.")` false: none of them.
  const leaves: Node[] = [];
  if (!disjunctionLeaves(n, whenTrue, leaves, 0)) return [];
  const named = leaves.map((l) => deniedBy(l, ctx));
  if (named.some((x) => !x)) return [];
  const keys = new Set(named.map((x) => ownerKey(x!.target)));
  const classes = new Set(named.flatMap((x) => x!.classes));
  return keys.size === 1 && classes.size >= 2 ? [named[0]!.target] : [];
}

/** The leaves of `a || b || c` (when false) or `!a && !b` (when true): each says "private" when true. */
function disjunctionLeaves(node: Node, whenTrue: boolean, out: Node[], depth: number): boolean {
  const n = unwrapExpression(node);
  if (depth > 16 || out.length > 32) return false;
  if (n.type === "UnaryExpression" && n.operator === "!") return disjunctionLeaves(n.argument, !whenTrue, out, depth + 1);
  if (n.type === "LogicalExpression" && ((n.operator === "||" && !whenTrue) || (n.operator === "&&" && whenTrue))) {
    return disjunctionLeaves(n.left, whenTrue, out, depth + 1) && disjunctionLeaves(n.right, whenTrue, out, depth + 1);
  }
  if (whenTrue) return false;
  out.push(n);
  return true;
}

/** A test that is true for a non-public address: the value it checks and the address classes it names. */
function deniedBy(leaf: Node, ctx: GuardContext): { target: Node; classes: string[] } | undefined {
  const n = unwrapExpression(leaf);
  if (n.type === "AwaitExpression") return deniedBy(n.argument, ctx);
  if (n.type === "BinaryExpression" && (n.operator === "===" || n.operator === "==")) {
    for (const [a, b] of [[n.left as Node, n.right], [n.right, n.left as Node]] as const) {
      const texts = constantTexts(b, ctx);
      if (texts?.length && targetOf(a)) return { target: a, classes: classesOf(texts) };
    }
    return undefined;
  }
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrapExpression(n.callee);
  const arg = n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? n.arguments[0] : undefined;
  if (callee.type === "MemberExpression") {
    const name = propertyName(callee);
    const recv = callee.object;
    const members = (name === "includes" || name === "has") && arg ? collectionTexts(recv, ctx) : undefined;
    if (members && arg && targetOf(arg)) return { target: arg, classes: classesOf(members) };
    if ((name === "startsWith" || name === "endsWith" || name === "includes") && arg && targetOf(recv)) {
      const texts = constantTexts(arg, ctx);
      return texts?.length ? { target: recv, classes: classesOf(texts) } : undefined;
    }
    if (name === "test" && arg && targetOf(arg)) {
      const source = regexSource(recv, ctx);
      return source ? { target: arg, classes: classesOf([source]) } : undefined;
    }
    // `blockList.check(address)` with `blockList = new net.BlockList()`: the code lists what it refuses.
    if (name === "check" && arg && targetOf(arg) && isBlockList(recv, ctx)) return { target: arg, classes: ["loopback", "private", "link-local"] };
  }
  // `isPrivateAddress(host)`: a helper whose body names the ranges, and whose name says true means not public.
  if (arg && targetOf(arg) && callee.type === "Identifier" && NON_PUBLIC_NAME.test(callee.name)) {
    const fns = ctx.functionsCalled?.(n) ?? [];
    if (fns.length === 1) return { target: arg, classes: helperClasses(fns[0]) };
  }
  return undefined;
}

/** A helper named for what it refuses: true for a private, local, internal or blocked address. */
const NON_PUBLIC_NAME = /(private|local|internal|loopback|reserved|blocked|forbidden|denied|disallowed|metadata|unsafe)/i;

function targetOf(node: Node): boolean {
  const n = unwrapExpression(node);
  return !!targetKey(n) || (n.type === "MemberExpression" && HOST_PARTS.has(propertyName(n) ?? "") && parsedUrlSource(n.object) !== undefined);
}

function classesOf(texts: readonly string[]): string[] {
  return ADDRESS_CLASSES.filter(([, re]) => texts.some((t) => re.test(t))).map(([c]) => c);
}

/** The address classes a helper's body names, read once per helper: a branch read again in a later pass asks again. */
const classesByHelper = new WeakMap<FunctionNode, string[]>();
function helperClasses(fn: FunctionNode): string[] {
  let classes = classesByHelper.get(fn);
  if (!classes) classesByHelper.set(fn, (classes = classesOf(textsIn(fn))));
  return classes;
}

/** Every string constant and pattern source in a helper's body. */
function textsIn(fn: FunctionNode): string[] {
  const out: string[] = [];
  const numbers = new Set<number>();
  const stack: Node[] = [fn.body];
  while (stack.length > 0 && out.length < 400) {
    const n = stack.pop()!;
    if (n.type === "Literal") {
      if (typeof n.value === "string") out.push(n.value);
      else if (typeof n.value === "number") numbers.add(n.value);
      else if ("regex" in n && n.regex) out.push(n.regex.pattern);
    } else if (n.type === "TemplateElement") out.push(n.value.cooked ?? "");
    pushChildren(n, stack);
  }
  // Octets compared as numbers (`a === 127`, `a === 169 && b === 254`).
  for (const [a, b] of [[127, 0], [10, 0], [192, 168], [172, 16], [169, 254]]) if (numbers.has(a) && (b === 0 || numbers.has(b))) out.push(b === 0 ? `${a}.` : `${a}.${b}.`);
  return out;
}

/** A regex literal (or a `const` bound to one) that pins a URL's origin (origin-patterns.ts). */
function originPattern(node: Node, ctx: GuardContext, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (n.type === "Literal" && "regex" in n && n.regex) return patternPinsOrigin(n.regex.pattern, n.regex.flags);
  if (n.type === "Identifier" && depth < 3) {
    const init = ctx.initOf(n);
    return !!init && init !== n && originPattern(init, ctx, depth + 1);
  }
  return false;
}

function regexSource(node: Node, ctx: GuardContext, depth = 0): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === "Literal" && "regex" in n && n.regex) return n.regex.pattern;
  if (n.type === "Identifier" && depth < 3) {
    const init = ctx.initOf(n);
    return init && init !== n ? regexSource(init, ctx, depth + 1) : undefined;
  }
  return undefined;
}

function collectionTexts(node: Node, ctx: GuardContext, depth = 0): string[] | undefined {
  const n = unwrapExpression(node);
  if (depth > 3) return undefined;
  if (n.type === "Identifier") {
    const init = ctx.initOf(n);
    return init && init !== n ? collectionTexts(init, ctx, depth + 1) : undefined;
  }
  if (n.type === "ArrayExpression") {
    const out: string[] = [];
    for (const e of n.elements) {
      const t = e && e.type !== "SpreadElement" ? constantTexts(e, ctx) : undefined;
      if (!t) return undefined;
      out.push(...t);
    }
    return out;
  }
  if (n.type === "NewExpression" && isIdentifier(n.callee, "Set") && n.arguments[0] && n.arguments[0].type !== "SpreadElement") return collectionTexts(n.arguments[0], ctx, depth + 1);
  return undefined;
}

function isBlockList(node: Node, ctx: GuardContext): boolean {
  const n = unwrapExpression(node);
  const init = n.type === "Identifier" ? ctx.initOf(n) : undefined;
  const made = init ? unwrapExpression(init) : undefined;
  if (!made || made.type !== "NewExpression") return false;
  const callee = unwrapExpression(made.callee);
  return isIdentifier(callee, "BlockList") || (callee.type === "MemberExpression" && propertyName(callee) === "BlockList");
}

// ------------------------------------------------------------ what a check on a URL part pins

/** `u.hostname`, `new URL(s).origin`, `const { hostname } = new URL(s)`, a `const` holding one, or one lower-cased or trimmed. */
function isHostPart(node: Node, ctx: GuardContext, depth = 0): boolean {
  const n = stripNormalizing(node);
  if (n.type === "MemberExpression") return HOST_PARTS.has(propertyName(n) ?? "") && (!!targetKey(n) || parsedUrlSource(n.object) !== undefined);
  if (n.type === "Identifier" && depth < 3) {
    const from = destructuredHostPart(n, ctx);
    if (from) return targetKey(from) !== undefined || parsedUrlSource(from) !== undefined;
    const init = ctx.initOf(n);
    return !!init && init !== n && isHostPart(init, ctx, depth + 1);
  }
  return false;
}

/** The URL (or URL string's `new URL(...)`) a name bound by `const { host } = <from>` was read from. */
function destructuredHostPart(id: TSESTree.Identifier, ctx: GuardContext): Node | undefined {
  const d = ctx.destructuredOf?.(id);
  // (A field of a `for...of` element is read from no single URL.)
  return d && HOST_PARTS.has(d.key) && d.from.type !== "ForOfStatement" ? unwrapExpression(d.from) : undefined;
}

/** `s` of `new URL(s)` (one argument: with a base, `s` alone does not decide the host). */
function parsedUrlSource(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "NewExpression" || !isIdentifier(n.callee, "URL") || n.arguments.length !== 1) return undefined;
  const a = n.arguments[0];
  return a.type !== "SpreadElement" && targetKey(a) ? a : undefined;
}

/**
 * The values a check on `node` pins: itself when it is a variable or a static
 * chain; the URL object a host part was read from and the string that URL was
 * parsed from; with `viaLookup`, the host name a DNS lookup resolved.
 */
function urlOwners(node: Node, ctx: GuardContext, viaLookup: boolean, depth = 0): Node[] {
  const n = unwrapExpression(node);
  const out: Node[] = targetKey(n) ? [n] : [];
  if (depth > 4) return out;
  const stripped = stripNormalizing(n);
  if (stripped !== n) return [...out, ...urlOwners(stripped, ctx, viaLookup, depth + 1)];
  if (n.type === "MemberExpression" && HOST_PARTS.has(propertyName(n) ?? "")) {
    const source = parsedUrlSource(n.object);
    if (source) out.push(...urlOwners(source, ctx, viaLookup, depth + 1));
    else if (targetKey(n.object)) out.push(...urlOwners(n.object, ctx, viaLookup, depth + 1));
    return out;
  }
  // `(await dns.lookup(h)).address`: the address of the resolved host.
  if (viaLookup && n.type === "MemberExpression" && propertyName(n) === "address" && targetKey(n.object)) return [...out, ...urlOwners(n.object, ctx, viaLookup, depth + 1)];
  if (n.type !== "Identifier") return out;
  // `const { hostname } = new URL(s)` (or `= u`): a check on `hostname` pins `s` (or `u`).
  const from = destructuredHostPart(n, ctx);
  if (from) return [...out, ...urlOwners(parsedUrlSource(from) ?? from, ctx, viaLookup, depth + 1)];
  const init = ctx.initOf(n);
  if (!init || init === n) return out;
  let made = unwrapExpression(init);
  if (stripNormalizing(made) !== made) return [...out, ...urlOwners(made, ctx, viaLookup, depth + 1)];
  if (made.type === "AwaitExpression") made = unwrapExpression(made.argument);
  if (made.type === "MemberExpression" && HOST_PARTS.has(propertyName(made) ?? "")) out.push(...urlOwners(made, ctx, viaLookup, depth + 1));
  // `const u = new URL(s)`: a check on `u` pins `s`.
  const source = parsedUrlSource(made);
  if (source) out.push(...urlOwners(source, ctx, viaLookup, depth + 1));
  if (viaLookup && made.type === "CallExpression") {
    const callee = unwrapExpression(made.callee);
    const name = callee.type === "MemberExpression" ? propertyName(callee) : callee.type === "Identifier" ? callee.name : undefined;
    const host = made.arguments[0];
    if (name && LOOKUPS.has(name) && host && host.type !== "SpreadElement") out.push(...urlOwners(host, ctx, viaLookup, depth + 1));
  }
  return out;
}

/** A key shared by a host part and every value it was derived from, so both sides of `||` can be matched. */
function ownerKey(node: Node): string {
  const n = stripNormalizing(node);
  if (n.type === "MemberExpression" && HOST_PARTS.has(propertyName(n) ?? "")) {
    const source = parsedUrlSource(n.object);
    return `${source ? targetKey(source) : targetKey(n.object)}.${propertyName(n)}`;
  }
  return targetKey(n) ?? "";
}

// ------------------------------------------------------------ constants

/** Every text `node` may be, when all are constants: literals, templates, `+`, `const`s, `new URL(C).origin`. */
export function constantTexts(node: Node, ctx: GuardContext, depth = 0): string[] | undefined {
  if (depth > 6) return undefined;
  const n = unwrapExpression(node);
  const literal = stringLiteralValue(n);
  if (literal !== undefined) return [literal];
  if (n.type === "Identifier") {
    const init = ctx.initOf(n);
    return init && init !== n ? constantTexts(init, ctx, depth + 1) : undefined;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const a = constantTexts(n.left as Node, ctx, depth + 1);
    const b = a && constantTexts(n.right, ctx, depth + 1);
    return a && b && a.length * b.length <= 16 ? a.flatMap((x) => b.map((y) => x + y)) : undefined;
  }
  if (n.type === "TemplateLiteral") {
    let out = [n.quasis[0].value.cooked ?? ""];
    for (let i = 0; i < n.expressions.length; i++) {
      const e = constantTexts(n.expressions[i], ctx, depth + 1);
      if (!e || out.length * e.length > 16) return undefined;
      const tail = n.quasis[i + 1].value.cooked ?? "";
      out = out.flatMap((x) => e.map((y) => x + y + tail));
    }
    return out;
  }
  if (n.type === "MemberExpression" && (propertyName(n) === "origin" || propertyName(n) === "host" || propertyName(n) === "hostname")) {
    const made = unwrapExpression(n.object);
    if (made.type === "NewExpression" && isIdentifier(made.callee, "URL") && made.arguments.length === 1 && made.arguments[0].type !== "SpreadElement") {
      const texts = constantTexts(made.arguments[0], ctx, depth + 1);
      const parts = texts?.map((t) => urlPart(t, propertyName(n)!));
      return parts && parts.every((p): p is string => p !== undefined) ? parts : undefined;
    }
  }
  return undefined;
}

function urlPart(text: string, part: string): string | undefined {
  try {
    const u = new URL(text);
    return part === "origin" ? u.origin : part === "host" ? u.host : u.hostname;
  } catch {
    return undefined;
  }
}
