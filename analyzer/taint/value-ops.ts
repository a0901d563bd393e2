// Operations on abstract values that the interpreter needs beyond values.ts:
// parameter references and their instantiation at a call, access paths,
// string concatenation, and what counts as having learned something new.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName } from "../parse/ast.js";
import type { FlowStep } from "../types.js";
import { type ModuleState } from "./modules.js";
import { positionMarks } from "./position-shapes.js";
import { URL_PATH, URL_PATH_IF_SLASH_LED, slashWouldEndAuthority, startsPathOrQuery } from "./url-shapes.js";
import { AFTER_FLAG, COMMAND_START } from "./shell-shapes.js";
import { type FunctionNode, type GuardKind, PROPERTY_NAMES, URL_ADDRESS } from "./spec.js";
import {
  UNKNOWN_PART,
  type Atom,
  compact,
  deepTaint,
  stringForm,
  EMPTY,
  extendPath,
  freeOfRefsTo,
  asPieces,
  isEmpty,
  join,
  mapTaint,
  MAX_CONST_LENGTH,
  MAX_CONSTS,
  type ParamRef,
  readField,
  rememberedAt,
  concatPath,
  taintFree,
  sanitize,
  taintOnly,
  type Value,
  withProp,
  INSTANCE_SITE,
  FACTORY_MADE,
  keepOwnTextViews,
} from "./values.js";
import { MAX_ACCESS } from "./context.js";

export function paramRef(fnId: number, index: number, fn: FunctionNode, st: ModuleState, name: string): ParamRef {
  const loc = locationOf(st.module.path, index >= 0 && fn.params[index] ? fn.params[index] : fn);
  return { fnId, index, access: [], path: extendPath(undefined, { location: loc, label: `parameter ${name}` }), sanitized: [], guards: [] };
}

export function paramName(p: TSESTree.Parameter, i: number): string {
  if (p.type === "Identifier") return p.name;
  if (p.type === "AssignmentPattern" && p.left.type === "Identifier") return p.left.name;
  if (p.type === "TSParameterProperty" && p.parameter.type === "Identifier") return p.parameter.name;
  return `#${i + 1}`;
}

export function describeParam(p: TSESTree.Parameter): string {
  if (p.type === "ObjectPattern") return `{ ${p.properties.map((x) => (x.type === "Property" ? (propertyName(x) ?? "?") : "...")).join(", ")} }`;
  return paramName(p, 0);
}

/**
 * What one reference becomes at one call, remembered for that call: a
 * summary's return value, throws, effects and pending sinks share their
 * references, and the same substitution then yields the same atoms (so later
 * joins see them as already present instead of re-keying copies).
 */
export interface InstantiateMemo {
  refs: Map<ParamRef, Partial<Record<PieceMode, Value>>>;
  /**
   * What each value (by depth) became at this call: a summary's values share
   * their parts, so without it a part reached along many property paths is
   * rebuilt once per path (exponential in the nesting).
   */
  values: Map<Value, Value>[];
}

export function newInstantiateMemo(): InstantiateMemo {
  return { refs: new Map(), values: [] };
}

/**
 * How an argument stands in for a reference: as the whole value, as a piece
 * inside a string (its constants dropped), or as the leading piece of a string
 * of unknown parts (its constants kept, as prefixes: `base + apiPath` called
 * with a constant base still starts with that base).
 */
type PieceMode = "whole" | "piece" | "lead";

/** Replaces a summary's references to the callee's own parameters by the call's arguments. */
export function instantiate(v: Value, fnId: number, args: Value[], thisValue: Value, callStep: FlowStep | undefined, depth = 0, memo: InstantiateMemo = newInstantiateMemo()): Value {
  if (freeOfRefsTo(v, fnId)) return v;
  return rememberedAt(memo.values, depth, v, () => instantiateOnce(v, fnId, args, thisValue, callStep, depth, memo));
}

function instantiateOnce(v: Value, fnId: number, args: Value[], thisValue: Value, callStep: FlowStep | undefined, depth: number, memo: InstantiateMemo): Value {
  const refs = v.refs;
  const hasOwn = refs?.some((r) => r.fnId === fnId);
  let props = v.props;
  if (depth < 4 && v.props) {
    // Built only from the first property that changes: most instantiations leave every property as it is.
    let next: Map<string, Value> | undefined;
    for (const [k, p] of v.props) {
      const q = instantiate(p, fnId, args, thisValue, callStep, depth + 1, memo);
      if (q !== p && !next) {
        next = new Map<string, Value>();
        for (const [k0, p0] of v.props) {
          if (k0 === k) break;
          next.set(k0, p0);
        }
      }
      next?.set(k, q);
    }
    if (next) props = keepOwnTextViews(v.props, next);
  }
  const elems = depth < 4 && v.elems ? instantiate(v.elems, fnId, args, thisValue, callStep, depth + 1, memo) : v.elems;
  if (!hasOwn && props === v.props && elems === v.elems) return v;
  let out: Value = compact({ ...v, refs: refs?.filter((r) => r.fnId !== fnId), props, elems });
  const own = refs?.filter((r) => r.fnId === fnId) ?? [];
  if (!v.consts?.length && own.length > 0 && own.every((r) => r.part !== undefined)) return join(out, concatenateParts(own, args, thisValue, callStep, memo));
  // Numbered parts joined with other data (a URL object built from `${this.root}${route}`, then a query value added):
  // the parts are still one string in their order; the rest stands for itself.
  const parts = !v.consts?.length ? own.filter((r) => r.part !== undefined) : [];
  if (parts.length > 0) {
    out = join(out, concatenateParts(parts, args, thisValue, callStep, memo));
    for (const r of own) if (r.part === undefined) out = join(out, substituteOnce(r, "whole", args, thisValue, callStep, memo));
    return out;
  }
  // `"https://host/" + x`: every constant has a hole the parameter fills, so the
  // argument's own constants are a piece of the string, not alternatives to it.
  const piece = !!v.prefix || (!!v.consts?.length && v.consts.every((c) => c.includes(UNKNOWN_PART)));
  for (const r of refs ?? []) {
    if (r.fnId !== fnId) continue;
    const mode: PieceMode = piece ? "piece" : r.leads ? "lead" : r.piece ? "piece" : "whole";
    out = join(out, substituteOnce(r, mode, args, thisValue, callStep, memo));
  }
  return piece ? fillLeadingHole(out, v, fnId, args, thisValue) : out;
}

/** `substitute`, once per reference and mode at this call. */
function substituteOnce(r: ParamRef, mode: PieceMode, args: Value[], thisValue: Value, callStep: FlowStep | undefined, memo: InstantiateMemo): Value {
  let known = memo.refs.get(r);
  let mapped = known?.[mode];
  if (!mapped) {
    mapped = substitute(r, mode, args, thisValue, callStep);
    if (!known) memo.refs.set(r, (known = {}));
    known[mode] = mapped;
  }
  return mapped;
}

/** The arguments of a concatenation of parameters, concatenated in their order at this call. */
function concatenateParts(own: ParamRef[], args: Value[], thisValue: Value, callStep: FlowStep | undefined, memo: InstantiateMemo): Value {
  const width = partsWidth(own);
  const parts: Value[] = [];
  for (let i = 0; i < width; i++) {
    let part: Value = EMPTY;
    for (const r of own) {
      if (r.part !== i) continue;
      let known = memo.refs.get(r);
      let mapped = known?.whole;
      if (!mapped) {
        mapped = substitute(r, "whole", args, thisValue, callStep);
        if (!known) memo.refs.set(r, (known = {}));
        known.whole = mapped;
      }
      part = join(part, mapped);
    }
    parts.push(part);
  }
  return concatValues(parts);
}

/**
 * `${base}/_expo/debugger?appId=${id}` called with a constant base: the
 * argument's constants fill the leading hole (`http://localhost:\0` then
 * `/_expo/...`), so the known start of the string stays known at the call.
 */
function fillLeadingHole(out: Value, v: Value, fnId: number, args: Value[], thisValue: Value): Value {
  if (!v.consts?.length || !v.consts.every((c) => c.startsWith(UNKNOWN_PART))) return out;
  const leads = (v.refs ?? []).filter((r) => r.fnId === fnId && r.leads);
  if (leads.length === 0) return out;
  const heads = new Set<string>();
  for (const r of leads) {
    let actual = r.index === -1 ? thisValue : (args[r.index] ?? EMPTY);
    for (let i = 0; i < r.access.length; i++) actual = readAccess(actual, r.access[i]);
    if (!actual.consts?.length) return out;
    for (const c of actual.consts) heads.add(actual.prefix ? c + UNKNOWN_PART : c);
  }
  const consts: string[] = [];
  for (const h of heads) {
    for (const c of v.consts) {
      if (consts.length >= MAX_CONSTS) break;
      consts.push((h + c.slice(1)).slice(0, MAX_CONST_LENGTH));
    }
  }
  return withConsts(out, [...new Set(consts)], v.prefix);
}

/** Sources whose values the caller of a tool or endpoint chooses: a check built on them can be switched off. */
const CALLER_LABELS = new Set(["tool-argument", "http-request"]);

/** A source kind whose values the caller chooses. */
export function callerChosenKind(kind: string): boolean {
  return CALLER_LABELS.has(kind);
}

/** The value holds a tool argument or a request: whoever calls chooses it. */
export function chosenByCallerValue(v: Value): boolean {
  return !!v.atoms?.some((a) => callerChosenKind(a.label.kind));
}

/**
 * The value holds a tool argument or a request that no membership or
 * equality check pinned to values the code knows. A key written back into a
 * registry after it was found there (`jobs.set(id, { ...job, state })`)
 * adds no key: it is one the registry already held.
 */
export function unpinnedCallerValue(v: Value): boolean {
  return !!v.atoms?.some((a) => callerChosenKind(a.label.kind) && !pinnedByCheck(a.guards));
}

/** The parameters a value still waits on, less those a membership or equality check already pinned (as for `unpinnedCallerValue`). */
export function unpinnedRefs(v: Value): readonly ParamRef[] {
  return (v.refs ?? []).filter((r) => !pinnedByCheck(r.guards));
}

function pinnedByCheck(guards: readonly GuardKind[]): boolean {
  return guards.some((g) => g === "allow-list" || g === "literal-equality");
}

/** Marks a guard that holds only if the values of these references are not the caller's. */
const CONDITION = "|if:";

/**
 * A guard kind that waits for a call: `allow-list` compared with a helper's
 * parameter or receiver field (`host === baseHost`) holds where the call
 * passes a value the caller does not choose. Resolved by `substitute`; a flow
 * that still carries it counts it as no guard (hit-results.ts).
 */
export function conditionalGuard(kind: GuardKind, refs: readonly ParamRef[]): GuardKind {
  const base = kind.split(CONDITION)[0];
  const conds = [...new Set(refs.map((r) => JSON.stringify([r.fnId, r.index, r.access])))].sort();
  return `${base}${CONDITION}${JSON.stringify(conds)}` as GuardKind;
}

/** True for a guard still waiting on its condition. */
export function isConditionalGuard(kind: string): boolean {
  return kind.includes(CONDITION);
}

/**
 * The guards of a flow as it reaches a sink: a conditional guard still waiting
 * holds where every value it waits on is one `filled` says no caller chooses
 * (a tool handler's request context), and counts as none otherwise.
 */
export function settledGuards(guards: readonly GuardKind[], filled: (fnId: number, index: number) => boolean): GuardKind[] {
  const out: GuardKind[] = [];
  for (const g of guards) {
    if (!isConditionalGuard(g)) out.push(g);
    else {
      const [kind, text] = g.split(CONDITION);
      const waits = (JSON.parse(text) as string[]).map((c) => JSON.parse(c) as [number, number, string[]]);
      if (waits.every(([id, index]) => filled(id, index))) out.push(kind as GuardKind);
    }
  }
  return [...new Set(out)];
}

/** The guards of a reference at a call of its function: each conditional one on this function's values resolved, kept (re-aimed at the caller's own references) or dropped. */
function resolveGuards(guards: readonly GuardKind[], fnId: number, args: Value[], thisValue: Value): readonly GuardKind[] {
  if (!guards.some(isConditionalGuard)) return guards;
  const out: GuardKind[] = [];
  for (const g of guards) {
    if (!isConditionalGuard(g)) {
      out.push(g);
      continue;
    }
    const [kind, text] = g.split(CONDITION);
    const waiting: ParamRef[] = [];
    let broken = false;
    for (const c of JSON.parse(text) as string[]) {
      const [id, index, access] = JSON.parse(c) as [number, number, string[]];
      if (id !== fnId) {
        waiting.push({ fnId: id, index, access, path: undefined, sanitized: [], guards: [] });
        continue;
      }
      let actual = index === -1 ? thisValue : (args[index] ?? EMPTY);
      for (const k of access) actual = readAccess(actual, k);
      if (chosenByCallerValue(actual)) broken = true;
      waiting.push(...(actual.refs ?? []));
    }
    if (broken) continue;
    out.push(waiting.length ? conditionalGuard(kind as GuardKind, waiting) : (kind as GuardKind));
  }
  return out;
}

/** The value one parameter reference stands for at a call. */
function substitute(r: ParamRef, mode: PieceMode, args: Value[], thisValue: Value, callStep: FlowStep | undefined): Value {
  if (r.guards.some(isConditionalGuard)) r = { ...r, guards: resolveGuards(r.guards, r.fnId, args, thisValue) };
  let actual = r.index === -1 ? thisValue : (args[r.index] ?? EMPTY);
  for (let i = 0; i < r.access.length; i++) actual = r.shallow ? readTowardMethod(actual, r.access[i]) : readAccess(actual, r.access[i]);
  if (r.except?.length) actual = withoutProps(actual, [...r.except]);
  if (isEmpty(actual)) return EMPTY;
  if (r.sanitized.includes(URL_PATH_IF_SLASH_LED)) r = { ...r, sanitized: slashLedResolved(r.sanitized, actual) };
  // The ref's own history (inside the callee) follows the caller's history.
  const carried = r.shallow ? taintOnly(ownTaint(actual)) : actual;
  let mapped = taintFree(carried) ? EMPTY : mapAtoms(carried, (a) => ({
    ...a,
    path: concatPath(callStep ? extendPath(a.path, callStep) : a.path, r.path?.prev),
    sanitized: withMarks(a.sanitized, r.sanitized),
    guards: withMarks(a.guards, r.guards),
    whole: a.whole || r.whole,
    ...(r.member && a.field === undefined ? { member: true } : {}),
  }), (x) => ({
    ...x,
    ...(r.member && !x.member ? { member: true } : {}),
    path: concatPath(x.path, r.path?.prev),
    sanitized: withMarks(x.sanitized, r.sanitized),
    guards: withMarks(x.guards, r.guards),
  }));
  // A method's answer is not the receiver's fields (`shallow`): its shape stays, its properties do not.
  // What the callee learned of the whole (a position in the string it was written into, a transform)
  // holds for its parts too: `url.searchParams.append(k, v)` over `Object.entries(params)`.
  if (r.access.length === 0) {
    const parts = r.shallow ? undefined : r.sanitized.length ? { props: sanitizedProps(actual, r.sanitized), elems: actual.elems && sanitizeParts(actual.elems, r.sanitized, 1) } : actual;
    mapped = join(mapped, compact({ apis: actual.apis, fns: actual.fns, props: parts?.props, elems: parts?.elems, consts: mode === "piece" ? undefined : actual.consts, prefix: mode === "whole" ? actual.prefix : mode === "lead" || undefined, classes: actual.classes, insts: actual.insts }));
  }
  return mapped;
}

/**
 * URL_PATH_IF_SLASH_LED settled by the argument that fills the parameter:
 * URL_PATH when every alternative of its text starts a path or query, kept
 * when the argument is itself only another function's parameter (its caller
 * decides), dropped otherwise.
 */
function slashLedResolved(marks: readonly string[], actual: Value): readonly string[] {
  const rest = marks.filter((m) => m !== URL_PATH_IF_SLASH_LED);
  const leads = leadingText(actual);
  if (leads.length > 0 && leads.every(startsPathOrQuery)) return rest.includes(URL_PATH) ? rest : [...rest, URL_PATH].sort();
  const onlyAParameter = !actual.consts?.length && !actual.atoms?.length && !!actual.refs?.length;
  return onlyAParameter ? marks : rest;
}

/** `mark` on the parameter references of `v` only: its own data already knows where it sits. */
function markRefs(v: Value, mark: string): Value {
  return mapTaint(v, (a) => a, (r) => (r.sanitized.includes(mark) ? r : { ...r, sanitized: [...r.sanitized, mark].sort() }));
}

/**
 * The sorted union of two sorted lists of marks (sanitizers or guards). Most
 * unions add nothing: then the first list itself, so equal lists stay one
 * object and cost no garbage (a call maps every reference of every argument).
 */
function withMarks<T extends string>(have: readonly T[], add: readonly T[]): readonly T[] {
  if (add.length === 0 || have === add) return have;
  if (have.length === 0 && sortedUnique(add)) return add;
  let missing = false;
  for (let i = 0; i < add.length && !missing; i++) if (!have.includes(add[i])) missing = true;
  return missing ? [...new Set([...have, ...add])].sort() : have;
}

function sortedUnique(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

/** Below this depth, parts keep their own marks. */
const MAX_SANITIZE_PARTS_DEPTH = 3;
/**
 * What `sanitizeParts` made of a value, by depth and marks. A call instantiates
 * a summary once per reference, and a value's references often differ only in
 * their marks: without it, each built fresh copies of the argument's parts, so
 * joins of the copies never met the same object and merged every nested part
 * again (a bundled module resolver's URL objects took minutes).
 */
const sanitizePartsMemo: WeakMap<Value, Map<string, Value>>[] = Array.from({ length: MAX_SANITIZE_PARTS_DEPTH + 1 }, () => new WeakMap());

/** `v` with `marks` on its taint and its parts' (a few levels down; deeper parts keep theirs). */
function sanitizeParts(v: Value, marks: readonly string[], depth: number): Value {
  if (taintFree(v) || depth > MAX_SANITIZE_PARTS_DEPTH) return v;
  const key = marks.join("\u0000");
  let byMarks = sanitizePartsMemo[depth].get(v);
  const known = byMarks?.get(key);
  if (known) return known;
  const out = compact({ ...sanitize(v, marks), props: sanitizedProps(v, marks, depth), elems: v.elems ? sanitizeParts(v.elems, marks, depth + 1) : undefined });
  if (!byMarks) sanitizePartsMemo[depth].set(v, (byMarks = new Map()));
  byMarks.set(key, out);
  return out;
}

/** The properties of `v` as sanitizeParts makes them (`v` itself at `depth`). */
function sanitizedProps(v: Value, marks: readonly string[], depth = 0): ReadonlyMap<string, Value> | undefined {
  if (!v.props) return undefined;
  let changed = false;
  const out = new Map<string, Value>();
  for (const [k, p] of v.props) {
    const q = sanitizeParts(p, marks, depth + 1);
    if (q !== p) changed = true;
    out.set(k, q);
  }
  return changed ? keepOwnTextViews(v.props, out) : v.props;
}

export function mapAtoms(v: Value, atom: (a: Atom) => Atom, ref: (r: ParamRef) => ParamRef): Value {
  const t = deepTaintShallow(v);
  return compact({ atoms: t.atoms?.map(atom), refs: t.refs?.map(ref) });
}

export function deepTaintShallow(v: Value): Value {
  return v.props || v.elems ? deepTaint(v) : taintOnly(v);
}

/**
 * A parameter's entry read by a getter (`EntryGetterRow`), kept in its reference until the call says
 * what the parameter is: the field and the name, behind a mark no property name starts with.
 */
const ENTRY_READ = "\u0000entry\u0000";

/** `req.get("authorization")` of an entry getter of `field`: `v[field][name]`, or `v[name]` when `v` is that field; only taint is read. */
export function readEntry(v: Value, field: string, name: string): Value {
  const atoms = v.atoms?.flatMap((a) => (a.field === undefined ? [{ ...a, field, subfield: name }] : a.field === field && a.subfield === undefined ? [{ ...a, subfield: name }] : []));
  const refs = v.refs?.flatMap((r) => {
    if (r.access.length >= MAX_ACCESS) return [];
    const { except: _except, ...rest } = r;
    return [{ ...rest, access: [...r.access, `${ENTRY_READ}${field}\u0000${name}`] }];
  });
  return compact({ atoms: atoms?.length ? atoms : undefined, refs: refs?.length ? refs : undefined });
}

/** An element read by an array pattern (`[a, b] = v`), in a reference's access: behind a mark no property name starts with. */
const ELEMENT_READ = "\u0000element\u0000";

/** Where a Map keeps its keys' taint: a property no program reads, so only the collection as a whole, or an entry's first position, carries it. */
export const MAP_KEYS = "\u0000keys";

export function withoutKeys(v: Value): Value {
  if (!v.props?.has(MAP_KEYS)) return v;
  const props = new Map(v.props);
  props.delete(MAP_KEYS);
  return compact({ ...v, props });
}

/**
 * `[a, b] = v`, element `index` of v: a tuple's own element when v has one
 * (`Object.entries` gives `[key, value]`), any element of a list, and v's own
 * taint whole (a tainted string, an entry kept as one value). A parameter's
 * reference keeps the read in its access, so a caller's tuple gives its
 * element at the call, not the tuple with its other fields.
 */
export function readElement(v: Value, index: string): Value {
  const refs = v.refs?.map((r) => {
    if (r.access.length >= MAX_ACCESS) return r;
    const { except: _except, ...rest } = r;
    return { ...rest, access: [...r.access, `${ELEMENT_READ}${index}`] };
  });
  const keys = v.elems ? undefined : v.props?.get(MAP_KEYS);
  // A Map's entry (`for (const [k, s] of map)`): the stored value, its key's taint kept in the keys slot.
  if (keys) return join(index === "0" ? keys : index === "1" ? withoutKeys(v) : EMPTY, refs?.length ? compact({ refs }) : EMPTY);
  const own = v.props?.get(index);
  // A pair the engine made (`Object.entries`): no element list, each position known (its own taint and
  // references are the two positions joined, so they add nothing to one position).
  if (!v.elems && own !== undefined) return own;
  let out = join(own ?? EMPTY, v.elems ?? EMPTY);
  if (v.atoms?.length) out = join(out, compact({ atoms: v.atoms }));
  return refs?.length ? join(out, compact({ refs })) : out;
}

/** Any one element, in a reference's access (a parameter iterated by `for...of`). */
const ANY_ELEMENT = `${ELEMENT_READ}*`;

/**
 * An item of iterating `v` (`for (const x of v)`): its elements, and its own
 * taint (a string's characters, unknown data's items). A parameter's
 * reference reads an element of the argument at each call, so a field read
 * of the item (`job.path`) is that field of the argument's elements, not a
 * field of the list itself.
 */
export function anyElement(v: Value): Value {
  // Not the copy of the elements' taint a call put on the whole list: that sits in the elements.
  const own = ownTaint(v);
  const refs = own.refs?.map((r) => {
    if (r.access.length >= MAX_ACCESS) return r;
    const { except: _except, ...rest } = r;
    return { ...rest, access: [...r.access, ANY_ELEMENT] };
  });
  return join(v.elems ?? EMPTY, compact({ atoms: own.atoms, refs }));
}

/** One step of a reference's access at a call: a property, an element of an array pattern, or an entry getter's read. */
function readAccess(v: Value, key: string): Value {
  if (key === ANY_ELEMENT) return anyElement(v);
  if (key.startsWith(ELEMENT_READ)) return readElement(v, key.slice(ELEMENT_READ.length));
  if (!key.startsWith(ENTRY_READ)) return readSimple(v, key);
  const [field, name] = key.slice(ENTRY_READ.length).split("\u0000");
  return readEntry(v, field, name);
}

export function readSimple(v: Value, key: string): Value {
  let out = v.props?.get(key) ?? unlistedClientField(v, key);
  if (v.elems && /^\d+$/.test(key)) out = join(out, v.elems);
  if (v.atoms?.length || v.refs?.length) {
    const whole = ownTaint(v);
    out = join(out, compact({ atoms: whole.atoms?.map((a) => readField(a, key)), refs: refsAt(whole.refs, key) }));
  }
  return out;
}

/**
 * Where a remote client keeps the options it was built with (RemoteClientRow): a key no code
 * writes. Serializing the client takes them; a field it does not list (`client._clientSecret`,
 * `pool.config`) may be any of them; what its methods answer does not hold them.
 */
export const CLIENT_OPTIONS = "\u0000options";

/** A read of a field a remote client does not list: its options, read by that name. */
export function unlistedClientField(v: Value, key: string): Value {
  const options = v.props?.get(CLIENT_OPTIONS);
  if (!options) return EMPTY;
  const held = deepTaint(options);
  return compact({ atoms: held.atoms?.map((a) => readField(a, key)), refs: refsAt(held.refs, key) });
}

/**
 * One step of a method's receiver, read for what the method answers (ParamRef.shallow): a member of
 * a remote client that the client does not list (`client.images` of `client.images.create(...)`)
 * is a part of the client, holding the client's options the way the client does, not their data.
 * The same call made where the client is built answers like a request (library-calls: a remote
 * client's method); handed in as a parameter, it must answer the same, not with the key.
 */
function readTowardMethod(v: Value, key: string): Value {
  const options = v.props?.get(CLIENT_OPTIONS);
  if (!options || v.props!.has(key) || key.startsWith("\u0000")) return readAccess(v, key);
  const rest = new Map(v.props);
  rest.delete(CLIENT_OPTIONS);
  return join(readAccess(compact({ ...v, props: rest.size ? rest : undefined }), key), { props: new Map([[CLIENT_OPTIONS, options]]) });
}

/**
 * The object-level taint of `v` that is its own, for a read by a known key:
 * without the copies of its named fields' or its elements' taint (an object
 * literal or a list passed as an argument carries its fields' taint as a whole too). That taint sits in the
 * fields, so a read takes it from the field of that name, not from every other
 * field. Taint of the object as such (unknown data, a spread of an unknown
 * value, a write by a computed key) stays.
 */
export function ownTaint(v: Value): Value {
  if ((!v.props?.size && !v.elems) || (!v.atoms?.length && !v.refs?.length)) return v;
  // Every read by a known key asks, and the answer walks all of `v`'s fields: once per value (values are not changed in place).
  let own = ownTaints.get(v);
  if (!own) ownTaints.set(v, (own = ownTaintOnce(v)));
  return own;
}

const ownTaints = new WeakMap<Value, Value>();

/** `ownTaint` of a value with fields and object-level taint. */
function ownTaintOnce(v: Value): Value {
  // A list's elements are its fields too: a list handed to a function comes back with their taint
  // copied onto the whole (value-ops `substitute`), which an element read takes from the elements.
  const fields = deepTaint({ props: v.props, elems: v.elems });
  if (!fields.atoms?.length && !fields.refs?.length) return v;
  // A URL's fields are views of its whole (`href` is all of it, the address parts are marked as such):
  // its taint is its own, and the parts it does not list (`password`, `search`) read it.
  for (const p of v.props?.values() ?? []) if (p.atoms?.some((a) => a.sanitized.includes(URL_ADDRESS))) return v;
  // A copy has the field's marks too.
  const atoms = v.atoms?.filter((a) => !fields.atoms?.some((o) => o.label.id === a.label.id && o.field === a.field && o.subfield === a.subfield && o.sanitized.join() === a.sanitized.join()));
  const refs = v.refs?.filter((r) => !fields.refs?.some((o) => o.fnId === r.fnId && o.index === r.index && o.access.join() === r.access.join()));
  if (atoms?.length === v.atoms?.length && refs?.length === v.refs?.length) return v;
  return compact({ atoms, refs });
}

export function readPath(v: Value, path: readonly string[]): Value {
  let cur = v;
  for (const k of path) cur = cur.props?.get(k) ?? EMPTY;
  return cur;
}

export function setPath(root: Value, path: readonly string[], v: Value, weak = false, depth = 0): Value {
  if (path.length === 0) return weak ? join(root, v) : v;
  const [head, ...rest] = path;
  const child = root.props?.get(head) ?? EMPTY;
  if (depth > 4) return root;
  return withProp(root, head, setPath(child, rest, v, weak, depth + 1), true);
}

/**
 * The references for property `key` (unknown: undefined) of a value holding
 * `refs`. A rest object's excluded property is not there at all; past the
 * excluded level the exclusion no longer applies.
 */
export function refsAt(refs: readonly ParamRef[] | undefined, key: string | undefined): ParamRef[] | undefined {
  if (!refs?.length) return undefined;
  const out: ParamRef[] = [];
  for (const r of refs) {
    if (key !== undefined && r.except?.includes(key)) continue;
    // Copied without `except` only when it has one: most references do not, and the copy was per reference and read.
    const base = r.except ? withoutExcept(r) : r;
    if (key !== undefined && r.access.length < MAX_ACCESS) out.push({ ...base, access: [...r.access, key] });
    else out.push(base);
  }
  return out;
}

function withoutExcept(r: ParamRef): ParamRef {
  const { except: _except, ...rest } = r;
  return rest;
}

/** Bound on the names one rest reference excludes (past it, the rest keeps them all). */
const MAX_EXCEPT = 16;

/**
 * `{ a, b, ...rest } = v`: every own property but `a` and `b`. Known
 * properties are dropped; a parameter's reference remembers the names, so the
 * argument's properties of those names are left out at each call. Taint of the
 * whole object (no fields known) stays.
 */
export function withoutProps(v: Value, keys: string[]): Value {
  if (keys.length === 0) return v;
  const props = v.props ? new Map([...v.props].filter(([k]) => !keys.includes(k))) : undefined;
  const refs = v.refs?.map((r) => {
    const except = [...new Set([...(r.except ?? []), ...keys])].sort();
    // At the bound on `access` the reference may stand for something deeper: no names to drop there.
    return except.length > MAX_EXCEPT || r.access.length >= MAX_ACCESS ? r : { ...r, except };
  });
  if (!props && !refs) return v;
  return compact({ ...v, ...(props ? { props } : {}), ...(refs ? { refs } : {}) });
}

/** A key enumerated from an object (`keysOf`, `Object.keys`): its taint is marked as property names. */
export function isPropertyName(key: Value): boolean {
  return !!key.atoms?.some((a) => a.sanitized.includes(PROPERTY_NAMES)) || !!key.refs?.some((r) => r.sanitized.includes(PROPERTY_NAMES));
}

/**
 * A key that is an enumerated name as it is (`env[k]` for `k` of `Object.keys(env)`): reading the
 * object by it walks the object. A key written with constant text around a name, or a part of
 * one (`env[\`SSH_SERVER_${match[1]}_USER\`]` inside a loop over the keys), names another
 * property, one of a family the code chose: a part, not the whole.
 */
export function isOwnName(key: Value): boolean {
  return isPropertyName(key) && !key.consts?.some((c) => c.includes(UNKNOWN_PART) && c !== UNKNOWN_PART);
}

/**
 * The keys of an object (`Object.keys`, `for (k in o)`): its known names, and its own taint marked as names.
 * An object literal's copies of its fields' taint are not in its names (`{ "manifest.json": { name } }`
 * has one constant key whatever `name` is); for a parameter, the same holds of the argument at each call.
 */
export function keysOf(v: Value): Value {
  const keys = [...(v.props?.keys() ?? [])];
  const own = ownTaint(v);
  const names = compact({ atoms: own.atoms, refs: own.refs?.map((r) => (r.shallow ? r : { ...r, shallow: true })) });
  return join(keys.length ? { consts: keys.slice(0, MAX_CONSTS) } : EMPTY, sanitize(names, [PROPERTY_NAMES]));
}

/**
 * `a + b` on abstract values: constants combine, taint unites. A part with no
 * known constant becomes UNKNOWN_PART inside the constant, so both a prefix
 * (`https://host/` + x) and a suffix (homedir() + "/.ssh/id_rsa") stay known.
 */
export function concatValues(parts: Value[]): Value {
  let consts: string[] = [""];
  let taint: Value = EMPTY;
  let known = false;
  let complete = true;
  for (const [i, p] of parts.entries()) {
    // Where the piece is written (after a URL's authority, inside quotes): position-shapes.ts.
    const own = stringForm(p);
    const after = parts[i + 1]?.consts ?? [];
    // A part with text of its own before its pieces (`-c '${dir}'`): the option before the part is not the one before the piece.
    const ownText = !!p.consts?.length && p.consts.every((c) => c.split(UNKNOWN_PART)[0].replace(/['"]/g, "") !== "");
    // A part that writes words of its own before its pieces in some alternative (`env ${pairs}`): its pieces do not start the command.
    const ownWords = !!p.consts?.some((c) => c.split(UNKNOWN_PART)[0].trim() !== "");
    const marks = complete && !taintFree(own) ? positionMarks(consts, after, leadingText(p)).filter((m) => !(ownText && m.startsWith(AFTER_FLAG)) && !(ownWords && m.startsWith(COMMAND_START))) : [];
    let placed = marks.length > 0 ? sanitize(own, marks) : own;
    // A parameter glued to a base (`${this.baseUrl}${path}`): whether it is path depends on what the call passes.
    if (marks.length > 0 && !marks.includes(URL_PATH) && placed.refs?.length && consts.every(slashWouldEndAuthority)) placed = markRefs(placed, URL_PATH_IF_SLASH_LED);
    taint = join(taint, placed);
    const pieces = p.consts?.length ? p.consts.map((c) => (p.prefix ? c + UNKNOWN_PART : c)) : [UNKNOWN_PART];
    // The empty text between two template holes (`${base}${path}`) is no known part.
    if (p.consts?.length && !isBlank(p)) known = true;
    const next: string[] = [];
    for (const a of consts) {
      for (const b of pieces) {
        if (next.length >= MAX_CONSTS) {
          complete = false;
          break;
        }
        const joined = a.endsWith(UNKNOWN_PART) && b.startsWith(UNKNOWN_PART) ? a + b.slice(1) : a + b;
        if (joined.length > MAX_CONST_LENGTH) complete = false;
        next.push(joined.slice(0, MAX_CONST_LENGTH));
      }
    }
    consts = [...new Set(next)];
  }
  // Only unknown parts: no constant to keep, but a parameter among two or more
  // parts is a piece of the string when the call fills it in.
  if (!known) {
    const filled = parts.filter((p) => !isEmpty(p) && !isBlank(p));
    if (filled.length < 2) return taint;
    return numberedParts(filled) ?? asPieces(taint, filled[0]);
  }
  // `${base}/path`: the references of an unknown first part fill the leading hole.
  const first = parts.find((p) => !(p.consts?.length === 1 && p.consts[0] === "" && !p.prefix));
  if (first && !first.consts?.length && first.refs?.length) taint = asPieces(taint, first);
  return withConsts(taint, consts);
}

/** The empty string and nothing else: `${a}${b}` holds it before, between and after its holes. */
function isBlank(v: Value): boolean {
  return v.consts?.length === 1 && v.consts[0] === "" && !v.prefix && isEmpty({ ...v, consts: undefined });
}

/**
 * The constant text every alternative of `v` starts with (up to its first
 * unknown part), or none when some alternative may start with unknown text:
 * what a piece's own data is written after.
 */
function leadingText(v: Value): string[] {
  if (!v.consts?.length) return [];
  const leads = v.consts.map((c) => c.split(UNKNOWN_PART)[0]);
  return leads.every((l) => l.length > 0) ? leads : [];
}

/**
 * `baseURL + apiPath` with only parameters in it: each reference keeps its
 * position (a part that is itself such a concatenation is flattened), so a
 * call can put its arguments together in order. Undefined when some part holds
 * other data (its place could not be kept).
 */
function numberedParts(filled: Value[]): Value | undefined {
  const refs: ParamRef[] = [];
  let next = 0;
  for (const p of filled) {
    const t = deepTaintShallow(p);
    if (t.atoms?.length || !t.refs?.length) return undefined;
    const nested = t.refs.every((r) => r.part !== undefined);
    const width = nested ? partsWidth(t.refs) : 1;
    for (const r of t.refs) refs.push({ ...r, piece: true, leads: undefined, part: next + (nested ? (r.part ?? 0) : 0) });
    next += width;
    // Long chains (`s = s + x` in a loop, `f(x) + f(x)` nested) keep no order.
    if (next > MAX_PARTS || refs.length > MAX_PARTS * 2) return undefined;
  }
  return { refs };
}

/** How many parts a concatenation of parameters keeps in order, at most. */
const MAX_PARTS = 6;

function partsWidth(refs: readonly ParamRef[]): number {
  let max = 0;
  for (const r of refs) if ((r.part ?? 0) > max) max = r.part ?? 0;
  return max + 1;
}

/** A string value with these constants; a trailing unknown part is what `prefix` says. */
function withConsts(v: Value, consts: string[], prefixOnly = false): Value {
  const prefix = prefixOnly || consts.some((c) => c.endsWith(UNKNOWN_PART));
  return compact({ ...v, consts: consts.map((c) => (c.endsWith(UNKNOWN_PART) ? c.slice(0, -1) : c)), prefix: prefix || undefined });
}

export function refersTo(v: Value, fnId: number, depth = 0): boolean {
  if (freeOfRefsTo(v, fnId)) return false;
  if (v.refs?.some((r) => r.fnId === fnId)) return true;
  if (depth > 4) return false;
  if (v.props) for (const p of v.props.values()) if (refersTo(p, fnId, depth + 1)) return true;
  return !!v.elems && refersTo(v.elems, fnId, depth + 1);
}

export function dropRefs(v: Value, fnId: number, depth = 0, memo: Map<Value, Value>[] = []): Value {
  if (freeOfRefsTo(v, fnId)) return v;
  return rememberedAt(memo, depth, v, () => {
    const props = v.props && depth < 5 ? keepOwnTextViews(v.props, new Map([...v.props].map(([k, p]) => [k, dropRefs(p, fnId, depth + 1, memo)] as const))) : v.props;
    return compact({ ...v, refs: v.refs?.filter((r) => r.fnId !== fnId), props, elems: v.elems && depth < 5 ? dropRefs(v.elems, fnId, depth + 1, memo) : v.elems });
  });
}

/** Whether `next` carries taint or functions that `prev` did not (deeply, bounded). */
export function learnedSomething(prev: Value, next: Value, depth = 0): boolean {
  if (prev === next) return false;
  if ((next.atoms?.length ?? 0) > (prev.atoms?.length ?? 0)) return true;
  if ((next.fns?.length ?? 0) > (prev.fns?.length ?? 0)) return true;
  if ((next.classes?.length ?? 0) > (prev.classes?.length ?? 0)) return true;
  if ((next.insts?.length ?? 0) > (prev.insts?.length ?? 0)) return true;
  // A module variable a setup function fills with a library client (`db = new pg.Client()`) after its readers ran.
  if ((next.apis?.length ?? 0) > (prev.apis?.length ?? 0)) return true;
  if (depth > 3) return false;
  for (const [k, v] of next.props ?? []) {
    const p = prev.props?.get(k);
    if (!p ? deepTaint(v).atoms?.length || v.fns?.length : learnedSomething(p, v, depth + 1)) return true;
  }
  if (next.elems && (!prev.elems ? deepTaint(next.elems).atoms?.length : learnedSomething(prev.elems, next.elems, depth + 1))) return true;
  return false;
}

/** How many factory call sites one instance key names at most (a factory calling a factory...). */
export const MAX_INSTANCE_SITES = 2;

/**
 * An instance key and the keys it was renamed from, most specific first: a
 * factory-made instance (`C@new\u0001call`) has its own fields for what
 * depends on the factory's arguments, and shares with every instance made at
 * that `new` what the factory set from constants or the environment.
 */
export function instanceLineage(inst: string): string[] {
  const out = [inst];
  for (let at = inst.lastIndexOf(INSTANCE_SITE); at > 0; at = inst.lastIndexOf(INSTANCE_SITE, at - 1)) out.push(inst.slice(0, at));
  // An allocation site itself (a value standing for every instance made there, see mergeInsts) also reads what they hold.
  if (out.length === 1) out.push(inst + FACTORY_MADE);
  return out;
}

/** `v` with the instances of `renamed` replaced (nested properties and elements too, a few levels deep). */
export function renameInstances(v: Value, renamed: ReadonlyMap<string, string>, depth = 0, memo = new Map<Value, Value>()): Value {
  if (depth > 4 || (!v.insts && !v.props && !v.elems)) return v;
  const known = memo.get(v);
  if (known) return known;
  let props = v.props;
  if (v.props) {
    let next: Map<string, Value> | undefined;
    for (const [k, p] of v.props) {
      const q = renameInstances(p, renamed, depth + 1, memo);
      if (q !== p) (next ??= new Map(v.props)).set(k, q);
    }
    props = next ?? v.props;
  }
  const elems = v.elems ? renameInstances(v.elems, renamed, depth + 1, memo) : undefined;
  const insts = v.insts?.some((i) => renamed.has(i)) ? [...new Set(v.insts.map((i) => renamed.get(i) ?? i))] : v.insts;
  const out = insts === v.insts && props === v.props && elems === v.elems ? v : compact({ ...v, insts, props, elems });
  memo.set(v, out);
  return out;
}

/** The instance and field of a summary's write to `<instance>#<field>`, for an instance it allocated (see renameInstances). */
export function instanceFieldOf(key: string, renamed: ReadonlyMap<string, string>): { inst: string; field: string } | undefined {
  for (const [from, to] of renamed) {
    if (key.length > from.length + 1 && key.startsWith(from) && key[from.length] === "#") return { inst: to, field: key.slice(from.length + 1) };
  }
  return undefined;
}
