// What one evaluation of the abstract interpreter carries: the evaluation
// context of a function (Ctx), its flow-sensitive variables (VarState), the
// per-function records, and the interpreter's bounds.
import type { TSESTree } from "@typescript-eslint/types";
import type { Location, ParsedModule } from "../types.js";
import { type ModuleState } from "./modules.js";
import { type Binding, Frame, Scope } from "./scope.js";
import type { FunctionNode } from "./spec.js";
import type { KeyPlacement } from "./key-paths.js";
import { EMPTY, join, taintJoinFits, type Value } from "./values.js";

export type Node = TSESTree.Node;

export type Expr = TSESTree.Expression;

export const MAX_ROUNDS = 3;

export const MAX_SUMMARY_DEPTH = 40;

export const MAX_INLINE_DEPTH = 4;
/**
 * Sink calls one function evaluation hands to its callers because they depend
 * on its parameters. Each call site instantiates its callee's; copies of one
 * sink call merge (see mergePending), so the list grows with the sink calls a
 * function reaches, not with the paths to them (before that merge, copies
 * multiplied along call chains and a bundled HTTP stack took minutes). Past
 * the bound a new sink call is judged where it is, as if no caller had
 * instantiated it.
 */
export const MAX_PENDING_SINKS = 128;
/**
 * Copies of one sink call a function keeps apart once its list holds
 * MAX_PENDING_SINKS entries: each with its own destination, or with taint
 * that does not fit one value. Past it a new copy is joined into one of them,
 * destinations too (see mergePending's `widen`). When only the whole list
 * was bounded, a dispatcher that reaches a few dozen requests, each with a
 * handful of destinations from its callers, stopped at the bound though it
 * reached far fewer sink calls than MAX_PENDING_SINKS.
 */
export const MAX_PENDING_COPIES = 8;

export const MAX_EXPR_DEPTH = 400;

/**
 * Distinct shared cells (by key and field) one summary writes with values that
 * depend on its parameters. Writes to one cell are joined into one effect (a
 * cell joins what it is written anyway), so the bound counts cells, not writes.
 */
export const MAX_EFFECTS = 64;

export const MAX_API_TOKENS = 10;

export const MAX_ACCESS = 3;

export const MAX_NAME_CANDIDATES = 3;
/** Instances a method call on a joined receiver is split into, each run with its own fields. */
export const MAX_SPLIT_RECEIVERS = 4;

export const DEFAULT_WORK_BUDGET = 30_000_000;

/** Steps between looks at the scan's clock and memory (a power of two; a look costs about a microsecond). */
export const BUDGET_CHECK_EVERY = 1024;

/**
 * Calls of package functions between looks at the clock (a power of two). A
 * count, not time, decides when to look, so where a look falls is the same on
 * any machine; a call can cost far more than a step, hence a tighter count
 * than BUDGET_CHECK_EVERY. Sentry's bundle makes about 21,000 calls: 1,300 looks.
 */
export const CLOCK_CHECK_EVERY_CALLS = 16;

/** Properties whose value says nothing about the content (`secret.length`). */
export const CONTENT_FREE_PROPS = new Set(["length", "size", "byteLength", "constructor", "prototype"]);

/** Helpers that tsc, esbuild and Babel emit, by what they do. */
export const INTEROP_IDENTITY = new Set(["__importDefault", "__importStar", "__toESM", "__toCommonJS", "_interopRequireDefault", "_interopRequireWildcard", "__esModule"]);

/**
 * `export * from` as tsc (`__exportStar(require("./x"), exports)`, also `tslib.__exportStar`) and esbuild
 * (`__reExport(target, require("./x"))`) emit it: which argument is the module whose exports are copied, which the target.
 */
export function reExportHelper(name: string | undefined): { from: number; to: number[] } | undefined {
  if (name === undefined) return undefined;
  if (/(^|_)exportStar$/.test(name)) return { from: 0, to: [1] };
  // esbuild: `__reExport(src_exports, require("./x"), module.exports)`, the third argument when the module is CommonJS.
  if (/(^|_)reExport$/.test(name)) return { from: 1, to: [0, 2] };
  return undefined;
}

export interface PendingSink {
  match: { kind: string; callee: string; argument: string };
  node: Node;
  module: ParsedModule;
  location: Location;
  value: Value;
  destination?: Value;
  /**
   * The option the sink row requires (`Argument[2].Member[shell]`) while it
   * depends on the enclosing function's parameters: a wrapper
   * `run(file, args, options)` is a shell sink only for callers that pass
   * `{ shell: true }`, so each call site decides it.
   */
  requires?: { base: Value; members: readonly string[] };
  /** Pending sinks merged into this one (see mergePending): instantiating it instantiates them. */
  origins?: readonly PendingSink[];
  /** Where each label sits in the arguments, for a row that `placesKeys`. */
  placement?: KeyPlacement;
}

/** A write to shared state that depends on the parameters; `field`: a field of `this` (per instance at each call). */
export interface Effect {
  key: unknown;
  value: Value;
  field?: string;
}

export interface Summary {
  ret: Value;
  throws: Value;
  pending: PendingSink[];
  /** Writes to shared state (class fields, exports) of values that depend on the parameters. */
  effects: Effect[];
  /** Instances the function allocates itself (`new C(opts)` in a factory): each call site gets its own (see callClosure). */
  allocs?: ReadonlySet<string>;
  done: boolean;
}

export interface FnInfo {
  id: number;
  node: FunctionNode;
  module: ModuleState;
  /** Scope the function was defined in (known once the definition was evaluated). */
  scope?: Scope;
  classKey?: string;
  name: string;
  /** Calls one of its own parameters: evaluated per call site. */
  higherOrder?: boolean;
  /** Names used inside functions nested in this one: the locals closures may read (see writeVar); null when the body is too large to look through. */
  namesInClosures?: ReadonlySet<string> | null;
  evaluated: boolean;
  /** Some evaluation ran to its end before the budget ran out (its flows are all seen). */
  complete?: boolean;
}

/** The state of one function evaluation. */
export class Ctx {
  scope: Scope;
  alive = true;
  ret: Value = EMPTY;
  returnSites: { node: Node; value: Value }[] = [];
  throwStack: Value[] = [EMPTY];
  pending: PendingSink[] = [];
  /** Set once MAX_PENDING_SINKS was reached in this evaluation. */
  pendingFull = false;
  /** Pending entries before this index were found to hold a reference a caller can bind (see LibraryCallEvaluator.makeRoomFor). */
  pendingBoundBefore = 0;
  /** Indexes into `pending` by sink call (see mergePending). */
  pendingBySite?: Map<Node, number[]>;
  effects: Effect[] = [];
  /** Index into `effects` by cell key, then field (see addEffect). */
  private effectAt?: Map<unknown, Map<string | undefined, number>>;
  /** Instances allocated by `new` in this evaluation, when it is a summary. */
  allocs?: Set<string>;
  exprDepth = 0;
  /** Throws of the receiver of a pending `.catch()` / `.then(ok, fail)`. */
  caught: Value = EMPTY;
  /**
   * Set when this evaluation is a higher-order function inlined at one call
   * site: the functions and library APIs that call handed it as values, and
   * the caller's evaluation. What it calls of those is the caller's doing
   * (`respondSafe(() => backend.x())` runs `backend.x` for that tool only), so
   * the call graph records those edges on the caller, not on the helper every
   * caller shares.
   */
  handedIn?: { fns: ReadonlySet<FunctionNode>; apis: ReadonlySet<string>; by: Ctx };
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
  /**
   * A summary's write of shared state that depends on its parameters. A cell
   * written again (a loop's every pass, each branch) joins into the effect it
   * already has: before, each write was its own effect, a loop's writes to one
   * error object's field filled the list, and every call instantiated each copy.
   * A join that would drop taint entries (the lists are capped) stays apart.
   */
  addEffect(key: unknown, value: Value, field: string | undefined): void {
    const byField = (this.effectAt ??= new Map()).get(key);
    const at = byField?.get(field);
    if (at !== undefined) {
      const known = this.effects[at];
      if (taintJoinFits(known.value, value)) {
        this.effects[at] = { ...known, value: join(known.value, value) };
        return;
      }
    }
    if (this.effects.length >= MAX_EFFECTS) return;
    if (at === undefined) {
      if (byField) byField.set(field, this.effects.length);
      else this.effectAt.set(key, new Map([[field, this.effects.length]]));
    }
    this.effects.push(field === undefined ? { key, value } : { key, value, field });
  }
  addThrow(v: Value) {
    const i = this.throwStack.length - 1;
    this.throwStack[i] = join(this.throwStack[i], v);
  }
}

/** Flow-sensitive variable state as layered maps: a branch copies nothing until it writes. */
export class VarState {
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

export function joinStates(a: VarState, b: VarState): VarState {
  const out = new VarState(b, b.depth + 1);
  for (let s: VarState | undefined = a; s && s !== b; s = s.base) {
    for (const [k, v] of s.own) if (!out.own.has(k)) out.own.set(k, join(v, b.get(k) ?? EMPTY));
  }
  return out;
}
