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
import { type Node, MAX_ROUNDS, Ctx } from "./context.js";
import { collectFunctions } from "./syntax.js";
import { CallEvaluator } from "./calls.js";

export class Engine extends CallEvaluator implements Interp {
  run(): void {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      this.rounds = round + 1;
      this.cellsGrewAfterRead = false;
      this.cellRead.clear();
      this.summaries.clear();
      for (const st of this.modules.values()) st.state = "new";
      for (const st of this.modules.values()) this.evaluateModule(st);
      this.evaluateUnreachedFunctions();
      this.flushDeferredSinks();
      if (!this.cellsGrewAfterRead || this.budgetHit) break;
    }
  }

  get hits(): SinkHit[] {
    return [...this.hitsByKey.values()];
  }

  get quietHits(): SinkHit[] {
    return [...this.quietHitsByKey.values()];
  }

  protected evaluateUnreachedFunctions(): void {
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
