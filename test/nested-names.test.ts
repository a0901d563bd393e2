// The names closures use (taint/syntax.ts namesUsedInNestedFunctions): each
// nested function's names are remembered, so the answer must not depend on
// which function was asked first, and the node budget must cut at the same size
// as one walk of the body would.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFile } from "../analyzer/parse/index.js";
import { pushChildren } from "../analyzer/parse/ast.js";
import { collectFunctions, namesUsedInNestedFunctions } from "../analyzer/taint/syntax.js";
import type { FunctionNode } from "../analyzer/taint/spec.js";
import type { Node } from "../analyzer/taint/context.js";

function functionsOf(text: string): FunctionNode[] {
  const mod = parseFile({ path: "src/a.js", bytes: Buffer.from(text) }, []);
  assert.ok(mod);
  const out: FunctionNode[] = [];
  collectFunctions(mod.ast, out);
  return out;
}

const isFn = (n: Node) => n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";

/** One walk of the body, marking what lies inside a nested function (the definition the remembered version must agree with). */
function byOneWalk(fn: FunctionNode, budget: number): Set<string> | undefined {
  const names = new Set<string>();
  if (!fn.body) return names;
  const stack: { n: Node; inside: boolean }[] = [{ n: fn.body, inside: false }];
  let seen = 0;
  while (stack.length) {
    if (++seen > budget) return undefined;
    const { n, inside } = stack.pop()!;
    if (inside && n.type === "Identifier") names.add(n.name);
    const kids: Node[] = [];
    pushChildren(n, kids);
    for (const k of kids) stack.push({ n: k, inside: inside || isFn(n) });
  }
  return names;
}

const sorted = (s: Set<string> | undefined) => (s ? [...s].sort() : undefined);

const SOURCE = `
function outer(a, b) {
  let local = a;
  const f = (x) => x + b + function inner(y) { return y + local + g(z => z + deep); }(1);
  class K { m(p) { return p + other; } }
  return f;
}
const top = () => { const q = 1; return [1, 2].map((e) => e + q + (() => w)()); };
`;

test("nested names: the names of closures at every depth, the same whichever function is asked first", () => {
  for (const order of ["outer first", "inner first"]) {
    const fns = functionsOf(SOURCE);
    const asked = order === "outer first" ? fns : [...fns].reverse();
    for (const fn of asked) assert.deepEqual(sorted(namesUsedInNestedFunctions(fn)), sorted(byOneWalk(fn, 5000)), `${order}: ${fn.type} at ${fn.range[0]}`);
  }
  const outer = functionsOf(SOURCE)[0];
  assert.deepEqual(sorted(namesUsedInNestedFunctions(outer)), ["b", "deep", "g", "inner", "local", "other", "p", "x", "y", "z"]);
});

test("nested names: the budget cuts at the body's size, whether or not a nested function's names were remembered", () => {
  const fns = functionsOf(SOURCE);
  const outer = fns[0];
  let size = 0;
  for (; byOneWalk(outer, size) === undefined; size++);
  for (const first of ["cold", "warm"]) {
    if (first === "warm") for (const fn of fns.slice(1)) namesUsedInNestedFunctions(fn);
    const cut = functionsOf(SOURCE)[0];
    const target = first === "warm" ? outer : cut;
    assert.equal(namesUsedInNestedFunctions(target, size - 1), undefined, `${first}: one node short`);
    assert.deepEqual(sorted(namesUsedInNestedFunctions(target, size)), sorted(byOneWalk(target, size)), `${first}: exactly the size`);
  }
});

test("nested names: nesting deeper than the remembered levels gives the same names and no stack overflow", () => {
  const depth = 300;
  const text = `function f0(a0) {${Array.from({ length: depth }, (_, i) => `return (b${i + 1}) => {`).join("")} return z; ${"};".repeat(depth)} }`;
  const fns = functionsOf(text);
  const names = namesUsedInNestedFunctions(fns[0], 1e9);
  assert.deepEqual(sorted(names), sorted(byOneWalk(fns[0], 1e9)));
  assert.ok(names?.has("z") && names.has(`b${depth}`));
  // Asked again from the middle, after the memo filled, with a budget that a deep part exceeds.
  const mid = fns[depth / 2];
  assert.deepEqual(sorted(namesUsedInNestedFunctions(mid, 1e9)), sorted(byOneWalk(mid, 1e9)));
  assert.equal(namesUsedInNestedFunctions(mid, 10), undefined);
});
