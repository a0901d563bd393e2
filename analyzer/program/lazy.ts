// A package as reachability sees it before anything is parsed: every code file
// is a possible module, parsed the first time an entry point's imports (or a
// folder a loader reads from) lead to it. Resolution asks the parser for the
// files it probes, so a file that does not parse resolves as it does when every
// file is parsed up front: it is not a module.
import type { LazyParser } from "../parse/index.js";
import type { PackageFacts } from "../types.js";
import type { ModuleSpace } from "./reach.js";
import { type ResolutionConfig, Resolver } from "./resolve.js";

export function lazySpace(parser: LazyParser, facts: PackageFacts, aliases: ResolutionConfig): ModuleSpace {
  const resolver = new Resolver(parser, facts.name, aliases);
  return { paths: parser.candidates, module: (p) => parser.get(p), resolve: (from, spec) => resolver.resolve(from, spec), facts };
}
