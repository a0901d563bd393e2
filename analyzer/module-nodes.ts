// Every node of a module in walk order (the order of `walk` in parse/ast.ts),
// computed once per AST and shared. The rule driver dispatches visitors from
// this list, and rule helpers that need whole-module facts before the
// visitors run (the import bindings of rules/util/module-apis.ts) read the
// same list instead of walking the module again: on a 5 MB bundle each extra
// walk costs about as much as all rules' visitors together.
import { walk, type Node } from "./parse/ast.js";

const cache = new WeakMap<Node, readonly Node[]>();

/** The nodes under `root` (itself first), depth-first in source order, as `walk` visits them. */
export function nodesInWalkOrder(root: Node): readonly Node[] {
  const hit = cache.get(root);
  if (hit) return hit;
  const nodes: Node[] = [];
  walk(root, {
    enter(node) {
      nodes.push(node);
    },
  });
  cache.set(root, nodes);
  return nodes;
}
