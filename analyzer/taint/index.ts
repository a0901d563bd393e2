// taint: the data-flow engine. One Engine per program, run once; rules read its results.
import type { TSESTree } from "@typescript-eslint/types";
import type { Program } from "../program/index.js";
import type { ParsedModule } from "../types.js";
import type { Budget } from "../budget.js";
import { Engine } from "./engine.js";
import type { EngineInput, FunctionNode, TaintResult } from "./spec.js";

export * from "./spec.js";

export interface TaintOptions {
  /** Upper bound on evaluation steps for the whole program. */
  workBudget?: number;
  /** The scan's time and memory: past it the engine stops and says which files it did not finish. */
  budget?: Budget;
}

export function analyzeTaint(program: Program, input: EngineInput, options: TaintOptions = {}): TaintResult {
  const engine = new Engine(program, input, options.workBudget, options.budget);
  engine.run();
  if (process.env.MCP_WARDEN_DEBUG) process.stderr.write(`taint: ${engine.rounds} round(s), ${engine.workDone} steps, ${engine.dependencyRootsSkipped.size} inlined dependency functions not evaluated as roots${engine.stoppedBy ? `, stopped at ${engine.stoppedBy}` : ""}\n`);
  const hits = engine.hits;
  const byKind = new Map<string, typeof hits>();
  for (const h of hits) {
    const list = byKind.get(h.kind);
    if (list) list.push(h);
    else byKind.set(h.kind, [h]);
  }
  const reachableMemo = new Map<FunctionNode, Set<string>>();
  return {
    hits,
    hitsOf: (kind) => byKind.get(kind) ?? [],
    quietHits: engine.quietHits,
    reachableApis: (fn) => reachable(engine, fn, reachableMemo),
    reachableApisAvoiding: (fn, avoid) => reachable(engine, fn, new Map(), avoid),
    apisByFunction: (fn, avoid) => apisByFunction(engine, fn, avoid),
    escapingThrows: (fn) => engine.escaping.get(fn) ?? [],
    constantsOf: (node: TSESTree.Node, module: ParsedModule) => engine.constantsOf(node, module),
    sinkTexts: (kind, fn) => engine.sinkTextsByFn.get(fn)?.get(kind),
    incomplete: engine.incomplete,
    analyzed: (fn) => engine.analyzed(fn),
    callTargets: (call) => engine.targetsByCall.get(call),
    ...(engine.stoppedBy ? { stoppedBy: engine.stoppedBy } : {}),
  };
}

/** What rules see when the engine itself failed: no flows, no reachable APIs, nothing incomplete to add. */
export function emptyTaintResult(): TaintResult {
  return { hits: [], hitsOf: () => [], reachableApis: () => new Set(), escapingThrows: () => [], constantsOf: () => [], incomplete: [], analyzed: () => false };
}

/** APIs called by `fn` or anything it calls (breadth-first over the call graph the engine saw). */
function reachable(engine: Engine, fn: FunctionNode, memo: Map<FunctionNode, Set<string>>, avoid?: ReadonlySet<FunctionNode>): Set<string> {
  const hit = memo.get(fn);
  if (hit) return hit;
  const out = new Set<string>();
  const seen = new Set<FunctionNode>([fn]);
  const queue: FunctionNode[] = [fn];
  let head = 0;
  while (head < queue.length) {
    const f = queue[head++];
    for (const api of engine.apisByFn.get(f) ?? []) out.add(api);
    for (const callee of engine.calleesByFn.get(f) ?? []) {
      if (!seen.has(callee) && !avoid?.has(callee)) {
        seen.add(callee);
        queue.push(callee);
      }
    }
  }
  memo.set(fn, out);
  return out;
}

/** For `fn` and each function it reaches (breadth-first, not entering `avoid`), the APIs that function calls itself. */
function apisByFunction(engine: Engine, fn: FunctionNode, avoid?: ReadonlySet<FunctionNode>): Map<FunctionNode, ReadonlySet<string>> {
  const out = new Map<FunctionNode, ReadonlySet<string>>();
  const seen = new Set<FunctionNode>([fn]);
  const queue: FunctionNode[] = [fn];
  for (let head = 0; head < queue.length; head++) {
    const f = queue[head];
    const apis = engine.apisByFn.get(f);
    if (apis) out.set(f, apis);
    for (const callee of engine.calleesByFn.get(f) ?? []) {
      if (!seen.has(callee) && !avoid?.has(callee)) {
        seen.add(callee);
        queue.push(callee);
      }
    }
  }
  return out;
}
