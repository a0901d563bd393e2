// The values a local variable can hold, read from the code of the function
// that declares it: its initializer, each `=`, and `for (const x of list)`.
// Shared by the judgements that ask what a path or an argument vector is.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";

/** The pattern binds `name` directly (`name`, `name = default`). */
export function declares(pattern: Node, name: string): boolean {
  const p = pattern.type === "AssignmentPattern" ? pattern.left : pattern;
  return p.type === "Identifier" && p.name === name;
}

export interface AssignedValue {
  node: Node;
  /** A `for (const x of list)` variable: it takes the list's elements. */
  elementsOf?: boolean;
}

interface ScopeIndex {
  /** Names a declarator in the scope binds. */
  declared: Set<string>;
  /** Per name, the values assigned to it, in source order. */
  values: Map<string, AssignedValue[]>;
  /** Per name, its `name.push(...)` and `name.unshift(...)` calls. */
  added: Map<string, TSESTree.CallExpression[]>;
}

// One walk per scope, however many names are asked of it: the judgements ask
// for every variable on a path, at every fs call, and a bundle's module scope
// is the whole file.
const indexes = new WeakMap<Node, ScopeIndex>();

function indexOf(scope: Node): ScopeIndex {
  const known = indexes.get(scope);
  if (known) return known;
  const built: ScopeIndex = { declared: new Set(), values: new Map(), added: new Map() };
  const push = <T>(map: Map<string, T[]>, name: string, value: T) => {
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  };
  walk(scope, {
    enter(n, parent) {
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier") {
        built.declared.add(n.id.name);
        if (n.init) push(built.values, n.id.name, { node: n.init });
      } else if (n.type === "VariableDeclaration" && parent?.type === "ForOfStatement" && parent.left === n) {
        for (const d of n.declarations) if (d.id.type === "Identifier") push(built.values, d.id.name, { node: parent.right, elementsOf: true });
      } else if (n.type === "AssignmentExpression" && n.left.type === "Identifier") {
        // `x += ".tmp"` keeps what x was; any other operator makes it something else.
        if (n.operator === "=") push(built.values, n.left.name, { node: n.right });
        else if (n.operator !== "+=") push(built.values, n.left.name, { node: n });
      } else if (n.type === "CallExpression") {
        const callee = unwrapExpression(n.callee);
        if (callee.type === "MemberExpression" && callee.object.type === "Identifier" && ["push", "unshift"].includes(propertyName(callee) ?? "")) push(built.added, callee.object.name, n);
      }
    },
  });
  indexes.set(scope, built);
  return built;
}

/**
 * The values a variable declared in `scope` takes; undefined when `scope` does
 * not declare it. A `for (const f of list)` variable takes the list's elements
 * (`elementsOf`).
 */
export function assignedValues(scope: Node, name: string): AssignedValue[] | undefined {
  const index = indexOf(scope);
  return index.declared.has(name) ? (index.values.get(name) ?? []) : undefined;
}

/** `name.push(...)` and `name.unshift(...)` calls in a scope. */
export function addedTo(scope: Node, name: string): readonly TSESTree.CallExpression[] {
  return indexOf(scope).added.get(name) ?? [];
}
