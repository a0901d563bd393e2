// The shared walker replays a module's node order after the first walk: every
// later walk must see exactly what a plain recursive walk sees, including
// parents and skipped subtrees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFile } from "../analyzer/parse/index.js";
import { type Node, childrenOf, walk, walkTypes } from "../analyzer/parse/ast.js";

function parsed(path: string): Node {
  const mod = parseFile({ path, bytes: Buffer.from(SOURCE) }, []);
  assert.ok(mod, "the test source parses");
  return mod.ast as Node;
}

const SOURCE = `
import fs from "node:fs";
export function read(p, { encoding = "utf8", ...rest } = {}) {
  const f = (x) => x + 1;
  class A { #x = 1; get y() { return this.#x; } static { f(2); } }
  for (const [k, v] of Object.entries(rest)) if (k) console.log(\`\${k}=\${v}\`);
  try { return fs.readFileSync(p, encoding); } catch { return null; } finally { f(3); }
}
`;

/** The reference order: recursion over childrenOf, skipping where `skip` says so. */
function reference(node: Node, parent: Node | undefined, skip: (n: Node) => boolean, out: [Node, Node | undefined][]): void {
  out.push([node, parent]);
  if (skip(node)) return;
  for (const c of childrenOf(node)) reference(c, node, skip, out);
}

function walked(root: Node, skip: (n: Node) => boolean): [Node, Node | undefined][] {
  const out: [Node, Node | undefined][] = [];
  walk(root, {
    enter(node, parent) {
      out.push([node, parent]);
      if (skip(node)) return false;
    },
  });
  return out;
}

test("walking a module twice sees the same nodes, parents and order as a recursive walk", () => {
  const ast = parsed("a.mjs");
  const never = () => false;
  const expected: [Node, Node | undefined][] = [];
  reference(ast, undefined, never, expected);
  assert.ok(expected.length > 60);
  const first = walked(ast, never);
  const second = walked(ast, never);
  assert.equal(first.length, expected.length);
  for (const got of [first, second]) {
    got.forEach(([node, parent], i) => {
      assert.equal(node, expected[i][0], `node ${i}`);
      assert.equal(parent, expected[i][1], `parent of node ${i}`);
    });
  }
});

test("returning false skips exactly the node's subtree, on a replayed walk too", () => {
  const ast = parsed("b.mjs");
  walked(ast, () => false);
  const skipFunctions = (n: Node) => n.type === "ArrowFunctionExpression" || n.type === "ClassBody";
  const expected: [Node, Node | undefined][] = [];
  reference(ast, undefined, skipFunctions, expected);
  const got = walked(ast, skipFunctions);
  assert.deepEqual(
    got.map(([n]) => n.type),
    expected.map(([n]) => n.type),
  );
  assert.ok(!got.some(([n]) => n.type === "PropertyDefinition"), "class members are inside the skipped ClassBody");
  assert.ok(got.some(([n]) => n.type === "TryStatement"), "siblings after a skipped subtree are still visited");
});

test("a walk from an inner node covers only that subtree", () => {
  const ast = parsed("c.mjs");
  walked(ast, () => false);
  let fn: Node | undefined;
  walk(ast, {
    enter(n) {
      if (n.type === "FunctionDeclaration") fn = n;
    },
  });
  const expected: [Node, Node | undefined][] = [];
  reference(fn!, undefined, () => false, expected);
  assert.deepEqual(
    walked(fn!, () => false).map(([n]) => n),
    expected.map(([n]) => n),
  );
});

/** The reference for a typed walk: the plain walk's visits to nodes of `types`, a skip at one of them skipping its subtree. */
function typedReference(root: Node, types: ReadonlySet<string>, skip: (n: Node) => boolean): [Node, Node | undefined][] {
  const out: [Node, Node | undefined][] = [];
  walk(root, {
    enter(node, parent) {
      if (!types.has(node.type)) return;
      out.push([node, parent]);
      if (skip(node)) return false;
    },
  });
  return out;
}

test("a walk of some node types sees what the full walk sees of them, in order, with parents and skips", () => {
  const ast = parsed("b.mjs");
  const cases: [string[], (n: Node) => boolean][] = [
    [["Identifier"], () => false],
    [["CallExpression", "ArrowFunctionExpression", "Identifier", "Literal"], () => false],
    // A skip at a function hides the calls and names inside it, not those after it.
    [["FunctionDeclaration", "ArrowFunctionExpression", "CallExpression", "Identifier"], (n) => n.type === "ArrowFunctionExpression"],
    [["ClassDeclaration", "MemberExpression", "TemplateLiteral"], (n) => n.type === "ClassDeclaration"],
    [["ClassDeclaration", "CallExpression"], (n) => n.type === "ClassDeclaration"],
    [["NoSuchType"], () => false],
  ];
  for (const [list, skip] of cases) {
    const types = new Set(list);
    const expected = typedReference(ast, types, skip);
    const got: [Node, Node | undefined][] = [];
    walkTypes(ast, list, (node, parent) => {
      got.push([node, parent]);
      if (skip(node)) return false;
    });
    assert.equal(got.length, expected.length, list.join(","));
    got.forEach(([node, parent], i) => {
      assert.equal(node, expected[i][0], `${list.join(",")}: node ${i}`);
      assert.equal(parent, expected[i][1], `${list.join(",")}: parent of node ${i}`);
    });
    if (list[0] !== "NoSuchType") assert.ok(got.length > 0, list.join(","));
  }
  // Skipping hid something: the call in the class's static block is not among the visits.
  const withSkip = typedReference(ast, new Set(["ClassDeclaration", "CallExpression"]), (n) => n.type === "ClassDeclaration");
  const without = typedReference(ast, new Set(["ClassDeclaration", "CallExpression"]), () => false);
  assert.ok(withSkip.length < without.length);
});
