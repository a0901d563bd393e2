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
import { stringLiteralValue } from "../parse/ast.js";
import type { ParsedModule } from "../types.js";
import { type Interp } from "./builtins.js";
import { Frame } from "./scope.js";
import type { FunctionNode, SinkHit } from "./spec.js";
import { type Closure, EMPTY } from "./values.js";
import { type Node, MAX_PENDING_SINKS, MAX_ROUNDS, Ctx } from "./context.js";
import { collectFunctions, readsUserSecretsDirectly } from "./syntax.js";
import type { ModuleState } from "./modules.js";

/** Files named one by one in what a stopped engine did not finish; the rest are counted. */
const MAX_UNFINISHED_FILES = 20;
/** Functions and tools named one by one in the pending-sink bound's diagnostic. */
const MAX_NAMED = 3;
const MAX_NAMED_TOOLS = 20;
import { CallEvaluator } from "./calls.js";

export class Engine extends CallEvaluator implements Interp {
  run(): void {
    // A module's function declarations exist before any of its code runs (hoisting), so before any
    // module's: a method of another bundle found by name (calls.ts unknownMethodCall) before the engine
    // reached that bundle calls its own module's helpers, not unknown code that passes its argument
    // through (a sanitizer `clean(name)` in a class method lost its marks, and the raw name stayed in the field).
    for (const st of this.modules.values()) this.hoist(st.module.ast.body, st.scope, undefined, st, true);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      this.rounds = round + 1;
      this.cellsGrewAfterRead = false;
      this.cellRead.clear();
      this.summaries.clear();
      for (const st of this.modules.values()) st.state = "new";
      for (const st of this.modules.values()) {
        if (this.budgetHit) break;
        this.evaluateModule(st);
        if (!this.budgetHit) this.completeModules.add(st);
      }
      if (!this.budgetHit) this.evaluateUnreachedFunctions();
      this.flushDeferredSinks();
      if (!this.cellsGrewAfterRead || this.budgetHit) break;
    }
    this.reportPendingBound();
    if (this.stoppedBy) this.reportUnfinished(this.stoppedBy);
  }

  /**
   * The pending-sink bound, said once for the whole program: the functions
   * that reached it (at most MAX_NAMED) and the tools whose handlers reach
   * one of them, whose flows through those functions are judged where the
   * sinks are rather than per caller.
   */
  private reportPendingBound(): void {
    if (this.pendingFullIn.size === 0) return;
    const full = [...this.pendingFullIn.values()];
    const fns = new Set(full.flatMap((f) => (f.fn ? [f.fn] : [])));
    const tools = new Set<string>();
    const reaching = this.callersOf(fns);
    for (const sinks of this.functionSinks.values()) {
      const handler = sinks[0];
      // One handler serving several tools is named "a | b" (see handlerSinks): each tool counts.
      if (reaching.has(handler.fn)) for (const tool of handler.name.split(" | ")) tools.add(tool);
    }
    const files = new Set(full.map((f) => f.file));
    const named = full.slice(0, MAX_NAMED).map((f) => `${f.name} (${f.file}:${f.line})`).join(", ");
    const more = full.length > MAX_NAMED ? ` and ${full.length - MAX_NAMED} more` : "";
    const toolList = [...tools];
    const touched = toolList.length ? `; tools reaching them: ${toolList.slice(0, MAX_NAMED_TOOLS).join(", ")}${toolList.length > MAX_NAMED_TOOLS ? ` and ${toolList.length - MAX_NAMED_TOOLS} more` : ""}` : "";
    this.incomplete.push({ file: files.size === 1 ? full[0].file : "*", reason: `too many file, network or process calls depend on the parameters of ${named}${more}; past the first ${MAX_PENDING_SINKS} in a function, what its callers pass into those calls is not followed, so findings through them may be missing${touched}` });
  }

  /**
   * `targets` and every function that calls one of them, directly or not (as far as the engine saw):
   * one walk up the call graph, rather than one walk down it per tool handler.
   */
  private callersOf(targets: ReadonlySet<FunctionNode>): Set<FunctionNode> {
    const callers = new Map<FunctionNode, FunctionNode[]>();
    for (const [caller, callees] of this.calleesByFn) {
      for (const callee of callees) {
        const list = callers.get(callee);
        if (list) list.push(caller);
        else callers.set(callee, [caller]);
      }
    }
    const seen = new Set<FunctionNode>(targets);
    const queue = [...targets];
    for (let head = 0; head < queue.length; head++) {
      for (const caller of callers.get(queue[head]) ?? []) {
        if (!seen.has(caller)) {
          seen.add(caller);
          queue.push(caller);
        }
      }
    }
    return seen;
  }

  private readonly completeModules = new Set<ModuleState>();

  /**
   * Whether every flow through `fn` was followed: some evaluation of it ran to
   * its end before the engine stopped at a bound. False for a function the
   * engine never reached, or left halfway.
   */
  analyzed(fn: FunctionNode): boolean {
    if (!this.stoppedBy) return true;
    return this.fnInfo.get(fn)?.complete === true;
  }

  /**
   * After a stop, one row for the whole program: the files with code the engine
   * did not finish, most unfinished functions first, at most
   * MAX_UNFINISHED_FILES named and the rest counted (a row per file read as
   * twenty warnings about one cause). The row names its file when it is the only one.
   */
  private reportUnfinished(why: string): void {
    const rows: { file: string; left: number; total: number; topLevel: boolean }[] = [];
    for (const st of this.modules.values()) {
      const fns = this.functionsOf(st);
      const left = fns.filter((fn) => this.fnInfo.get(fn)?.complete !== true).length;
      const topLevel = !this.completeModules.has(st);
      if (left > 0 || topLevel) rows.push({ file: st.module.path, left, total: fns.length, topLevel });
    }
    if (rows.length === 0) {
      this.incomplete.push({ file: "*", reason: `stopped at ${why} in the last round; some flows may be missing` });
      return;
    }
    rows.sort((a, b) => b.left - a.left || a.file.localeCompare(b.file));
    const unfinished = (r: (typeof rows)[number]): string => (r.total > 0 ? `${r.left} of ${r.total} functions not followed to their end${r.topLevel ? ", nor its top-level code" : ""}` : "its top-level code not followed to its end");
    if (rows.length === 1) {
      this.incomplete.push({ file: rows[0].file, reason: `stopped at ${why}: ${unfinished(rows[0])}; flows through them may be missing` });
      return;
    }
    const named = rows.slice(0, MAX_UNFINISHED_FILES).map((r) => `${r.file} (${unfinished(r)})`);
    const rest = rows.slice(MAX_UNFINISHED_FILES);
    const more = rest.length ? ` and ${rest.length} more files (${rest.reduce((n, r) => n + r.left, 0)} functions)` : "";
    this.incomplete.push({ file: "*", reason: `stopped at ${why} in ${rows.length} files: ${named.join(", ")}${more}; flows through them may be missing` });
  }

  /** Functions of inlined dependency files left out of the roots (see evaluateUnreachedFunctions), for benchmarks and debugging. */
  readonly dependencyRootsSkipped = new Set<FunctionNode>();

  /** Every function of a module, outer before inner (collected once). */
  private functionsOf(st: ModuleState): FunctionNode[] {
    let fns = this.functionsOfModule.get(st);
    if (!fns) {
      fns = [];
      collectFunctions(st.module.ast, fns);
      this.functionsOfModule.set(st, fns);
    }
    return fns;
  }

  get hits(): SinkHit[] {
    return [...this.hitsByKey.values()];
  }

  get quietHits(): SinkHit[] {
    return [...this.quietHitsByKey.values()];
  }

  /**
   * Functions no entry was seen to reach are evaluated as roots, in case a call
   * the engine could not resolve reaches them: the package's own code. A
   * bundle's inlined dependency files are not (see bundled-modules.ts): like an
   * unbundled dependency, a library function is followed where the package's
   * code calls it, and a lazily wrapped library module runs only when required.
   * Evaluating every library function as a root was most of a bundle's scan
   * (95% of the roots' work in a 6 MB server bundle) and found nothing there.
   * A tool handler stays a root wherever it is defined. So does a function
   * that itself reads the environment or the home folder: a path mark is
   * text the package writes, and the package's own code placed under a forged
   * `// node_modules/...` mark and run through a call the engine cannot
   * resolve must not take its reads of the user's secrets out of analysis;
   * library functions that read either are few and small. (A secret read
   * into a module-level binding first and used in an unreached function of
   * a span is still not seen: the mark is not proof, only a cost cut.)
   */
  protected evaluateUnreachedFunctions(): void {
    // Outer functions first, so inner ones find their defining scope.
    for (const st of this.modules.values()) {
      for (const fn of this.functionsOf(st)) {
        const info = this.infoOf(fn, st);
        if (info.evaluated) continue;
        if (!this.functionSources.has(fn) && !this.functionSinks.has(fn) && this.inDependencyFile(st, fn) && !readsUserSecretsDirectly(fn)) {
          this.dependencyRootsSkipped.add(fn);
          continue;
        }
        const closure: Closure = { fn, module: st, scope: info.scope ?? st.scope, classKey: info.classKey };
        this.callClosure(closure, undefined, [], undefined, undefined, 0);
      }
    }
  }

  /** The constant values of an expression (through variables, concatenation, decoding). */
  constantsOf(node: Node, module: ParsedModule): string[] {
    const st = this.stateOf(module);
    const ctx = new Ctx(st, new Frame(0), st.scope, undefined, EMPTY, false, 0);
    const v = this.evalExpr(node, ctx);
    ctx.frame.state = undefined;
    return [...(v.consts ?? [])];
  }

  callsBy(fn: FunctionNode): Set<FunctionNode> | undefined {
    return this.calleesByFn.get(fn);
  }
}

export { concatValues } from "./value-ops.js";
export { stringLiteralValue };
