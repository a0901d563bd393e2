// What the JavaScript runtime's own functions do to data: strings, arrays,
// objects, JSON, Promise, Buffer, URL, timers. Library APIs are models
// (rules/models); these are the language, so they live with the engine.
import type { TSESTree } from "@typescript-eslint/types";
import { parseApiKey } from "./models.js";
import type { FlowStep } from "../types.js";
import { UNKNOWN_PART, asOwnTextViews, asPieces, compact, constValue, deepTaint, stringForm, EMPTY, hasTaint, isEmpty, join, joinAll, mapTaint, MAX_CONSTS, sanitize, taintOnly, type Value, withStep } from "./values.js";
import { NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, URI_COMPONENT, URL_ADDRESS } from "./spec.js";
import { withoutPosition } from "./position-shapes.js";
import { propertyName, stringLiteralValue, unwrapExpression } from "../parse/ast.js";
import { concatValues, keysOf, MAP_KEYS, withoutKeys } from "./value-ops.js";
import { encodingShape, isCharacterMark, literalPattern, replaceOnAlphabet } from "./shapes.js";
import { afterFlagMarks, quoteEscapeShape } from "./shell-shapes.js";
import { quoteDoubledShape } from "./quote-shapes.js";
import { relativeKeepsBase, specialSchemeKnown, URL_HOST_SETTERS, URL_PATH, URL_TAIL_SETTERS } from "./url-shapes.js";
import { nonEmptyList } from "./syntax.js";

type Node = TSESTree.Node;

/** What builtins need from the engine (calls back into user code). */
export interface Interp {
  callValue(fnValue: Value, thisValue: Value, args: Value[], node: Node, ctx: Ctx): Value;
  elementsOf(v: Value): Value;
  instanceData(v: Value): Value;
  /** `list.push(x)`, `params.set(k, v)`: the receiver variable now holds `add` too. */
  mutateReceiver(node: Node, add: Value, ctx: Ctx): void;
  /** `Object.assign(target, ...)`, `Object.defineProperty(target, key, ...)`: writes into the argument's variable. */
  assignToArgument(node: Node, index: number, key: string | undefined, value: Value, ctx: Ctx): void;
  addThrowValue(v: Value, ctx: Ctx): void;
  step(node: Node, ctx: Ctx, label: string): FlowStep;
  /** What the receiver of `.catch()` / `.then(ok, fail)` may have thrown. */
  takeCaught(ctx: Ctx): Value;
  /** `JSON.stringify(from)` gave `result`: rows may still read its fields. */
  noteSerialized(result: Value, from: Value): Value;
}

type Ctx = unknown;

const GLOBAL = "global";

/**
 * Applies `f` to each constant. A constant with unknown parts (`"\0/items"`)
 * is mapped piece by piece, the unknown parts kept, when `f` works on pieces
 * (URI encoding, case changes); otherwise its result is unknown: encoding the
 * marker itself would turn a hole into text (`%00`).
 */
function mapConsts(v: Value, f: (s: string) => string | undefined, piecewise = false): string[] | undefined {
  if (!v.consts?.length || v.prefix) return undefined;
  const out: string[] = [];
  for (const c of v.consts) {
    let r: string | undefined;
    if (!c.includes(UNKNOWN_PART)) r = f(c);
    else if (piecewise) {
      const pieces = c.split(UNKNOWN_PART).map((p) => (p === "" ? "" : f(p)));
      r = pieces.some((p) => p === undefined) ? undefined : pieces.join(UNKNOWN_PART);
    }
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out.slice(0, MAX_CONSTS);
}

/** `v` as its string form (stringForm), keeping the constants and prefix that say what text it is. */
function stringFormOf(v: Value): Value {
  if (!v.props && !v.elems) return v;
  return compact({ ...stringForm(v, true), consts: v.consts, prefix: v.prefix });
}

function stringResult(from: Value, consts: string[] | undefined, whole = false): Value {
  const taint = whole ? deepTaint(from, true) : deepTaint(from);
  // Made from a string with unknown parts: the parameters in it stay pieces of a string.
  const holed = !consts && (!!from.prefix || !!from.consts?.some((c) => c.includes(UNKNOWN_PART)));
  return compact({ ...(holed ? asPieces(taint) : taint), consts });
}

/** A value known only as an object or array: no taint, constant or instance of its own, only fields or elements. */
function isObjectOnly(v: Value): boolean {
  return (!!v.props?.size || !!v.elems) && !hasTaint(v) && !v.consts?.length && !v.apis?.length && !v.fns?.length && !v.classes?.length && !v.insts?.length;
}

function decodeBase64(s: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(s.trim())) return undefined;
  return Buffer.from(s, "base64").toString("utf8");
}

function decodeHex(s: string): string | undefined {
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) return undefined;
  return Buffer.from(s, "hex").toString("utf8");
}

function encodingOf(v: Value | undefined): string | undefined {
  return v?.consts?.length === 1 ? v.consts[0].toLowerCase() : undefined;
}

/**
 * The elements of an array literal with a spread, in order (`[base, ...segments]`): a spread stands for
 * however many elements it has. Kept beside the value, which holds only their join, so that a
 * `.join("/")` of it is known to start with its first elements: a URL built as `[host, ...path].join("/")`
 * goes to that host.
 */
export const spreadArrayParts = new WeakMap<Value, readonly { value: Value; spread: boolean }[]>();

/** `[a, ...rest].join(sep)` as the concatenation it is: the elements before the first spread keep their place. */
function joinedInOrder(recv: Value, sep: string): Value | undefined {
  const parts = spreadArrayParts.get(recv);
  if (!parts || parts[0]?.spread !== false) return undefined;
  const pieces: Value[] = [];
  parts.forEach((p, i) => {
    if (i > 0) pieces.push(constValue(sep));
    // A spread's elements and their separators are text whose length is not known.
    // An object element is written in its string form (an error as "Name: message").
    pieces.push(p.spread ? deepTaint(p.value) : p.value.props || p.value.elems ? stringForm(p.value) : p.value);
  });
  return concatValues(pieces);
}

/** Ordered constant elements of an array literal, when all are known. */
function orderedConsts(v: Value): string[] | undefined {
  if (!v.props) return undefined;
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const p = v.props.get(String(i));
    if (!p) break;
    if (p.consts?.length !== 1 || p.prefix) return undefined;
    out.push(p.consts[0]);
  }
  return out.length && out.length === v.props.size ? out : undefined;
}

function keyTaint(key: Value): Value {
  const t = taintOnly(key);
  return isEmpty(t) ? EMPTY : { props: new Map([[MAP_KEYS, t]]) };
}


function elementsValue(v: Value): Value {
  return join(v.elems ?? EMPTY, taintOnly(v));
}

/** Calls whose callee is a global or builtin module API, by API key. Undefined: not a builtin. */
export function builtinCall(interp: Interp, api: string, receiver: Value, args: Value[], node: Node, ctx: Ctx, isNew: boolean): Value | undefined {
  const { pkg, tokens } = parseApiKey(api);
  const names = tokens.map((t) => /^Member\[(.*)\]$/.exec(t)?.[1] ?? t);
  const a0 = args[0] ?? EMPTY;
  if (pkg === "util" && names.length === 1) {
    if (names[0] === "promisify" || names[0] === "callbackify" || names[0] === "deprecate") return a0;
    if (names[0] === "inspect" || names[0] === "format" || names[0] === "formatWithOptions") return stringResult(joinAll(args.map((a) => interp.instanceData(a))), undefined, true);
  }
  if ((pkg === "path" || pkg === "path/posix" || pkg === "path/win32") && names.length === 1 && ["join", "resolve", "normalize", "posix.join"].includes(names[0])) {
    return absolutePath(names[0], args, joinPaths(names[0] === "resolve" ? args : joinedUnderBase(args)));
  }
  // What is left of the target after the common folders: it may start with whatever the argument wrote (`-x`).
  if ((pkg === "path" || pkg === "path/posix" || pkg === "path/win32") && names.length === 1 && names[0] === "relative") {
    return withoutPosition(stringResult(joinAll(args.map(taintOnly)), undefined));
  }
  // The last segment: no separator left (it can still be `..`, which names the parent folder itself).
  if ((pkg === "path" || pkg === "path/posix" || pkg === "path/win32") && names.length === 1 && names[0] === "basename") {
    return sanitize(stringResult(a0, mapConsts(a0, (s) => s.split(/[\\/]/).pop() ?? s)), [NO_SEPARATOR, RELATIVE]);
  }
  if (pkg === "os" && names.length === 1 && names[0] === "homedir") return constValue("~");
  if (pkg !== GLOBAL) return undefined;
  const path = names.join(".");
  switch (path) {
    case "JSON.stringify": {
      const text = stringResult(interp.instanceData(a0), mapConsts(a0, (s) => JSON.stringify(s)), true);
      // An object or array is written as `{…}` or `[…]`: the text cannot start with `-` (a number could: `-1`).
      // Marked before it is noted: rows find the serialized object by the identity of this value.
      return interp.noteSerialized(isObjectOnly(a0) ? sanitize(text, [NO_LEADING_DASH]) : text, a0);
    }
    case "JSON.parse":
      return taintOnly(deepTaint(a0));
    case "encodeURIComponent":
      // Escapes `:`, `/`, `?`, `#` and `@`: the result cannot spell a scheme or end an authority (URI_COMPONENT).
      // It also escapes `/` and `\\`: it holds no path separator.
      return sanitize(stringResult(a0, mapConsts(a0, (s) => safe(() => encodeURIComponent(s)), true), true), [URI_COMPONENT, NO_SEPARATOR, RELATIVE]);
    case "String":
      return stringResult(stringFormOf(a0), mapConsts(a0, (s) => s, true), true);
    case "encodeURI":
    case "escape":
      return stringResult(a0, mapConsts(a0, (s) => (path === "escape" ? s : safe(() => encodeURI(s))), true), true);
    case "decodeURIComponent":
    case "decodeURI":
    case "unescape":
      // `%2F` and `%2e` become `/` and `.` again: what the escaped text could not hold, the decoded text can.
      return withoutMarks(stringResult(a0, mapConsts(a0, (s) => safe(() => decodeURIComponent(s)), true)), (m) => isCharacterMark(m) || m === URI_COMPONENT);
    case "atob":
      return stringResult(a0, mapConsts(a0, (s) => decodeBase64(s)));
    case "btoa":
      return stringResult(a0, mapConsts(a0, (s) => Buffer.from(s, "latin1").toString("base64")));
    case "Number":
    case "parseInt":
    case "parseFloat":
    case "Boolean":
    case "isNaN":
    case "Array.isArray":
    case "Number.isInteger":
    case "Number.isFinite":
    case "Number.parseInt":
    case "Number.parseFloat":
      return EMPTY;
    case "String.fromCharCode":
    case "String.fromCodePoint": {
      const codes = args.map((a) => (a.consts?.length === 1 ? Number(a.consts[0]) : NaN));
      const consts = codes.every((c) => Number.isInteger(c) && c >= 0 && c < 0x110000) ? [String.fromCodePoint(...codes)] : undefined;
      return compact({ ...joinAll(args.map(taintOnly)), consts });
    }
    case "String.raw":
      return stringResult(joinAll(args), undefined);
    case "Buffer.from":
    case "Buffer.alloc": {
      const enc = encodingOf(args[1]);
      const consts = mapConsts(a0, (s) => (enc === "base64" || enc === "base64url" ? decodeBase64(s) : enc === "hex" ? decodeHex(s) : enc === undefined || enc === "utf8" || enc === "utf-8" ? s : undefined));
      const fromArray = a0.props ? orderedConsts(a0) : undefined;
      const bytes = fromArray && fromArray.every((x) => /^\d+$/.test(x)) ? [Buffer.from(fromArray.map(Number)).toString("utf8")] : undefined;
      return compact({ ...deepTaint(a0), consts: consts ?? bytes });
    }
    case "Object.keys":
      return { elems: keysOf(a0) };
    case "Object.values":
      return { elems: join(joinAll([...(a0.props?.values() ?? [])]), join(taintOnly(a0), a0.elems ?? EMPTY)) };
    case "Object.entries": {
      const values = join(joinAll([...(a0.props?.values() ?? [])]), join(taintOnly(a0), a0.elems ?? EMPTY));
      const keys = keysOf(a0);
      // Each entry is a fresh `[key, value]` pair: destructured, the key holds the name (ArrayPattern reads a
      // pair's positions); iterated or joined, both. The entry has no list of elements a push could grow.
      return { elems: compact({ ...taintOnly(join(keys, values)), props: new Map([["0", keys], ["1", values]]) }) };
    }
    case "Object.fromEntries": {
      const entry = a0.elems ?? EMPTY;
      const value = join(entry.props?.get("1") ?? EMPTY, join(entry.elems ?? EMPTY, taintOnly(entry)));
      return join(taintOnly(deepTaint(a0)), value);
    }
    case "Object.assign": {
      let out = a0;
      for (const src of args.slice(1)) {
        out = join(out, src);
      }
      if (args.length > 1) interp.assignToArgument(node, 0, undefined, joinAll(args.slice(1)), ctx);
      return out;
    }
    case "Object.freeze":
    case "Object.seal":
    case "Object.create":
    case "structuredClone":
      return a0;
    case "Object.defineProperty":
    case "Reflect.defineProperty": {
      const key = args[1]?.consts?.length === 1 ? args[1].consts[0] : undefined;
      const desc = args[2] ?? EMPTY;
      let value = desc.props?.get("value") ?? EMPTY;
      const getter = desc.props?.get("get");
      if (getter?.fns) value = join(value, interp.callValue(getter, EMPTY, [], node, ctx));
      if (key !== undefined && !isEmpty(value)) interp.assignToArgument(node, 0, key, value, ctx);
      return a0;
    }
    case "Array.from": {
      const items = elementsValue(a0);
      if (args[1]?.fns) return { elems: interp.callValue(args[1], EMPTY, [items], node, ctx) };
      return { elems: items };
    }
    case "Array.of":
      return { elems: joinAll(args) };
    case "Promise.resolve":
    case "Promise.reject":
      return a0;
    case "Promise.all":
    case "Promise.allSettled":
    case "Promise.race":
    case "Promise.any":
      return path === "Promise.race" || path === "Promise.any" ? elementsValue(a0) : { elems: elementsValue(a0), props: a0.props };
    case "Promise": {
      if (!isNew || !a0.fns) return undefined;
      let resolved: Value = EMPTY;
      let rejected: Value = EMPTY;
      const resolve: Value = { fns: a0.fns.map((c) => ({ ...c, native: (xs: Value[]) => ((resolved = join(resolved, xs[0] ?? EMPTY)), EMPTY) })).slice(0, 1) };
      const reject: Value = { fns: a0.fns.map((c) => ({ ...c, native: (xs: Value[]) => ((rejected = join(rejected, xs[0] ?? EMPTY)), EMPTY) })).slice(0, 1) };
      interp.callValue(a0, EMPTY, [resolve, reject], node, ctx);
      interp.addThrowValue(rejected, ctx);
      return resolved;
    }
    case "Error":
    case "TypeError":
    case "RangeError":
    case "SyntaxError":
    case "AggregateError": {
      const msg = stringResult(a0, a0.consts ? [...a0.consts] : undefined);
      const props = new Map<string, Value>([["message", msg], ["stack", msg]]);
      const opts = args[1];
      if (opts?.props?.get("cause")) props.set("cause", opts.props.get("cause")!);
      return compact({ props });
    }
    case "URL": {
      const base = args[1];
      const absolute = !!a0.consts?.some((c) => /^[a-z][a-z0-9+.-]*:/i.test(c));
      // `new URL(rel, base)` keeps the base's host only when rel's text cannot start a scheme or `//host`
      // (url-shapes.ts `relativeKeepsBase`): a value the model wrote first may be a whole URL of its own.
      const relOpen = !!base && !absolute && hasTaint(a0) && !(a0.consts?.length && a0.consts.every((c) => relativeKeepsBase(c.split(UNKNOWN_PART)[0])));
      // A base whose text is not known still gives the host: `new URL("/v2/query", base)` is "<base's host>/v2/query",
      // an unknown lead then a path, never a URL whose host the path fixes.
      const underUnknownBase = !!base && !absolute && !relOpen && !base.consts?.length && !!a0.consts?.length;
      const consts = absolute ? a0.consts : relOpen ? undefined : base?.consts ? concatConsts(base, a0) : underUnknownBase ? a0.consts!.map((c) => underUnknownHost(c)) : a0.consts;
      const prefix = absolute ? a0.prefix : relOpen ? undefined : base?.consts ? true : a0.prefix;
      const v = compact({ ...join(deepTaint(a0), deepTaint(base ?? EMPTY)), consts: consts ? [...consts] : undefined, prefix: prefix || undefined });
      if (base && routeFromCaller(a0)) return urlObject(routeUnderBase(v, base));
      return urlObject(v);
    }
    case "Request": {
      // `new Request(input, init)`: an object, its `url` the input's (a URL string, or another Request's url),
      // its method, headers and body the init's. What it is sent to is its url, not its headers or body.
      const init = args[1]?.props;
      const url = a0.props?.get("url") ?? a0;
      const props = new Map<string, Value>([["url", url]]);
      for (const k of ["method", "headers", "body", "signal"]) {
        const v = init?.get(k) ?? a0.props?.get(k);
        if (v) props.set(k, v);
      }
      // An init the analysis could not see into still travels with the request.
      if (args[1] && !init && hasTaint(args[1])) props.set("body", args[1]);
      return compact({ props });
    }
    case "URLSearchParams":
      // Its text is form-encoded: values become query text with `:`, `/`, `?`, `#` escaped.
      return sanitize(stringResult(a0, undefined, true), [URI_COMPONENT]);
    case "Map":
    case "Set":
    case "WeakMap":
    case "WeakSet": {
      const entries = elementsValue(a0);
      // Built from `[key, value]` pairs, a Map keeps the keys' taint in its keys slot, as `set` does; a Set's key is
      // its value (`set.entries()` gives `[v, v]`).
      const whole = join(entries.elems ?? EMPTY, taintOnly(entries));
      const values = path === "Map" || path === "WeakMap" ? join(join(entries.props?.get("1") ?? EMPTY, whole), keyTaint(join(entries.props?.get("0") ?? EMPTY, whole))) : join(entries, keyTaint(entries));
      return { elems: values };
    }
    case "setTimeout":
    case "setInterval":
    case "setImmediate":
    case "queueMicrotask":
    case "process.nextTick":
      if (a0.fns) interp.callValue(a0, EMPTY, args.slice(path === "setTimeout" || path === "setInterval" ? 2 : 1), node, ctx);
      return EMPTY;
    case "Symbol":
    case "Date":
    case "Date.now":
    case "Math.random":
    case "Math.floor":
    case "Math.max":
    case "Math.min":
    case "Math.round":
      return EMPTY;
    default:
      return undefined;
  }
}

/** `path.join(a, b)`: constants joined with "/", unknown parts kept as unknown. */
function joinPaths(args: Value[]): Value {
  let consts: string[] = [""];
  let taint: Value = EMPTY;
  for (const [i, a] of args.entries()) {
    taint = join(taint, taintOnly(a));
    const pieces = a.consts?.length ? a.consts.map((c) => (a.prefix ? c + UNKNOWN_PART : c)) : [UNKNOWN_PART];
    const next: string[] = [];
    for (const x of consts) for (const y of pieces) if (next.length < MAX_CONSTS) next.push(i === 0 ? y : `${x.replace(/\/+$/, "")}/${y.replace(/^\/+/, "")}`);
    consts = next;
  }
  const prefix = consts.some((c) => c.endsWith(UNKNOWN_PART));
  return compact({ ...taint, consts: consts.map((c) => (c.endsWith(UNKNOWN_PART) ? c.slice(0, -1) : c)), prefix: prefix || undefined });
}

/**
 * `path.join(base, x)` never lets x restart the path: a leading `/` in x is
 * just a separator (`join("/srv", "/etc/passwd")` is `/srv/etc/passwd`), as
 * `path.resolve` would not. So a part with no `..` segment that comes after a
 * base which is not the empty string stays under that base, absolute or not
 * (RELATIVE beside its NO_DOT_DOT). A part with `..` is left as it was.
 */
function joinedUnderBase(args: Value[]): Value[] {
  // A base that is itself untrusted is its own finding; a base that is surely "" leaves nothing to stay under,
  // and one that is surely the root (`/`, `\`, `C:\`) leaves the whole disk: `join("/", "etc/passwd")`.
  const firstBase = args.findIndex((a) => !(a.consts?.length && a.consts.every((c) => c === "" || ROOT_ONLY.test(c)) && !a.prefix && !hasTaint(a) && !a.fns));
  if (firstBase < 0) return args;
  const underBase = (marks: readonly string[]) => (marks.includes(NO_DOT_DOT) && !marks.includes(RELATIVE) ? [...marks, RELATIVE].sort() : marks);
  return args.map((a, i) => (i <= firstBase ? a : mapTaint(a, (x) => ({ ...x, sanitized: underBase(x.sanitized) }), (r) => ({ ...r, sanitized: underBase(r.sanitized) }))));
}

/** A path that is only a root: `/`, `\\`, `C:`, `C:\\`. */
const ROOT_ONLY = /^([\\/]+|[A-Za-z]:[\\/]*)$/;

/** `/`, `\\` or a drive (`C:\\`, `C:/`): the start of an absolute path. */
const ABSOLUTE_START = /^([\\/]|[A-Za-z]:[\\/])/;

/**
 * `path.resolve(...)` always returns an absolute path; `path.join("/base", x)`
 * keeps a constant absolute first segment. Either starts with `/` (or a
 * drive), never with `-`: no piece of it can be read as an option
 * (NO_LEADING_DASH). `path.join(x)` and `normalize(x)` start with whatever x
 * starts with.
 */
function absolutePath(fn: string, args: Value[], joined: Value): Value {
  const first = args[0];
  const absoluteBase = (fn === "join" || fn === "posix.join") && first && !hasTaint(first) && !!first.consts?.length && first.consts.every((c) => ABSOLUTE_START.test(c));
  return fn === "resolve" || absoluteBase ? sanitize(joined, [NO_LEADING_DASH]) : joined;
}

/** `v` with the marks `drop` names taken off every part. */
function withoutMarks(v: Value, drop: (mark: string) => boolean): Value {
  const keep = (s: readonly string[]) => (s.some(drop) ? s.filter((m) => !drop(m)) : s);
  return mapTaint(v, (a) => ({ ...a, sanitized: keep(a.sanitized) }), (r) => ({ ...r, sanitized: keep(r.sanitized) }));
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * The route is a parameter of the helper (`new URL(route, this.origin)` in `get(route)`), nothing else:
 * its callers pass routes under the base. Its text is a piece after the base's origin, so a caller's
 * "/api/items" is the path under that origin at the call, not a destination whose host it fixes.
 */
function routeFromCaller(rel: Value): boolean {
  return !!rel.refs?.length && !rel.atoms?.length && !rel.consts?.length;
}

function routeUnderBase(v: Value, base: Value): Value {
  const heads = base.consts?.length ? base.consts.map((b) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(b)?.[0] ?? b) : [UNKNOWN_PART];
  // No `/` after the origin: a caller's route that is a whole URL (`//host/x`, text the model wrote) still
  // leaves it, so the host is not fixed for what the caller passes; a constant route is only a piece.
  return compact({ ...asPieces(v, base), consts: [...new Set(heads.map((h) => `${h}${UNKNOWN_PART}`))], prefix: true });
}

/** A relative reference resolved against a base whose text is unknown: the base's origin (unknown), then the path. */
function underUnknownHost(rel: string): string {
  return rel.startsWith("/") ? `${UNKNOWN_PART}${rel}` : `${UNKNOWN_PART}/${rel}`;
}

function concatConsts(base: Value, rel: Value): string[] | undefined {
  if (!base.consts?.length) return undefined;
  if (!rel.consts?.length) return [...base.consts];
  const out: string[] = [];
  for (const b of base.consts) for (const r of rel.consts) if (out.length < MAX_CONSTS) out.push(safe(() => new URL(r, b).href) ?? b + r);
  return out;
}

/**
 * A URL object over its text `v`: the address parts keep the URL's taint (a tool argument picks the
 * host) but never its userinfo or query. The pathname of an http(s) URL starts with `/` and the search
 * and hash hold what follows `?` and `#`, so what they carry sits after the authority when they are
 * written after a base (`${base}${u.pathname}${u.search}`).
 */
export function urlObject(v: Value): Value {
  const address = sanitize(v, [URL_ADDRESS]);
  const rest = sanitize(taintOnly(v), [URL_ADDRESS]);
  // The query and fragment are not address parts: they may hold what the URL was given (a token).
  const after = (part: Value, lead: string) => compact({ ...part, consts: [lead], prefix: true });
  // The parser removes dot segments from a special scheme's path (`%2e%2e` included): no `..` segment is left,
  // though the path is absolute (`path.join(dir, u.pathname)` stays under dir, `path.resolve` does not).
  const pathname = specialSchemeKnown(v.consts) ? sanitize(after(rest, "/"), [NO_DOT_DOT]) : rest;
  // Each part is the URL's text again: what the whole holds is its text's taint (values.ts ownTextViews).
  const props = asOwnTextViews(new Map<string, Value>([["href", v], ["origin", address], ["host", address], ["hostname", address], ["protocol", rest], ["port", rest], ["searchParams", taintOnly(v)], ["pathname", pathname], ["search", after(taintOnly(v), "?")], ["hash", after(taintOnly(v), "#")]]));
  return compact({ ...v, props });
}

/**
 * `u[part] = x` on a URL object `u`. A part that moves the URL (`href`, `host`, `hostname`,
 * `protocol`) makes its text unknown past what `x` says; the others (`pathname`, `search`, `hash`,
 * `port`, userinfo) cannot leave the host (their setters never reparse the authority): `x` is
 * carried after it. Undefined when `u` is not a URL object or the part is not one of these.
 */
export function withUrlPart(u: Value, part: string, x: Value): Value | undefined {
  if (!isUrlObject(u)) return undefined;
  if (part === "href") return urlObject(x);
  const own = deepTaint(u);
  if (URL_HOST_SETTERS.has(part)) return urlObject(join(own, deepTaint(x)));
  if (!URL_TAIL_SETTERS.has(part)) return undefined;
  const tail = sanitize(deepTaint(x), [URL_PATH]);
  return urlObject(compact({ ...join(own, tail), consts: u.consts ? [...u.consts] : undefined, prefix: u.consts?.length ? true : undefined }));
}

/** A value `new URL(...)` made: it has the URL's own views. */
export function isUrlObject(v: Value): boolean {
  return !!v.props?.has("href") && v.props.has("searchParams") && v.props.has("hostname");
}

const STRING_SAME = new Set(["toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim", "trimStart", "trimEnd", "trimLeft", "trimRight", "normalize", "toString", "valueOf", "toWellFormed"]);
const STRING_DERIVED = new Set(["padStart", "padEnd", "repeat", "at", "charAt", "substring", "substr", "codePointAt", "charCodeAt"]);
const NO_DATA = new Set(["includes", "startsWith", "endsWith", "indexOf", "lastIndexOf", "search", "localeCompare", "test", "has", "some", "every", "findIndex", "findLastIndex", "isArray", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "getTime", "delete", "clear"]);

/**
 * Methods whose result is the receiver's value, or a string made from it: on a
 * library value (`process.env.X.trim()`, `fetch(u).catch(...)`) the library's
 * rows see the call, and the value still flows on as for any string or promise.
 */
const VALUE_METHODS = new Set([...STRING_SAME, ...STRING_DERIVED, "replace", "replaceAll", "split", "slice", "concat", "catch", "finally"]);

/** What a value method returns on a library value, beside what the library's rows say. */
export function libraryValueMethod(interp: Interp, name: string, recv: Value, args: Value[], node: Node, ctx: Ctx): Value | undefined {
  if (!VALUE_METHODS.has(name)) return undefined;
  // A promise settles to what it already was (the library call's own rows ran its callbacks).
  if (name === "catch" || name === "finally") return recv;
  const noCallbacks = args.map((a) => (a.fns ? { ...a, fns: undefined } : a));
  return builtinMethod(interp, name, compact({ ...recv, apis: undefined }), noCallbacks, node, ctx);
}

/**
 * `"/items/{id}/notes".replace("{id}", encodeURIComponent(id))`: a constant
 * placeholder, written once in the text, filled with a value. The result is
 * the text around the placeholder with the value written between, as if
 * composed with `+`, so the value gets the marks of where it sits (after a
 * URL's authority, in quotes: position-shapes.ts). A string pattern only (a
 * regular expression may match anywhere), and a receiver whose text is known
 * in every alternative; chained fills keep the pieces filled before.
 */
function placeholderFilled(node: Node, recv: Value, pattern: Value, replacement: Value): Value | undefined {
  const call = node.type === "CallExpression" ? node : undefined;
  const written = call?.arguments[0] && call.arguments[0].type !== "SpreadElement" ? unwrapExpression(call.arguments[0]) : undefined;
  if (!written || (written.type !== "Literal" && written.type !== "TemplateLiteral") || ("regex" in written && written.regex)) return undefined;
  const placeholder = pattern.consts?.length === 1 && !pattern.prefix && !hasTaint(pattern) ? pattern.consts[0] : undefined;
  if (!placeholder || !hasTaint(replacement) || replacement.fns || !recv.consts?.length || recv.prefix) return undefined;
  const cut = recv.consts.map((c) => c.indexOf(placeholder));
  // Once in each alternative, and not across an unknown part.
  if (cut.some((at, i) => at < 0 || recv.consts![i].indexOf(placeholder, at + 1) >= 0)) return undefined;
  const before = recv.consts.map((c, i) => c.slice(0, cut[i]));
  const after = recv.consts.map((c, i) => c.slice(cut[i] + placeholder.length));
  if (new Set(after).size !== 1 || after[0].includes(UNKNOWN_PART)) return undefined;
  return concatValues([compact({ ...recv, consts: before }), replacement, constValue(after[0])]);
}

/** Methods called on a plain value (string, array, Map, Promise...). Undefined: not a known builtin. */
export function builtinMethod(interp: Interp, name: string, recv: Value, args: Value[], node: Node, ctx: Ctx): Value | undefined {
  const a0 = args[0] ?? EMPTY;
  if (NO_DATA.has(name)) {
    if ((name === "some" || name === "every") && a0.fns) interp.callValue(a0, EMPTY, [elementsValue(recv)], node, ctx);
    return EMPTY;
  }
  if (STRING_SAME.has(name)) {
    if (name === "toString" && args.length === 1) {
      const enc = encodingOf(a0);
      const consts = enc === "base64" ? mapConsts(recv, (s) => Buffer.from(s, "utf8").toString("base64")) : enc === "hex" ? mapConsts(recv, (s) => Buffer.from(s, "utf8").toString("hex")) : enc === "utf8" || enc === "utf-8" || enc === "latin1" || enc === "ascii" ? mapConsts(recv, (s) => s) : undefined;
      // A buffer written out in hex or base64url holds no separator (shapes.ts); a string's toString takes no encoding.
      const shape = enc ? encodingShape(enc) : [];
      return shape.length > 0 ? sanitize(stringResult(recv, consts, true), shape) : stringResult(recv, consts, true);
    }
    // The same text: a URL object's or a string's constants and prefix stay as they are.
    if ((name === "toString" || name === "valueOf") && args.length === 0) return compact({ ...stringResult(recv, recv.consts ? [...recv.consts] : undefined, true), prefix: recv.prefix });
    const f = (s: string) => (name.includes("ower") ? s.toLowerCase() : name.includes("pper") ? s.toUpperCase() : name.startsWith("trim") ? s.trim() : s);
    return compact({ ...stringResult(recv, mapConsts(recv, f, !name.startsWith("trim")), name === "toString" || name === "valueOf"), prefix: recv.prefix });
  }
  // A part of the string: its pieces no longer sit where they were written (position-shapes.ts).
  if (STRING_DERIVED.has(name)) return withoutPosition(stringResult(recv, undefined));
  switch (name) {
    case "concat":
      if (recv.elems || args.some((a) => a.elems)) return { elems: join(elementsValue(recv), joinAll(args.map(elementsValue))) };
      return compact({ ...join(deepTaint(recv), joinAll(args.map((a) => deepTaint(a)))), consts: concatAll(recv, args) });
    case "replace":
    case "replaceAll": {
      const replacement = args[1] ?? EMPTY;
      if (replacement.fns) interp.callValue(replacement, EMPTY, [taintOnly(recv)], node, ctx);
      const filled = placeholderFilled(node, recv, a0, replacement);
      if (filled) return filled;
      const consts = recv.consts && a0.consts?.length === 1 && replacement.consts?.length === 1 && !recv.prefix ? recv.consts.map((s) => s.split(a0.consts![0]).join(replacement.consts![0])) : trailingSlashesStripped(node, recv, replacement);
      // `s.replace(/[^\w-]/g, "_")`: the result holds only what the class keeps and the replacement (shapes.ts).
      const shape = quoteEscape(node, name, a0, replacement);
      const narrowed = alphabetReplace(node, deepTaint(recv), replacement, name === "replaceAll" && a0.consts?.length === 1 && !a0.prefix && !hasTaint(a0) ? a0.consts[0] : undefined);
      const kept = shape.length > 0 ? sanitize(narrowed, shape) : narrowed;
      return compact({ ...join(kept, taintOnly(replacement)), consts });
    }
    case "split":
      return { elems: compact({ ...withoutPosition(taintOnly(recv)), consts: recv.consts && a0.consts?.length === 1 && !recv.prefix ? recv.consts.flatMap((s) => s.split(a0.consts![0])).slice(0, MAX_CONSTS) : undefined }) };
    case "match":
    case "matchAll":
    case "exec":
      return { elems: taintOnly(name === "exec" ? a0 : recv), ...taintOnly(name === "exec" ? a0 : recv) };
    case "join": {
      const ordered = orderedConsts(recv);
      const sep = a0.consts?.length === 1 ? a0.consts[0] : args.length === 0 ? "," : undefined;
      const consts = ordered && sep !== undefined ? [ordered.join(sep)] : undefined;
      // `s.split("/").join("_")` is `s.replaceAll("/", "_")`: what the split cut at is gone, the separator written instead.
      const cut = splitPatternOf(node);
      const inOrder = sep !== undefined && !consts && !hasTaint(a0) ? joinedInOrder(recv, sep) : undefined;
      if (inOrder) return mapTaint(inOrder, (a) => ({ ...a, whole: true }), (r) => ({ ...r, whole: true }));
      // Each element is written in its string form (an error as "Name: message").
      const joined = stringForm(recv, true);
      const rejoined = cut && sep !== undefined && !hasTaint(a0) ? mapTaint(joined, (a) => ({ ...a, sanitized: replaceOnAlphabet(a.sanitized, cut, sep) }), (x) => ({ ...x, sanitized: replaceOnAlphabet(x.sanitized, cut, sep) })) : joined;
      return compact({ ...rejoined, consts });
    }
    case "map":
    case "flatMap": {
      if (!a0.fns) return undefined;
      const out = interp.callValue(a0, args[1] ?? EMPTY, [elementsValue(recv), EMPTY, recv], node, ctx);
      return { elems: name === "flatMap" ? join(out.elems ?? EMPTY, taintOnly(out)) : out };
    }
    case "forEach":
      if (a0.fns) {
        const item = recv.elems || hasTaint(recv) ? elementsValue(recv) : EMPTY;
        interp.callValue(a0, args[1] ?? EMPTY, [item, keysOrIndex(recv), recv], node, ctx);
      }
      return EMPTY;
    case "entries": {
      // An entry is a fresh `[key, element]` pair. A Map's (and a Set's) elements keep their keys' taint in the
      // keys slot (`readElement` gives it at position 0); a list's key is its index, a number the loop counts,
      // whatever the elements hold. The pair has no list of elements a push could grow.
      const el = elementsValue(recv);
      if (el.props?.has(MAP_KEYS)) return { elems: el };
      return { elems: compact({ ...taintOnly(el), props: new Map([["0", keysOrIndex(recv)], ["1", el]]) }) };
    }
    case "keys":
      // A Map's (and a Set's) keys are what was stored as keys (the keys slot), never the values stored under them;
      // an array's keys are its indices. A value of unknown make keeps its taint.
      if (recv.elems || recv.props) return { elems: elementsValue(recv).props?.get(MAP_KEYS) ?? EMPTY };
      return withoutPosition(stringResult(recv, undefined));
    case "filter":
    case "sort":
    case "toSorted":
    case "reverse":
    case "toReversed":
    case "slice":
    case "splice":
    case "flat":
    case "fill":
    case "copyWithin":
    case "values":
    case "with":
      if (a0.fns && (name === "filter" || name === "sort" || name === "toSorted")) interp.callValue(a0, EMPTY, [elementsValue(recv), elementsValue(recv)], node, ctx);
      if (!recv.elems && !recv.props) return withoutPosition(stringResult(recv, undefined));
      return { elems: elementsValue(recv.elems?.elems && name === "flat" ? { elems: join(recv.elems.elems, taintOnly(recv.elems)) } : recv) };
    case "find":
    case "findLast":
    case "at":
    case "pop":
    case "shift":
    case "get":
      if (a0.fns && (name === "find" || name === "findLast")) interp.callValue(a0, EMPTY, [elementsValue(recv)], node, ctx);
      // `map.get(k)` is one stored value: the keys' taint stays with the collection (entries, iteration).
      return name === "get" ? withoutKeys(elementsValue(recv)) : elementsValue(recv);
    case "reduce":
    case "reduceRight": {
      if (!a0.fns) return undefined;
      let acc = args[1] ?? EMPTY;
      // Over a list that cannot be empty (`path.split(".").reduce((o, k) => o[k], obj)`), the callback runs at
      // least once: the result is what it returned, not the initial value.
      const listNode = node.type === "CallExpression" && node.callee.type === "MemberExpression" ? node.callee.object : undefined;
      if (args.length > 1 && listNode && nonEmptyList(listNode, () => undefined)) acc = interp.callValue(a0, EMPTY, [acc, elementsValue(recv), EMPTY, recv], node, ctx);
      for (let i = 0; i < 2; i++) acc = join(acc, interp.callValue(a0, EMPTY, [acc, elementsValue(recv), EMPTY, recv], node, ctx));
      return acc;
    }
    case "push":
    case "unshift":
    case "add":
    case "set":
    case "append": {
      // `map.set(requestId, client)`: whoever picks the key does not pick the value stored under it;
      // the key's taint stays in the collection (its whole reaches a sink) but not in what `get` returns.
      // `append` is URLSearchParams', FormData's or Headers': its text is form-encoded in a query, or not in a URL at all.
      const added = name === "set" ? join(args[1] ?? EMPTY, keyTaint(a0)) : name === "add" ? join(joinAll(markFlagValues(args)), keyTaint(a0)) : name === "append" ? sanitize(join(args[1] ?? EMPTY, taintOnly(a0)), [URI_COMPONENT, URL_PATH]) : joinAll(markFlagValues(args));
      if (!isEmpty(added)) interp.mutateReceiver(node, added, ctx);
      return name === "set" || name === "add" ? recv : EMPTY;
    }
    case "then": {
      let out: Value = EMPTY;
      if (a0.fns) out = interp.callValue(a0, EMPTY, [withStep(recv, interp.step(node, ctx, "awaited"))], node, ctx);
      else out = recv;
      const caught = interp.takeCaught(ctx);
      if (args[1]?.fns) out = join(out, interp.callValue(args[1], EMPTY, [caught], node, ctx));
      return out;
    }
    case "catch": {
      const caught = interp.takeCaught(ctx);
      return join(recv, a0.fns ? interp.callValue(a0, EMPTY, [withStep(caught, interp.step(node, ctx, "caught"))], node, ctx) : EMPTY);
    }
    case "finally":
      if (a0.fns) interp.callValue(a0, EMPTY, [], node, ctx);
      return recv;
    case "toJSON":
      return deepTaint(recv, true);
    default:
      return undefined;
  }
}

function keysOrIndex(recv: Value): Value {
  return recv.props ? { consts: [...recv.props.keys()].slice(0, MAX_CONSTS) } : EMPTY;
}

function concatAll(recv: Value, args: Value[]): string[] | undefined {
  let out = recv.consts && !recv.prefix ? [...recv.consts] : undefined;
  for (const a of args) {
    if (!out || !a.consts || a.prefix) return undefined;
    const next: string[] = [];
    for (const x of out) for (const y of a.consts) if (next.length < MAX_CONSTS) next.push(x + y);
    out = next;
  }
  return out;
}

export { constValue };

/**
 * `base.replace(/\/$/, "")`, `url.replace(/\/+$/, "")`: a pattern of slashes anchored at the end removes
 * trailing slashes and nothing else, so a constant base URL keeps its value (and its host).
 */
function trailingSlashesStripped(node: Node, recv: Value, replacement: Value): string[] | undefined {
  if (!recv.consts?.length || recv.prefix || replacement.consts?.length !== 1 || replacement.consts[0] !== "" || node.type !== "CallExpression") return undefined;
  const p = node.arguments[0];
  if (!p || p.type !== "Literal" || !("regex" in p) || !p.regex || p.regex.flags.includes("m")) return undefined;
  const m = /^(?:\\\/|\/)([+*]?)\$$/.exec(p.regex.pattern);
  if (!m) return undefined;
  return recv.consts.map((s) => (m[1] ? s.replace(/\/+$/, "") : s.endsWith("/") ? s.slice(0, -1) : s));
}

/**
 * `s.replace(/'/g, "'\\''")`: quotes escaped for a single-quoted shell word (shell-shapes.ts);
 * `s.replace(/"/g, '""')`: quotes doubled for a quoted name (quote-shapes.ts).
 */
function quoteEscape(node: Node, name: string, pattern: Value, replacement: Value): string[] {
  if (node.type !== "CallExpression" || replacement.consts?.length !== 1 || replacement.prefix || replacement.atoms?.length || replacement.refs?.length) return [];
  const p = node.arguments[0];
  const all = name === "replaceAll";
  const r = replacement.consts[0];
  if (p && p.type === "Literal" && "regex" in p && p.regex) return [...quoteEscapeShape(p.regex.pattern, p.regex.flags, r, all), ...quoteDoubledShape(p.regex.pattern, p.regex.flags, r, all)];
  if (pattern.consts?.length !== 1 || pattern.prefix) return [];
  return [...quoteEscapeShape(pattern.consts[0], undefined, r, all), ...quoteDoubledShape(pattern.consts[0], undefined, r, all)];
}

/**
 * `s.replace(/[^\w-]/g, "_")`, `encoded.replace(/\//g, "_")`, `s.replaceAll("/", "-")`: each part keeps
 * only the characters it could hold, less the class removed, plus the replacement's (shapes.ts).
 */
function alphabetReplace(node: Node, v: Value, replacement: Value, literal: string | undefined): Value {
  const spelled = !replacement.atoms?.length && !replacement.refs?.length && !replacement.fns && replacement.consts?.length === 1 && !replacement.prefix;
  const p = node.type === "CallExpression" ? node.arguments[0] : undefined;
  const pattern = p && p.type === "Literal" && "regex" in p && p.regex ? { source: p.regex.pattern, flags: p.regex.flags } : literal !== undefined ? literalPattern(literal, true) : undefined;
  const r = spelled ? replacement.consts![0] : undefined;
  return mapTaint(v, (a) => ({ ...a, sanitized: replaceOnAlphabet(a.sanitized, pattern, r) }), (x) => ({ ...x, sanitized: replaceOnAlphabet(x.sanitized, pattern, r) }));
}

/**
 * The pattern `parts` was split at when `node` is `s.split(P).join(...)` (also through
 * `filter`, which only drops parts): a regex literal, or one literal character.
 */
function splitPatternOf(node: Node): { source: string; flags: string } | undefined {
  if (node.type !== "CallExpression" || node.callee.type !== "MemberExpression") return undefined;
  let list = unwrapExpression(node.callee.object);
  for (let i = 0; i < 3 && list.type === "CallExpression" && list.callee.type === "MemberExpression" && propertyName(list.callee) === "filter"; i++) list = unwrapExpression(list.callee.object);
  if (list.type !== "CallExpression" || list.callee.type !== "MemberExpression" || propertyName(list.callee) !== "split" || list.arguments.length !== 1) return undefined;
  const p = list.arguments[0];
  // A split cuts at every match, as a global replace does.
  if (p.type === "Literal" && "regex" in p && p.regex) return { source: p.regex.pattern, flags: p.regex.flags.includes("g") ? p.regex.flags : p.regex.flags + "g" };
  const text = stringLiteralValue(p);
  return text !== undefined ? literalPattern(text, true) : undefined;
}

/** `args.push("--start", since)`, `["-s", serial]`: an element written right after a constant option carries that option (shell-shapes.ts). */
export function markFlagValues(values: readonly Value[]): Value[] {
  return values.map((v, i) => {
    const marks = i > 0 && hasTaint(v) ? afterFlagMarks(values[i - 1].consts, hasTaint(values[i - 1]) || !!values[i - 1].prefix) : [];
    return marks.length > 0 ? sanitize(v, marks) : v;
  });
}
