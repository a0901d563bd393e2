// taint: the data-flow engine. Entry point `analyzeTaint`.
// (Placeholder until the engine lands: finds no flows.)
import type { Program } from "../program/index.js";
import type { EngineInput, SinkHit, TaintResult } from "./spec.js";

export * from "./spec.js";

export function analyzeTaint(_program: Program, _input: EngineInput): TaintResult {
  const hits: SinkHit[] = [];
  return {
    hits,
    hitsOf: (kind) => hits.filter((h) => h.kind === kind),
    reachableApis: () => new Set(),
    escapingThrows: () => [],
    constantsOf: () => [],
    incomplete: [],
  };
}
