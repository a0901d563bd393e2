// A registration inside a wrapper (`const tool = (name, description, schema, cb) => server.registerTool(name, …)`)
// registers once per call of the wrapper: the wrapper's body, its name a parameter, is no tool of its own.
// When the wrapper's calls cannot be followed to it (it is kept under a registration method's name in
// an object handed to other modules: `ctx.tool("list_hosts", …)`), those calls are read as registrations
// in their own right, by their method name; the body must not add one more, nameless, tool beside them.
import type { TSESTree } from "@typescript-eslint/types";
import { unwrapExpression, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule } from "../types.js";
import { functionName, isFunctionNode, type Extraction } from "./context.js";
import { HIGH_LEVEL_METHODS } from "./high-level.js";

/** How many wrappers of wrappers are followed outwards. */
const MAX_WRAPPER_DEPTH = 4;

interface Wrapper {
  fn: FunctionNode;
  module: ParsedModule;
  /** The name the wrapper is kept under (`const tool = …`, `registerTool(name, …) {…}`), when it has one. */
  name?: string;
}

/**
 * The wrappers a registration's name argument passes through, innermost first: the function whose parameter
 * the name is, then each function that calls it passing a parameter of its own as that name.
 */
function wrappersOfName(x: Extraction, nameArg: Node, module: ParsedModule): Wrapper[] {
  const out: Wrapper[] = [];
  let arg: Node | undefined = unwrapExpression(nameArg);
  let at = module;
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH && arg?.type === "Identifier"; depth++) {
    const id: TSESTree.Identifier = arg;
    const decl = x.folder.declarationOf(id, at);
    const fn = decl?.binder;
    if (!decl || !fn || !isFunctionNode(fn)) break;
    const position = fn.params.findIndex((p) => p.type === "Identifier" && p.name === id.name);
    if (position < 0) break;
    out.push({ fn, module: at, name: functionName(fn, decl.parent) });
    // One level out: a caller that hands the wrapper a parameter of its own as the name.
    const callers = x.callsOf(fn, decl.parent, at);
    const outer = callers.length === 1 ? callers[0] : undefined;
    const passed = outer?.call.arguments[position];
    arg = passed && passed.type !== "SpreadElement" ? unwrapExpression(passed) : undefined;
    at = outer?.module ?? at;
  }
  return out;
}

/**
 * True when `call` (a registration whose name we could not read) sits in a wrapper kept under a registration
 * method's name, and the package calls that method elsewhere: those calls are the registrations.
 */
export function registersThroughOwnCalls(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule, registrations: { call: TSESTree.CallExpression; method: string; module: ParsedModule }[]): boolean {
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return false;
  const wrappers = wrappersOfName(x, first, module);
  const methods = new Set(wrappers.map((w) => w.name).filter((n): n is string => n !== undefined && HIGH_LEVEL_METHODS.has(n)));
  if (methods.size === 0) return false;
  const inWrapper = (c: TSESTree.CallExpression, m: ParsedModule) => wrappers.some((w) => w.module === m && w.fn.range[0] <= c.range[0] && c.range[1] <= w.fn.range[1]);
  return registrations.some((r) => r.call !== call && methods.has(r.method) && !inWrapper(r.call, r.module) && hasConstantName(x, r.call, r.module));
}

/** A registration call naming its tool with a literal or a constant (`ctx.tool("list_hosts", …)`). */
function hasConstantName(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule): boolean {
  const first = call.arguments[0];
  return !!first && first.type !== "SpreadElement" && x.folder.string(first, module) !== undefined;
}
