// program: all modules of a package, linked. The data-flow engine builds on this.
import type { PackageFacts, ParsedModule } from "../types.js";
import type { ModuleResolver } from "./constants.js";
import { NO_ALIASES, type ResolutionConfig, Resolver, type Resolved } from "./resolve.js";

export type { Resolved, ResolutionConfig } from "./resolve.js";
export { resolutionConfig } from "./resolve.js";

export interface Program {
  modules: ParsedModule[];
  byPath: Map<string, ParsedModule>;
  facts: PackageFacts;
  /** The package's own import aliases (tsconfig paths, package.json imports), kept so a program re-linked from fewer modules resolves the same. */
  aliases: ResolutionConfig;
  /** Resolves an import/require specifier as seen from a module. */
  resolve(fromPath: string, specifier: string): Resolved;
}

export function link(modules: ParsedModule[], facts: PackageFacts, aliases: ResolutionConfig = NO_ALIASES): Program {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const resolver = new Resolver(byPath, facts.name, aliases);
  return { modules, byPath, facts, aliases, resolve: (from, spec) => resolver.resolve(from, spec) };
}

/** The program's resolution as the constant folder asks it: the package's own module a specifier names, if any. */
export function internalModules(program: Program): ModuleResolver {
  return (from, spec) => {
    const r = program.resolve(from, spec);
    return r.kind === "internal" ? r.module : undefined;
  };
}
