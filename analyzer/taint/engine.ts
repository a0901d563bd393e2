// The abstract interpreter at the heart of the data-flow engine.
//
// Every function is evaluated over abstract values (values.ts): local
// variables flow-sensitively, module-level and captured variables, class
// fields and module exports through cells (one union per program, see
// `cells`). A first-order function gets one summary, computed with its
// parameters symbolic (ParamRef) and instantiated at each call site, so a
// helper shared by many callers does not mix their data. A function that
// calls its own parameters (a higher-order function) is evaluated at each
// call site with the actual arguments instead, to a bounded depth.
// Cells can grow after they were read, so the whole program is evaluated in
// rounds until nothing new is learned, at most MAX_ROUNDS times.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName, stringLiteralValue, unwrapExpression, walk } from "../parse/ast.js";
import type { Program } from "../program/index.js";
import type { FlowStep, Location, ParsedModule } from "../types.js";
import { builtinCall, builtinMethod, type Interp } from "./builtins.js";
import { alwaysExits, refinementsOf, targetKey } from "./guards.js";
import { argumentIndex, ModelIndex, parseApiKey, type SinkMatch } from "./models.js";
import { newModuleState, type ModuleState, patternIdentifiers } from "./modules.js";
import { type Binding, Frame, Scope } from "./scope.js";
import type { Destination, EngineInput, Flow, FunctionNode, FunctionSink, FunctionSource, GuardKind, Label, SinkHit } from "./spec.js";
import {
  UNKNOWN_PART,
  type Atom,
  type Closure,
  compact,
  constValue,
  deepTaint,
  either,
  EMPTY,
  extendPath,
  guard,
  hasTaint,
  isEmpty,
  join,
  joinAll,
  MAX_CONST_LENGTH,
  MAX_CONSTS,
  type ParamRef,
  pathSteps,
  concatPath,
  sameValue,
  sanitize,
  taintOnly,
  type Value,
  withProp,
  withStep,
  withStepDeep,
} from "./values.js";

type Node = TSESTree.Node;
type Expr = TSESTree.Expression;

const MAX_ROUNDS = 3;
const MAX_SUMMARY_DEPTH = 40;
const MAX_INLINE_DEPTH = 4;
const MAX_EXPR_DEPTH = 400;
const MAX_API_TOKENS = 10;
const MAX_ACCESS = 3;
const MAX_NAME_CANDIDATES = 3;
const DEFAULT_WORK_BUDGET = 30_000_000;

/** Properties whose value says nothing about the content (`secret.length`). */
const CONTENT_FREE_PROPS = new Set(["length", "size", "byteLength", "constructor", "prototype"]);

/** Helpers that tsc, esbuild and Babel emit, by what they do. */
const INTEROP_IDENTITY = new Set(["__importDefault", "__importStar", "__toESM", "__toCommonJS", "_interopRequireDefault", "_interopRequireWildcard", "__esModule"]);

interface PendingSink {
  match: { kind: string; callee: string; argument: string };
  node: Node;
  module: ParsedModule;
  location: Location;
  value: Value;
  destination?: Value;
}

interface Summary {
  ret: Value;
  throws: Value;
  pending: PendingSink[];
  /** Writes to shared state (class fields, exports) of values that depend on the parameters. */
  effects: { key: unknown; value: Value }[];
  done: boolean;
}

interface FnInfo {
  id: number;
  node: FunctionNode;
  module: ModuleState;
  /** Scope the function was defined in (known once the definition was evaluated). */
  scope?: Scope;
  classKey?: string;
  name: string;
  /** Calls one of its own parameters: evaluated per call site. */
  higherOrder: boolean;
  evaluated: boolean;
}

/** The state of one function evaluation. */
class Ctx {
  scope: Scope;
  alive = true;
  ret: Value = EMPTY;
  returnSites: { node: Node; value: Value }[] = [];
  throwStack: Value[] = [EMPTY];
  pending: PendingSink[] = [];
  effects: { key: unknown; value: Value }[] = [];
  exprDepth = 0;
  /** Throws of the receiver of a pending `.catch()` / `.then(ok, fail)`. */
  caught: Value = EMPTY;
  constructor(
    readonly module: ModuleState,
    readonly frame: Frame,
    scope: Scope,
    readonly fn: FnInfo | undefined,
    public thisValue: Value,
    /** Params symbolic: results are a summary. */
    readonly summary: boolean,
    readonly depth: number,
  ) {
    this.scope = scope;
  }
  addThrow(v: Value) {
    const i = this.throwStack.length - 1;
    this.throwStack[i] = join(this.throwStack[i], v);
  }
}

/** Flow-sensitive variable state as layered maps: a branch copies nothing until it writes. */
class VarState {
  readonly own = new Map<Binding, Value>();
  constructor(readonly base: VarState | undefined, readonly depth: number) {}
  get(b: Binding): Value | undefined {
    const own = this.own.get(b);
    if (own !== undefined) return own;
    for (let s = this.base; s; s = s.base) {
      const v = s.own.get(b);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

export class Engine implements Interp {
  readonly models: ModelIndex;
  private readonly modules = new Map<ParsedModule, ModuleState>();
  private readonly cells = new Map<unknown, Value>();
  private readonly cellRead = new Set<unknown>();
  private cellsGrewAfterRead = false;
  private readonly bindings = new Map<Node, Binding>();
  private readonly scopes = new Map<Node, Scope>();
  private readonly fnInfo = new Map<Node, FnInfo>();
  private readonly summaries = new Map<FunctionNode, Summary>();
  private readonly summaryStack: FunctionNode[] = [];
  private readonly labels = new Map<string, Label>();
  private readonly hitsByKey = new Map<string, SinkHit>();
  private readonly functionSources = new Map<Node, FunctionSource[]>();
  private readonly functionSinks = new Map<Node, FunctionSink[]>();
  readonly apisByFn = new Map<FunctionNode, Set<string>>();
  readonly calleesByFn = new Map<FunctionNode, Set<FunctionNode>>();
  readonly escaping = new Map<FunctionNode, Flow[]>();
  private readonly methodsByName = new Map<string, FnInfo[]>();
  private readonly states = new Map<Frame, VarState>();
  readonly incomplete: { file: string; reason: string }[] = [];
  private work = 0;
  private budgetHit = false;
  private nextId = 1;
  private readonly sanitizingCalls: EngineInput["sanitizingCalls"];

  constructor(
    readonly program: Program,
    input: EngineInput,
    private readonly workBudget = DEFAULT_WORK_BUDGET,
  ) {
    this.models = new ModelIndex(input.models);
    this.sanitizingCalls = input.sanitizingCalls;
    for (const s of input.functionSources ?? []) this.functionSources.set(s.fn, [...(this.functionSources.get(s.fn) ?? []), s]);
    for (const s of input.functionSinks ?? []) this.functionSinks.set(s.fn, [...(this.functionSinks.get(s.fn) ?? []), s]);
    program.modules.forEach((m, i) => this.modules.set(m, newModuleState(i, m)));
  }

  // ------------------------------------------------------------ driver

  /** How many rounds the last run took (for benchmarks and tests). */
  rounds = 0;

  run(): void {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      this.rounds = round + 1;
      this.cellsGrewAfterRead = false;
      this.cellRead.clear();
      this.summaries.clear();
      for (const st of this.modules.values()) st.state = "new";
      for (const st of this.modules.values()) this.evaluateModule(st);
      this.evaluateUnreachedFunctions();
      if (!this.cellsGrewAfterRead || this.budgetHit) break;
    }
  }

  get hits(): SinkHit[] {
    return [...this.hitsByKey.values()];
  }

  private readonly functionsOfModule = new Map<ModuleState, FunctionNode[]>();

  private evaluateUnreachedFunctions(): void {
    // Outer functions first, so inner ones find their defining scope.
    for (const st of this.modules.values()) {
      let fns = this.functionsOfModule.get(st);
      if (!fns) {
        fns = [];
        collectFunctions(st.module.ast, fns);
        this.functionsOfModule.set(st, fns);
      }
      for (const fn of fns) {
        const info = this.infoOf(fn, st);
        if (info.evaluated) continue;
        const closure: Closure = { fn, module: st, scope: info.scope ?? st.scope, classKey: info.classKey };
        this.callClosure(closure, undefined, [], undefined, undefined, 0);
      }
    }
  }

  private tick(): boolean {
    if (++this.work > this.workBudget) {
      if (!this.budgetHit) {
        this.budgetHit = true;
        this.incomplete.push({ file: "*", reason: `work bound of ${this.workBudget} steps reached; some flows may be missing` });
      }
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------ modules

  private stateOf(module: ParsedModule): ModuleState {
    return this.modules.get(module)!;
  }

  private evaluateModule(st: ModuleState): void {
    if (st.state !== "new") return;
    st.state = "evaluating";
    const ctx = new Ctx(st, new Frame(0), st.scope, undefined, { props: new Map() }, false, 0);
    this.states.set(ctx.frame, new VarState(undefined, 0));
    this.hoist(st.module.ast.body, st.scope, undefined, st, true);
    for (const b of st.scope.names.values()) this.declareLocal(ctx, b);
    this.collectExports(st);
    // ESM imports are evaluated before the importing module's body.
    for (const stmt of st.module.ast.body) {
      if (stmt.type === "ImportDeclaration") {
        const r = this.program.resolve(st.module.path, String(stmt.source.value));
        if (r.kind === "internal") this.evaluateModule(this.stateOf(r.module));
      }
    }
    this.evalStatements(st.module.ast.body, ctx);
    this.finishClosures(ctx);
    st.state = "done";
  }

  /** What `import ... from spec` / `require(spec)` gives, as seen from `st`. */
  private importValue(st: ModuleState, specifier: string, imported: string | "*" | "default"): Value {
    const r = this.program.resolve(st.module.path, specifier);
    if (r.kind === "internal") {
      const target = this.stateOf(r.module);
      this.evaluateModule(target);
      return this.exportOf(target, imported, 0);
    }
    if (r.kind === "missing") return EMPTY;
    const base = r.package;
    if (imported === "*" || imported === "default") return { apis: [base] };
    return { apis: [`${base} Member[${imported}]`] };
  }

  private exportOf(st: ModuleState, name: string | "*", depth: number): Value {
    if (depth > 8) return EMPTY;
    if (name === "*") {
      const props = new Map<string, Value>();
      for (const n of st.exports.keys()) props.set(n, this.exportOf(st, n, depth + 1));
      for (const spec of st.starExports) {
        const r = this.program.resolve(st.module.path, spec);
        if (r.kind === "internal") {
          this.evaluateModule(this.stateOf(r.module));
          const inner = this.exportOf(this.stateOf(r.module), "*", depth + 1);
          for (const [k, v] of inner.props ?? []) if (!props.has(k)) props.set(k, v);
        }
      }
      const cjs = this.readCell(st.cjsKey);
      return join(compact({ props }), cjs);
    }
    const src = st.exports.get(name);
    if (src) {
      if (src.kind === "binding") {
        const b = st.scope.names.get(src.name);
        return b ? this.readCell(b) : EMPTY;
      }
      if (src.kind === "cell") return this.readCell(src.key);
      const r = this.program.resolve(st.module.path, src.specifier);
      if (r.kind === "internal") {
        this.evaluateModule(this.stateOf(r.module));
        return this.exportOf(this.stateOf(r.module), src.imported, depth + 1);
      }
      if (r.kind === "external") return { apis: [src.imported === "*" || src.imported === "default" ? r.package : `${r.package} Member[${src.imported}]`] };
      return EMPTY;
    }
    for (const spec of st.starExports) {
      const r = this.program.resolve(st.module.path, spec);
      if (r.kind === "internal") {
        this.evaluateModule(this.stateOf(r.module));
        const v = this.exportOf(this.stateOf(r.module), name, depth + 1);
        if (!isEmpty(v)) return v;
      }
    }
    // CommonJS: `module.exports.name`, or the whole object for a default import.
    const cjs = this.readCell(st.cjsKey);
    if (name === "default") return join(cjs.props?.get("default") ?? EMPTY, cjs);
    return cjs.props?.get(name) ?? taintOnly(cjs);
  }

  private collectExports(st: ModuleState): void {
    for (const stmt of st.module.ast.body) {
      if (stmt.type === "ExportNamedDeclaration") {
        if (stmt.declaration) {
          const decl = stmt.declaration;
          if (decl.type === "VariableDeclaration") for (const d of decl.declarations) for (const id of patternIdentifiers(d.id)) st.exports.set(id.name, { kind: "binding", name: id.name });
          else if ((decl.type === "FunctionDeclaration" || decl.type === "ClassDeclaration" || decl.type === "TSEnumDeclaration") && decl.id) st.exports.set(decl.id.name, { kind: "binding", name: decl.id.name });
        }
        for (const spec of stmt.specifiers) {
          const exported = importedName(spec.exported);
          const local = importedName(spec.local);
          st.exports.set(exported, stmt.source ? { kind: "reexport", specifier: String(stmt.source.value), imported: local } : { kind: "binding", name: local });
        }
      } else if (stmt.type === "ExportAllDeclaration") {
        if (stmt.exported) {
          const name = importedName(stmt.exported);
          st.exports.set(name, { kind: "reexport", specifier: String(stmt.source.value), imported: "*" });
        } else st.starExports.push(String(stmt.source.value));
      } else if (stmt.type === "ExportDefaultDeclaration") {
        const d = stmt.declaration;
        if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") && d.id) st.exports.set("default", { kind: "binding", name: d.id.name });
        else st.exports.set("default", { kind: "cell", key: `module#${st.module.path}#default` });
      }
    }
  }

  // ------------------------------------------------------------ scopes and bindings

  private binding(node: Node, name: string, kind: Binding["kind"], moduleLevel: boolean, extra: Partial<Binding> = {}): Binding {
    let b = this.bindings.get(node);
    if (!b) {
      b = { name, node, kind, moduleLevel, ...extra };
      this.bindings.set(node, b);
    }
    return b;
  }

  /** Declares `var`s and function declarations of a function body (and lexical names of the block itself). */
  private hoist(body: readonly Node[], scope: Scope, fnScope: Scope | undefined, st: ModuleState, moduleLevel: boolean): void {
    const varScope = fnScope ?? scope;
    const visit = (n: Node, top: boolean) => {
      switch (n.type) {
        case "VariableDeclaration":
          for (const d of n.declarations) {
            for (const id of patternIdentifiers(d.id)) {
              const target = n.kind === "var" ? varScope : top ? scope : undefined;
              if (target) target.declare(this.binding(id, id.name, n.kind === "var" ? "var" : n.kind === "const" ? "const" : "let", moduleLevel, { init: d.id.type === "Identifier" && d.init ? d.init : undefined }));
            }
          }
          return;
        case "FunctionDeclaration":
          if (n.id && top) {
            const b = scope.declare(this.binding(n.id, n.id.name, "function", moduleLevel));
            const info = this.infoOf(n, st);
            info.scope ??= scope;
            this.writeCell(b, { fns: [{ fn: n, module: st, scope }] }, false);
          }
          return;
        case "ClassDeclaration":
          if (n.id && top) scope.declare(this.binding(n.id, n.id.name, "class", moduleLevel));
          return;
        case "TSEnumDeclaration":
          if (top) scope.declare(this.binding(n.id, n.id.name, "const", moduleLevel));
          return;
        case "ImportDeclaration":
          for (const s of n.specifiers) {
            const imported = s.type === "ImportDefaultSpecifier" ? "default" : s.type === "ImportNamespaceSpecifier" ? "*" : importedName(s.imported);
            scope.declare(this.binding(s.local, s.local.name, "import", true, { importFrom: { specifier: String(n.source.value), imported } }));
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
  }

  private scopeFor(node: Node, parent: Scope, frame: Frame | undefined): Scope {
    // Scopes are per evaluation only in their parent link; bindings are shared by node.
    const s = new Scope(parent, frame);
    this.scopes.set(node, s);
    return s;
  }

  // ------------------------------------------------------------ cells

  private readCell(key: unknown): Value {
    this.cellRead.add(key);
    return this.cells.get(key) ?? EMPTY;
  }

  /**
   * Writes shared state. Given the writing function's context, a value that
   * depends on that function's own parameters is kept as an effect of its
   * summary and written, instantiated, at each call.
   */
  private writeCell(key: unknown, v: Value, markGrowth = true, ctx?: Ctx): void {
    if (ctx?.summary && ctx.fn && refersTo(v, ctx.fn.id)) {
      if (ctx.effects.length < 64) ctx.effects.push({ key, value: v });
      v = dropRefs(v, ctx.fn.id);
    }
    if (isEmpty(v)) return;
    const prev = this.cells.get(key) ?? EMPTY;
    const next = join(prev, v);
    if (next === prev || sameValue(prev, next)) return;
    this.cells.set(key, next);
    // Another round is worth it only when what was read missed data or callees.
    if (markGrowth && this.cellRead.has(key) && learnedSomething(prev, next)) this.cellsGrewAfterRead = true;
  }

  // ------------------------------------------------------------ variables

  private stateOfFrame(frame: Frame): VarState {
    let s = this.states.get(frame);
    if (!s) {
      s = new VarState(undefined, 0);
      this.states.set(frame, s);
    }
    return s;
  }

  private lookup(name: string, ctx: Ctx): Binding | undefined {
    return ctx.scope.lookup(name)?.binding;
  }

  /** Values of local bindings (the current function's, or the module's for top-level code) are flow-sensitive. */
  private isLocal(b: Binding, ctx: Ctx): boolean {
    return this.ownerOf(b) === (ctx.fn ? ctx.fn.node : ctx.module.module.ast);
  }

  private readonly owners = new Map<Binding, Node | undefined>();
  private ownerOf(b: Binding): Node | undefined {
    return this.owners.get(b);
  }

  private declareLocal(ctx: Ctx, b: Binding): void {
    if (b.importFrom) return;
    this.owners.set(b, ctx.fn ? ctx.fn.node : ctx.module.module.ast);
  }

  private readVar(b: Binding, ctx: Ctx): Value {
    if (b.importFrom) return this.importValue(ctx.module, b.importFrom.specifier, b.importFrom.imported);
    if (this.isLocal(b, ctx)) {
      const v = this.stateOfFrame(ctx.frame).get(b);
      if (v !== undefined) return v;
    }
    return this.readCell(b);
  }

  private writeVar(b: Binding, v: Value, ctx: Ctx, strong = true): void {
    if (this.isLocal(b, ctx)) {
      const state = this.stateOfFrame(ctx.frame);
      const prev = state.get(b);
      state.own.set(b, strong || prev === undefined ? v : join(prev, v));
    }
    // Every write also reaches the cell, so closures and other functions see it.
    this.writeCell(b, v);
  }

  // ------------------------------------------------------------ branches

  private fork(ctx: Ctx): VarState {
    const cur = this.stateOfFrame(ctx.frame);
    const child = new VarState(cur, cur.depth + 1);
    this.states.set(ctx.frame, child);
    return cur;
  }

  /** Runs `branches` from the same state and joins what they leave. */
  private branches(ctx: Ctx, branches: ((c: Ctx) => void)[]): void {
    const base = this.stateOfFrame(ctx.frame);
    const results: { state: VarState; alive: boolean }[] = [];
    for (const run of branches) {
      const child = new VarState(base, base.depth + 1);
      this.states.set(ctx.frame, child);
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
    this.states.set(ctx.frame, merged.depth > 24 ? this.flatten(merged) : merged);
    ctx.alive = live.length > 0;
  }

  private flatten(s: VarState): VarState {
    const flat = new VarState(undefined, 0);
    const chain: VarState[] = [];
    for (let x: VarState | undefined = s; x; x = x.base) chain.push(x);
    for (let i = chain.length - 1; i >= 0; i--) for (const [b, v] of chain[i].own) flat.own.set(b, v);
    return flat;
  }

  private applyRefinements(test: Expr, whenTrue: boolean, ctx: Ctx): void {
    const refs = refinementsOf(test, whenTrue, { initOf: (id) => this.lookup(id.name, ctx)?.init });
    for (const r of refs) {
      const target = unwrapExpression(r.target);
      if (target.type === "Identifier") {
        const b = this.lookup(target.name, ctx);
        if (b && this.isLocal(b, ctx)) this.stateOfFrame(ctx.frame).own.set(b, guard(this.readVar(b, ctx), r.kind as GuardKind));
      } else if (target.type === "MemberExpression") {
        const chain = memberChain(target);
        if (!chain) continue;
        const b = this.lookup(chain.root, ctx);
        if (b && this.isLocal(b, ctx)) {
          const root = this.readVar(b, ctx);
          const current = readPath(root, chain.path);
          this.stateOfFrame(ctx.frame).own.set(b, setPath(root, chain.path, guard(current, r.kind as GuardKind)));
        }
      }
    }
  }

  // ------------------------------------------------------------ statements

  private evalStatements(stmts: readonly Node[], ctx: Ctx): void {
    for (const s of stmts) {
      if (!ctx.alive) return;
      this.evalStatement(s, ctx);
    }
  }

  private evalBlock(body: readonly Node[], node: Node, ctx: Ctx): void {
    const outer = ctx.scope;
    ctx.scope = this.scopeFor(node, outer, ctx.frame);
    this.hoist(body, ctx.scope, undefined, ctx.module, ctx.fn === undefined);
    for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
    this.evalStatements(body, ctx);
    ctx.scope = outer;
  }

  private evalStatement(s: Node, ctx: Ctx): void {
    if (!this.tick()) return;
    switch (s.type) {
      case "ExpressionStatement":
        this.evalExpr(s.expression, ctx);
        return;
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v = d.init ? this.evalExpr(d.init, ctx) : EMPTY;
          this.bindPattern(d.id, v, ctx, d.init ?? undefined);
        }
        return;
      case "FunctionDeclaration": {
        if (s.id) {
          const b = this.lookup(s.id.name, ctx);
          const info = this.infoOf(s, ctx.module);
          info.scope = ctx.scope;
          if (b) this.writeVar(b, { fns: [{ fn: s, module: ctx.module, scope: ctx.scope }] }, ctx, false);
        }
        return;
      }
      case "ClassDeclaration": {
        const v = this.evalClass(s, ctx);
        if (s.id) {
          const b = this.lookup(s.id.name, ctx);
          if (b) this.writeVar(b, v, ctx);
        }
        return;
      }
      case "ReturnStatement": {
        const v = s.argument ? this.evalExpr(s.argument, ctx) : EMPTY;
        this.addReturn(s, v, ctx);
        ctx.alive = false;
        return;
      }
      case "ThrowStatement": {
        const v = this.evalExpr(s.argument, ctx);
        // Deep: the taint of `new Error(msg)` lives in its message.
        ctx.addThrow(withStepDeep(v, this.step(s, ctx, "thrown")));
        ctx.alive = false;
        return;
      }
      case "IfStatement": {
        this.evalExpr(s.test, ctx);
        const test = s.test;
        if (!s.alternate && alwaysExits(s.consequent)) {
          this.branches(ctx, [(c) => {
            this.applyRefinements(test, true, c);
            this.evalStatement(s.consequent, c);
          }]);
          ctx.alive = true;
          this.applyRefinements(test, false, ctx);
          return;
        }
        this.branches(ctx, [
          (c) => {
            this.applyRefinements(test, true, c);
            this.evalStatement(s.consequent, c);
          },
          (c) => {
            this.applyRefinements(test, false, c);
            if (s.alternate) this.evalStatement(s.alternate, c);
          },
        ]);
        return;
      }
      case "BlockStatement":
      case "StaticBlock":
        this.evalBlock(s.body, s, ctx);
        return;
      case "ForStatement": {
        const outer = ctx.scope;
        ctx.scope = this.scopeFor(s, outer, ctx.frame);
        if (s.init) {
          if (s.init.type === "VariableDeclaration") {
            this.hoist([s.init], ctx.scope, undefined, ctx.module, ctx.fn === undefined);
            for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
            this.evalStatement(s.init, ctx);
          } else this.evalExpr(s.init, ctx);
        }
        this.loop(ctx, (c) => {
          if (s.test) this.evalExpr(s.test, c);
          this.evalStatement(s.body, c);
          if (s.update) this.evalExpr(s.update, c);
        });
        ctx.scope = outer;
        return;
      }
      case "ForInStatement":
      case "ForOfStatement": {
        const iterable = this.evalExpr(s.right, ctx);
        const item = s.type === "ForOfStatement" ? this.elementsOf(iterable) : keysOf(iterable);
        const outer = ctx.scope;
        ctx.scope = this.scopeFor(s, outer, ctx.frame);
        if (s.left.type === "VariableDeclaration") {
          this.hoist([s.left], ctx.scope, undefined, ctx.module, ctx.fn === undefined);
          for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
        }
        this.loop(ctx, (c) => {
          const target = s.left.type === "VariableDeclaration" ? s.left.declarations[0].id : s.left;
          this.bindPattern(target, item, c, undefined);
          this.evalStatement(s.body, c);
        });
        ctx.scope = outer;
        return;
      }
      case "WhileStatement":
        this.loop(ctx, (c) => {
          this.evalExpr(s.test, c);
          this.evalStatement(s.body, c);
        });
        return;
      case "DoWhileStatement":
        this.loop(ctx, (c) => {
          this.evalStatement(s.body, c);
          this.evalExpr(s.test, c);
        });
        return;
      case "TryStatement":
        this.evalTry(s, ctx);
        return;
      case "SwitchStatement": {
        const disc = s.discriminant;
        this.evalExpr(disc, ctx);
        const cases = s.cases;
        this.branches(
          ctx,
          cases.map((c, i) => (cx: Ctx) => {
            if (c.test) {
              this.evalExpr(c.test, cx);
              if (isLiteralTest(c.test) && targetKey(disc)) this.applyRefinements({ type: "BinaryExpression", operator: "===", left: disc, right: c.test } as unknown as Expr, true, cx);
            }
            // Fall through to following cases until one ends.
            for (let j = i; j < cases.length && cx.alive; j++) {
              this.evalStatements(cases[j].consequent, cx);
              const last = cases[j].consequent[cases[j].consequent.length - 1];
              if (last && (last.type === "BreakStatement" || alwaysExits(last))) break;
            }
            if (!cx.alive) cx.alive = true;
          }).concat(cases.some((c) => !c.test) ? [] : [() => undefined]),
        );
        return;
      }
      case "LabeledStatement":
        this.evalStatement(s.body, ctx);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        ctx.alive = false;
        return;
      case "ExportNamedDeclaration":
        if (s.declaration) this.evalStatement(s.declaration, ctx);
        return;
      case "ExportDefaultDeclaration": {
        const d = s.declaration;
        if (d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") {
          if (d.id) this.evalStatement(d, ctx);
          else {
            const v = d.type === "FunctionDeclaration" ? this.makeClosure(d, ctx) : this.evalClass(d, ctx);
            this.writeCell(`module#${ctx.module.module.path}#default`, v);
          }
        } else if (d.type !== "TSInterfaceDeclaration" && d.type !== "TSDeclareFunction" && d.type !== "TSEnumDeclaration" && d.type !== "TSModuleDeclaration" && d.type !== "TSTypeAliasDeclaration" && d.type !== "VariableDeclaration") {
          this.writeCell(`module#${ctx.module.module.path}#default`, this.evalExpr(d as Expr, ctx));
        }
        return;
      }
      case "TSEnumDeclaration":
      case "TSModuleDeclaration":
      case "TSExportAssignment":
        if (s.type === "TSExportAssignment") this.writeCell(ctx.module.cjsKey, this.evalExpr(s.expression, ctx));
        return;
      default:
        return;
    }
  }

  private loop(ctx: Ctx, body: (c: Ctx) => void): void {
    // Twice: values assigned late in the body reach its start the second time.
    for (let i = 0; i < 2; i++) this.branches(ctx, [body, () => undefined]);
    ctx.alive = true;
  }

  private evalTry(s: TSESTree.TryStatement, ctx: Ctx): void {
    ctx.throwStack.push(EMPTY);
    const before = this.stateOfFrame(ctx.frame);
    this.branches(ctx, [(c) => this.evalStatement(s.block, c)]);
    const thrown = ctx.throwStack.pop() ?? EMPTY;
    const tryAlive = ctx.alive;
    if (s.handler) {
      const handler = s.handler;
      const afterTry = this.stateOfFrame(ctx.frame);
      this.states.set(ctx.frame, before);
      this.branches(ctx, [
        (c) => {
          // The catch sees whatever the try block may have assigned before throwing.
          this.states.set(c.frame, joinStates(afterTry, before, this));
          const outer = c.scope;
          c.scope = this.scopeFor(handler, outer, c.frame);
          if (handler.param) {
            for (const id of patternIdentifiers(handler.param)) {
              const b = c.scope.declare(this.binding(id, id.name, "catch", c.fn === undefined));
              this.declareLocal(c, b);
            }
            this.bindPattern(handler.param, withStep(thrown, this.step(handler, c, "caught")), c, undefined);
          }
          this.evalStatement(handler.body, c);
          c.scope = outer;
        },
        (c) => {
          this.states.set(c.frame, afterTry);
          c.alive = tryAlive;
        },
      ]);
    } else {
      // try/finally: what was thrown keeps going up.
      ctx.addThrow(thrown);
    }
    if (s.finalizer) {
      const alive = ctx.alive;
      ctx.alive = true;
      this.evalStatement(s.finalizer, ctx);
      ctx.alive = ctx.alive && alive;
    }
  }

  private addReturn(node: Node, v: Value, ctx: Ctx): void {
    ctx.ret = ctx.returnSites.length ? either(ctx.ret, v) : join(ctx.ret, v);
    ctx.returnSites.push({ node, value: v });
  }

  // ------------------------------------------------------------ patterns

  private bindPattern(pattern: Node, v: Value, ctx: Ctx, init: Node | undefined): void {
    switch (pattern.type) {
      case "Identifier": {
        const b = this.lookup(pattern.name, ctx);
        if (!b) return;
        const stepped = hasTaint(v) && init ? withStep(v, this.step(pattern, ctx, `assigned to ${pattern.name}`)) : v;
        this.writeVar(b, stepped, ctx);
        return;
      }
      case "ObjectPattern": {
        const used: string[] = [];
        for (const p of pattern.properties) {
          if (p.type === "RestElement") {
            this.bindPattern(p.argument, withoutProps(v, used), ctx, init);
            continue;
          }
          const key = p.computed ? this.constKey(this.evalExpr(p.key as Expr, ctx)) : propertyName(p);
          if (key !== undefined) used.push(key);
          this.bindPattern(p.value, this.readMember(v, key, p, ctx), ctx, init);
        }
        return;
      }
      case "ArrayPattern":
        for (const e of pattern.elements) {
          if (!e) continue;
          this.bindPattern(e.type === "RestElement" ? e.argument : e, e.type === "RestElement" ? v : this.elementsOf(v), ctx, init);
        }
        return;
      case "AssignmentPattern": {
        const dflt = this.evalExpr(pattern.right, ctx);
        this.bindPattern(pattern.left, join(v, dflt), ctx, init);
        return;
      }
      case "RestElement":
        this.bindPattern(pattern.argument, v, ctx, init);
        return;
      case "MemberExpression":
        this.assignMember(pattern, v, ctx);
        return;
      case "TSParameterProperty":
        this.bindPattern(pattern.parameter, v, ctx, init);
        if (pattern.parameter.type === "Identifier") for (const cls of ctx.thisValue.classes ?? []) this.writeCell(`${cls}#${pattern.parameter.name}`, v, true, ctx);
        return;
      default:
        return;
    }
  }

  // ------------------------------------------------------------ expressions

  evalExpr(e: Node, ctx: Ctx): Value {
    if (!this.tick()) return EMPTY;
    if (ctx.exprDepth > MAX_EXPR_DEPTH) {
      this.noteIncomplete(ctx.module.module.path, "expressions nested too deeply");
      return EMPTY;
    }
    ctx.exprDepth++;
    try {
      return this.evalExprInner(e, ctx);
    } finally {
      ctx.exprDepth--;
    }
  }

  private evalExprInner(e: Node, ctx: Ctx): Value {
    switch (e.type) {
      case "Literal":
        if (typeof e.value === "string") return this.literalString(e.value, e, ctx);
        if (typeof e.value === "number" || typeof e.value === "boolean") return constValue(String(e.value));
        return EMPTY;
      case "TemplateLiteral": {
        const parts: Value[] = [];
        e.quasis.forEach((q, i) => {
          parts.push(this.literalString(q.value.cooked ?? q.value.raw, q, ctx, true));
          if (i < e.expressions.length) parts.push(this.evalExpr(e.expressions[i], ctx));
        });
        return concatValues(parts);
      }
      case "TaggedTemplateExpression": {
        const tag = this.evalExpr(e.tag, ctx);
        const args = e.quasi.expressions.map((x) => this.evalExpr(x, ctx));
        const strings: Value = { elems: joinAll(e.quasi.quasis.map((q) => constValue(q.value.cooked ?? q.value.raw))) };
        return this.callValue(tag, EMPTY, [strings, ...args], e, ctx, e.quasi.expressions as Node[]);
      }
      case "Identifier":
        return this.evalIdentifier(e, ctx);
      case "ThisExpression":
        return ctx.thisValue;
      case "Super":
        return ctx.thisValue;
      case "ArrayExpression": {
        let elems: Value = EMPTY;
        // Short arrays keep their positions: `["h", "ost"].join("")`, `[a, b] = ...`.
        const indexed = e.elements.length <= 64 && e.elements.every((el) => el && el.type !== "SpreadElement") ? new Map<string, Value>() : undefined;
        e.elements.forEach((el, i) => {
          if (!el) return;
          const v = el.type === "SpreadElement" ? this.elementsOf(this.evalExpr(el.argument, ctx)) : this.evalExpr(el, ctx);
          elems = join(elems, v);
          indexed?.set(String(i), v);
        });
        return compact({ elems: isEmpty(elems) ? { consts: [] } : elems, props: indexed });
      }
      case "ObjectExpression":
        return this.evalObject(e, ctx);
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        return this.makeClosure(e, ctx);
      case "ClassExpression":
        return this.evalClass(e, ctx);
      case "SequenceExpression": {
        let v: Value = EMPTY;
        for (const x of e.expressions) v = this.evalExpr(x, ctx);
        return v;
      }
      case "ParenthesizedExpression" as string:
        return this.evalExpr((e as unknown as { expression: Node }).expression, ctx);
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSSatisfiesExpression":
      case "TSInstantiationExpression":
      case "ChainExpression":
        return this.evalExpr(e.expression, ctx);
      case "AwaitExpression":
        return this.evalExpr(e.argument, ctx);
      case "YieldExpression": {
        const v = e.argument ? this.evalExpr(e.argument, ctx) : EMPTY;
        // A generator's yields are what its iterator produces.
        ctx.ret = join(ctx.ret, { elems: v });
        return EMPTY;
      }
      case "UnaryExpression": {
        const v = this.evalExpr(e.argument, ctx);
        if (e.operator === "typeof" || e.operator === "!" || e.operator === "delete" || e.operator === "void") return EMPTY;
        return taintOnly(v);
      }
      case "UpdateExpression":
        return taintOnly(this.evalExpr(e.argument, ctx));
      case "BinaryExpression": {
        const l = e.left.type === "PrivateIdentifier" ? EMPTY : this.evalExpr(e.left, ctx);
        const r = this.evalExpr(e.right, ctx);
        if (e.operator === "+") return concatValues([l, r]);
        if (["==", "===", "!=", "!==", "<", ">", "<=", ">=", "in", "instanceof"].includes(e.operator)) return EMPTY;
        return join(taintOnly(l), taintOnly(r));
      }
      case "LogicalExpression": {
        const l = this.evalExpr(e.left, ctx);
        // The right side runs only when the left decided so: a guard there holds.
        let r: Value = EMPTY;
        this.branches(ctx, [
          (c) => {
            if (e.operator === "&&") this.applyRefinements(e.left, true, c);
            r = this.evalExpr(e.right, c);
          },
          () => undefined,
        ]);
        ctx.alive = true;
        // `a && b` yields b (a is only a test); `a ?? b`, `a || b` yield either.
        if (e.operator === "&&") return r;
        // `process.env.URL ?? "https://default"`: the default, or whatever is configured.
        const out = either(l, r);
        return r.consts?.length && !l.consts?.length && !out.consts?.includes(UNKNOWN_PART) ? compact({ ...out, consts: [...out.consts!, UNKNOWN_PART] }) : out;
      }
      case "ConditionalExpression": {
        this.evalExpr(e.test, ctx);
        let a: Value = EMPTY;
        let b: Value = EMPTY;
        this.branches(ctx, [
          (c) => {
            this.applyRefinements(e.test, true, c);
            a = this.evalExpr(e.consequent, c);
          },
          (c) => {
            this.applyRefinements(e.test, false, c);
            b = this.evalExpr(e.alternate, c);
          },
        ]);
        ctx.alive = true;
        return either(a, b);
      }
      case "AssignmentExpression":
        return this.evalAssignment(e, ctx);
      case "MemberExpression": {
        const obj = this.evalExpr(e.object, ctx);
        const key = e.computed ? this.constKey(this.evalExpr(e.property, ctx)) : propertyName(e);
        return this.readMember(obj, key, e, ctx);
      }
      case "CallExpression":
        return this.evalCall(e, ctx, false);
      case "NewExpression":
        return this.evalCall(e, ctx, true);
      case "ImportExpression": {
        const spec = this.evalExpr(e.source, ctx);
        if (spec.consts?.length === 1 && !spec.prefix) return this.importValue(ctx.module, spec.consts[0], "*");
        return taintOnly(spec);
      }
      case "MetaProperty":
        return EMPTY;
      case "JSXElement":
      case "JSXFragment":
        return EMPTY;
      default:
        return EMPTY;
    }
  }

  /** A string literal: a constant, and a source when it matches a literal row (hardcoded credentials). */
  private literalString(s: string, node: Node, ctx: Ctx, quasi = false): Value {
    const base = constValue(s);
    if (quasi || s.length < 8 || this.models.literals.length === 0) return base;
    const atoms: Atom[] = [];
    for (const row of this.models.literals) {
      row.pattern.lastIndex = 0;
      if (row.pattern.test(s)) {
        const label = this.label(row.kind, row.name, node, ctx.module.module);
        atoms.push({ label, path: extendPath(undefined, { location: label.location, label: `${row.name} in a string literal` }), sanitized: [], guards: [] });
      }
    }
    return atoms.length ? { ...base, atoms } : base;
  }

  private evalIdentifier(e: TSESTree.Identifier, ctx: Ctx): Value {
    if (e.name === "undefined") return EMPTY;
    const b = this.lookup(e.name, ctx);
    if (b) return this.readVar(b, ctx);
    if (e.name === "arguments" && ctx.fn) return this.readCell(`arguments#${ctx.fn.id}`);
    if (e.name === "module" && !ctx.module.module.isModule) return { props: new Map([["exports", this.readCell(ctx.module.cjsKey)]]), apis: [`module#${ctx.module.module.path}`] };
    if (e.name === "exports" && !ctx.module.module.isModule) return join(this.readCell(ctx.module.cjsKey), { apis: [`exports#${ctx.module.module.path}`] });
    if (e.name === "require") return { apis: ["global Member[require]"] };
    // An unbound name is a global: `fetch`, `process`, `Buffer`...
    const name = e.name === "globalThis" || e.name === "window" || e.name === "global" || e.name === "self" ? undefined : e.name;
    const api = name ? `global Member[${name}]` : "global";
    return this.apiValueWithSources(api, e, ctx);
  }

  private apiValueWithSources(api: string, node: Node, ctx: Ctx): Value {
    const atoms = this.sourcesAtKey(api, node, ctx);
    return atoms.length ? { apis: [api], atoms } : { apis: [api] };
  }

  private sourcesAtKey(api: string, node: Node, ctx: Ctx, constArg?: (at: string[]) => Value): Atom[] {
    const rows = this.models.sourcesAt(api);
    if (rows.length === 0) return [];
    const atoms: Atom[] = [];
    const { tokens } = parseApiKey(api);
    const last = tokens[tokens.length - 1] ?? "";
    const memberName = /^Member\[(.*)\]$/.exec(last)?.[1];
    for (const row of rows) {
      let name = row.name ?? (memberName && memberName !== "*" ? memberName : "*");
      if (row.requiresMatch) {
        if (!constArg) continue;
        const at = constArg(row.requiresMatch.at.split("."));
        const matched = (at.consts ?? []).find((c) => {
          row.requiresMatch!.pattern.lastIndex = 0;
          return row.requiresMatch!.pattern.test(c);
        });
        if (matched === undefined) continue;
        name = matched.split(UNKNOWN_PART).join("*");
      }
      const label = this.label(row.kind, name, node, ctx.module.module);
      atoms.push({ label, path: extendPath(undefined, { location: label.location, label: `${name} read` }), sanitized: [], guards: [] });
    }
    return atoms;
  }

  private label(kind: string, name: string, node: Node, module: ParsedModule): Label {
    const location = locationOf(module.path, node);
    const key = `${kind}|${name}|${location.file}:${location.line}:${location.column}`;
    let l = this.labels.get(key);
    if (!l) {
      l = { id: this.labels.size + 1, kind, name, location };
      this.labels.set(key, l);
    }
    return l;
  }

  private evalObject(e: TSESTree.ObjectExpression, ctx: Ctx): Value {
    const props = new Map<string, Value>();
    let extra: Value = EMPTY;
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const v = this.evalExpr(p.argument, ctx);
        for (const [k, pv] of v.props ?? []) props.set(k, pv);
        // Spreading a tainted whole (e.g. process.env) keeps its taint on the object.
        extra = join(extra, deepTaint(compact({ atoms: v.atoms, refs: v.refs }), true));
        continue;
      }
      const key = p.computed ? this.constKey(this.evalExpr(p.key as Expr, ctx)) : propertyName(p);
      let v: Value;
      if (p.kind === "get" || p.kind === "set") {
        const fnv = this.makeClosure(p.value as TSESTree.FunctionExpression, ctx);
        v = p.kind === "get" ? this.callValue(fnv, EMPTY, [], p, ctx) : EMPTY;
      } else {
        v = p.value.type === "AssignmentPattern" ? this.evalExpr(p.value.right, ctx) : this.evalExpr(p.value as Expr, ctx);
      }
      if (key === undefined) extra = join(extra, taintOnly(v));
      else props.set(key, props.has(key) ? join(props.get(key)!, v) : v);
    }
    return compact({ props, atoms: extra.atoms, refs: extra.refs });
  }

  private makeClosure(fn: FunctionNode, ctx: Ctx): Value {
    const info = this.infoOf(fn, ctx.module);
    info.scope = ctx.scope;
    if (ctx.thisValue.classes?.length && fn.type === "ArrowFunctionExpression") info.classKey ??= ctx.thisValue.classes[0];
    return { fns: [{ fn, module: ctx.module, scope: ctx.scope, classKey: info.classKey }] };
  }

  private evalClass(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, ctx: Ctx): Value {
    const key = `class#${ctx.module.module.path}#${c.range[0]}`;
    const superValue = c.superClass ? this.evalExpr(c.superClass, ctx) : EMPTY;
    if (superValue.classes?.length) this.writeCell(`${key}#__super`, { classes: superValue.classes });
    if (superValue.apis?.length) this.writeCell(`${key}#__superApi`, { apis: superValue.apis });
    const classValue: Value = { classes: [key], props: new Map() };
    const instance: Value = { classes: [key] };
    for (const m of c.body.body) {
      if (m.type === "MethodDefinition") {
        const name = propertyName(m);
        if (!name) continue;
        const info = this.infoOf(m.value as FunctionNode, ctx.module);
        info.scope = ctx.scope;
        info.classKey = key;
        info.name = name;
        const closure: Value = { fns: [{ fn: m.value as FunctionNode, module: ctx.module, scope: ctx.scope, classKey: key }] };
        if (m.kind === "constructor") this.writeCell(`${key}#constructor`, closure);
        else if (m.kind === "get") this.writeCell(`${key}#get:${name}`, closure);
        else this.writeCell(`${key}${m.static ? "#static" : ""}#${name}`, closure);
        this.indexMethod(name, info);
      } else if (m.type === "PropertyDefinition" && m.value) {
        const name = propertyName(m);
        if (!name) continue;
        const saved = ctx.thisValue;
        ctx.thisValue = m.static ? classValue : instance;
        const v = this.evalExpr(m.value, ctx);
        ctx.thisValue = saved;
        this.writeCell(`${key}${m.static ? "#static" : ""}#${name}`, v);
      } else if (m.type === "StaticBlock") {
        const saved = ctx.thisValue;
        ctx.thisValue = classValue;
        this.evalBlock(m.body, m, ctx);
        ctx.thisValue = saved;
      }
    }
    return classValue;
  }

  private methodIndexBuilt = false;

  /**
   * Functions defined under a property name anywhere in the program: methods,
   * object-literal functions, prototype assignments. Minifiers rename
   * variables but not properties, so in a bundle this finds the callee of
   * `x.sendReport(...)` when `x` itself is unknown.
   */
  private methodCandidates(name: string): FnInfo[] {
    if (!this.methodIndexBuilt) {
      this.methodIndexBuilt = true;
      for (const st of this.modules.values()) {
        walk(st.module.ast, {
          enter: (n) => {
            let key: string | undefined;
            let fn: Node | undefined;
            if (n.type === "MethodDefinition" || (n.type === "Property" && !n.computed)) {
              key = propertyName(n);
              fn = n.value;
            } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression") {
              key = propertyName(n.left);
              fn = n.right;
            }
            if (key && fn && (fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression")) this.indexMethod(key, this.infoOf(fn, st));
          },
        });
      }
    }
    return this.methodsByName.get(name) ?? [];
  }

  private indexMethod(name: string, info: FnInfo): void {
    const list = this.methodsByName.get(name) ?? [];
    if (!list.includes(info)) list.push(info);
    this.methodsByName.set(name, list);
  }

  private constKey(v: Value): string | undefined {
    return v.consts?.length === 1 && !v.prefix && !v.consts[0].includes(UNKNOWN_PART) ? v.consts[0] : undefined;
  }

  // ------------------------------------------------------------ members

  readMember(obj: Value, key: string | undefined, node: Node, ctx: Ctx): Value {
    let out: Value = EMPTY;
    if (key !== undefined) {
      const own = obj.props?.get(key);
      if (own) out = own;
    } else if (obj.props) {
      out = joinAll([...obj.props.values()]);
    }
    if (obj.elems && (key === undefined || /^\d+$/.test(key))) out = join(out, obj.elems);
    let fromSource = false;
    if (obj.apis) {
      const apis: string[] = [];
      let atoms: Atom[] = [];
      for (const api of obj.apis) {
        if (api.startsWith("module#") && key === "exports") continue;
        const next = appendToken(api, key === undefined ? "Member[*]" : `Member[${key}]`);
        if (!next) continue;
        apis.push(next);
        const found = this.sourcesAtKey(next, node, ctx);
        if (found.length) {
          atoms = atoms.concat(found);
          fromSource = true;
        }
      }
      out = join(out, compact({ apis, atoms }));
    }
    if (obj.classes && key !== undefined) {
      for (const cls of obj.classes) out = join(out, this.classMember(cls, key, obj, node, ctx, 0));
    }
    if (obj.fns && key !== undefined && !["call", "apply", "bind"].includes(key)) {
      // Static members assigned on a function object: `fn.helper = ...`.
      for (const c of obj.fns) out = join(out, this.readCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${key}`));
    }
    if (!fromSource && (obj.atoms?.length || obj.refs?.length) && !(key !== undefined && CONTENT_FREE_PROPS.has(key))) {
      // A property of tainted data is tainted data.
      const inherited = compact({
        atoms: obj.atoms?.map((a) => (a.field === undefined && key !== undefined ? { ...a, field: key } : a)),
        refs: obj.refs?.map((r) => (r.access.length < MAX_ACCESS && key !== undefined ? { ...r, access: [...r.access, key] } : r)),
      });
      out = join(out, inherited);
    }
    return out;
  }

  private classMember(cls: string, key: string, obj: Value, node: Node, ctx: Ctx, depth: number): Value {
    if (depth > 6) return EMPTY;
    let out = this.readCell(`${cls}#${key}`);
    const getter = this.readCell(`${cls}#get:${key}`);
    if (getter.fns) out = join(out, this.callValue(getter, obj, [], node, ctx));
    const sup = this.readCell(`${cls}#__super`);
    for (const s of sup.classes ?? []) out = join(out, this.classMember(s, key, obj, node, ctx, depth + 1));
    const supApi = this.readCell(`${cls}#__superApi`);
    for (const api of supApi.apis ?? []) {
      const next = appendToken(appendToken(api, "Instance") ?? api, `Member[${key}]`);
      if (next) out = join(out, { apis: [next] });
    }
    return out;
  }

  private evalAssignment(e: TSESTree.AssignmentExpression, ctx: Ctx): Value {
    let v = this.evalExpr(e.right, ctx);
    if (e.operator !== "=") {
      const cur = this.evalExpr(e.left, ctx);
      v = e.operator === "+=" ? concatValues([cur, v]) : e.operator === "??=" || e.operator === "||=" ? join(cur, v) : join(taintOnly(cur), taintOnly(v));
    }
    if (e.left.type === "Identifier") {
      const b = this.lookup(e.left.name, ctx);
      const stepped = hasTaint(v) ? withStep(v, this.step(e.left, ctx, `assigned to ${e.left.name}`)) : v;
      if (b) this.writeVar(b, stepped, ctx);
      return v;
    }
    if (e.left.type === "MemberExpression") {
      this.assignMember(e.left, v, ctx);
      return v;
    }
    this.bindPattern(e.left, v, ctx, e.right);
    return v;
  }

  private assignMember(target: TSESTree.MemberExpression, v: Value, ctx: Ctx): void {
    const key = target.computed ? this.constKey(this.evalExpr(target.property, ctx)) : propertyName(target);
    this.assignInto(unwrapExpression(target.object), key, v, ctx, target);
  }

  /** `objNode[key] = v` (key undefined: some unknown property, or the object's taint as a whole). */
  private assignInto(objNode: Node, key: string | undefined, v: Value, ctx: Ctx, at: Node): void {
    const label = key !== undefined ? `stored in ${describeTarget(objNode)}.${key}` : `stored in ${describeTarget(objNode)}`;
    const stepped = hasTaint(v) ? withStep(v, this.step(at, ctx, label)) : v;
    // module.exports = ..., exports.x = ..., module.exports.x = ...
    if (!ctx.module.module.isModule || objNode.type === "Identifier") {
      const cjs = this.cjsTarget(objNode, key, ctx);
      if (cjs) {
        if (cjs.whole) this.writeCell(ctx.module.cjsKey, stepped, true, ctx);
        else if (cjs.prop !== undefined) this.writeCell(ctx.module.cjsKey, withProp(EMPTY, cjs.prop, stepped, true), true, ctx);
        return;
      }
    }
    // X.prototype.m = fn
    if (objNode.type === "MemberExpression" && propertyName(objNode) === "prototype" && key !== undefined) {
      const ctor = this.evalExpr(objNode.object, ctx);
      for (const c of ctor.fns ?? []) {
        const ck = this.classKeyOfFunction(c);
        this.writeCell(`${ck}#${key}`, v);
        for (const f of v.fns ?? []) {
          const info = this.infoOf(f.fn, f.module);
          info.classKey = ck;
          info.name = key;
          this.indexMethod(key, info);
        }
      }
      for (const cls of ctor.classes ?? []) this.writeCell(`${cls}#${key}`, v);
      return;
    }
    const chain = key === undefined ? memberChain(objNode) : memberChain(objNode)
      ? { root: memberChain(objNode)!.root, path: [...memberChain(objNode)!.path, key] }
      : undefined;
    if (chain && chain.root === "this" && chain.path.length >= 1) {
      for (const cls of ctx.thisValue.classes ?? []) this.writeCell(`${cls}#${chain.path[0]}`, chain.path.length === 1 ? stepped : setPath(EMPTY, chain.path.slice(1), stepped), true, ctx);
      return;
    }
    if (chain && chain.root !== "this") {
      const b = this.lookup(chain.root, ctx);
      if (b) {
        const root = this.readVar(b, ctx);
        if (root.classes?.length && chain.path.length === 1) {
          for (const cls of root.classes) this.writeCell(`${cls}#${chain.path[0]}`, stepped, true, ctx);
        }
        if (root.fns?.length && chain.path.length === 1) {
          for (const c of root.fns) this.writeCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${chain.path[0]}`, stepped);
        }
        const updated = setPath(root, chain.path, stepped, !this.isLocal(b, ctx));
        this.writeVar(b, updated, ctx, true);
        return;
      }
    }
    const obj = this.evalExpr(objNode, ctx);
    if (key !== undefined) for (const cls of obj.classes ?? []) this.writeCell(`${cls}#${key}`, stepped, true, ctx);
    if (key !== undefined) for (const c of obj.fns ?? []) this.writeCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${key}`, stepped);
  }

  private cjsTarget(obj: Node, key: string | undefined, ctx: Ctx): { whole?: boolean; prop?: string } | undefined {
    const isModuleId = (n: Node) => n.type === "Identifier" && n.name === "module" && !this.lookup("module", ctx);
    const isExportsId = (n: Node) => n.type === "Identifier" && n.name === "exports" && !this.lookup("exports", ctx);
    if (isModuleId(obj) && key === "exports") return { whole: true };
    if (isExportsId(obj)) return key === undefined ? undefined : { prop: key };
    if (obj.type === "MemberExpression" && isModuleId(unwrapExpression(obj.object)) && propertyName(obj) === "exports") return key === undefined ? undefined : { prop: key };
    return undefined;
  }

  private classKeyOfFunction(c: Closure): string {
    return `fnclass#${this.infoOf(c.fn, c.module).id}`;
  }

  // ------------------------------------------------------------ calls

  private evalCall(e: TSESTree.CallExpression | TSESTree.NewExpression, ctx: Ctx, isNew: boolean): Value {
    const callee = unwrapExpression(e.callee);
    // require("x")
    if (!isNew && callee.type === "Identifier" && callee.name === "require" && !this.lookup("require", ctx)) {
      const arg = e.arguments[0];
      const spec = arg && arg.type !== "SpreadElement" ? this.evalExpr(arg, ctx) : EMPTY;
      if (spec.consts?.length === 1 && !spec.prefix) return this.importValue(ctx.module, spec.consts[0], "*");
      this.noteApi(ctx, "global Member[require]");
      return this.callApis(["global Member[require]"], EMPTY, [spec], e, ctx, e.arguments as Node[], false);
    }
    if (callee.type === "Identifier" && INTEROP_IDENTITY.has(callee.name)) {
      const arg = e.arguments[0];
      const v = arg && arg.type !== "SpreadElement" ? this.evalExpr(arg, ctx) : EMPTY;
      return join(v, { props: new Map([["default", v]]) });
    }
    if (callee.type === "Identifier" && callee.name === "__awaiter") {
      const gen = e.arguments[3];
      const g = gen && gen.type !== "SpreadElement" ? this.evalExpr(gen, ctx) : EMPTY;
      return this.callValue(g, ctx.thisValue, [], e, ctx);
    }
    let receiver: Value = EMPTY;
    let fnValue: Value;
    let methodName: string | undefined;
    if (callee.type === "MemberExpression") {
      const catching = !callee.computed && (propertyName(callee) === "catch" || (propertyName(callee) === "then" && e.arguments.length > 1));
      if (catching) ctx.throwStack.push(EMPTY);
      receiver = this.evalExpr(callee.object, ctx);
      if (catching) ctx.caught = ctx.throwStack.pop() ?? EMPTY;
      methodName = callee.computed ? this.constKey(this.evalExpr(callee.property, ctx)) : propertyName(callee);
      fnValue = this.readMember(receiver, methodName, callee, ctx);
    } else {
      fnValue = this.evalExpr(callee, ctx);
    }
    const { args, argNodes } = this.evalArgs(e.arguments, ctx);
    const result = this.dispatch(fnValue, receiver, methodName, args, argNodes, e, ctx, isNew);
    const cleanFor = this.sanitizingCalls?.(e, ctx.module.module);
    return cleanFor?.length ? sanitize(result, cleanFor) : result;
  }

  private evalArgs(list: readonly TSESTree.CallExpressionArgument[], ctx: Ctx): { args: Value[]; argNodes: Node[] } {
    const args: Value[] = [];
    const argNodes: Node[] = [];
    for (const a of list) {
      if (a.type === "SpreadElement") {
        const v = this.evalExpr(a.argument, ctx);
        args.push(join(this.elementsOf(v), taintOnly(v)));
      } else args.push(this.evalExpr(a, ctx));
      argNodes.push(a);
    }
    return { args, argNodes };
  }

  private dispatch(fnValue: Value, receiver: Value, methodName: string | undefined, args: Value[], argNodes: Node[], node: Node, ctx: Ctx, isNew: boolean): Value {
    let result: Value = EMPTY;
    let handled = false;
    // .call / .apply / .bind on functions
    if (methodName === "call" || methodName === "apply" || methodName === "bind") {
      const target = receiver;
      if (target.fns?.length || target.apis?.length) {
        const thisArg = args[0] ?? EMPTY;
        const rest = methodName === "apply" ? [this.elementsOf(args[1] ?? EMPTY)] : args.slice(1);
        if (methodName === "bind") return compact({ fns: target.fns?.map((c) => ({ ...c, boundThis: thisArg, boundArgs: rest })), apis: target.apis });
        return this.dispatch(target, thisArg, undefined, rest, argNodes.slice(1), node, ctx, false);
      }
    }
    if (fnValue.fns?.length) {
      handled = true;
      for (const c of fnValue.fns) {
        if (isNew) {
          result = join(result, this.construct(c, args, node, ctx, argNodes));
        } else {
          const thisArg = c.boundThis ?? (receiver.classes?.length || !isEmpty(receiver) ? receiver : EMPTY);
          const allArgs = c.boundArgs ? [...c.boundArgs, ...args] : args;
          result = join(result, this.callClosure(c, thisArg, allArgs, node, ctx, ctx.depth + 1, argNodes));
        }
      }
    }
    if (fnValue.classes?.length && isNew) {
      handled = true;
      for (const cls of fnValue.classes) result = join(result, this.constructClass(cls, args, node, ctx, argNodes));
    }
    if (fnValue.apis?.length) {
      handled = true;
      const apis = fnValue.apis;
      for (const api of apis) this.noteApi(ctx, api);
      result = join(result, this.callApis(apis, receiver, args, node, ctx, argNodes, isNew));
    }
    if (!handled) {
      const builtin = methodName !== undefined ? builtinMethod(this, methodName, receiver, args, node, ctx) : undefined;
      if (builtin !== undefined) return builtin;
      // Bundles: the receiver is unknown, but method names survive minification.
      if (methodName !== undefined && isEmpty(receiver) === false && !receiver.atoms?.length && !receiver.refs?.length) {
        // known object without that method: nothing to call
      } else if (methodName !== undefined && !receiver.apis?.length && !receiver.props?.size && !receiver.classes?.length && !receiver.fns?.length) {
        const candidates = this.methodCandidates(methodName);
        if (candidates.length > 0 && candidates.length <= MAX_NAME_CANDIDATES) {
          for (const info of candidates) {
            result = join(result, this.callClosure({ fn: info.node, module: info.module, scope: info.scope ?? info.module.scope, classKey: info.classKey }, EMPTY, args, node, ctx, ctx.depth + 1, argNodes));
          }
          return result;
        }
      }
      // Unknown code: the result carries the arguments' (and receiver's) taint; callbacks get it too.
      const flowing = join(taintOnly(receiver), joinAll(args.map((a) => deepTaint(a))));
      this.invokeCallbacks(args, flowing, node, ctx);
      return flowing;
    }
    return result;
  }

  private invokeCallbacks(args: Value[], paramValue: Value, node: Node, ctx: Ctx, skip?: Set<number>): void {
    args.forEach((a, i) => {
      if (skip?.has(i) || !a.fns?.length) return;
      for (const c of a.fns) this.callClosure(c, EMPTY, [paramValue, paramValue, paramValue], node, ctx, ctx.depth + 1);
    });
  }

  private construct(c: Closure, args: Value[], node: Node, ctx: Ctx, argNodes?: Node[]): Value {
    const key = c.classKey && c.fn.type !== "ArrowFunctionExpression" && this.infoOf(c.fn, c.module).name === "constructor" ? c.classKey : this.classKeyOfFunction(c);
    const instance: Value = { classes: [key] };
    this.callClosure(c, instance, args, node, ctx, ctx.depth + 1, argNodes);
    return instance;
  }

  private constructClass(cls: string, args: Value[], node: Node, ctx: Ctx, argNodes: Node[]): Value {
    const instance: Value = { classes: [cls] };
    this.runConstructor(cls, instance, args, node, ctx, argNodes, 0);
    return instance;
  }

  private runConstructor(cls: string, instance: Value, args: Value[], node: Node, ctx: Ctx, argNodes: Node[], depth: number): void {
    if (depth > 6) return;
    const ctor = this.readCell(`${cls}#constructor`);
    if (ctor.fns?.length) {
      for (const c of ctor.fns) this.callClosure(c, instance, args, node, ctx, ctx.depth + 1, argNodes);
    }
    const sup = this.readCell(`${cls}#__super`);
    // Without an explicit constructor, arguments go to the parent's.
    if (!ctor.fns?.length) for (const s of sup.classes ?? []) this.runConstructor(s, instance, args, node, ctx, argNodes, depth + 1);
  }

  /** Calls to library APIs: sinks, sources, steps, sanitizers, callbacks, and the default step. */
  private callApis(apis: readonly string[], receiver: Value, args: Value[], node: Node, ctx: Ctx, argNodes: Node[], isNew: boolean): Value {
    let result: Value = EMPTY;
    const callbacksDone = new Set<number>();
    for (const api of apis) {
      const builtin = builtinCall(this, api, receiver, args, node, ctx, isNew);
      if (builtin !== undefined) {
        result = join(result, builtin);
        args.forEach((a, i) => a.fns?.length && callbacksDone.add(i));
        continue;
      }
      const argAt = (tokens: string[]) => this.selectArgument(tokens, receiver, args);
      for (const sink of this.models.sinksAt(api)) this.sinkAtCall(sink, api, argAt, node, ctx);
      const retKey = appendToken(api, isNew ? "Instance" : "ReturnValue");
      let ret: Value = retKey ? { apis: [retKey] } : EMPTY;
      const steps = this.models.stepsAt(api);
      if (retKey) {
        const atoms = this.sourcesAtKey(retKey, node, ctx, argAt);
        if (atoms.length) ret = join(ret, { atoms });
      }
      if (steps.length) {
        for (const st of steps) {
          const input = this.selectArgument(st.input, receiver, args);
          if (st.output[0] === "ReturnValue") ret = join(ret, deepTaint(input));
          else {
            const ai = argumentIndex(st.output[0]);
            const pm = /^Parameter\[(\d+)\]$/.exec(st.output[1] ?? "");
            if (typeof ai === "number" && pm && args[ai]?.fns) {
              const params: Value[] = [];
              params[Number(pm[1])] = input;
              for (const c of args[ai].fns!) this.callClosure(c, EMPTY, params.map((p) => p ?? EMPTY), node, ctx, ctx.depth + 1);
              callbacksDone.add(ai);
            }
          }
        }
      } else if (!this.models.sanitizerKindsAt(api).includes("*")) {
        // The documented default: a library call's result carries its arguments' taint.
        ret = join(ret, joinAll(args.map((a) => deepTaint(a))));
      }
      const kinds = this.models.sanitizerKindsAt(api);
      if (kinds.length) ret = kinds.includes("*") ? compact({ ...ret, atoms: undefined, refs: undefined }) : sanitize(ret, kinds);
      // Sources on callback parameters: fs.readFile(p, (err, data) => ...)
      const cbSources = this.models.callbackSourcesAt(api);
      for (let i = 0; i < args.length; i++) {
        if (!args[i].fns?.length || callbacksDone.has(i)) continue;
        const params: Value[] = [EMPTY, EMPTY, EMPTY];
        const base = joinAll(args.filter((_, j) => j !== i).map((a) => deepTaint(a)));
        for (let p = 0; p < params.length; p++) params[p] = base;
        for (const cb of cbSources.filter((s) => s.argument === i)) {
          const atoms = this.sourcesAtKey(`${api}.Argument[${i}].Parameter[${cb.parameter}]`, node, ctx, argAt);
          const row = cb.row;
          const label = atoms.length ? atoms : this.sourceAtomsForRow(row, node, ctx, argAt);
          params[cb.parameter] = join(params[cb.parameter], { atoms: label });
        }
        // Event data arrives through callbacks: res.on("data", chunk => ...).
        params[0] = join(params[0], taintOnly(receiver));
        for (const c of args[i].fns!) this.callClosure(c, EMPTY, params, node, ctx, ctx.depth + 1);
        callbacksDone.add(i);
      }
      result = join(result, ret);
    }
    return result;
  }

  private sourceAtomsForRow(row: import("./spec.js").SourceRow, node: Node, ctx: Ctx, argAt: (t: string[]) => Value): Atom[] {
    let name = row.name ?? "*";
    if (row.requiresMatch) {
      const at = argAt(row.requiresMatch.at.split("."));
      const matched = (at.consts ?? []).find((c) => {
        row.requiresMatch!.pattern.lastIndex = 0;
        return row.requiresMatch!.pattern.test(c);
      });
      if (matched === undefined) return [];
      name = matched.split(UNKNOWN_PART).join("*");
    }
    const label = this.label(row.kind, name, node, ctx.module.module);
    return [{ label, path: extendPath(undefined, { location: label.location, label: `${name} read` }), sanitized: [], guards: [] }];
  }

  /** The value at `Argument[n].Member[x]...` of a call. */
  private selectArgument(tokens: readonly string[], receiver: Value, args: Value[]): Value {
    if (tokens.length === 0) return EMPTY;
    const first = tokens[0];
    const m = /^Argument\[(\d+|this)(\.\.)?\]$/.exec(first);
    if (!m) return EMPTY;
    let v: Value;
    if (m[1] === "this") v = receiver;
    else if (m[2]) v = joinAll(args.slice(Number(m[1])));
    else v = args[Number(m[1])] ?? EMPTY;
    for (const t of tokens.slice(1)) {
      const mm = /^Member\[(.*)\]$/.exec(t);
      if (!mm) break;
      const names = mm[1].split(",").map((s) => s.trim());
      let next: Value = EMPTY;
      for (const n of names) next = join(next, v.props?.get(n) ?? EMPTY);
      // Unknown structure: the whole value may hold it.
      v = v.props ? next : taintOnly(v);
    }
    return v;
  }

  private sinkAtCall(sink: SinkMatch, api: string, argAt: (t: string[]) => Value, node: Node, ctx: Ctx): void {
    if (sink.requires) {
      const req = argAt(sink.requires);
      if (isEmpty(req) || req.consts?.every((c) => c === "false" || c === "0" || c === "")) return;
    }
    const value = deepTaint(argAt(sink.selector), true);
    if (!hasTaint(value) && !sink.destination) return;
    const destination = sink.destination ? argAt(sink.destination) : undefined;
    if (!hasTaint(value) && !(destination && hasTaint(destination))) return;
    const pending: PendingSink = {
      match: { kind: sink.row.kind, callee: describeApi(api), argument: sink.selector.join(".") },
      node,
      module: ctx.module.module,
      location: locationOf(ctx.module.module.path, node),
      value,
      destination,
    };
    this.addPending(pending, ctx);
  }

  private addPending(p: PendingSink, ctx: Ctx): void {
    this.emitHit(p);
    // Also when evaluated inline (higher-order callees such as a Promise executor calling `resolve`):
    // the caller instantiates or re-queues what still depends on its parameters.
    if (p.value.refs?.length || p.destination?.refs?.length) ctx.pending.push(p);
  }

  private emitHit(p: PendingSink): void {
    const atoms = p.value.atoms ?? [];
    const destination = p.destination ? toDestination(p.destination, p.location, `reaches ${p.match.callee}`) : undefined;
    if (atoms.length === 0 && !(destination && destination.tainted.length)) return;
    const destKey = destination ? `${destination.constants.join("|")}#${destination.configuredBy.join("|")}#${destination.tainted.map((l) => l.id).join("|")}` : "";
    const key = `${p.match.kind}|${p.location.file}:${p.location.line}:${p.location.column}|${p.match.argument}|${destKey}`;
    let hit = this.hitsByKey.get(key);
    if (!hit) {
      hit = { kind: p.match.kind, callee: p.match.callee, node: p.node, module: p.module, location: p.location, argument: p.match.argument, flows: [], destination };
      this.hitsByKey.set(key, hit);
    }
    for (const a of atoms) {
      const flow = atomToFlow(a, p.location, `reaches ${p.match.callee}`);
      const prev = hit.flows.findIndex((f) => f.label.id === a.label.id && sameSets(f.sanitizedFor, flow.sanitizedFor) && sameSets(f.guards, flow.guards));
      if (prev < 0) hit.flows.push(flow);
      else if (flow.path.length < hit.flows[prev].path.length) hit.flows[prev] = flow;
    }
  }

  private noteApi(ctx: Ctx, api: string): void {
    if (!ctx.fn) return;
    let set = this.apisByFn.get(ctx.fn.node);
    if (!set) {
      set = new Set();
      this.apisByFn.set(ctx.fn.node, set);
    }
    if (set.size < 512) set.add(api);
  }

  private noteCallee(ctx: Ctx, fn: FunctionNode): void {
    if (!ctx.fn) return;
    let set = this.calleesByFn.get(ctx.fn.node);
    if (!set) {
      set = new Set();
      this.calleesByFn.set(ctx.fn.node, set);
    }
    set.add(fn);
  }

  // ------------------------------------------------------------ user functions

  infoOf(fn: FunctionNode, module: ModuleState): FnInfo {
    let info = this.fnInfo.get(fn);
    if (!info) {
      const name = fn.type !== "ArrowFunctionExpression" && fn.id ? fn.id.name : "anonymous function";
      info = { id: this.nextId++, node: fn, module, name, higherOrder: callsOwnParameter(fn), evaluated: false };
      this.fnInfo.set(fn, info);
    }
    return info;
  }

  /** Calls a function value (any Interp caller: builtins use it for callbacks). */
  callValue(fnValue: Value, thisValue: Value, args: Value[], node: Node, ctx: Ctx, argNodes?: Node[]): Value {
    return this.dispatch(fnValue, thisValue, undefined, args, argNodes ?? [], node, ctx, false);
  }

  private callClosure(c: Closure, thisArg: Value | undefined, args: Value[], node: Node | undefined, caller: Ctx | undefined, depth: number, _argNodes?: Node[]): Value {
    if (c.native) return c.native(args);
    const info = this.infoOf(c.fn, c.module);
    info.scope ??= c.scope;
    if (caller) this.noteCallee(caller, c.fn);
    const callStep = node && caller ? this.step(node, caller, `passed to ${info.name === "anonymous function" ? "a callback" : info.name + "()"}`) : undefined;
    const thisValue = thisArg && !isEmpty(thisArg) ? thisArg : c.classKey ? { classes: [c.classKey] } : EMPTY;
    if (caller && (info.higherOrder || this.summaryStack.includes(c.fn)) && depth <= MAX_INLINE_DEPTH && caller.depth < MAX_INLINE_DEPTH) {
      // Evaluate with the actual arguments at this call site.
      if (this.summaryStack.includes(c.fn)) return this.summaries.get(c.fn)?.ret ?? EMPTY;
      const r = this.evaluateFunction(c, info, thisValue, args.map((a) => (callStep ? withStep(a, callStep) : a)), false, caller.depth + 1);
      for (const p of r.pending) this.addPending(p, caller);
      for (const eff of r.effects) this.writeCell(eff.key, eff.value, true, caller);
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
        const symbolicThis: Value = join(thisValue.classes?.length ? thisValue : { classes: [this.classKeyOfFunction(c)] }, { refs: [paramRef(info.id, -1, c.fn, c.module, "this")] });
        const params = c.fn.params.map((p, i) => ({ refs: [paramRef(info.id, i, c.fn, c.module, paramName(p, i))] }) as Value);
        const r = this.evaluateFunction(c, info, symbolicThis, params, true, 0);
        summary.ret = r.ret;
        summary.throws = r.throws;
        summary.pending = r.pending;
        summary.effects = r.effects;
        summary.done = true;
      } finally {
        this.summaryStack.pop();
      }
    }
    if (!caller) return EMPTY;
    const actualThis = thisValue;
    const inst = (v: Value) => instantiate(v, info.id, args, actualThis, callStep);
    for (const p of summary.pending) {
      this.addPending({ ...p, value: inst(p.value), destination: p.destination ? inst(p.destination) : undefined }, caller);
    }
    if (!isEmpty(summary.throws)) caller.addThrow(inst(summary.throws));
    for (const eff of summary.effects) this.writeCell(eff.key, inst(eff.value), true, caller);
    const ret = inst(summary.ret);
    return hasTaint(ret) && node ? withStep(ret, this.step(node, caller, `returned from ${info.name === "anonymous function" ? "a callback" : info.name + "()"}`)) : ret;
  }

  private evaluateFunction(c: Closure, info: FnInfo, thisValue: Value, args: Value[], summary: boolean, depth: number): { ret: Value; throws: Value; pending: PendingSink[]; effects: { key: unknown; value: Value }[] } {
    info.evaluated = true;
    const frame = new Frame(this.nextId++);
    const parentScope = c.scope;
    const scope = this.scopeFor(c.fn, parentScope, frame);
    const ctx = new Ctx(c.module, frame, scope, info, c.fn.type === "ArrowFunctionExpression" ? thisValue : thisValue, summary, depth);
    this.states.set(frame, new VarState(undefined, 0));
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
          const label = this.label(s.kind, s.name, p, c.module.module);
          v = join(v, { atoms: [{ label, path: extendPath(undefined, { location: label.location, label: `${s.name}: ${describeParam(p)}` }), sanitized: [], guards: [] }] });
        }
      }
      this.bindPattern(p, v, ctx, undefined);
    });
    if (c.fn.body.type === "BlockStatement") this.evalStatements(c.fn.body.body, ctx);
    else this.addReturn(c.fn.body, this.evalExpr(c.fn.body, ctx), ctx);
    this.finishClosures(ctx);
    const throws = ctx.throwStack[0];
    this.functionResults(c.fn, c.module, ctx, throws);
    return { ret: ctx.ret, throws, pending: ctx.pending, effects: ctx.effects };
  }

  /** Closures created here but never called: evaluate them once so their insides are seen. */
  private finishClosures(_ctx: Ctx): void {
    // Handled by evaluateUnreachedFunctions after each round (needs only the defining scope).
  }

  /** Function-level sinks: what a tool handler returns or lets escape. */
  private functionResults(fn: FunctionNode, st: ModuleState, ctx: Ctx, throws: Value): void {
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
          this.emitHit({ match: { kind: s.kind, callee: `the result of ${s.name}`, argument: "ReturnValue" }, node: site.node, module: st.module, location: locationOf(st.module.path, site.node), value: v });
        }
      } else if (throwAtoms.length) {
        // Located at the throw: the first step of each path that says "thrown".
        for (const a of throwAtoms) {
          const steps = pathSteps(a.path);
          const thrownAt = [...steps].reverse().find((x) => x.label === "thrown")?.location ?? locationOf(st.module.path, fn);
          this.emitHit({ match: { kind: s.kind, callee: `an error escaping ${s.name}`, argument: "Throw" }, node: fn, module: st.module, location: thrownAt, value: { atoms: [a] } });
        }
      }
    }
  }

  // ------------------------------------------------------------ helpers for builtins

  step(node: Node, ctx: Ctx, label: string): FlowStep {
    return { location: locationOf(ctx.module.module.path, node), label };
  }

  elementsOf(v: Value): Value {
    // Iterating a string or unknown tainted value yields tainted items.
    return join(v.elems ?? EMPTY, taintOnly(v));
  }

  noteIncomplete(file: string, reason: string): void {
    if (!this.incomplete.some((x) => x.file === file && x.reason === reason)) this.incomplete.push({ file, reason });
  }

  /** Writes through a method call on a local (`params.set(k, v)`, `list.push(x)`). */
  mutateReceiver(node: Node, add: Value, ctx: Ctx): void {
    if (node.type !== "CallExpression") return;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== "MemberExpression") return;
    const chain = memberChain(callee.object as TSESTree.MemberExpression | TSESTree.Identifier);
    if (!chain) return;
    if (chain.root === "this") {
      if (chain.path.length >= 1) for (const cls of ctx.thisValue.classes ?? []) this.writeCell(`${cls}#${chain.path[0]}`, chain.path.length === 1 ? { elems: add } : add, true, ctx);
      return;
    }
    const b = this.lookup(chain.root, ctx);
    if (!b) return;
    const root = this.readVar(b, ctx);
    if (chain.path.length === 0) {
      this.writeVar(b, join(root, { elems: add }), ctx);
      return;
    }
    const cur = readPath(root, chain.path);
    this.writeVar(b, setPath(root, chain.path, join(cur, { elems: add })), ctx);
  }

  takeCaught(ctx: Ctx): Value {
    const v = ctx.caught;
    ctx.caught = EMPTY;
    return v;
  }

  addThrowValue(v: Value, ctx: Ctx): void {
    if (!isEmpty(v)) ctx.addThrow(v);
  }

  assignToArgument(node: Node, index: number, key: string | undefined, value: Value, ctx: Ctx): void {
    if (node.type !== "CallExpression" && node.type !== "NewExpression") return;
    const arg = node.arguments[index];
    if (!arg || arg.type === "SpreadElement") return;
    if (key !== undefined) {
      this.assignInto(unwrapExpression(arg), key, value, ctx, node);
      return;
    }
    for (const [k, v] of value.props ?? []) this.assignInto(unwrapExpression(arg), k, v, ctx, node);
    const rest = taintOnly(value);
    if (!isEmpty(rest)) this.assignInto(unwrapExpression(arg), undefined, rest, ctx, node);
  }

  /** The constant values of an expression (through variables, concatenation, decoding). */
  constantsOf(node: Node, module: ParsedModule): string[] {
    const st = this.stateOf(module);
    const ctx = new Ctx(st, new Frame(0), st.scope, undefined, EMPTY, false, 0);
    const v = this.evalExpr(node, ctx);
    return [...(v.consts ?? [])];
  }

  callsBy(fn: FunctionNode): Set<FunctionNode> | undefined {
    return this.calleesByFn.get(fn);
  }
}

// ------------------------------------------------------------ value helpers

function paramRef(fnId: number, index: number, fn: FunctionNode, st: ModuleState, name: string): ParamRef {
  const loc = locationOf(st.module.path, index >= 0 && fn.params[index] ? fn.params[index] : fn);
  return { fnId, index, access: [], path: extendPath(undefined, { location: loc, label: `parameter ${name}` }), sanitized: [], guards: [] };
}

function paramName(p: TSESTree.Parameter, i: number): string {
  if (p.type === "Identifier") return p.name;
  if (p.type === "AssignmentPattern" && p.left.type === "Identifier") return p.left.name;
  if (p.type === "TSParameterProperty" && p.parameter.type === "Identifier") return p.parameter.name;
  return `#${i + 1}`;
}

function describeParam(p: TSESTree.Parameter): string {
  if (p.type === "ObjectPattern") return `{ ${p.properties.map((x) => (x.type === "Property" ? (propertyName(x) ?? "?") : "...")).join(", ")} }`;
  return paramName(p, 0);
}

/** Replaces a summary's references to the callee's own parameters by the call's arguments. */
function instantiate(v: Value, fnId: number, args: Value[], thisValue: Value, callStep: FlowStep | undefined, depth = 0): Value {
  const refs = v.refs;
  const hasOwn = refs?.some((r) => r.fnId === fnId);
  let props = v.props;
  if (depth < 4 && v.props) {
    let changed = false;
    const next = new Map<string, Value>();
    for (const [k, p] of v.props) {
      const q = instantiate(p, fnId, args, thisValue, callStep, depth + 1);
      if (q !== p) changed = true;
      next.set(k, q);
    }
    if (changed) props = next;
  }
  const elems = depth < 4 && v.elems ? instantiate(v.elems, fnId, args, thisValue, callStep, depth + 1) : v.elems;
  if (!hasOwn && props === v.props && elems === v.elems) return v;
  let out: Value = compact({ ...v, refs: refs?.filter((r) => r.fnId !== fnId), props, elems });
  for (const r of refs ?? []) {
    if (r.fnId !== fnId) continue;
    let actual = r.index === -1 ? thisValue : (args[r.index] ?? EMPTY);
    for (const k of r.access) actual = readSimple(actual, k);
    // The ref's own history (inside the callee) follows the caller's history.
    let mapped = mapAtoms(actual, (a) => ({
      ...a,
      path: concatPath(callStep ? extendPath(a.path, callStep) : a.path, r.path?.prev),
      sanitized: r.sanitized.length ? [...new Set([...a.sanitized, ...r.sanitized])].sort() : a.sanitized,
      guards: r.guards.length ? [...new Set([...a.guards, ...r.guards])].sort() : a.guards,
      whole: a.whole || r.whole,
    }), (x) => ({
      ...x,
      path: concatPath(x.path, r.path?.prev),
      sanitized: r.sanitized.length ? [...new Set([...x.sanitized, ...r.sanitized])].sort() : x.sanitized,
      guards: r.guards.length ? [...new Set([...x.guards, ...r.guards])].sort() : x.guards,
    }));
    if (r.access.length === 0) mapped = join(mapped, compact({ apis: actual.apis, fns: actual.fns, props: actual.props, elems: actual.elems, consts: actual.consts, prefix: actual.prefix, classes: actual.classes }));
    out = join(out, mapped);
  }
  return out;
}

function mapAtoms(v: Value, atom: (a: Atom) => Atom, ref: (r: ParamRef) => ParamRef): Value {
  const t = deepTaintShallow(v);
  return compact({ atoms: t.atoms?.map(atom), refs: t.refs?.map(ref) });
}

function deepTaintShallow(v: Value): Value {
  return v.props || v.elems ? deepTaint(v) : taintOnly(v);
}

function readSimple(v: Value, key: string): Value {
  let out = v.props?.get(key) ?? EMPTY;
  if (v.elems && /^\d+$/.test(key)) out = join(out, v.elems);
  if (v.atoms?.length || v.refs?.length) {
    out = join(out, compact({ atoms: v.atoms?.map((a) => (a.field === undefined ? { ...a, field: key } : a)), refs: v.refs?.map((r) => (r.access.length < MAX_ACCESS ? { ...r, access: [...r.access, key] } : r)) }));
  }
  return out;
}

function readPath(v: Value, path: readonly string[]): Value {
  let cur = v;
  for (const k of path) cur = cur.props?.get(k) ?? EMPTY;
  return cur;
}

function setPath(root: Value, path: readonly string[], v: Value, weak = false, depth = 0): Value {
  if (path.length === 0) return weak ? join(root, v) : v;
  const [head, ...rest] = path;
  const child = root.props?.get(head) ?? EMPTY;
  if (depth > 4) return root;
  return withProp(root, head, setPath(child, rest, v, weak, depth + 1), true);
}

function withoutProps(v: Value, keys: string[]): Value {
  if (!v.props) return v;
  const props = new Map([...v.props].filter(([k]) => !keys.includes(k)));
  return compact({ ...v, props });
}

function keysOf(v: Value): Value {
  const keys = [...(v.props?.keys() ?? [])];
  return join(keys.length ? { consts: keys.slice(0, MAX_CONSTS) } : EMPTY, taintOnly(v));
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
  for (const p of parts) {
    taint = join(taint, deepTaintShallow(p));
    const pieces = p.consts?.length ? p.consts.map((c) => (p.prefix ? c + UNKNOWN_PART : c)) : [UNKNOWN_PART];
    if (p.consts?.length) known = true;
    const next: string[] = [];
    for (const a of consts) {
      for (const b of pieces) {
        if (next.length >= MAX_CONSTS) break;
        const joined = a.endsWith(UNKNOWN_PART) && b.startsWith(UNKNOWN_PART) ? a + b.slice(1) : a + b;
        next.push(joined.slice(0, MAX_CONST_LENGTH));
      }
    }
    consts = [...new Set(next)];
  }
  if (!known) return taint;
  // A trailing unknown part is what `prefix` says.
  const prefix = consts.some((c) => c.endsWith(UNKNOWN_PART));
  return compact({ ...taint, consts: consts.map((c) => (c.endsWith(UNKNOWN_PART) ? c.slice(0, -1) : c)), prefix: prefix || undefined });
}

function appendToken(api: string, token: string): string | undefined {
  const { tokens } = parseApiKey(api);
  if (tokens.length >= MAX_API_TOKENS) return undefined;
  // `x.default` of a package is the package (ESM/CJS interop).
  if (token === "Member[default]" && tokens.length === 0) return api;
  return tokens.length === 0 && !api.includes(" ") ? `${api} ${token}` : `${api}.${token}`;
}

function describeApi(api: string): string {
  const { pkg, tokens } = parseApiKey(api);
  const parts = tokens.map((t) => {
    const m = /^Member\[(.*)\]$/.exec(t);
    if (m) return `.${m[1]}`;
    if (t === "ReturnValue") return "()";
    if (t === "Instance") return "";
    return "";
  });
  const head = pkg === "global" ? "" : pkg;
  const s = (head + parts.join("")).replace(/^\./, "");
  return s || pkg;
}

function memberChain(node: Node): { root: string; path: string[] } | undefined {
  const path: string[] = [];
  let n = unwrapExpression(node);
  while (n.type === "MemberExpression") {
    const name = propertyName(n);
    if (name === undefined) return undefined;
    path.unshift(name);
    n = unwrapExpression(n.object);
  }
  if (n.type === "Identifier") return { root: n.name, path };
  if (n.type === "ThisExpression") return { root: "this", path };
  return undefined;
}

function describeTarget(node: Node): string {
  const chain = memberChain(node);
  if (chain) return [chain.root, ...chain.path].join(".");
  return "an object";
}

function isLiteralTest(n: Node): boolean {
  return (n.type === "Literal" && n.value !== null && typeof n.value !== "object") || (n.type === "TemplateLiteral" && n.expressions.length === 0);
}

function sameSets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function atomToFlow(a: Atom, sinkLocation: Location, sinkLabel: string): Flow {
  const steps = pathSteps(a.path);
  steps.push({ location: sinkLocation, label: sinkLabel });
  return { label: a.label, sanitizedFor: [...a.sanitized], guards: [...a.guards], path: steps, ...(a.whole ? { whole: true } : {}), ...(a.field ? { field: a.field } : {}) };
}

function toDestination(v: Value, sinkLocation: Location, sinkLabel: string): Destination {
  const atoms = deepTaint(v).atoms ?? [];
  // Constants up to the first unknown part: what is known from the start of the destination.
  const consts = v.consts ?? [];
  const constants = [...new Set(consts.map((c) => c.split(UNKNOWN_PART)[0]).filter((c) => c.length > 0))];
  const prefixOnly = !!v.prefix || consts.some((c) => c.includes(UNKNOWN_PART));
  // Every alternative names its scheme and host in full: data can only be in the path or query.
  const hostFixed = consts.length > 0 && consts.every((c) => FIXED_HOST.test(c) || (!v.prefix && /^[a-z][a-z0-9+.-]*:\/\/[^/?#\u0000]+$/i.test(c)));
  const configuredBy = hostFixed ? [] : [...new Set(atoms.filter((a) => CONFIG_KINDS.has(a.label.kind)).map((a) => a.label.name))];
  // Under a fixed host, even configuration values are just data in the path or query.
  const taintedAtoms = atoms.filter((a) => hostFixed || !CONFIG_KINDS.has(a.label.kind));
  const tainted = uniqueLabels(taintedAtoms.map((a) => a.label));
  const flows = taintedAtoms.map((a) => atomToFlow(a, sinkLocation, sinkLabel));
  return { constants, prefixOnly, hostFixed, configuredBy, tainted, ...(flows.length ? { flows } : {}), unresolved: constants.length === 0 && configuredBy.length === 0 };
}

/** `https://host/...`, or a path (`/v1/...`) resolved against a client's base URL. */
const FIXED_HOST = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\u0000]+[/?#]|\/(?!\/))/i;

/** Source kinds that mean "the user configured this" when they shape a destination. */
const CONFIG_KINDS = new Set(["env", "argv", "config-file", "user-config"]);

function uniqueLabels(labels: Label[]): Label[] {
  const seen = new Set<number>();
  return labels.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
}

function joinStates(a: VarState, b: VarState, _e: Engine): VarState {
  const out = new VarState(b, b.depth + 1);
  for (let s: VarState | undefined = a; s && s !== b; s = s.base) {
    for (const [k, v] of s.own) if (!out.own.has(k)) out.own.set(k, join(v, b.get(k) ?? EMPTY));
  }
  return out;
}

function collectFunctions(root: Node, out: FunctionNode[]): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") out.push(n);
    const kids = childNodes(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

import { childrenOf } from "../parse/ast.js";
function childNodes(n: Node): Node[] {
  return childrenOf(n);
}

/** A function that calls one of its parameters (or a property of one): `retry(fn)`, `withClient(cb)`. */
function callsOwnParameter(fn: FunctionNode): boolean {
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
    for (const k of childrenOf(n)) stack.push(k);
  }
  return found;
}

export { stringLiteralValue };

function importedName(n: TSESTree.Node): string {
  if (n.type === "Identifier") return n.name;
  if (n.type === "Literal") return String(n.value);
  return "default";
}

function refersTo(v: Value, fnId: number, depth = 0): boolean {
  if (v.refs?.some((r) => r.fnId === fnId)) return true;
  if (depth > 4) return false;
  if (v.props) for (const p of v.props.values()) if (refersTo(p, fnId, depth + 1)) return true;
  return !!v.elems && refersTo(v.elems, fnId, depth + 1);
}

function dropRefs(v: Value, fnId: number, depth = 0): Value {
  const props = v.props && depth < 5 ? new Map([...v.props].map(([k, p]) => [k, dropRefs(p, fnId, depth + 1)] as const)) : v.props;
  return compact({ ...v, refs: v.refs?.filter((r) => r.fnId !== fnId), props, elems: v.elems && depth < 5 ? dropRefs(v.elems, fnId, depth + 1) : v.elems });
}

/** Whether `next` carries taint or functions that `prev` did not (deeply, bounded). */
function learnedSomething(prev: Value, next: Value, depth = 0): boolean {
  if ((next.atoms?.length ?? 0) > (prev.atoms?.length ?? 0)) return true;
  if ((next.fns?.length ?? 0) > (prev.fns?.length ?? 0)) return true;
  if ((next.classes?.length ?? 0) > (prev.classes?.length ?? 0)) return true;
  if (depth > 3) return false;
  for (const [k, v] of next.props ?? []) {
    const p = prev.props?.get(k);
    if (!p ? deepTaint(v).atoms?.length || v.fns?.length : learnedSomething(p, v, depth + 1)) return true;
  }
  if (next.elems && (!prev.elems ? deepTaint(next.elems).atoms?.length : learnedSomething(prev.elems, next.elems, depth + 1))) return true;
  return false;
}
