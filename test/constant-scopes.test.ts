// The constant folder's scope lookup: a reference binds to the declaration of
// the innermost enclosing scope, found from the scopes' ranges (no parent
// links). Each case names the value every `use(...)` argument must resolve to.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TSESTree } from "@typescript-eslint/types";
import { walk } from "../analyzer/parse/ast.js";
import { ConstantFolder, parentDescentCount, relativeResolver } from "../analyzer/program/constants.js";
import type { ParsedModule } from "../analyzer/types.js";
import { programOf } from "./support/program.js";

/** What each `use(x)` argument folds to, in source order ("?" when not constant). */
function uses(path: string, text: string): string[] {
  const program = programOf({ [path]: text });
  const module = program.byPath.get(path) as ParsedModule;
  const folder = new ConstantFolder(relativeResolver(program.byPath));
  const out: string[] = [];
  walk(module.ast, {
    enter(n) {
      if (n.type === "CallExpression" && n.callee.type === "Identifier" && n.callee.name === "use") out.push(folder.string(n.arguments[0], module) ?? "?");
    },
  });
  return out;
}

test("shadowing: the innermost block, function or loop scope wins; parameters and loop variables are not constant", () => {
  const code = `const a = "top";
function f(a) { use(a); }
{ const a = "block"; use(a); }
function g() {
  const a = "g";
  { let a = "inner"; use(a); }
  use(a);
  for (const a of xs) use(a);
  use(a);
}
const h = (a = "default") => use(a);
try { } catch (a) { use(a); }
use(a);
`;
  const expected = ["?", "block", "inner", "g", "?", "g", "?", "?", "top"];
  assert.deepEqual(uses("src/a.js", code), expected);
  assert.deepEqual(uses("src/a.ts", code), expected);
});

test("a lone top-level block spanning the whole file is inside the program scope", () => {
  assert.deepEqual(uses("src/b.js", `{ const a = "x"; use(a); }`), ["x"]);
  assert.deepEqual(uses("src/b.ts", `{ const a = "x"; use(a); }`), ["x"]);
  assert.deepEqual(uses("src/c.js", `const a = "p"; { const a = "x"; use(a); } use(a);`), ["x", "p"]);
});

test("minified-style reuse of one name across many sibling and nested functions", () => {
  // Each function declares `e`; references sit before, between and after nested siblings.
  let code = `var e = "root";\n`;
  const expected: string[] = [];
  for (let i = 0; i < 40; i++) {
    code += `function f${i}() { var e = "f${i}"; use(e); function g() { use(e); var e = "g${i}"; } (() => { const e = "a${i}"; use(e); })(); use(e); }\n`;
    // `var e` in g is hoisted to g's scope: the reference before it still binds there (and folds to its initializer).
    expected.push(`f${i}`, `g${i}`, `a${i}`, `f${i}`);
    if (i % 7 === 0) {
      code += `use(e);\n`;
      expected.push("root");
    }
  }
  assert.deepEqual(uses("dist/bundle.js", code), expected);
});

test("declarationOf: a for…of variable and a callback parameter give their binder and its parent", () => {
  const program = programOf({ "src/d.js": `for (const item of list) use(item);\nlist.forEach((x) => use(x));\n` });
  const module = program.byPath.get("src/d.js") as ParsedModule;
  const folder = new ConstantFolder(relativeResolver(program.byPath));
  const found: string[] = [];
  walk(module.ast, {
    enter(n) {
      if (n.type === "CallExpression" && n.callee.type === "Identifier" && n.callee.name === "use") {
        const d = folder.declarationOf(n.arguments[0] as TSESTree.Identifier, module);
        found.push(d ? `${d.binder.type} in ${d.parent.type}` : "none");
      }
    },
  });
  assert.deepEqual(found, ["VariableDeclaration in ForOfStatement", "ArrowFunctionExpression in CallExpression"]);
});

test("declarationOf: the parent of a function is looked for once, however often its parameters are read, and stays right for functions at any depth", () => {
  // A bundle-like module: many sibling statements, functions nested in calls, methods, blocks and other functions, each reading its parameter many times.
  const filler = Array.from({ length: 200 }, (_, i) => `var v${i} = ${i};`).join("\n");
  const reads = (p: string) => Array.from({ length: 30 }, () => `use(${p});`).join(" ");
  const code = `${filler}
register((ctx) => { ${reads("ctx")} });
const handlers = { run(opts) { ${reads("opts")} } };
class Tool { call(args) { { if (args) { ${reads("args")} } } } }
function outer(a) { return function inner(b) { ${reads("b")} ${reads("a")} }; }
export default async (req) => wrap(req, (res) => { ${reads("res")} });
`;
  const program = programOf({ "dist/bundle.js": code });
  const module = program.byPath.get("dist/bundle.js") as ParsedModule;
  const folder = new ConstantFolder(relativeResolver(program.byPath));
  const before = parentDescentCount();
  const found = new Map<string, Set<string>>();
  let asked = 0;
  walk(module.ast, {
    enter(n) {
      if (n.type !== "CallExpression" || n.callee.type !== "Identifier" || n.callee.name !== "use") return;
      const id = n.arguments[0] as TSESTree.Identifier;
      const d = folder.declarationOf(id, module);
      asked++;
      const seen = found.get(id.name) ?? new Set<string>();
      seen.add(d ? `${d.binder.type} in ${d.parent.type}` : "none");
      found.set(id.name, seen);
    },
  });
  assert.deepEqual(Object.fromEntries([...found].map(([k, v]) => [k, [...v]])), {
    ctx: ["ArrowFunctionExpression in CallExpression"],
    opts: ["FunctionExpression in Property"],
    args: ["FunctionExpression in MethodDefinition"],
    b: ["FunctionExpression in ReturnStatement"],
    a: ["FunctionDeclaration in Program"],
    res: ["ArrowFunctionExpression in CallExpression"],
  });
  assert.equal(asked, 180);
  // Six functions hold the parameters read: one descent each (a declaration's parent, the Program, too), not one per read.
  assert.equal(parentDescentCount() - before, 6);
});

test("String replace and replaceAll fold with a string or a plain regex literal; a regex that could backtrack, a flag we do not know or a function replacement does not", () => {
  const code = `const pkg = { name: "@acme/tools", version: "2.10.3" };
use(\`version_\${pkg.version.replace(/\\./g, "_")}\`);
use(pkg.version.replace(".", "-"));
use(pkg.name.replaceAll("/", "__").replace(/^@/, ""));
use(pkg.version.replace(/[0-9]/, "x"));
use(pkg.version.replaceAll(/\\./, "_"));
use(pkg.version.replace(/(\\d+)+\\./g, "_"));
use(pkg.version.replace(/\\./y, "_"));
use(pkg.version.replace(/\\./g, (m) => m));
`;
  assert.deepEqual(uses("src/index.js", code), ["version_2_10_3", "2-10.3", "acme__tools", "x.10.3", "?", "?", "?", "?"]);
});
