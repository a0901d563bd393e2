// Definitions a package hands to its own registries: a registry's name says
// what it holds. When some definitions go to one whose name says tools
// (`registerTool(def)`, `addTool("x", def)`), those handed only to a registry
// named for something else (`registerWorkflow("x", def)`, `addCommand(def)`)
// are that registry's entries, not tools, however much they look like one
// (a name, a description, a schema and an execute function).
import type { TSESTree } from "@typescript-eslint/types";
import { unwrapExpression, type Node } from "../parse/ast.js";
import type { Extraction } from "./context.js";

/** A registry call: `register…` / `add…` followed by what it holds. */
const REGISTRY_CALL = /^(?:register|add)([A-Z]\w*)$/;
/** What an MCP registry holds. */
const SURFACE_KIND = /tool|resource|prompt/i;

/** The definition objects handed only to registries named for something else, when another registry takes tools. */
export function otherRegistryEntries(x: Extraction): Set<Node> {
  const handed = new Map<Node, Set<boolean>>();
  let surfaceRegistry = false;
  for (const [name, calls] of x.callsByName) {
    const held = REGISTRY_CALL.exec(name)?.[1];
    if (!held) continue;
    const surface = SURFACE_KIND.test(held);
    for (const { call, module } of calls) {
      for (const arg of call.arguments) {
        if (arg.type === "SpreadElement") continue;
        const target = unwrapExpression(x.resolve(arg as Node, module).node);
        if (target.type !== "ObjectExpression") continue;
        const kinds = handed.get(target) ?? new Set<boolean>();
        kinds.add(surface);
        handed.set(target, kinds);
        if (surface) surfaceRegistry = true;
      }
    }
  }
  const out = new Set<Node>();
  if (!surfaceRegistry) return out;
  for (const [node, kinds] of handed) if (!kinds.has(true)) out.add(node as TSESTree.ObjectExpression);
  return out;
}
