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
import { FUNCTION_TYPES, walk, walkTypes, type Node } from "../parse/ast.js";
import type { Program } from "../program/index.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode } from "./context.js";
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
    private readonly program: Program,
    /** The calls of `api` in `fn`, with the arguments that name what they act on (a path, a command line). */
    private readonly targetsOf: (fn: Node, module: ParsedModule, api: string) => Node[][] | undefined,
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
    return holders.every((f) => {
      if (!this.isShared(h, f.node) || targeted.some((c) => inside(c.node, c.module, f.node, f.module))) return false;
      const module = f.module ?? this.moduleOf(f.node);
      const calls = module ? this.targetsOf(f.node, module, api) : undefined;
      // The target must be fixed in the shared code itself: one its callers pass (`run(args)`) is each caller's choice.
      return calls !== undefined && calls.length > 0 && calls.every((args) => args.every((a) => !fromParameters(a, f.node)));
    });
  }

  private modules?: Map<Node, ParsedModule>;
  private moduleOf(fn: Node): ParsedModule | undefined {
    if (!this.modules) {
      const modules = new Map<Node, ParsedModule>();
      for (const m of this.program.modules) walkTypes(m.ast, FUNCTION_TYPES, (n) => void modules.set(n, m));
      this.modules = modules;
    }
    return this.modules.get(fn);
  }
}

/**
 * The expression takes a value from a parameter of `fn` or of a function
 * inside it, directly or through a local of `fn` assigned from one.
 */
function fromParameters(expression: Node, fn: Node): boolean {
  const params = new Set<string>();
  const locals = new Map<string, Node[]>();
  walk(fn, {
    enter(n) {
      if (isFunctionNode(n)) for (const p of n.params) for (const name of namesIn(p)) params.add(name);
      if (n.type === "VariableDeclarator") for (const name of namesIn(n.id)) locals.set(name, [...(locals.get(name) ?? []), ...(n.init ? [n.init] : [])]);
      if (n.type === "AssignmentExpression" && n.left.type === "Identifier") locals.set(n.left.name, [...(locals.get(n.left.name) ?? []), n.right]);
      if ((n.type === "ForOfStatement" || n.type === "ForInStatement") && n.left.type === "VariableDeclaration") for (const d of n.left.declarations) for (const name of namesIn(d.id)) locals.set(name, [...(locals.get(name) ?? []), n.right]);
      return undefined;
    },
  });
  const seen = new Set<string>();
  const depends = (e: Node): boolean => {
    let found = false;
    walk(e, {
      enter(n, parent) {
        if (found) return false;
        if (n.type !== "Identifier") return undefined;
        // `a.b`: the member name is not a variable.
        if (parent?.type === "MemberExpression" && parent.property === n && !parent.computed) return undefined;
        if (parent?.type === "Property" && parent.key === n && !parent.computed) return undefined;
        if (params.has(n.name)) found = true;
        else if (!seen.has(n.name) && locals.has(n.name)) {
          seen.add(n.name);
          found = locals.get(n.name)!.some(depends);
        }
        return undefined;
      },
    });
    return found;
  };
  return depends(expression);
}

function namesIn(pattern: Node): string[] {
  const out: string[] = [];
  walk(pattern, {
    enter(n, parent) {
      if (n.type === "Identifier" && !(parent?.type === "Property" && parent.key === n && parent.value !== n) && !(parent?.type === "AssignmentPattern" && parent.right === n)) out.push(n.name);
      if (n.type === "AssignmentPattern") {
        out.push(...namesIn(n.left));
        return false;
      }
      return undefined;
    },
  });
  return out;
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
