// The values a local variable can hold, read from the code of the function
// that declares it: its initializer, each `=`, and `for (const x of list)`.
// Shared by the judgements that ask what a path or an argument vector is.
import { walk, type Node } from "../parse/ast.js";

/** The pattern binds `name` directly (`name`, `name = default`). */
export function declares(pattern: Node, name: string): boolean {
  const p = pattern.type === "AssignmentPattern" ? pattern.left : pattern;
  return p.type === "Identifier" && p.name === name;
}

/**
 * The values a variable declared in `scope` takes; undefined when `scope` does
 * not declare it. `elementsOf`: a `for (const f of list)` variable takes the
 * list's elements.
 */
export function assignedValues(scope: Node, name: string): { node: Node; elementsOf?: boolean }[] | undefined {
  let declared = false;
  const values: { node: Node; elementsOf?: boolean }[] = [];
  walk(scope, {
    enter(n, parent) {
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.id.name === name) {
        declared = true;
        if (n.init) values.push({ node: n.init });
      } else if (n.type === "VariableDeclaration" && parent?.type === "ForOfStatement" && parent.left === n && n.declarations.some((d) => d.id.type === "Identifier" && d.id.name === name)) {
        values.push({ node: parent.right, elementsOf: true });
      } else if (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name) {
        // `x += ".tmp"` keeps what x was; any other operator makes it something else.
        if (n.operator === "=") values.push({ node: n.right });
        else if (n.operator !== "+=") values.push({ node: n });
      }
    },
  });
  return declared ? values : undefined;
}
