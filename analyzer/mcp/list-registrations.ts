// A registration call that runs once per element of a list: its name is read
// off the element (`for (const t of tools) server.registerTool(t.name, …)`,
// `function register(server, def) { server.registerTool(def.name, …) }`, a name
// built from it). When the list could not be read element by element (plugins,
// extensions or a remote server's tools known only at run time, or definitions
// the package collects somewhere the loop reading does not follow), the call is
// not one tool whose name is unknown: it stands for as many tools as the list
// holds at run time. The item stays (its handler is still a handler, its
// dynamic text is still judged); it is marked so that nobody counts it as a tool.
import type { TSESTree } from "@typescript-eslint/types";
import { unwrapExpression, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode } from "./context.js";
import { loopSource } from "./dynamic-origin.js";

const MAX_DEPTH = 8;

/** True when a registration's name expression is read off a loop element or off an object a function is handed. */
export function namedPerElement(folder: ConstantFolder, name: Node, module: ParsedModule, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const n = unwrapExpression(name);
  const next = (m: Node) => namedPerElement(folder, m, module, depth + 1);
  switch (n.type) {
    case "Identifier": {
      // `for (const name of names)`: the element is the name.
      if (loopSource(folder, n, module)) return true;
      const init = folder.initializerOf(n, module);
      return init ? next(init) : false;
    }
    case "MemberExpression": {
      let root: Node = n;
      while (root.type === "MemberExpression") root = unwrapExpression(root.object);
      if (root.type !== "Identifier") return false;
      // A field of the element (`tool.name`), or of an object handed to the function that registers (`def.name`):
      // a name passed alone (`function add(name, …)`) may be one tool's, an object's field is a definition's.
      if (loopSource(folder, root, module) || isParameter(folder, root, module)) return true;
      const init = folder.initializerOf(root, module);
      return init ? next(init) : false;
    }
    case "CallExpression":
      // `makeSafeName(t.name)`, `t.name.toLowerCase()`.
      return (n.callee.type === "MemberExpression" && next(n.callee.object)) || n.arguments.some((a) => a.type !== "SpreadElement" && next(a));
    case "TemplateLiteral":
      return n.expressions.some((e) => next(e));
    case "BinaryExpression":
      return n.left.type !== "PrivateIdentifier" && (next(n.left) || next(n.right));
    case "LogicalExpression":
      return next(n.left) || next(n.right);
    case "ConditionalExpression":
      return next(n.consequent) || next(n.alternate);
    default:
      return false;
  }
}

function isParameter(folder: ConstantFolder, id: TSESTree.Identifier, module: ParsedModule): boolean {
  const decl = folder.declarationOf(id, module);
  return !!decl && isFunctionNode(decl.binder) && decl.binder.params.some((p) => p.type === "Identifier" && p.name === id.name);
}
