// program: all modules of a package, linked. The data-flow engine builds on this.
import type { PackageFacts, ParsedModule } from "../types.js";

export interface Program {
  modules: ParsedModule[];
  byPath: Map<string, ParsedModule>;
  facts: PackageFacts;
}

export function link(modules: ParsedModule[], facts: PackageFacts): Program {
  return { modules, byPath: new Map(modules.map((m) => [m.path, m])), facts };
}
