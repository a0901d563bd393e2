// Shared node-shape predicates and the one AST walker. Rules and stages use
// these instead of growing private copies (STYLE.md, typescript-eslint).
import type { TSESTree } from "@typescript-eslint/types";
import { visitorKeys } from "@typescript-eslint/visitor-keys";
import type { Location } from "../types.js";

export type Node = TSESTree.Node;

/** The node types of a function. */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(n: Node): n is FunctionNode {
  return FUNCTION_TYPES.has(n.type);
}

/** Child nodes in source order, for ESTree and TS nodes alike. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  pushChildren(node, out);
  return out;
}

/**
 * Visits the nodes of a function body, nested callbacks included (they read
 * the same locals), declared functions' bodies not; bounded at 4000 nodes so a
 * giant minified function costs no more than a small one.
 */
export function visitFunctionBody(fn: FunctionNode, visit: (n: Node) => void): void {
  const stack: Node[] = [fn.body];
  let budget = 4000;
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    visit(n);
    if (n !== fn.body && n.type === "FunctionDeclaration") continue;
    pushChildren(n, stack);
  }
}

/** Pushes the child nodes onto `out` in source order (childrenOf without a new array, for walks that keep their own stack). */
export function pushChildren(node: Node, out: Node[]): void {
  const keys = visitorKeys[node.type];
  if (!keys) return;
  const rec = node as unknown as Record<string, unknown>;
  // Index loops: `for…of` here allocated an iterator result per step wherever
  // V8 did not inline it (~100 MB of garbage on a 5 MB bundle).
  for (let k = 0; k < keys.length; k++) {
    const v = rec[keys[k]];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const c = v[i] as Node | null;
        if (c && typeof c.type === "string") out.push(c);
      }
    } else if (v && typeof (v as Node).type === "string") {
      out.push(v as Node);
    }
  }
}

export interface WalkVisitor {
  /** Return `false` to skip the node's children. */
  enter?(node: Node, parent: Node | undefined): void | false;
  leave?(node: Node, parent: Node | undefined): void;
}

/**
 * Depth-first, source-order walk without recursion, so 10,000 nested
 * expressions cannot overflow the stack.
 */
export function walk(root: Node, visitor: WalkVisitor): void {
  if (!visitor.leave) {
    if (root.type === "Program") walkFlat(flatOrderOf(root), visitor.enter);
    else walkEnterOnly(root, visitor.enter);
    return;
  }
  const stack: { node: Node; parent: Node | undefined; entered: boolean }[] = [{ node: root, parent: undefined, entered: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.entered) {
      stack.pop();
      visitor.leave?.(top.node, top.parent);
      continue;
    }
    top.entered = true;
    if (visitor.enter?.(top.node, top.parent) === false) {
      stack.pop();
      continue;
    }
    const kids = childrenOf(top.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], parent: top.node, entered: false });
  }
}

/**
 * The common case (no `leave`): one visit per node, children pushed straight
 * onto two parallel stacks in reverse, so the order is the same source order
 * without a record or a child array per node (every stage walks every module).
 */
function walkEnterOnly(root: Node, enter: WalkVisitor["enter"]): void {
  const nodes: Node[] = [root];
  const parents: (Node | undefined)[] = [undefined];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parents.pop();
    if (enter?.(node, parent) === false) continue;
    pushChildrenReversed(node, nodes, parents, node);
  }
}

/** Pushes the children of `node` in reverse source order, each with `parent` on the parallel stack, so pops come in source order. */
function pushChildrenReversed<P>(node: Node, nodes: Node[], parents: P[], parent: P): void {
  const keys = visitorKeys[node.type];
  if (!keys) return;
  const rec = node as unknown as Record<string, unknown>;
  for (let k = keys.length - 1; k >= 0; k--) {
    const v = rec[keys[k]];
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const c = v[i] as Node | null;
        if (c && typeof c.type === "string") {
          nodes.push(c);
          parents.push(parent);
        }
      }
    } else if (v && typeof (v as Node).type === "string") {
      nodes.push(v as Node);
      parents.push(parent);
    }
  }
}

/**
 * A module's nodes in walk order, with each node's parent and subtree size.
 * Every stage walks every module once (rules, constants, module facts, the
 * MCP model, the engine's function list...); on a 5 MB bundle each of those
 * walks visits over a million nodes, so the order is worked out once per tree
 * and replayed. Kept per Program node, so it lives exactly as long as its AST.
 */
interface FlatOrder {
  nodes: Node[];
  /** Index of each node's parent in `nodes`, -1 for the root. */
  parent: Int32Array;
  /** Number of nodes in each node's subtree, itself included (skip = i + size). */
  size: Int32Array;
  /** Indexes in `nodes` of each node type, ascending (see walkTypes). */
  byType: Map<string, Int32Array>;
}

const flatOrders = new WeakMap<Node, FlatOrder>();

function flatOrderOf(root: Node): FlatOrder {
  const known = flatOrders.get(root);
  if (known) return known;
  const nodes: Node[] = [];
  let parent = new Int32Array(1024);
  const stack: Node[] = [root];
  const stackParents: number[] = [-1];
  const ofType = new Map<string, number[]>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const index = nodes.length;
    nodes.push(node);
    const same = ofType.get(node.type);
    if (same) same.push(index);
    else ofType.set(node.type, [index]);
    if (index === parent.length) {
      const grown = new Int32Array(parent.length * 2);
      grown.set(parent);
      parent = grown;
    }
    parent[index] = stackParents.pop()!;
    pushChildrenReversed(node, stack, stackParents, index);
  }
  parent = parent.slice(0, nodes.length);
  // Pre-order puts every node after its parent, so sizes add up from the end.
  const size = new Int32Array(nodes.length).fill(1);
  for (let i = nodes.length - 1; i > 0; i--) size[parent[i]] += size[i];
  const byType = new Map<string, Int32Array>();
  for (const [type, list] of ofType) byType.set(type, Int32Array.from(list));
  const order = { nodes, parent, size, byType };
  flatOrders.set(root, order);
  return order;
}

/**
 * The visits a walk's `enter` makes to nodes of `types` alone, in the same
 * order and with the same parents, without touching the other nodes: a stage
 * that looks at a few node types (calls, functions, declarations) reads its
 * share of a module, not the million nodes of a bundle. `false` from `enter`
 * skips the node's subtree, as in walk.
 */
export function walkTypes(root: Node, types: Iterable<string>, enter: (node: Node, parent: Node | undefined) => void | false): void {
  const wanted = types instanceof Set ? (types as ReadonlySet<string>) : new Set(types);
  if (root.type !== "Program") {
    walk(root, { enter: (n, p) => (wanted.has(n.type) ? enter(n, p) : undefined) });
    return;
  }
  const { nodes, parent, size, byType } = flatOrderOf(root);
  const lists: Int32Array[] = [];
  for (const type of wanted) {
    const list = byType.get(type);
    if (list) lists.push(list);
  }
  if (lists.length === 0) return;
  let skipBelow = -1;
  const visit = (i: number) => {
    if (i < skipBelow) return;
    const p = parent[i];
    if (enter(nodes[i], p >= 0 ? nodes[p] : undefined) === false) skipBelow = i + size[i];
  };
  if (lists.length === 1) {
    const only = lists[0];
    for (let k = 0; k < only.length; k++) visit(only[k]);
    return;
  }
  // Several types: marks in one byte per node, read in order (no node is touched, nothing sorted).
  const marked = new Uint8Array(nodes.length);
  for (const list of lists) for (let k = 0; k < list.length; k++) marked[list[k]] = 1;
  for (let i = 0; i < marked.length; i++) if (marked[i]) visit(i);
}

function walkFlat(order: FlatOrder, enter: WalkVisitor["enter"]): void {
  if (!enter) return;
  const { nodes, parent, size } = order;
  for (let i = 0; i < nodes.length; ) {
    const p = parent[i];
    if (enter(nodes[i], p >= 0 ? nodes[p] : undefined) === false) i += size[i];
    else i++;
  }
}

/** 1-based line and column of a node in a file. */
export function locationOf(file: string, node: Node): Location {
  return {
    file,
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}

export function isIdentifier(node: Node | null | undefined, name?: string): node is TSESTree.Identifier {
  return !!node && node.type === "Identifier" && (name === undefined || node.name === name);
}

/** The static name of a member's property: `a.b` and `a["b"]` both give "b". */
export function propertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | undefined {
  const key = node.type === "MemberExpression" ? node.property : node.key;
  const computed = node.computed;
  if (!computed && key.type === "Identifier") return key.name;
  if (!computed && key.type === "PrivateIdentifier") return `#${key.name}`;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  if (key.type === "TemplateLiteral" && key.expressions.length === 0) return key.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** `object.property` with both names static, e.g. isMemberAccess(n, "process", "env"). */
export function isMemberAccess(node: Node | null | undefined, object: string | undefined, property: string): node is TSESTree.MemberExpression {
  return !!node && node.type === "MemberExpression" && propertyName(node) === property && (object === undefined || isIdentifier(node.object, object));
}

/** `object.property(...)`, e.g. isMemberCall(n, "server", "tool"); object undefined matches any receiver. */
export function isMemberCall(node: Node | null | undefined, object: string | undefined, property: string): node is TSESTree.CallExpression {
  return !!node && node.type === "CallExpression" && isMemberAccess(node.callee, object, property);
}

/** The string value of a literal or a template without substitutions. */
export function stringLiteralValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** Strips TS-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`) and parentheses. */
export function unwrapExpression(node: Node): Node {
  let n = node;
  for (;;) {
    if (n.type === "TSAsExpression" || n.type === "TSNonNullExpression" || n.type === "TSTypeAssertion" || n.type === "TSSatisfiesExpression" || n.type === "TSInstantiationExpression") n = n.expression;
    else if ((n as { type: string }).type === "ParenthesizedExpression") n = (n as unknown as { expression: Node }).expression;
    else if (n.type === "ChainExpression") n = n.expression;
    else return n;
  }
}

/** `(0, fs_1.readFileSync)` → `fs_1.readFileSync`: compiled CommonJS calls an import without a `this`. */
export function unwrapCallee(n: Node): Node {
  const u = unwrapExpression(n);
  return u.type === "SequenceExpression" ? unwrapExpression(u.expressions[u.expressions.length - 1]) : u;
}

/**
 * A member chain read from its root: `this.client.get` → root `this`, names
 * `["client", "get"]`; `a?.b["c"]` → root `a`, `["b", "c"]`. Undefined when a
 * computed key is not constant.
 */
export function memberChain(node: Node): { root: Node; names: string[] } | undefined {
  const names: string[] = [];
  let n = unwrapExpression(node);
  while (n.type === "MemberExpression") {
    const name = propertyName(n);
    if (name === undefined) return undefined;
    names.unshift(name);
    n = unwrapExpression(n.object);
  }
  return { root: n, names };
}

/** The name a call's callee ends in: `f()` → f, `a.b.c()` → c. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression") return propertyName(callee);
  return undefined;
}

/** The innermost function holding `node` (not `node` itself), found by one walk down the nodes that contain it. */
export function enclosingFunction(root: Node, node: Node): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  walk(root, {
    enter(n) {
      if (n.range[1] < node.range[1] || n.range[0] > node.range[0]) return false;
      if (n !== node && isFunctionNode(n)) found = n;
      return undefined;
    },
  });
  return found;
}

/** A function's own `return` statements, not those of the functions nested in it; none for a concise arrow. */
export function returnStatements(fn: FunctionNode): TSESTree.ReturnStatement[] {
  const out: TSESTree.ReturnStatement[] = [];
  if (fn.body.type !== "BlockStatement") return out;
  walk(fn.body, {
    enter(n) {
      if (isFunctionNode(n)) return false;
      if (n.type === "ReturnStatement") out.push(n);
      return undefined;
    },
  });
  return out;
}
