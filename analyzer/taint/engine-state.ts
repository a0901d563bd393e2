// The interpreter's state and its bookkeeping: cells (shared state, one union
// per program), bindings and scopes, flow-sensitive local variables and how
// branches join them, labels, function records, and the work bound.
// The evaluation itself is layered on top, one job per file:
// module-eval.ts, statements.ts, members.ts, expressions.ts, library-calls.ts,
// functions.ts, calls.ts, and engine.ts (the driver).
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName } from "../parse/ast.js";
import type { Program } from "../program/index.js";
import type { FlowStep, ParsedModule } from "../types.js";
import { ModelIndex } from "./models.js";
import { newModuleState, type ModuleState, patternIdentifiers } from "./modules.js";
import { type Binding, Frame, Scope } from "./scope.js";
import { callerChosenKind } from "./value-ops.js";
import type { CallTargets, EngineInput, Flow, FunctionNode, FunctionSink, FunctionSource, Label, SinkHit } from "./spec.js";
import {
  UNKNOWN_PART,
  type Atom,
  type Closure,
  either,
  EMPTY,
  FACTORY_MADE,
  INSTANCE_SITE,
  instanceRoot,
  isEmpty,
  join,
  sameValue,
  taintOnly,
  type Value,
} from "./values.js";
import type { Budget } from "../budget.js";
import { type DependencySpan, dependencySpans, inSpans } from "../parse/bundled-modules.js";
import { type Node, BUDGET_CHECK_EVERY, CLOCK_CHECK_EVERY_CALLS, DEFAULT_WORK_BUDGET, type Summary, type FnInfo, Ctx, VarState } from "./context.js";
import { refersTo, dropRefs, learnedSomething, instanceLineage, anyElement } from "./value-ops.js";
import { callsOwnParameter, importedName, namesUsedInNestedFunctions } from "./syntax.js";

/** One declaration a body makes when it is entered (see hoist). */
interface HoistOp {
  binding: Binding;
  /** A `var`: declared in the function's scope rather than the block's. */
  toVarScope?: boolean;
  /** A function declaration: its name is bound to the function on entry. */
  fn?: TSESTree.FunctionDeclaration;
}

export abstract class EngineState {
  readonly models: ModelIndex;
  protected readonly modules = new Map<ParsedModule, ModuleState>();
  protected readonly cells = new Map<unknown, Value>();
  protected readonly cellRead = new Set<unknown>();
  protected cellsGrewAfterRead = false;
  protected readonly bindings = new Map<Node, Binding>();
  protected readonly fnInfo = new Map<Node, FnInfo>();
  /** The same, by FnInfo id: the function a parameter reference belongs to (see callersCanBind). */
  protected readonly fnInfoById = new Map<number, FnInfo>();
  protected readonly summaries = new Map<FunctionNode, Summary>();
  /**
   * Generators that hold a down-levelled async function's body (`__awaiter(this, …, function* () {…})`):
   * their `yield` is an `await`, whose value is what it waits for, and what they yield is no result.
   */
  protected readonly asyncBodies = new WeakSet<FunctionNode>();
  protected readonly summaryStack: FunctionNode[] = [];
  /** Higher-order functions being evaluated at a call site (see callClosure). */
  protected readonly inlineStack: FunctionNode[] = [];
  protected readonly labels = new Map<string, Label>();
  private readonly labelsByNode = new Map<Node, Label[]>();
  protected readonly hitsByKey = new Map<string, SinkHit>();
  /** Sink calls that carry no labelled data but name their destination (see quietHit). */
  protected readonly quietHitsByKey = new Map<string, SinkHit>();
  /**
   * The constant text each function hands a sink's destination, by sink kind:
   * at the sink call itself, and where a caller fills in a helper's parameter
   * (`run("DELETE …")` into `run(sql) { db.query(sql) }` is the caller's text).
   * A function with an entry evaluated such a sink, with or without a constant.
   */
  readonly sinkTextsByFn = new Map<Node, Map<string, Set<string>>>();
  protected readonly functionSources = new Map<Node, FunctionSource[]>();
  protected readonly functionSinks = new Map<Node, FunctionSink[]>();
  readonly apisByFn = new Map<FunctionNode, Set<string>>();
  readonly calleesByFn = new Map<FunctionNode, Set<FunctionNode>>();
  /**
   * What each call expression was seen to call: functions of the package,
   * library APIs, or code the engine cannot see into (`opaque`). A rule asks
   * what a call in a try block can throw.
   */
  readonly targetsByCall = new Map<Node, CallTargets & { fns: Set<FunctionNode>; apis: Set<string> }>();
  readonly escaping = new Map<FunctionNode, Flow[]>();
  protected readonly methodsByName = new Map<string, FnInfo[]>();
  /** By `<class>#<name>`: a class's own instance methods, from its body (filled with methodsByName). */
  protected readonly methodsByClass = new Map<string, FnInfo>();
  /** By the key a method gets as a plain function (`fnclass#<id>`): the class whose body declares it. */
  protected readonly declaringClass = new Map<string, string>();
  readonly incomplete: { file: string; reason: string }[] = [];
  /** Where MAX_PENDING_SINKS was reached, by function (or module, for top-level code): said once, with the tools it touches (see Engine.reportPendingBound). */
  protected readonly pendingFullIn = new Map<Node, { name: string; file: string; line: number; fn?: FunctionNode }>();
  protected work = 0;
  protected budgetHit = false;
  protected nextId = 1;
  protected readonly sanitizingCalls: EngineInput["sanitizingCalls"];

  constructor(
    readonly program: Program,
    input: EngineInput,
    private readonly workBudget = DEFAULT_WORK_BUDGET,
    /** The scan's time and memory, looked at every BUDGET_CHECK_EVERY steps. */
    protected readonly budget?: Budget,
  ) {
    this.models = new ModelIndex(input.models);
    this.sanitizingCalls = input.sanitizingCalls;
    for (const s of input.functionSources ?? []) this.functionSources.set(s.fn, [...(this.functionSources.get(s.fn) ?? []), s]);
    for (const s of input.functionSinks ?? []) this.functionSinks.set(s.fn, [...(this.functionSinks.get(s.fn) ?? []), s]);
    program.modules.forEach((m, i) => this.modules.set(m, newModuleState(i, m)));
  }

  /** How many rounds the last run took (for benchmarks and tests). */
  rounds = 0;
  protected readonly functionsOfModule = new Map<ModuleState, FunctionNode[]>();
  protected methodIndexBuilt = false;
  protected readonly owners = new Map<Binding, Node | undefined>();

  /** Evaluation steps taken so far (for benchmarks and debugging). */
  get workDone(): number {
    return this.work;
  }

  protected tick(): boolean {
    if (this.budgetHit) return false;
    if (++this.work > this.workBudget) {
      this.stopAt(`the work bound of ${this.workBudget} steps`);
      return false;
    }
    if (this.budget && (this.work & (BUDGET_CHECK_EVERY - 1)) === 0) {
      const stop = this.budget.spent();
      if (stop) {
        this.stopAt(this.budget.describe(stop));
        return false;
      }
    }
    return true;
  }

  /** Asks of `outOfTime` so far: the first and every CLOCK_CHECK_EVERY_CALLS-th after it look at the clock. */
  private timeAsks = 0;

  /**
   * Whether the engine must stop now, by the clock: asked on every call of a
   * package function, since one call can cost far more than a step (a summary
   * instantiated with a large argument), and steps alone let a 13 s share run
   * to 46 s on a 7 MB bundle. The clock itself is looked at every
   * CLOCK_CHECK_EVERY_CALLS asks: a count decides, so the looks do not depend
   * on the machine's load.
   */
  protected outOfTime(): boolean {
    if (this.budgetHit) return true;
    // The first ask looks too: an engine started past its deadline stops at once.
    if ((this.timeAsks++ & (CLOCK_CHECK_EVERY_CALLS - 1)) !== 0) return false;
    if (this.budget?.pastDeadline()) {
      this.stopAt(this.budget.describe(this.budget.spent() ?? "time"));
      return true;
    }
    return false;
  }

  /** What stopped the engine, in words ("the CPU time budget of 45 s"); undefined while it runs. */
  stoppedBy: string | undefined;

  private stopAt(why: string): void {
    this.budgetHit = true;
    this.stoppedBy = why;
  }

  protected stateOf(module: ParsedModule): ModuleState {
    return this.modules.get(module)!;
  }

  protected binding(node: Node, name: string, kind: Binding["kind"], moduleLevel: boolean, extra: Partial<Binding> = {}): Binding {
    let b = this.bindings.get(node);
    if (!b) {
      b = { name, node, kind, moduleLevel, ...extra };
      this.bindings.set(node, b);
    }
    return b;
  }

  /**
   * Declares `var`s and function declarations of a function body (and lexical
   * names of the block itself). What a body declares depends only on its code,
   * so it is worked out once per body (`key`) and replayed at each evaluation.
   */
  protected hoist(body: readonly Node[], scope: Scope, fnScope: Scope | undefined, st: ModuleState, moduleLevel: boolean, key: object = body): void {
    let plan = this.hoistPlans.get(key);
    if (!plan) {
      plan = this.hoistPlan(body, moduleLevel);
      this.hoistPlans.set(key, plan);
    }
    const varScope = fnScope ?? scope;
    for (const op of plan) {
      if (op.fn) {
        const b = scope.declare(op.binding);
        const info = this.infoOf(op.fn, st);
        info.scope ??= scope;
        this.writeCell(b, { fns: [{ fn: op.fn, module: st, scope }] }, false);
      } else (op.toVarScope ? varScope : scope).declare(op.binding);
    }
  }

  private readonly hoistPlans = new WeakMap<object, HoistOp[]>();

  private hoistPlan(body: readonly Node[], moduleLevel: boolean): HoistOp[] {
    const plan: HoistOp[] = [];
    const visit = (n: Node, top: boolean) => {
      switch (n.type) {
        case "VariableDeclaration":
          for (const d of n.declarations) {
            for (const id of patternIdentifiers(d.id)) {
              if (n.kind !== "var" && !top) continue;
              plan.push({ toVarScope: n.kind === "var", binding: this.binding(id, id.name, n.kind === "var" ? "var" : n.kind === "const" ? "const" : "let", moduleLevel, { init: d.id.type === "Identifier" && d.init ? d.init : undefined, ...destructuredFrom(d, id) }) });
            }
          }
          return;
        case "FunctionDeclaration":
          if (n.id && top) plan.push({ binding: this.binding(n.id, n.id.name, "function", moduleLevel), fn: n });
          return;
        case "ClassDeclaration":
          if (n.id && top) plan.push({ binding: this.binding(n.id, n.id.name, "class", moduleLevel) });
          return;
        case "TSEnumDeclaration":
          if (top) plan.push({ binding: this.binding(n.id, n.id.name, "const", moduleLevel) });
          return;
        case "ImportDeclaration":
          for (const s of n.specifiers) {
            const imported = s.type === "ImportDefaultSpecifier" ? "default" : s.type === "ImportNamespaceSpecifier" ? "*" : importedName(s.imported);
            plan.push({ binding: this.binding(s.local, s.local.name, "import", true, { importFrom: { specifier: String(n.source.value), imported } }) });
          }
          return;
        case "ExportNamedDeclaration":
        case "ExportDefaultDeclaration":
          if (n.declaration) visit(n.declaration, top);
          return;
        case "IfStatement":
          visit(n.consequent, false);
          if (n.alternate) visit(n.alternate, false);
          return;
        case "BlockStatement":
        case "StaticBlock":
          for (const s of n.body) visit(s, false);
          return;
        case "ForStatement":
          if (n.init) visit(n.init, false);
          visit(n.body, false);
          return;
        case "ForInStatement":
        case "ForOfStatement":
          visit(n.left, false);
          visit(n.body, false);
          return;
        case "WhileStatement":
        case "DoWhileStatement":
        case "LabeledStatement":
          visit(n.body, false);
          return;
        case "TryStatement":
          visit(n.block, false);
          if (n.handler) visit(n.handler.body, false);
          if (n.finalizer) visit(n.finalizer, false);
          return;
        case "SwitchStatement":
          for (const c of n.cases) for (const s of c.consequent) visit(s, false);
          return;
        default:
          return;
      }
    };
    for (const s of body) visit(s, true);
    return plan;
  }

  protected scopeFor(node: Node, parent: Scope, frame: Frame | undefined): Scope {
    // Scopes are per evaluation only in their parent link; bindings are shared by node.
    return new Scope(parent, frame);
  }

  protected readCell(key: unknown): Value {
    this.cellRead.add(key);
    return this.cells.get(key) ?? EMPTY;
  }

  /**
   * Writes shared state. Given the writing function's context, a value that
   * depends on that function's own parameters is kept as an effect of its
   * summary and written, instantiated, at each call.
   */
  /** Returns whether the cell changed. */
  protected writeCell(key: unknown, v: Value, markGrowth = true, ctx?: Ctx, field?: string): boolean {
    if (ctx?.summary && ctx.fn && refersTo(v, ctx.fn.id)) {
      ctx.addEffect(key, v, field);
      v = dropRefs(v, ctx.fn.id);
    }
    if (isEmpty(v)) return false;
    const prev = this.cells.get(key) ?? EMPTY;
    const next = join(prev, v);
    if (next === prev || sameValue(prev, next)) return false;
    this.cells.set(key, next);
    // Another round is worth it only when what was read missed data or callees.
    if (markGrowth && this.cellRead.has(key) && learnedSomething(prev, next)) this.cellsGrewAfterRead = true;
    return true;
  }

  /** Fields written per instance, by instance key; and by class, the fields some instance of it has. */
  protected readonly instanceFields = new Map<string, Set<string>>();
  /** By `<class>#<field>`: the instances that set the field themselves (at most a few). */
  protected readonly instancesWithField = new Map<string, Set<string>>();

  /** Every field name some instance set itself: reads of other names skip the per-instance cells. */
  protected readonly instanceFieldNames = new Set<string>();
  /** Names read before any instance set them (another round then reads them again). */
  protected readonly fieldNamesReadEarly = new Set<string>();

  private noteInstanceField(owner: string, field: string): void {
    if (!this.instanceFieldNames.has(field)) {
      this.instanceFieldNames.add(field);
      if (this.fieldNamesReadEarly.has(field) || this.fieldNamesReadEarly.size >= 4096) this.cellsGrewAfterRead = true;
    }
    let set = this.instanceFields.get(owner);
    if (!set) {
      set = new Set();
      this.instanceFields.set(owner, set);
    }
    if (set.size < 64) set.add(field);
  }

  /**
   * `this.<field> = v`. With the instance known (an evaluation with an actual
   * receiver, or a summary's effect applied at a call on one), the value goes
   * to that instance's cell and to the class's all-instances cell; with only
   * the class known, to the class cell, and a part that depends on the
   * function's parameters becomes an effect applied per call (see writeEffect).
   */
  protected writeThisField(thisValue: Value, field: string, v: Value, ctx: Ctx | undefined): void {
    if (thisValue.insts?.length) {
      for (const inst of thisValue.insts) this.writeInstanceField(inst, field, v, ctx);
      for (const cls of thisValue.classes ?? []) {
        this.noteInstanceField(cls, field);
        if (this.writeCell(`${cls}#*inst#${field}`, v, true, ctx)) this.fieldWrites++;
        const owners = this.instancesWithField.get(`${cls}#${field}`) ?? new Set<string>();
        this.instancesWithField.set(`${cls}#${field}`, owners);
        for (const inst of thisValue.insts) if (owners.size < 8) owners.add(inst);
      }
      return;
    }
    for (const cls of thisValue.classes ?? []) {
      this.noteInstanceField(`${cls}#class`, field);
      if (this.writeCell(`${cls}#${field}`, v, true, ctx, field)) this.fieldWrites++;
    }
  }

  /** `<instance>#<field>` alone (the class's all-instances cell is written by the caller). */
  protected writeInstanceField(inst: string, field: string, v: Value, ctx: Ctx | undefined): void {
    this.noteInstanceField(inst, field);
    if (this.writeCell(`${inst}#${field}`, v, true, ctx)) this.fieldWrites++;
    // A factory-made instance: its allocation site, standing for all of them, holds it too (see mergeInsts).
    if (inst.includes(INSTANCE_SITE)) this.writeInstanceField(instanceRoot(inst) + FACTORY_MADE, field, v, ctx);
  }

  /** A summary's write applied at a call: a field of `this` goes to the receiver's own instance when known. */
  protected writeEffect(eff: { key: unknown; value: Value; field?: string }, value: Value, thisValue: Value, caller: Ctx): void {
    if (eff.field !== undefined && thisValue.insts?.length) this.writeThisField(thisValue, eff.field, value, caller);
    else if (this.writeCell(eff.key, value, true, caller, eff.field) && eff.field !== undefined) this.fieldWrites++;
  }

  /**
   * The receiver of a call as a summary's `this` references see it: with the
   * fields of its instances (or, for an instance of unknown origin, of every
   * instance of its classes) as properties. A summary's own `this` (a
   * reference to the caller's parameter) stays symbolic.
   */
  /** Counts changes of field cells (a receiver filled with its fields stays good until the next one; a write that adds nothing keeps it). */
  private fieldWrites = 0;
  private readonly filledReceivers = new WeakMap<Value, { writes: number; shared: boolean; value: Value }>();

  protected thisWithFields(thisValue: Value, withShared = false): Value {
    if (!thisValue.classes?.length || thisValue.refs?.some((r) => r.index === -1 && r.access.length === 0)) return thisValue;
    const known = this.filledReceivers.get(thisValue);
    if (known && known.writes === this.fieldWrites && known.shared === withShared) return known.value;
    const value = this.fillReceiver(thisValue, withShared);
    this.filledReceivers.set(thisValue, { writes: this.fieldWrites, shared: withShared, value });
    return value;
  }

  private fillReceiver(thisValue: Value, withShared: boolean): Value {
    const classes = thisValue.classes ?? [];
    const owners = thisValue.insts?.length ? thisValue.insts : classes;
    const suffix = thisValue.insts?.length ? "" : "#*inst";
    let props: Map<string, Value> | undefined;
    const add = (f: string, v: Value) => {
      if (isEmpty(v)) return;
      props ??= new Map(thisValue.props ?? []);
      const prev = props.get(f);
      props.set(f, prev ? join(prev, v) : v);
    };
    for (const owner of owners) {
      if (suffix) for (const f of this.instanceFields.get(owner) ?? []) add(f, this.readCell(`${owner}${suffix}#${f}`));
      else for (const key of instanceLineage(owner)) for (const f of this.instanceFields.get(key) ?? []) add(f, this.readCell(`${key}#${f}`));
    }
    // Fields every instance shares (set from constants or the environment): data, not methods.
    // A summary reads those itself; only a value serialized whole needs them as properties.
    if (withShared) for (const cls of classes) for (const f of this.instanceFields.get(`${cls}#class`) ?? []) add(f, taintOnly(this.readCell(`${cls}#${f}`)));
    return props ? { ...thisValue, props } : thisValue;
  }

  /** An instance with the data of its fields as properties: what serializing it whole shows. */
  instanceData(v: Value): Value {
    return v.classes?.length ? this.thisWithFields(v, true) : v;
  }

  protected stateOfFrame(frame: Frame): VarState {
    let s = frame.state;
    if (!s) {
      s = new VarState(undefined, 0);
      frame.state = s;
    }
    return s;
  }

  protected lookup(name: string, ctx: Ctx): Binding | undefined {
    return ctx.scope.lookup(name)?.binding;
  }

  /** Values of local bindings (the current function's, or the module's for top-level code) are flow-sensitive. */
  protected isLocal(b: Binding, ctx: Ctx): boolean {
    return this.ownerOf(b) === (ctx.fn ? ctx.fn.node : ctx.module.module.ast);
  }

  protected ownerOf(b: Binding): Node | undefined {
    return this.owners.get(b);
  }

  protected declareLocal(ctx: Ctx, b: Binding): void {
    if (b.importFrom) return;
    this.owners.set(b, ctx.fn ? ctx.fn.node : ctx.module.module.ast);
  }

  protected readVar(b: Binding, ctx: Ctx): Value {
    if (b.importFrom) return this.importValue(ctx.module, b.importFrom.specifier, b.importFrom.imported);
    if (this.isLocal(b, ctx)) {
      const v = this.stateOfFrame(ctx.frame).get(b);
      if (v !== undefined) return v;
    }
    return this.readCell(b);
  }

  protected writeVar(b: Binding, v: Value, ctx: Ctx, strong = true): void {
    if (this.isLocal(b, ctx)) {
      const state = this.stateOfFrame(ctx.frame);
      const prev = strong ? undefined : state.get(b);
      state.own.set(b, prev === undefined ? v : join(prev, v));
      // A function's local that none of its closures names is read only from the frame.
      if (ctx.fn && this.namesInClosures(ctx.fn)?.has(b.name) === false) return;
    }
    // Every other write also reaches the cell, so closures and other functions see it.
    this.writeCell(b, v);
  }

  /** Undefined when the function is too large to look through (every local then also goes to its cell). */
  protected namesInClosures(info: FnInfo): ReadonlySet<string> | undefined {
    if (info.namesInClosures === undefined) info.namesInClosures = namesUsedInNestedFunctions(info.node) ?? null;
    return info.namesInClosures ?? undefined;
  }

  protected fork(ctx: Ctx): VarState {
    const cur = this.stateOfFrame(ctx.frame);
    const child = new VarState(cur, cur.depth + 1);
    ctx.frame.state = child;
    return cur;
  }

  /** Runs `branches` from the same state and joins what they leave. */
  protected branches(ctx: Ctx, branches: ((c: Ctx) => void)[]): void {
    const base = this.stateOfFrame(ctx.frame);
    const results: { state: VarState; alive: boolean }[] = [];
    for (const run of branches) {
      const child = new VarState(base, base.depth + 1);
      ctx.frame.state = child;
      ctx.alive = true;
      run(ctx);
      results.push({ state: this.stateOfFrame(ctx.frame), alive: ctx.alive });
    }
    const live = results.filter((r) => r.alive);
    const merged = new VarState(base, base.depth + 1);
    const changed = new Set<Binding>();
    for (const r of live) for (let s: VarState | undefined = r.state; s && s !== base; s = s.base) for (const b of s.own.keys()) changed.add(b);
    for (const b of changed) {
      let v: Value | undefined;
      for (const r of live) {
        const x = r.state.get(b) ?? EMPTY;
        v = v === undefined ? x : either(v, x);
      }
      merged.own.set(b, v ?? EMPTY);
    }
    ctx.frame.state = merged.depth > 24 ? this.flatten(merged) : merged;
    ctx.alive = live.length > 0;
  }

  protected flatten(s: VarState): VarState {
    const flat = new VarState(undefined, 0);
    const chain: VarState[] = [];
    for (let x: VarState | undefined = s; x; x = x.base) chain.push(x);
    for (let i = chain.length - 1; i >= 0; i--) for (const [b, v] of chain[i].own) flat.own.set(b, v);
    return flat;
  }

  protected label(kind: string, name: string, node: Node, module: ParsedModule, envelope?: readonly [string, string]): Label {
    // A source node is evaluated again at every evaluation of its function: its labels are kept on the node.
    const onNode = this.labelsByNode.get(node);
    const known = onNode?.find((l) => l.kind === kind && l.name === name && l.location.file === module.path);
    if (known) return known;
    const location = locationOf(module.path, node);
    const key = `${kind}|${name}|${location.file}:${location.line}:${location.column}`;
    let l = this.labels.get(key);
    if (!l) {
      l = { id: this.labels.size + 1, kind, name, location, ...(envelope ? { envelope } : {}) };
      this.labels.set(key, l);
    }
    if (onNode) onNode.push(l);
    else this.labelsByNode.set(node, [l]);
    return l;
  }

  /**
   * A parameter of a tool handler or endpoint that the framework fills with
   * something the caller does not choose (the SDK's request context, not the
   * tool's arguments or the HTTP request): no call of ours passes it, so a
   * check against it is settled (value-ops.ts `conditionalGuard`).
   */
  protected readonly filledParam = (fnId: number, index: number): boolean => this.frameworkFilled(fnId, index);

  private frameworkFilled(fnId: number, index: number): boolean {
    if (index < 0) return false;
    for (const [fn, sources] of this.functionSources) {
      if (this.fnInfo.get(fn)?.id !== fnId) continue;
      return sources.every((s) => !callerChosenKind(s.kind) || (s.params !== "all" && !s.params.includes(index)));
    }
    return false;
  }

  infoOf(fn: FunctionNode, module: ModuleState): FnInfo {
    let info = this.fnInfo.get(fn);
    if (!info) {
      const name = fn.type !== "ArrowFunctionExpression" && fn.id ? fn.id.name : "anonymous function";
      info = { id: this.nextId++, node: fn, module, name, evaluated: false };
      this.fnInfo.set(fn, info);
      this.fnInfoById.set(info.id, info);
    }
    return info;
  }
  /** Calls one of its own parameters (see FnInfo); looked at only when a call site asks. */
  protected isHigherOrder(info: FnInfo): boolean {
    info.higherOrder ??= callsOwnParameter(info.node);
    return info.higherOrder;
  }


  step(node: Node, ctx: Ctx, label: string): FlowStep {
    return { location: locationOf(ctx.module.module.path, node), label };
  }

  elementsOf(v: Value): Value {
    // Iterating a string or unknown tainted value yields tainted items.
    return anyElement(v);
  }

  noteIncomplete(file: string, reason: string): void {
    if (!this.incomplete.some((x) => x.file === file && x.reason === reason)) this.incomplete.push({ file, reason });
  }

  protected noteApi(ctx: Ctx, api: string): void {
    let owner = ctx;
    while (owner.handedIn?.apis.has(api)) owner = owner.handedIn.by;
    if (!owner.fn) return;
    let set = this.apisByFn.get(owner.fn.node);
    if (!set) {
      set = new Set();
      this.apisByFn.set(owner.fn.node, set);
    }
    if (set.size < 512) set.add(api);
  }

  protected noteCallTarget(node: Node, target: { fn?: FunctionNode; api?: string; opaque?: true }): void {
    let t = this.targetsByCall.get(node);
    if (!t) this.targetsByCall.set(node, (t = { fns: new Set(), apis: new Set(), opaque: false }));
    if (target.fn && t.fns.size < 64) t.fns.add(target.fn);
    if (target.api && t.apis.size < 64) t.apis.add(target.api);
    if (target.opaque) t.opaque = true;
  }

  /** `fn` called from `ctx`; a function the caller of an inlined helper handed it is called on that caller's behalf (see Ctx.handedIn). */
  protected noteCallee(ctx: Ctx, fn: FunctionNode): void {
    let owner = ctx;
    while (owner.handedIn?.fns.has(fn)) owner = owner.handedIn.by;
    if (!owner.fn) return;
    let set = this.calleesByFn.get(owner.fn.node);
    if (!set) {
      set = new Set();
      this.calleesByFn.set(owner.fn.node, set);
    }
    set.add(fn);
  }

  takeCaught(ctx: Ctx): Value {
    const v = ctx.caught;
    ctx.caught = EMPTY;
    return v;
  }

  addThrowValue(v: Value, ctx: Ctx): void {
    if (!isEmpty(v)) ctx.addThrow(v);
  }

  private readonly dependencySpansByModule = new Map<ModuleState, DependencySpan[]>();

  /** Where a bundle's inlined dependency files are (see bundled-modules.ts), or the whole of a copied-in library file; empty for the package's own code. */
  protected dependencySpansOf(st: ModuleState): DependencySpan[] {
    let spans = this.dependencySpansByModule.get(st);
    if (!spans) {
      // A copied-in library file (parse/vendored-libraries.ts) is dependency code from end to end.
      if (st.module.vendoredIn !== undefined) spans = [{ start: 0, end: st.module.text.length + 1, path: st.module.path }];
      else spans = st.module.language === "js" ? dependencySpans(st.module.text) : [];
      this.dependencySpansByModule.set(st, spans);
    }
    return spans;
  }

  /** Whether `node` of module `st` is code of an inlined dependency file. */
  protected inDependencyFile(st: ModuleState, node: Node): boolean {
    const spans = this.dependencySpansOf(st);
    return spans.length > 0 && inSpans(spans, node.range[0]);
  }

  protected indexMethod(name: string, info: FnInfo): void {
    const list = this.methodsByName.get(name) ?? [];
    if (!list.includes(info)) list.push(info);
    this.methodsByName.set(name, list);
  }

  protected classKeyOfFunction(c: Closure): string {
    return `fnclass#${this.infoOf(c.fn, c.module).id}`;
  }

  protected constKey(v: Value): string | undefined {
    return v.consts?.length === 1 && !v.prefix && !v.consts[0].includes(UNKNOWN_PART) ? v.consts[0] : undefined;
  }

  // Implemented by the evaluation layers (see the files named above).
  protected abstract importValue(st: ModuleState, specifier: string, imported: string | "*" | "default"): Value;
  protected abstract evalStatements(stmts: readonly Node[], ctx: Ctx): void;
  abstract readMember(obj: Value, key: string | undefined, node: Node, ctx: Ctx, byOwnName?: boolean): Value;
  protected abstract assignMember(target: TSESTree.MemberExpression, v: Value, ctx: Ctx): void;
  abstract evalExpr(e: Node, ctx: Ctx): Value;
  protected abstract sourcesAtKey(api: string, node: Node, ctx: Ctx, constArg?: (at: string[]) => Value): Atom[];
  protected abstract makeClosure(fn: FunctionNode, ctx: Ctx): Value;
  protected abstract evalClass(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, ctx: Ctx): Value;
  protected abstract callClosure(c: Closure, thisArg: Value | undefined, args: Value[], node: Node | undefined, caller: Ctx | undefined, depth: number, _argNodes?: Node[]): Value;
  protected abstract finishClosures(_ctx: Ctx): void;
  protected abstract evalCall(e: TSESTree.CallExpression | TSESTree.NewExpression, ctx: Ctx, isNew: boolean): Value;
  abstract callValue(fnValue: Value, thisValue: Value, args: Value[], node: Node, ctx: Ctx, argNodes?: Node[]): Value;
}

/** `const { hostname } = new URL(u)`: a top-level property of an object pattern, read from the declarator's initializer. */
function destructuredFrom(d: TSESTree.VariableDeclarator, id: TSESTree.Identifier): Pick<Binding, "destructured"> {
  if (d.id.type !== "ObjectPattern" || !d.init) return {};
  for (const p of d.id.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const target = p.value.type === "AssignmentPattern" ? p.value.left : p.value;
    const key = propertyName(p);
    if (target === id && key !== undefined) return { destructured: { from: d.init, key } };
  }
  return {};
}
