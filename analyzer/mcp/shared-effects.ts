// Which effects a tool reaches only as the server's own bookkeeping. An
// effect (a write, a delete, a process start, a statement) is the tool's act
// when this call's values decide it. One the tool reaches only in code that
// every tool of the server goes through (an audit wrapper around every
// handler, an auth layer that refreshes its token cache, a helper every
// handler calls first), at a target no argument of this tool reaches, happens
// whichever tool is called: it says nothing about what this tool does, so it
// cannot contradict the tool's `readOnlyHint` or `destructiveHint`.
//
// "Every tool goes through it" is read off the code two ways: a function the
// handlers of all the server's tools reach (two tools at least: one tool's code
// is all its own), or a function the wrapper a server registers for each tool
// of a list reaches on its own (the tools' handlers it calls are not entered:
// what they do stays theirs).
import type { FunctionNode, TaintResult } from "../taint/spec.js";
import type { Node } from "../parse/ast.js";
import type { ParsedModule } from "../types.js";
import type { HandlerRef } from "./index.js";

/** What the capability pass gathered for one handler. */
export interface GatheredReach {
  h: HandlerRef;
  reach: { functions: readonly { node: Node; module: ParsedModule }[] };
  byFunction?: ReadonlyMap<Node, ReadonlySet<string>>;
}

/** Sink kinds whose hits say a tool argument reaches the target of an effect: its path, its command line, its statement. */
const TARGET_SINKS = ["path-traversal", "command-injection", "sql-injection", "code-injection"];

export class Bookkeeping {
  /** Functions on every tool's path. */
  private readonly shared: Set<Node>;
  /** Per tool, the effect calls whose target an argument of that tool reaches (guarded or not: a checked path is still the one the model picked). */
  private readonly targeted = new Map<string, { node: Node; module: ParsedModule }[]>();

  constructor(
    handlers: readonly HandlerRef[],
    private readonly gathered: readonly GatheredReach[],
    taint: TaintResult,
    private readonly localApis: (fn: Node) => Iterable<string>,
  ) {
    this.shared = sharedFunctions(handlers, gathered, taint);
    if (this.shared.size === 0) return;
    for (const kind of TARGET_SINKS) {
      for (const hit of taint.hitsOf(kind)) {
        for (const f of hit.flows) {
          if (f.label.kind !== "tool-argument") continue;
          for (const name of f.label.name.split(" | ")) {
            const list = this.targeted.get(name) ?? [];
            list.push({ node: hit.node, module: hit.module });
            this.targeted.set(name, list);
          }
        }
      }
    }
  }

  /** `fn` is on every tool's path and is not this handler's own function. */
  isShared(h: HandlerRef, fn: Node): boolean {
    return this.shared.has(fn) && fn !== h.fn && fn !== h.branch;
  }

  /**
   * Every function through which the handler reaches `api` is on every tool's
   * path, and none holds a call whose target this tool's argument reaches.
   */
  isBookkeeping(h: HandlerRef, api: string): boolean {
    if (this.shared.size === 0) return false;
    const g = this.gathered.find((x) => x.h === h);
    if (!g) return false;
    const holders: { node: Node; module?: ParsedModule }[] = [];
    for (const f of g.reach.functions) if ([...this.localApis(f.node)].includes(api)) holders.push(f);
    for (const [f, apis] of g.byFunction ?? []) if (apis.has(api) && !holders.some((x) => x.node === f)) holders.push({ node: f });
    if (holders.length === 0) return false;
    const targeted = this.targeted.get(h.item.name) ?? [];
    return holders.every((f) => this.isShared(h, f.node) && !targeted.some((c) => inside(c.node, c.module, f.node, f.module)));
  }
}

/** The functions all tools reach, and those a per-element registration wrapper reaches outside the tools' handlers. */
function sharedFunctions(handlers: readonly HandlerRef[], gathered: readonly GatheredReach[], taint: TaintResult): Set<Node> {
  const shared = new Set<Node>();
  const byTool = new Map<string, Set<Node>>();
  for (const g of gathered) {
    if (g.h.item.kind !== "tool") continue;
    const set = byTool.get(g.h.item.name) ?? new Set<Node>();
    for (const f of g.reach.functions) set.add(f.node);
    for (const f of g.byFunction?.keys() ?? []) set.add(f);
    byTool.set(g.h.item.name, set);
  }
  if (byTool.size >= 2) {
    const [first, ...rest] = [...byTool.values()].sort((a, b) => a.size - b.size);
    for (const f of first) if (rest.every((s) => s.has(f))) shared.add(f);
  }
  const handlerFns = new Set<FunctionNode>(handlers.map((h) => h.fn));
  for (const h of handlers) {
    if (!h.item.perElement || h.item.kind !== "tool" || h.branch) continue;
    const others = new Set([...handlerFns].filter((f) => f !== h.fn));
    for (const f of taint.apisByFunction?.(h.fn, others).keys() ?? []) if (f !== h.fn) shared.add(f);
  }
  return shared;
}

/** The call lies in the function's source (the same module, when both are known). */
function inside(call: Node, callModule: ParsedModule, fn: Node, fnModule: ParsedModule | undefined): boolean {
  if (fnModule && fnModule !== callModule) return false;
  if (!call.range || !fn.range) return true;
  return call.range[0] >= fn.range[0] && call.range[1] <= fn.range[1];
}
