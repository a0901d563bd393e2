// What the surface tells the data-flow engine: handler parameters that carry
// tool arguments are sources (`tool-argument`), what handlers return or throw
// is what the client sees (`tool-output`, `tool-throw`).
import type { FunctionSink, FunctionSource } from "../taint/spec.js";
import type { HandlerRef } from "./index.js";

/** One entry per handler function: tools sharing a dispatcher share its sources and sinks. */
function byFunction(handlers: HandlerRef[]): { ref: HandlerRef; name: string; refs: HandlerRef[] }[] {
  const groups = new Map<HandlerRef["fn"], HandlerRef[]>();
  for (const h of handlers) groups.set(h.fn, [...(groups.get(h.fn) ?? []), h]);
  return [...groups.values()].map((refs) => ({ ref: refs[0], refs, name: refs.length === 1 ? refs[0].item.name : refs.map((r) => r.item.name).join(" | ") }));
}

/** A dispatcher's branches (a `case`, an `if` consequent, a table entry's function inside it), each with its tool. */
function partsOf(refs: HandlerRef[]): FunctionSink["parts"] {
  const parts = refs.flatMap((r) => (r.branch?.range && r.branch.loc ? [{ range: r.branch.range, lines: r.branch.loc, name: r.item.name }] : []));
  return parts.length > 0 ? parts : undefined;
}

/**
 * A low-level handler's parameter is the whole request: the tool's arguments
 * sit at `params.arguments`. A parameter that holds the arguments themselves
 * has no such property, so the envelope is named for every handler.
 */
const REQUEST_ENVELOPE: readonly [string, string] = ["params", "arguments"];

export function handlerSources(handlers: HandlerRef[]): FunctionSource[] {
  return byFunction(handlers)
    .filter(({ ref }) => ref.argumentParams.length > 0)
    .map(({ ref, name }) => ({ fn: ref.fn, module: ref.module, params: ref.argumentParams, kind: "tool-argument", name, envelope: REQUEST_ENVELOPE }));
}

/**
 * The SDK's `extra` (`RequestHandlerExtra`): the parameter after the arguments
 * (after the URI and template variables for resources, after the request for
 * low-level handlers). Its `authInfo.token` is the client's bearer token on an
 * HTTP transport; the rules read the field, the engine only labels the object.
 */
function extraParam(ref: HandlerRef): number | undefined {
  const via = ref.item.registeredVia ?? "";
  if (via === "setRequestHandler") return 1;
  if (!via.startsWith("McpServer.")) return undefined;
  if (ref.item.kind === "resource") return Math.max(ref.argumentParams.length, 1);
  return ref.argumentParams.length;
}

/** `api`: the library value `extra` is, so rows on its methods (`extra.sendRequest`) apply. */
export function requestContextSources(handlers: HandlerRef[], kind: string, api?: string): FunctionSource[] {
  return byFunction(handlers).flatMap(({ ref, name }) => {
    const index = extraParam(ref);
    return index === undefined || index >= ref.fn.params.length ? [] : [{ fn: ref.fn, module: ref.module, params: [index], kind, name, ...(api ? { api } : {}) }];
  });
}

export function handlerSinks(handlers: HandlerRef[]): FunctionSink[] {
  return byFunction(handlers).flatMap(({ ref, name, refs }) => [
    // What a return in one tool's branch gives is that tool's result.
    { fn: ref.fn, module: ref.module, what: "return" as const, kind: "tool-output", name, ...(refs.length > 1 ? { parts: partsOf(refs) } : {}) },
    { fn: ref.fn, module: ref.module, what: "throw" as const, kind: "tool-throw", name, ...(refs.length > 1 ? { parts: partsOf(refs) } : {}) },
  ]);
}
