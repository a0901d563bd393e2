// What the surface tells the data-flow engine: handler parameters that carry
// tool arguments are sources (`tool-argument`), what handlers return or throw
// is what the client sees (`tool-output`, `tool-throw`).
import type { FunctionSink, FunctionSource } from "../taint/spec.js";
import type { HandlerRef } from "./index.js";

/** One entry per handler function: tools sharing a dispatcher share its sources and sinks. */
function byFunction(handlers: HandlerRef[]): { ref: HandlerRef; name: string }[] {
  const groups = new Map<HandlerRef["fn"], HandlerRef[]>();
  for (const h of handlers) groups.set(h.fn, [...(groups.get(h.fn) ?? []), h]);
  return [...groups.values()].map((refs) => ({ ref: refs[0], name: refs.length === 1 ? refs[0].item.name : refs.map((r) => r.item.name).join(" | ") }));
}

export function handlerSources(handlers: HandlerRef[]): FunctionSource[] {
  return byFunction(handlers)
    .filter(({ ref }) => ref.argumentParams.length > 0)
    .map(({ ref, name }) => ({ fn: ref.fn, module: ref.module, params: ref.argumentParams, kind: "tool-argument", name }));
}

export function handlerSinks(handlers: HandlerRef[]): FunctionSink[] {
  return byFunction(handlers).flatMap(({ ref, name }) => [
    { fn: ref.fn, module: ref.module, what: "return" as const, kind: "tool-output", name },
    { fn: ref.fn, module: ref.module, what: "throw" as const, kind: "tool-throw", name },
  ]);
}
