// Calls of the package's own functions: one summary per first-order function
// (parameters symbolic, instantiated at each call), higher-order functions
// inline at the call site, and function-level sinks (returns, escaping throws).
import { locationOf } from "../parse/ast.js";
import { type ModuleState, patternIdentifiers } from "./modules.js";
import { Frame } from "./scope.js";
import type { Location } from "../types.js";
import type { FunctionNode, FunctionSink } from "./spec.js";
import {
  type Closure,
  compact,
  deepTaint,
  EMPTY,
  extendPath,
  hasTaint,
  INSTANCE_SITE,
  isEmpty,
  join,
  joinAll,
  pathSteps,
  taintFree,
  type Value,
  withStep,
} from "./values.js";
import { type Effect, type Node, MAX_SUMMARY_DEPTH, MAX_INLINE_DEPTH, MAX_SPLIT_RECEIVERS, type PendingSink, type FnInfo, Ctx, VarState } from "./context.js";
import { paramRef, paramName, describeParam, instantiate, newInstantiateMemo, renameInstances, instanceFieldOf, MAX_INSTANCE_SITES } from "./value-ops.js";
import { atomToFlow } from "./hit-results.js";
import { LibraryCallEvaluator } from "./library-calls.js";

export abstract class FunctionEvaluator extends LibraryCallEvaluator {
  protected callClosure(c: Closure, thisArg: Value | undefined, args: Value[], node: Node | undefined, caller: Ctx | undefined, depth: number, _argNodes?: Node[]): Value {
    if (c.native) return c.native(args);
    if (this.outOfTime()) return EMPTY;
    const info = this.infoOf(c.fn, c.module);
    info.scope ??= c.scope;
    if (caller) this.noteCallee(caller, c.fn);
    const thisValue = thisArg && !isEmpty(thisArg) ? thisArg : c.classKey ? { classes: [c.classKey] } : EMPTY;
    // The step goes on the path of data passed in; with none, it would be built for nothing.
    const carriesData = args.some((a) => !taintFree(a)) || !taintFree(thisValue);
    const callStep = node && caller && carriesData ? this.step(node, caller, `passed to ${info.name === "anonymous function" ? "a callback" : info.name + "()"}`) : undefined;
    // A higher-order function is evaluated with the actual arguments at each call
    // site, but not again inside itself: a recursive walker (`walk(node, visit)`
    // calling itself for each child) would otherwise multiply per level. Its
    // outer evaluation already hands the actual callbacks the data; the recursive
    // calls use the summary.
    if (caller && (this.isHigherOrder(info) || this.summaryStack.includes(c.fn)) && !this.inlineStack.includes(c.fn) && depth <= MAX_INLINE_DEPTH && caller.depth < MAX_INLINE_DEPTH) {
      // Evaluate with the actual arguments at this call site.
      if (this.summaryStack.includes(c.fn)) {
        this.recursiveFns.add(c.fn);
        return this.summaries.get(c.fn)?.ret ?? EMPTY;
      }
      this.inlineStack.push(c.fn);
      let r: ReturnType<FunctionEvaluator["evaluateFunction"]>;
      try {
        r = this.evaluateFunction(c, info, thisValue, args.map((a) => (callStep ? withStep(a, callStep) : a)), false, caller.depth + 1, handedIn(args, caller));
      } finally {
        this.inlineStack.pop();
      }
      for (const p of r.pending) this.addPending(p, caller);
      for (const eff of r.effects) this.writeEffect(eff, eff.value, thisValue, caller);
      caller.addThrow(r.throws);
      return r.ret;
    }
    let summary = this.summaries.get(c.fn);
    if (!summary) {
      if (this.summaryStack.length >= MAX_SUMMARY_DEPTH) {
        this.noteIncomplete(c.module.module.path, "call chain deeper than the summary bound");
        return joinAll(args.map((a) => deepTaint(a)));
      }
      summary = { ret: EMPTY, throws: EMPTY, pending: [], effects: [], done: false };
      this.summaries.set(c.fn, summary);
      this.summaryStack.push(c.fn);
      try {
        // The summary serves every receiver: not the first caller's instance (its fields come through the reference).
        const symbolicThis: Value = join(thisValue.classes?.length ? compact({ ...thisValue, insts: undefined }) : { classes: [this.classKeyOfFunction(c)] }, { refs: [paramRef(info.id, -1, c.fn, c.module, "this")] });
        const params = c.fn.params.map((p, i) => ({ refs: [paramRef(info.id, i, c.fn, c.module, paramName(p, i))] }) as Value);
        const r = this.evaluateFunction(c, info, symbolicThis, params, true, 0);
        summary.ret = r.ret;
        summary.throws = r.throws;
        summary.pending = r.pending;
        summary.effects = r.effects;
        if (r.allocs?.size) summary.allocs = r.allocs;
        summary.done = true;
      } finally {
        this.summaryStack.pop();
      }
    }
    if (!caller) return EMPTY;
    // Fields are per instance: a method called on one of several instances (`client` is the one built from
    // the environment or the one a tool built) runs on each with that instance's own fields, so one
    // instance's key never meets another's base URL. Bounded: past a few instances, their fields are joined.
    const insts = thisValue.insts;
    if (insts && insts.length > 1 && insts.length <= MAX_SPLIT_RECEIVERS) {
      let out: Value = EMPTY;
      for (const i of insts) out = join(out, this.callClosure(c, { ...thisValue, insts: [i] }, args, node, caller, depth, _argNodes));
      return out;
    }
    const actualThis = this.thisWithFields(thisValue);
    const memo = newInstantiateMemo();
    // A factory's instances are this call's own: `make(a)` and `make(b)` return two clients, not one.
    const own = summary.allocs && node ? this.instancesAtCall(summary.allocs, node, caller) : undefined;
    const inst = own ? (v: Value) => renameInstances(instantiate(v, info.id, args, actualThis, callStep, 0, memo), own) : (v: Value) => instantiate(v, info.id, args, actualThis, callStep, 0, memo);
    for (const eff of summary.effects) {
      if (this.outOfTime()) break;
      const field = own && typeof eff.key === "string" && eff.field === undefined ? instanceFieldOf(eff.key, own) : undefined;
      if (field) this.writeInstanceField(field.inst, field.field, inst(eff.value), caller);
      else this.writeEffect(eff, inst(eff.value), thisValue, caller);
    }
    // The call's own field writes come first: a constructor that sets `this.baseUrl = baseUrl` and then
    // sends to `${this.baseUrl}/api` reads its receiver after those writes, not before.
    const after = this.thisWithFields(thisValue);
    const memoAfter = newInstantiateMemo();
    const instAfter = after === actualThis ? inst : own ? (v: Value) => renameInstances(instantiate(v, info.id, args, after, callStep, 0, memoAfter), own) : (v: Value) => instantiate(v, info.id, args, after, callStep, 0, memoAfter);
    for (const p of summary.pending) {
      if (this.outOfTime()) break;
      this.instantiatedSinks.add(p);
      for (const o of p.origins ?? []) this.instantiatedSinks.add(o);
      this.addPending({ ...p, origins: undefined, value: instAfter(p.value), destination: p.destination ? instAfter(p.destination) : undefined, requires: p.requires ? { base: instAfter(p.requires.base), members: p.requires.members } : undefined }, caller);
    }
    if (!isEmpty(summary.throws)) caller.addThrow(instAfter(summary.throws));
    const ret = instAfter(summary.ret);
    const out = hasTaint(ret) && node ? withStep(ret, this.step(node, caller, `returned from ${info.name === "anonymous function" ? "a callback" : info.name + "()"}`)) : ret;
    // A helper returning `https.request(url)`: the request still knows where it goes.
    const origin = this.originArgs.get(summary.ret);
    if (origin) this.originArgs.set(out, origin.map(instAfter));
    return out;
  }

  /**
   * The instances a factory's summary allocated, renamed for one call site
   * (`<instance>\u0001<call site>`; see instanceLineage). Nested factories
   * rename again, at most MAX_INSTANCE_SITES deep; the caller, if it is a
   * summary too, counts them as its own.
   */
  private instancesAtCall(allocs: ReadonlySet<string>, node: Node, caller: Ctx): Map<string, string> {
    const site = `${caller.module.module.path}:${node.range[0]}`;
    const out = new Map<string, string>();
    for (const k of allocs) {
      const renamed = k.split(INSTANCE_SITE).length > MAX_INSTANCE_SITES ? k : `${k}${INSTANCE_SITE}${site}`;
      out.set(k, renamed);
      if (caller.summary && renamed !== k) (caller.allocs ??= new Set()).add(renamed);
    }
    return out;
  }

  protected evaluateFunction(c: Closure, info: FnInfo, thisValue: Value, args: Value[], summary: boolean, depth: number, handed?: Ctx["handedIn"]): { ret: Value; throws: Value; pending: PendingSink[]; effects: Effect[]; allocs?: Set<string> } {
    info.evaluated = true;
    const frame = new Frame(this.nextId++);
    const parentScope = c.scope;
    const scope = this.scopeFor(c.fn, parentScope, frame);
    const ctx = new Ctx(c.module, frame, scope, info, c.fn.type === "ArrowFunctionExpression" ? thisValue : thisValue, summary, depth);
    if (handed) ctx.handedIn = handed;
    frame.state = new VarState(undefined, 0);
    // Parameters, then hoisted declarations.
    const sources = this.functionSources.get(c.fn);
    c.fn.params.forEach((p) => {
      for (const id of patternIdentifiers(p)) scope.declare(this.binding(id, id.name, "param", false));
    });
    if (c.fn.type !== "ArrowFunctionExpression" && c.fn.id && c.fn.type === "FunctionExpression") {
      scope.declare(this.binding(c.fn.id, c.fn.id.name, "function", false));
    }
    if (c.fn.body.type === "BlockStatement") this.hoist(c.fn.body.body, scope, scope, c.module, false);
    for (const b of scope.names.values()) this.declareLocal(ctx, b);
    if (c.fn.type === "FunctionExpression" && c.fn.id) {
      const b = scope.names.get(c.fn.id.name);
      if (b) this.writeVar(b, { fns: [c] }, ctx);
    }
    this.writeCell(`arguments#${info.id}`, { elems: joinAll(args) }, false);
    c.fn.params.forEach((p, i) => {
      let v = p.type === "RestElement" ? { elems: joinAll(args.slice(i)) } : (args[i] ?? EMPTY);
      for (const s of sources ?? []) {
        if (s.params === "all" || s.params.includes(i)) {
          const label = this.label(s.kind, s.name, p, c.module.module, s.envelope);
          v = join(v, { atoms: [{ label, path: extendPath(undefined, { location: label.location, label: `${s.name}: ${describeParam(p)}` }), sanitized: [], guards: [] }], ...(s.api ? { apis: [s.api] } : {}) });
        }
      }
      this.bindPattern(p, v, ctx, undefined);
    });
    if (c.fn.body.type === "BlockStatement") this.evalStatements(c.fn.body.body, ctx);
    else this.addReturn(c.fn.body, this.evalExpr(c.fn.body, ctx), ctx);
    this.finishClosures(ctx);
    const throws = ctx.throwStack[0];
    this.functionResults(c.fn, c.module, ctx, throws);
    if (!this.budgetHit) info.complete = true;
    // The evaluation's local variables are never read again.
    frame.state = undefined;
    return { ret: ctx.ret, throws, pending: ctx.pending, effects: ctx.effects, allocs: ctx.allocs };
  }

  /** Closures created here but never called: evaluate them once so their insides are seen. */
  protected finishClosures(_ctx: Ctx): void {
    // Handled by evaluateUnreachedFunctions after each round (needs only the defining scope).
  }

  /** Function-level sinks: what a tool handler returns or lets escape. */
  protected functionResults(fn: FunctionNode, st: ModuleState, ctx: Ctx, throws: Value): void {
    const sinks = this.functionSinks.get(fn);
    const throwAtoms = deepTaint(throws).atoms ?? [];
    if (throwAtoms.length) {
      const list = this.escaping.get(fn) ?? [];
      for (const a of throwAtoms) if (!list.some((f) => f.label.id === a.label.id)) list.push(atomToFlow(a, locationOf(st.module.path, fn), "escapes the function"));
      this.escaping.set(fn, list);
    }
    if (!sinks) return;
    for (const s of sinks) {
      if (s.what === "return") {
        for (const site of ctx.returnSites) {
          const v = deepTaint(site.value, true);
          if (!v.atoms?.length) continue;
          this.emitHit({ match: { kind: s.kind, callee: `the result of ${partNameAt(s, site.node) ?? s.name}`, argument: "ReturnValue" }, node: site.node, module: st.module, location: locationOf(st.module.path, site.node), value: v });
        }
      } else if (throwAtoms.length) {
        // Located at the throw: the first step of each path that says "thrown".
        for (const a of throwAtoms) {
          const steps = pathSteps(a.path);
          const thrownAt = [...steps].reverse().find((x) => x.label === "thrown")?.location ?? locationOf(st.module.path, fn);
          this.emitHit({ match: { kind: s.kind, callee: `an error escaping ${(thrownAt.file === st.module.path ? partNameThrownAt(s, thrownAt) : undefined) ?? s.name}`, argument: "Throw" }, node: fn, module: st.module, location: thrownAt, value: { atoms: [a] } });
        }
      }
    }
  }
}

/**
 * The functions and library APIs a call hands a higher-order helper as values:
 * an argument itself, or a member of an options object (`run({ task })`).
 * Undefined when it hands none.
 */
function handedIn(args: readonly Value[], by: Ctx): Ctx["handedIn"] {
  const fns = new Set<FunctionNode>();
  const apis = new Set<string>();
  const add = (v: Value | undefined) => {
    for (const c of v?.fns ?? []) fns.add(c.fn);
    for (const a of v?.apis ?? []) apis.add(a);
  };
  for (const a of args) {
    add(a);
    for (const p of a.props?.values() ?? []) add(p);
  }
  return fns.size > 0 || apis.size > 0 ? { fns, apis, by } : undefined;
}

/** The names of the sink's parts a node lies in (a return in one tool's `case`), joined; undefined when it lies in none. */
function partNameAt(sink: FunctionSink, node: Node): string | undefined {
  const names = (sink.parts ?? []).filter((p) => p.range[0] <= node.range[0] && node.range[1] <= p.range[1]).map((p) => p.name);
  return names.length > 0 ? [...new Set(names)].join(" | ") : undefined;
}

/** The same, for where an error is thrown (a line and column: a path step's location). */
function partNameThrownAt(sink: FunctionSink, at: Location): string | undefined {
  const col = at.column - 1;
  const inside = (p: NonNullable<FunctionSink["parts"]>[number]) =>
    (at.line > p.lines.start.line || (at.line === p.lines.start.line && col >= p.lines.start.column)) && (at.line < p.lines.end.line || (at.line === p.lines.end.line && col < p.lines.end.column));
  const names = (sink.parts ?? []).filter(inside).map((p) => p.name);
  return names.length > 0 ? [...new Set(names)].join(" | ") : undefined;
}
