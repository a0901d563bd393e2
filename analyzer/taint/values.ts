// Abstract values of the engine: what an expression may hold, as far as
// data flow cares. Values are immutable; `join` builds new ones. Every part is
// bounded so no program can make a value grow without limit.
import type { GuardKind, Label } from "./spec.js";
import type { FlowStep } from "../types.js";
import type { FunctionNode } from "./spec.js";
import type { Scope } from "./scope.js";
import type { ModuleState } from "./modules.js";

export const MAX_ATOMS = 16;
export const MAX_APIS = 8;
export const MAX_FNS = 8;
export const MAX_CONSTS = 8;
/**
 * How many properties an object filled one write at a time keeps by name
 * (withProp): a module's exports or a handler table is written key by key
 * (`helpers.a = fn; ...`) and read back by name, so its functions must stay;
 * the bound is there so a bundle's thousands of exports cost at most this much
 * per write.
 */
export const MAX_WRITTEN_PROPS = 512;
/**
 * How many properties a join keeps by name: as many as writes keep. A join of
 * the same exports object from two rounds (or two branches) must not drop the
 * names a write kept (`exports.spell` as a CommonJS module's 67th export); the
 * work a join does is bounded by MAX_JOIN_WORK, not by this.
 */
export const MAX_PROPS = MAX_WRITTEN_PROPS;
export const MAX_PATH = 24;
export const MAX_CONST_LENGTH = 4096;
/** Stands inside a constant for a part whose value is not known: `"\u0000/.ssh/id_rsa"`. */
export const UNKNOWN_PART = "\u0000";

/** A flow path as a shared linked list, newest step first. */
export interface PathNode {
  step: FlowStep;
  prev: PathNode | undefined;
  length: number;
}

export function extendPath(path: PathNode | undefined, step: FlowStep): PathNode {
  const length = (path?.length ?? 0) + 1;
  if (path && path.length >= MAX_PATH) return path;
  if (path && path.step.location.line === step.location.line && path.step.location.file === step.location.file && path.step.label === step.label) return path;
  return { step, prev: path, length };
}

/**
 * Paths `concatPath` made, by suffix then prefix: a call maps each reference
 * of its callee's values onto each piece of the argument's taint, and the same
 * pairs come back for every value that shares them; one answer keeps them one
 * object too.
 */
const concatMemo = new WeakMap<PathNode, WeakMap<PathNode, PathNode | undefined>>();
const concatOntoNothing = new WeakMap<PathNode, PathNode | undefined>();

/** `prefix` then `suffix` (suffix was recorded from a parameter onward). */
export function concatPath(prefix: PathNode | undefined, suffix: PathNode | undefined): PathNode | undefined {
  if (!suffix) return prefix;
  let byPrefix: WeakMap<PathNode, PathNode | undefined> | undefined = concatOntoNothing;
  if (prefix) {
    byPrefix = concatMemo.get(suffix);
    if (!byPrefix) concatMemo.set(suffix, (byPrefix = new WeakMap()));
  }
  const key = prefix ?? suffix;
  if (byPrefix.has(key)) return byPrefix.get(key);
  const out = concatPathOnce(prefix, suffix);
  byPrefix.set(key, out);
  return out;
}

function concatPathOnce(prefix: PathNode | undefined, suffix: PathNode): PathNode | undefined {
  const steps: FlowStep[] = [];
  for (let n: PathNode | undefined = suffix; n; n = n.prev) steps.push(n.step);
  let out = prefix;
  for (let i = steps.length - 1; i >= 0; i--) out = extendPath(out, steps[i]);
  return out;
}

export function pathSteps(path: PathNode | undefined): FlowStep[] {
  const out: FlowStep[] = [];
  for (let n = path; n; n = n.prev) out.push(n.step);
  return out.reverse();
}

/** A labelled piece of data: where it came from and what it went through. */
export interface Atom {
  label: Label;
  path: PathNode | undefined;
  sanitized: readonly string[];
  guards: readonly GuardKind[];
  /** First property read from the source object, e.g. the tool argument's name. */
  field?: string;
  /** The property read next, below `field` (`req.headers.authorization` → `authorization`). */
  subfield?: string;
  /** Reached here only as part of a larger whole (serialized, spread). */
  whole?: boolean;
  /** One property of the source value, read by a key not known statically (`env[name]`): a part, never the whole. */
  member?: boolean;
}

/** "Whatever the caller passes as parameter `index`, read along `access`": symbolic, for summaries. */
export interface ParamRef {
  /** The function whose parameter this is (summaries substitute only their own). */
  fnId: number;
  /** Parameter index; -1 is `this`. */
  index: number;
  access: readonly string[];
  path: PathNode | undefined;
  sanitized: readonly string[];
  guards: readonly GuardKind[];
  whole?: boolean;
  /**
   * One of several unknown parts concatenated (`base + apiPath`): at a call,
   * the argument's constants are a piece of the string, not alternatives of
   * the whole (`"/api/v2"` alone is not where a client built that way sends).
   */
  piece?: boolean;
  /** The first of those parts: the argument's constants stay, as prefixes. */
  leads?: boolean;
  /**
   * Its position in a concatenation made only of parameters (`baseURL + apiPath`:
   * 0 and 1): at a call the arguments are concatenated again in that order.
   */
  part?: number;
  /**
   * An object rest (`const { token, ...rest } = param`): the names of the
   * properties, at the end of `access`, that the value does not carry. At a
   * call they are left out of the argument's known properties; its
   * whole-object taint stays.
   */
  except?: readonly string[];
  /** Read by a key not known statically (`env[name]`): stands for one property of the argument, not the argument. */
  member?: boolean;
  /**
   * What an unknown method of the parameter answers (`p.getConnection()` in a helper): at a call it
   * carries the argument's own taint, not its fields', as the same call does when the argument is known
   * where it is made (an object that holds a password in a field does not hand it out from every method).
   */
  shallow?: boolean;
}

/** A function value: its code plus the scope it closes over. */
export interface Closure {
  fn: FunctionNode;
  module: ModuleState;
  scope: Scope;
  /** For methods: the class the function belongs to (its `this`). */
  classKey?: string;
  /** From `.bind(thisArg, ...args)`. */
  boundThis?: Value;
  boundArgs?: Value[];
  /** Engine-made functions (Promise resolvers): calling them records their argument. */
  native?: (args: Value[]) => Value;
}

export interface Value {
  atoms?: readonly Atom[];
  refs?: readonly ParamRef[];
  /** Library API nodes this value is, as `"<package> <path>"`. */
  apis?: readonly string[];
  fns?: readonly Closure[];
  /** Known properties of an object value. */
  props?: ReadonlyMap<string, Value>;
  /** Elements of an array, Map, Set or iterator (one summary for all). */
  elems?: Value;
  /** Constant strings this value may be. */
  consts?: readonly string[];
  /** The consts are only prefixes: something non-constant follows. */
  prefix?: boolean;
  /** Instances of these classes (their fields live in class cells). */
  classes?: readonly string[];
  /**
   * Which instances, by allocation site (`<class>@<file>:<offset>` of the
   * `new`): fields that depend on a constructor's or method's arguments are
   * kept per instance, so two clients of one class keep their own tokens.
   */
  insts?: readonly string[];
}

export const EMPTY: Value = Object.freeze({});

export function isEmpty(v: Value): boolean {
  return !v.atoms?.length && !v.refs?.length && !v.apis?.length && !v.fns?.length && !v.props?.size && !v.elems && !v.consts?.length && !v.classes?.length && !v.insts?.length;
}

export function hasTaint(v: Value): boolean {
  return !!(v.atoms?.length || v.refs?.length);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameAtom(x: Atom, y: Atom): boolean {
  return x === y || (x.label.id === y.label.id && (x.field ?? "") === (y.field ?? "") && (x.subfield ?? "") === (y.subfield ?? "") && !!x.whole === !!y.whole && !!x.member === !!y.member && sameStrings(x.sanitized, y.sanitized) && sameStrings(x.guards, y.guards));
}

const NO_NAMES: readonly string[] = [];

function sameRef(x: ParamRef, y: ParamRef): boolean {
  return x === y || (x.fnId === y.fnId && x.index === y.index && !!x.whole === !!y.whole && !!x.piece === !!y.piece && !!x.leads === !!y.leads && x.part === y.part && !!x.member === !!y.member && !!x.shallow === !!y.shallow && sameStrings(x.access, y.access) && sameStrings(x.except ?? NO_NAMES, y.except ?? NO_NAMES) && sameStrings(x.sanitized, y.sanitized) && sameStrings(x.guards, y.guards));
}

/** Every element of `b` is (the same object as) an element of `a`: merging adds nothing. */
function containsAll<T>(a: readonly T[], b: readonly T[]): boolean {
  for (let i = 0; i < b.length; i++) if (!a.includes(b[i])) return false;
  return true;
}

/**
 * What a value holds anywhere inside it (properties and elements, nested):
 * whether any taint, and the functions whose parameters it refers to. Values
 * are immutable and share their parts, so this is computed once per value;
 * operations that only touch taint or one function's refs use it to return a
 * value unchanged instead of rebuilding every nested object.
 */
interface DeepFacts {
  taint: boolean;
  refFns: ReadonlySet<number>;
}

const NO_REFS: ReadonlySet<number> = new Set();
const UNKNOWN_FACTS: DeepFacts = { taint: true, refFns: new Set() };
const deepFactsMemo = new WeakMap<Value, DeepFacts>();
/** Deeper than this, facts are not computed (the value is treated as possibly holding anything). */
const MAX_FACTS_DEPTH = 64;

const SHALLOW_CLEAN: DeepFacts = { taint: false, refFns: NO_REFS };
const TAINTED_NO_REFS: DeepFacts = { taint: true, refFns: NO_REFS };

function deepFacts(v: Value, depth = 0): DeepFacts | undefined {
  const hasRefs = !!v.refs?.length;
  // Most values hold nothing nested: answered without the memo.
  if (!v.props && !v.elems) {
    if (!hasRefs) return v.atoms?.length ? TAINTED_NO_REFS : SHALLOW_CLEAN;
  }
  const known = deepFactsMemo.get(v);
  if (known) return known;
  if (depth > MAX_FACTS_DEPTH) return undefined;
  let taint = !!v.atoms?.length || hasRefs;
  let refFns: Set<number> | undefined;
  if (hasRefs) {
    refFns = new Set();
    for (const r of v.refs!) refFns.add(r.fnId);
  }
  const addPart = (p: Value): boolean => {
    const f = deepFacts(p, depth + 1);
    if (!f) return false;
    taint ||= f.taint;
    if (f.refFns.size) {
      refFns ??= new Set();
      for (const id of f.refFns) refFns.add(id);
    }
    return true;
  };
  if (v.props) for (const p of v.props.values()) if (!addPart(p)) return undefined;
  if (v.elems && !addPart(v.elems)) return undefined;
  const facts: DeepFacts = { taint, refFns: refFns ?? NO_REFS };
  deepFactsMemo.set(v, facts);
  return facts;
}

/** No taint anywhere inside `v` (false when unsure). */
export function taintFree(v: Value): boolean {
  if (v.atoms?.length || v.refs?.length) return false;
  return !(deepFacts(v) ?? UNKNOWN_FACTS).taint;
}

/** `v` holds no reference to a parameter of function `fnId` anywhere inside (false when unsure). */
export function freeOfRefsTo(v: Value, fnId: number): boolean {
  if (v.refs?.some((r) => r.fnId === fnId)) return false;
  if (!v.props && !v.elems) return true;
  const f = deepFacts(v);
  return !!f && !f.refFns.has(fnId);
}

/** The same piece of data from the same place, whatever marks it gathered (sanitizers, guards). */
function sameAtomOrigin(x: Atom, y: Atom): boolean {
  return x.label.id === y.label.id && (x.field ?? "") === (y.field ?? "") && (x.subfield ?? "") === (y.subfield ?? "") && !!x.whole === !!y.whole && !!x.member === !!y.member;
}

function sameRefOrigin(x: ParamRef, y: ParamRef): boolean {
  return x.fnId === y.fnId && x.index === y.index && !!x.whole === !!y.whole && !!x.piece === !!y.piece && !!x.leads === !!y.leads && x.part === y.part && !!x.member === !!y.member && !!x.shallow === !!y.shallow && sameStrings(x.access, y.access) && sameStrings(x.except ?? NO_NAMES, y.except ?? NO_NAMES);
}

function within(small: readonly string[], big: readonly string[]): boolean {
  if (small.length > big.length) return false;
  for (let i = 0; i < small.length; i++) if (!big.includes(small[i])) return false;
  return true;
}

/**
 * `x` passes wherever `y` passes, and more: each sanitizer and guard of `y` is
 * one of `x`'s. A sink that `x` reaches, `y` reaches too; rules ask whether
 * some piece reaches a sink without the marks that make it safe, so next to
 * `y`, `x` says nothing.
 */
function atMostAsMarked(y: { sanitized: readonly string[]; guards: readonly string[] }, x: { sanitized: readonly string[]; guards: readonly string[] }): boolean {
  return within(y.sanitized, x.sanitized) && within(y.guards, x.guards);
}

/**
 * The union of two lists of taint (atoms or refs), one entry per identity
 * (`same`), keeping the shorter path, at most MAX_ATOMS. Lists are short, so
 * entries are compared pairwise rather than through string keys.
 *
 * An entry with more marks than one of the same origin (`origin`) is left
 * out, and replaces those with more marks than itself: a URL object's views
 * (its host marked as an address, its path as a path, each checked or not)
 * once filled the lists with variants of one parameter, so every later join
 * compared them all, and a new, less sanitized piece found the list full.
 */
function mergeTaint<T extends { path: PathNode | undefined; sanitized: readonly string[]; guards: readonly string[] }>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  same: (x: T, y: T) => boolean,
  origin: (x: T, y: T) => boolean,
): readonly T[] | undefined {
  if (!a?.length) return b;
  if (!b?.length || a === b || containsAll(a, b)) return a;
  let out: T[] | undefined;
  for (let j = 0; j < b.length; j++) {
    const x = b[j];
    const list: readonly T[] = out ?? a;
    let at = -1;
    let covered = false;
    let covers: number[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const y = list[i];
      if (y === x || same(y, x)) {
        at = i;
        break;
      }
      if (!origin(y, x)) continue;
      if (atMostAsMarked(y, x)) {
        covered = true;
        break;
      }
      if (atMostAsMarked(x, y)) (covers ??= []).push(i);
    }
    if (covered) continue;
    if (at >= 0) {
      if ((x.path?.length ?? 0) < (list[at].path?.length ?? 0)) (out ??= [...a])[at] = x;
      continue;
    }
    if (covers) {
      const next = (out ??= [...a]);
      next[covers[0]] = x;
      for (let k = covers.length - 1; k > 0; k--) next.splice(covers[k], 1);
      continue;
    }
    // A full list takes nothing new: copying it anyway made every join of a
    // saturated value a fresh object, equal to the old one, so identity checks,
    // memos and `a === b` shortcuts never hit again for it (the webpack chunk's
    // bundled parsers carried 16 refs everywhere).
    if (list.length < MAX_ATOMS) (out ??= [...a]).push(x);
  }
  return out ?? a;
}

/** How many entries of `b` are not (by `same`) in `a`. */
function countNew<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): number {
  let n = 0;
  for (const x of b ?? []) if (!a?.some((y) => same(y, x))) n++;
  return n;
}

/**
 * Whether joining the taint of `b` into `a` keeps every atom and reference of
 * both (the lists are capped at MAX_ATOMS; a join past the cap drops entries).
 */
export function taintJoinFits(a: Value, b: Value): boolean {
  return (a.atoms?.length ?? 0) + countNew(a.atoms, b.atoms, sameAtom) <= MAX_ATOMS && (a.refs?.length ?? 0) + countNew(a.refs, b.refs, sameRef) <= MAX_ATOMS;
}

/**
 * The taint of `b` (a taint-only value) that a join into `a` would add: its
 * atoms and references that `a` holds already, or holds with fewer marks, are
 * left out (mergeTaint drops those too). Undefined when nothing is left.
 */
export function taintBeyond(b: Value, a: Value): Value | undefined {
  const atoms = b.atoms?.filter((x) => !a.atoms?.some((y) => coversEntry(y, x, sameAtom, sameAtomOrigin)));
  const refs = b.refs?.filter((x) => !a.refs?.some((y) => coversEntry(y, x, sameRef, sameRefOrigin)));
  if (!atoms?.length && !refs?.length) return undefined;
  if ((atoms?.length ?? 0) === (b.atoms?.length ?? 0) && (refs?.length ?? 0) === (b.refs?.length ?? 0)) return b;
  return { ...b, atoms: atoms?.length ? atoms : undefined, refs: refs?.length ? refs : undefined };
}

function coversEntry<T extends { sanitized: readonly string[]; guards: readonly string[] }>(y: T, x: T, same: (y: T, x: T) => boolean, origin: (y: T, x: T) => boolean): boolean {
  return y === x || same(y, x) || (origin(y, x) && atMostAsMarked(y, x));
}

function mergeAtoms(a: readonly Atom[] | undefined, b: readonly Atom[] | undefined): readonly Atom[] | undefined {
  return mergeTaint(a, b, sameAtom, sameAtomOrigin);
}

function mergeRefs(a: readonly ParamRef[] | undefined, b: readonly ParamRef[] | undefined): readonly ParamRef[] | undefined {
  return mergeTaint(a, b, sameRef, sameRefOrigin);
}

/**
 * The union of two short lists (at most `max`, 8 here) by `key`. Compared by
 * scanning, not through a Set: most joins add nothing, and a Set per join was
 * a steady share of the engine's garbage.
 */
function mergeList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, max: number, key?: (t: T) => unknown): readonly T[] | undefined {
  if (!a?.length) return b;
  if (!b?.length || a === b) return a;
  let out: T[] | undefined;
  for (let j = 0; j < b.length; j++) {
    const x = b[j];
    const kx = key ? key(x) : x;
    const list: readonly T[] = out ?? a;
    let present = false;
    for (let i = 0; i < list.length; i++) {
      if ((key ? key(list[i]) : list[i]) === kx) {
        present = true;
        break;
      }
    }
    if (present || list.length >= max) continue;
    (out ??= [...a]).push(x);
  }
  return out ?? a;
}

/** Joins an instance key to the call site of the factory that made it: `<class>@<new site>\u0001<call site>`. */
export const INSTANCE_SITE = "\u0001";
/** Appended to an allocation site's instance key: the cells holding what every instance a factory made there holds. */
export const FACTORY_MADE = "\u0002";

/** The allocation site's key of an instance a factory made (`C@new` of `C@new\u0001call`). */
export function instanceRoot(inst: string): string {
  const at = inst.indexOf(INSTANCE_SITE);
  return at < 0 ? inst : inst.slice(0, at);
}

/**
 * Instances of a join. More than MAX_FNS of them (a factory called from many
 * places) become their allocation sites, which read what every instance made
 * there holds, rather than a few of them being kept.
 */
function mergeInsts(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (!a?.length) return b;
  if (!b?.length || a === b) return a;
  const out = mergeList(a, b, MAX_FNS + 1);
  if (!out || out.length <= MAX_FNS) return out;
  return [...new Set([...a, ...b].map(instanceRoot))].slice(0, MAX_FNS);
}

function mergeProps(a: ReadonlyMap<string, Value> | undefined, b: ReadonlyMap<string, Value> | undefined, depth: number, work: JoinWork): ReadonlyMap<string, Value> | undefined {
  if (!a?.size) return b;
  if (!b?.size) return a;
  let out: Map<string, Value> | undefined;
  for (const [k, v] of b) {
    const prev = a.get(k);
    const merged = prev ? joinAt(prev, v, depth + 1, work) : v;
    if (merged !== prev) {
      out ??= new Map(a);
      if (out.size < MAX_PROPS || out.has(k)) out.set(k, merged);
    }
  }
  return out ?? a;
}

/**
 * How many nested parts one join may merge. Values share their parts, so two
 * objects of 64 properties each, four levels deep, are up to 64^4 pairs to
 * merge when they are different objects at every level (a bundle's module
 * table passed as an argument and joined into a summary's result was that, on
 * each call). Past it, what is left of `b` below this level joins as taint on
 * the object itself: reading any of its properties then gives it, so no flow
 * is lost, only where in the object it was.
 */
const MAX_JOIN_WORK = 2048;
interface JoinWork {
  left: number;
}

export function join(a: Value, b: Value): Value {
  if (a === b || isEmpty(b)) return a;
  if (isEmpty(a)) return b;
  return joinAt(a, b, 0, { left: MAX_JOIN_WORK });
}

function joinAt(a: Value, b: Value, depth: number, work: JoinWork): Value {
  if (a === b || isEmpty(b)) return a;
  if (isEmpty(a)) return b;
  if (--work.left < 0 && (b.props || b.elems)) return joinShallow(a, b);
  const atoms = mergeAtoms(a.atoms, b.atoms);
  const refs = mergeRefs(a.refs, b.refs);
  const apis = mergeList(a.apis, b.apis, MAX_APIS);
  const fns = mergeList(a.fns, b.fns, MAX_FNS, (c) => c.fn);
  const props = depth > 4 ? a.props : mergeProps(a.props, b.props, depth, work);
  const elems = a.elems && b.elems ? (depth > 4 ? a.elems : joinAt(a.elems, b.elems, depth + 1, work)) : a.elems ?? b.elems;
  const consts = mergeList(a.consts, b.consts, MAX_CONSTS);
  const prefix = a.prefix || b.prefix;
  const classes = mergeList(a.classes, b.classes, MAX_FNS);
  const insts = mergeInsts(a.insts, b.insts);
  if (atoms === a.atoms && refs === a.refs && apis === a.apis && fns === a.fns && props === a.props && elems === a.elems && consts === a.consts && !!prefix === !!a.prefix && classes === a.classes && insts === a.insts) return a;
  return compact({ atoms, refs, apis, fns, props, elems, consts, prefix: prefix || undefined, classes, insts });
}

/** `b` joined into `a` without merging their parts: `b`'s nested taint goes on the object itself (see MAX_JOIN_WORK). */
function joinShallow(a: Value, b: Value): Value {
  const t = deepTaint(b);
  const flat = compact({ ...b, props: undefined, elems: undefined, atoms: mergeAtoms(b.atoms, t.atoms), refs: mergeRefs(b.refs, t.refs) });
  return joinAt(a, flat, 0, { left: 1 });
}

/**
 * Either `a` or `b` (two branches, `x ?? y`, two returns). Unlike `join`, when
 * only one side is a known constant the result may also be something unknown,
 * so a default URL does not hide the configured one.
 */
export function either(a: Value, b: Value): Value {
  const out = join(a, b);
  const known = !!a.consts?.length;
  if (known === !!b.consts?.length || !out.consts?.length || out.consts.includes(UNKNOWN_PART)) return out;
  if (isEmpty(known ? b : a)) return out;
  return compact({ ...out, consts: [...out.consts, UNKNOWN_PART] });
}

export function joinAll(values: readonly Value[]): Value {
  let out = EMPTY;
  for (const v of values) out = join(out, v);
  return out;
}

/** Drops undefined/empty fields so values stay small and comparable. */
export function compact(v: Value): Value {
  const out: { -readonly [K in keyof Value]: Value[K] } = {};
  if (v.atoms?.length) out.atoms = v.atoms;
  if (v.refs?.length) out.refs = v.refs;
  if (v.apis?.length) out.apis = v.apis;
  if (v.fns?.length) out.fns = v.fns;
  if (v.props?.size) out.props = v.props;
  if (v.elems && !isEmpty(v.elems)) out.elems = v.elems;
  if (v.consts?.length) out.consts = v.consts;
  if (v.prefix && v.consts?.length) out.prefix = true;
  if (v.classes?.length) out.classes = v.classes;
  if (v.insts?.length) out.insts = v.insts;
  return out;
}

/** Marks the references in a concatenation of unknown parts as pieces; those of `lead`, the first part, lead. */
export function asPieces(v: Value, lead: Value = EMPTY): Value {
  if (!v.refs?.length) return v;
  const leading = new Set(lead.refs?.map((r) => `${r.fnId}:${r.index}:${r.access.join(".")}`));
  return { ...v, refs: v.refs.map((r) => (r.piece ? r : { ...r, piece: true, ...(leading.has(`${r.fnId}:${r.index}:${r.access.join(".")}`) ? { leads: true } : {}) })) };
}

/** Everything but the taint (constants, APIs, functions, instances), nested parts included (bounded depth). */
const withoutTaintMemo = new WeakMap<Value, Value>();

export function withoutTaint(v: Value, depth = 0): Value {
  if (taintFree(v)) return v;
  if (depth === 0) {
    let memo = withoutTaintMemo.get(v);
    if (!memo) {
      memo = withoutTaintOf(v, 0);
      withoutTaintMemo.set(v, memo);
    }
    return memo;
  }
  return withoutTaintOf(v, depth);
}

function withoutTaintOf(v: Value, depth: number): Value {
  const props = v.props && depth < 5 ? new Map([...v.props].map(([k, p]) => [k, withoutTaint(p, depth + 1)] as const)) : undefined;
  return compact({ ...v, atoms: undefined, refs: undefined, props, elems: v.elems && depth < 5 ? withoutTaint(v.elems, depth + 1) : undefined });
}

/** Same taint, nothing else: what a derived primitive (a string built from `v`) carries. */
export function taintOnly(v: Value): Value {
  if (!v.atoms?.length && !v.refs?.length) return EMPTY;
  return compact({ atoms: v.atoms, refs: v.refs });
}

/**
 * All taint inside a value, nested properties and elements included (bounded depth).
 * Values share their parts: a bundle's module table holds the same object under
 * many keys at every level, so the same part is reached along many paths. The
 * result is remembered per value and depth (it depends on nothing else): each
 * part is worked out at most once per depth instead of once per path, which was
 * 64 properties to the 5th power on a webpack chunk's registry.
 */
const DEEP_TAINT_DEPTH = 5;

/**
 * Property maps whose entries are views of their owner's own text (a URL
 * object's href, host, pathname...): each holds the owner's taint again, with
 * the marks of its position, and nothing else. The owner's taint is then all
 * its deep taint: walking the views only added each piece once per view and
 * mark, which filled the capped lists of a bundled module resolver's URL
 * objects with variants and made every call that instantiated them slow.
 */
const ownTextViews = new WeakSet<ReadonlyMap<string, Value>>();

/** Marks `props` as views of the text of the value that holds them (see ownTextViews). */
export function asOwnTextViews<T extends ReadonlyMap<string, Value>>(props: T): T {
  ownTextViews.add(props);
  return props;
}

/** Whether `props` are views of their owner's text, and `made` (built from them part by part) is too. */
export function keepOwnTextViews<T extends ReadonlyMap<string, Value> | undefined>(from: ReadonlyMap<string, Value> | undefined, made: T): T {
  if (made && from && made !== from && ownTextViews.has(from)) ownTextViews.add(made);
  return made;
}

export function hasOwnTextViews(v: Value): boolean {
  return !!v.props && ownTextViews.has(v.props);
}
const deepTaintMemo: WeakMap<Value, Value>[] = Array.from({ length: DEEP_TAINT_DEPTH + 1 }, () => new WeakMap());

export function deepTaint(v: Value, markWhole = false, depth = 0): Value {
  if (!v.props && !v.elems) return taintOnly(v);
  if (taintFree(v)) return EMPTY;
  if (markWhole && depth === 0) return markedWhole(deepTaint(v, false, 0), v);
  const memo = deepTaintMemo[Math.min(depth, DEEP_TAINT_DEPTH)];
  let out = memo.get(v);
  if (!out) {
    out = taintOnly(v);
    if (depth < DEEP_TAINT_DEPTH) {
      if (v.props && !ownTextViews.has(v.props)) for (const p of v.props.values()) out = join(out, deepTaint(p, false, depth + 1));
      if (v.elems) out = join(out, deepTaint(v.elems, false, depth + 1));
    }
    memo.set(v, out);
  }
  return out;
}

/**
 * What the string form of `v` carries (a template, `+`, `String(v)`, an
 * array's `join`): a string's own taint; of an object, only what its
 * `toString` writes. `Object.prototype.toString` writes "[object Object]",
 * none of the fields; `Error.prototype.toString` writes `name` and
 * `message` ("AxiosError: Request failed", not the `config` beside them);
 * an array writes its elements, each in its string form. Taint on the object
 * itself (a URL's href, a value whose parts are not known apart) stays. An
 * object that may have a `toString` of its own (a function property, a
 * class instance, a library's object) keeps everything inside it.
 */
export function stringForm(v: Value, markWhole = false, depth = 0): Value {
  if (!v.props && !v.elems) return taintOnly(v);
  if (taintFree(v)) return EMPTY;
  if (depth >= DEEP_TAINT_DEPTH || v.fns?.length || v.classes?.length || v.insts?.length || v.apis?.length || v.props?.get("toString") || v.props?.get("toJSON")) return deepTaint(v, markWhole);
  let out = taintOnly(v);
  for (const [k, p] of v.props ?? []) if (STRING_FORM_FIELDS.has(k) || /^\d+$/.test(k)) out = join(out, stringForm(p, false, depth + 1));
  if (v.elems) out = join(out, stringForm(v.elems, false, depth + 1));
  return markWhole ? markedWhole(out, v) : out;
}

/** The fields an object's default string form reads: an Error's `name` and `message`. */
const STRING_FORM_FIELDS: ReadonlySet<string> = new Set(["name", "message"]);

/** The taint of a whole (serialized, spread) object: each piece marked as reaching here only as part of it. */
function markedWhole(t: Value, v: Value): Value {
  if (!v.props?.size && !v.elems) return t;
  return mapTaint(t, (a) => ({ ...a, whole: true }), (r) => ({ ...r, whole: true }));
}

export function mapTaint(v: Value, atom: (a: Atom) => Atom, ref: (r: ParamRef) => ParamRef): Value {
  if (!v.atoms?.length && !v.refs?.length) return v;
  return compact({ ...v, atoms: v.atoms?.map(atom), refs: v.refs?.map(ref) });
}

/**
 * What a rebuilding operation (a step added, a guard, an instantiation) made of
 * `v` at `depth`, made once. Values share their parts, so without it a part
 * reached along many property paths is rebuilt once per path: exponential in
 * the nesting (a webpack chunk's module table, shared under many keys).
 */
export function rememberedAt(memo: Map<Value, Value>[], depth: number, v: Value, make: () => Value): Value {
  const byValue = (memo[depth] ??= new Map());
  let out = byValue.get(v);
  if (!out) {
    out = make();
    byValue.set(v, out);
  }
  return out;
}

/** Adds a path step to every piece of taint in the value, nested properties included. */
export function withStep(v: Value, step: FlowStep, depth = 0, memo?: Map<Value, Value>[]): Value {
  if (taintFree(v)) return v;
  if (depth < 3 && (v.props?.size || v.elems)) {
    const m = (memo ??= []);
    return rememberedAt(m, depth, v, () => withStepOnce(v, step, depth, m));
  }
  return withStepOnce(v, step, depth, memo);
}

function withStepOnce(v: Value, step: FlowStep, depth: number, memo: Map<Value, Value>[] | undefined): Value {
  let out = v;
  if (v.atoms?.length || v.refs?.length) {
    out = mapTaint(
      v,
      (a) => ({ ...a, path: extendPath(a.path, step) }),
      (r) => ({ ...r, path: extendPath(r.path, step) }),
    );
  }
  if (depth < 3 && (v.props?.size || v.elems)) {
    const props = v.props ? keepOwnTextViews(v.props, new Map([...v.props].map(([k, p]) => [k, withStep(p, step, depth + 1, memo)] as const))) : undefined;
    out = compact({ ...out, props, elems: v.elems ? withStep(v.elems, step, depth + 1, memo) : undefined });
  }
  return out;
}

/** Adds a path step to the taint of the value and of its properties (an Error's message), bounded. */
export function withStepDeep(v: Value, step: FlowStep, depth = 0): Value {
  if (taintFree(v)) return v;
  const top = withStep(v, step);
  if (depth >= 3 || !v.props?.size) return top;
  const props = new Map<string, Value>();
  for (const [k, p] of v.props) props.set(k, withStepDeep(p, step, depth + 1));
  return { ...top, props };
}

export function sanitize(v: Value, kinds: readonly string[]): Value {
  const add = (s: readonly string[]) => (kinds.every((k) => s.includes(k)) ? s : [...new Set([...s, ...kinds])].sort());
  return mapTaint(
    v,
    (a) => ({ ...a, sanitized: add(a.sanitized) }),
    (r) => ({ ...r, sanitized: add(r.sanitized) }),
  );
}

/** Nested deeper than this, parts keep their guards as they were (a check narrows what a sink reads, a few levels down at most). */
const MAX_GUARD_DEPTH = 5;

export function guard(v: Value, kind: GuardKind, depth = 0, memo: Map<Value, Value>[] = []): Value {
  if (taintFree(v)) return v;
  return rememberedAt(memo, depth, v, () => guardOnce(v, kind, depth, memo));
}

function guardOnce(v: Value, kind: GuardKind, depth: number, memo: Map<Value, Value>[]): Value {
  const add = (g: readonly GuardKind[]) => (g.includes(kind) ? g : [...g, kind].sort());
  const guarded = mapTaint(
    v,
    (a) => ({ ...a, guards: add(a.guards) }),
    (r) => ({ ...r, guards: add(r.guards) }),
  );
  if ((!v.props?.size && !v.elems) || depth >= MAX_GUARD_DEPTH) return guarded;
  const props = v.props ? keepOwnTextViews(v.props, new Map([...v.props].map(([k, p]) => [k, guard(p, kind, depth + 1, memo)] as const))) : undefined;
  return compact({ ...guarded, props, elems: v.elems ? guard(v.elems, kind, depth + 1, memo) : undefined });
}

export function constValue(s: string): Value {
  return { consts: [s.length > MAX_CONST_LENGTH ? s.slice(0, MAX_CONST_LENGTH) : s] };
}

export function apiValue(api: string): Value {
  return { apis: [api] };
}

export function objectValue(props: Map<string, Value>): Value {
  return props.size ? { props } : EMPTY;
}

/**
 * `obj` with property `key` set to `v` (`strong`) or joined with it. Values
 * are immutable, so each write copies the property map: an unchanged property
 * is no write, and a map filled by writes holds at most MAX_WRITTEN_PROPS
 * properties, so a chain of writes (`exports.a = ...; exports.b = ...` over a
 * bundle's thousands of exports) costs at most that much per write rather
 * than growing with the object. A new property past the bound is not kept by
 * name: its taint joins the object's own, which a read of any of its
 * properties gives (no flow is lost, only which property held it); its
 * functions, constants and APIs are dropped, as in a join past MAX_PROPS.
 */
export function withProp(obj: Value, key: string, v: Value, strong: boolean): Value {
  const prev = obj.props?.get(key);
  const next = strong || !prev ? v : join(prev, v);
  if (next === prev) return obj;
  if (!prev && (obj.props?.size ?? 0) >= MAX_WRITTEN_PROPS) {
    const t = deepTaint(next);
    return t.atoms?.length || t.refs?.length ? join(obj, t) : obj;
  }
  const props = new Map(obj.props ?? []);
  props.set(key, next);
  // A view narrowed in place (`u.hostname` past a check) is still a view of the same text; a new name is not.
  return compact({ ...obj, props: prev ? keepOwnTextViews(obj.props, props) : props });
}

export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  return (
    (a.atoms?.length ?? 0) === (b.atoms?.length ?? 0) &&
    (a.refs?.length ?? 0) === (b.refs?.length ?? 0) &&
    sameStrings(a.apis ?? [], b.apis ?? []) &&
    (a.fns?.length ?? 0) === (b.fns?.length ?? 0) &&
    // A value that is only a class or an instance (`new Adapter()` kept in a module variable) is new too.
    sameStrings(a.classes ?? [], b.classes ?? []) &&
    sameStrings(a.insts ?? [], b.insts ?? []) &&
    (a.props?.size ?? 0) === (b.props?.size ?? 0) &&
    sameStrings(a.consts ?? [], b.consts ?? []) &&
    !!a.elems === !!b.elems &&
    (a.atoms ?? []).every((x, i) => sameAtom(x, b.atoms![i])) &&
    (a.refs ?? []).every((x, i) => sameRef(x, b.refs![i])) &&
    [...(a.props ?? new Map<string, Value>())].every(([k, v]) => {
      const o = b.props?.get(k);
      return !!o && sameValue(v, o);
    }) &&
    (!a.elems || sameValue(a.elems, b.elems!))
  );
}

/** The atom after a property `key` is read from its value: the first read names `field`, the next `subfield`. */
export function readField(a: Atom, key: string): Atom {
  if (a.field === undefined) return { ...a, field: key };
  // Past the envelope (`request.params.arguments`), the property read is the value's first field (`.target`).
  const envelope = a.label.envelope;
  if (envelope && a.field === envelope[0] && a.subfield === envelope[1]) {
    const { subfield: _envelope, ...inside } = a;
    return { ...inside, field: key };
  }
  return a.subfield === undefined ? { ...a, subfield: key } : a;
}
