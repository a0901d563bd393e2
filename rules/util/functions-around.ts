// The functions around a node, read by source range: what a rule asks to find
// the scope a name is bound in (a parameter, a local assigned per branch).
import { walk, type Node } from "../../analyzer/parse/ast.js";
import { isFunctionNode } from "../../analyzer/mcp/context.js";
import type { FunctionNode } from "../../analyzer/taint/spec.js";

/**
 * The functions whose range holds `target`, innermost first. The walk enters
 * only the nodes around the target, so it costs the depth of the tree at that
 * point, not the module; functions inside the target (a callback among a
 * call's arguments) are not around it.
 */
export function functionsAround(root: Node, target: Node): FunctionNode[] {
  const found: FunctionNode[] = [];
  walk(root, {
    enter(n) {
      if (n.range[0] > target.range[0] || n.range[1] < target.range[1]) return false;
      if (n !== target && isFunctionNode(n)) found.unshift(n);
      return undefined;
    },
  });
  return found;
}
