// Objects are field-sensitive: an object literal passed on (as an argument, into
// an instance field) keeps its fields' taint in those fields, so reading another
// field is clean. Taint of the object as such (unknown data, a spread of an
// unknown value, a write by a computed key, a read by a computed key) still
// reaches every property.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { link } from "../analyzer/program/index.js";
import { functionNamed, pairs, programOf, runTaint, TEST_MODEL } from "./support/taint-harness.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import { type Atom, constValue, MAX_WRITTEN_PROPS, objectValue, withProp } from "../analyzer/taint/values.js";

const atom = (name: string): Atom => ({ label: { id: 1, kind: "env", name, location: { file: "main.js", line: 1, column: 1 } }, path: undefined, sanitized: [], guards: [] });

const js: [string, string, string[]][] = [
  ["a literal through a parameter: another field is clean", `function f(o) {\n  sink(o.url);\n}\nf({ filter: process.env.A, url: "http://localhost" });`, []],
  ["a literal through a parameter: the tainted field is tainted", `function f(o) {\n  sink(o.filter);\n}\nf({ filter: process.env.A, url: "http://localhost" });`, ["A→test@2"]],
  ["a literal kept in an instance field: an absent field is clean", `class K {\n  constructor(o) { this.o = o; }\n  go() { sink(this.o.url); }\n}\nnew K({ filter: process.env.A }).go();`, []],
  ["a literal kept in an instance field: the tainted field is tainted", `class K {\n  constructor(o) { this.o = o; }\n  go() { sink(this.o.filter); }\n}\nnew K({ filter: process.env.A }).go();`, ["A→test@3"]],
  ["a literal built by a factory from its parameter", `class K {\n  constructor(o) { this.o = o; }\n  go() { sink(\`\${this.o.url}/list\`); }\n}\nfunction make(cfg) { return new K({ url: cfg.url, filter: cfg.filter }); }\nmake({ url: "http://localhost", filter: process.env.A }).go();`, []],
  ["destructuring another field of a literal passed on", `function f(o) {\n  const { url } = o;\n  sink(url);\n}\nf({ filter: process.env.A, url: "x" });`, []],
  ["a spread of an unknown value keeps the fallback", `function f(o) {\n  sink(o.url);\n}\nf({ ...JSON.parse(process.env.A), n: 1 });`, ["A→test@2"]],
  ["a spread of an unknown value next to a tainted field keeps the fallback", `function f(o) {\n  sink(o.url);\n}\nf({ ...JSON.parse(process.env.A), filter: process.env.B });`, ["A→test@2"]],
  ["a write by a computed key keeps the fallback", `function f(o) {\n  sink(o.url);\n}\nconst o = { filter: "x" };\no[String(Date.now())] = process.env.A;\nf(o);`, ["A→test@2"]],
  ["a URL in a field of a literal passed on keeps its whole: password and search read it", `class K {\n  constructor(o) { this.o = o; }\n  go() { sink(this.o.u.password); sink(this.o.u.search); sink(this.o.n); }\n}\nnew K({ u: new URL(process.env.A), n: 1 }).go();`, ["A→test@3"]],
  ["a read by a computed key keeps the fallback", `function f(o, k) {\n  sink(o[k]);\n}\nf({ filter: process.env.A, url: "x" }, String(Date.now()));`, ["A→test@2"]],
];

for (const [name, code, expected] of js) {
  test(`object fields (js): ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": code })), expected);
  });
}

test("object fields: an object from a tool argument keeps property-of-tainted = tainted", () => {
  const code = [
    `class K {`,
    `  constructor(o) { this.o = o; }`,
    `  go() { sink(this.o.url); }`,
    `}`,
    `function use(o) { sink(o.other); }`,
    `async function handler(args) {`,
    `  new K({ ...args, filter: process.env.A }).go();`,
    `  use(args);`,
    `  const c = { filter: args.filter };`,
    `  use(c);`,
    `}`,
  ].join("\n");
  const { modules } = programOf({ "main.js": code });
  const fn = functionNamed(modules, "handler")!;
  const result = analyzeTaint(link(modules, emptyFacts()), {
    models: [TEST_MODEL],
    functionSources: [{ fn, module: modules[0], params: [0], kind: "tool-argument", name: "search" }],
  });
  // The spread arguments reach `url` of the instance's object and `other` of the arguments;
  // the object that holds only the `filter` field does not give `other` (line 5 has one source only).
  assert.deepEqual(pairs(result), ["search→test@3", "search→test@5"]);
  const fields = result.hitsOf("test").flatMap((h) => h.flows.map((f) => `${h.location.line}:${f.field ?? ""}`)).sort();
  assert.deepEqual(fields, ["3:url", "5:other"]);
});

// An object filled one property at a time (an options bag, a module's exports) keeps at most
// MAX_WRITTEN_PROPS properties by name: a write past the bound costs no copy of a larger map, and its
// taint stays on the object, so no flow through it is lost.
const manyWrites = (n: number, last: string) => [`const o = {};`, ...Array.from({ length: n }, (_, i) => `o.p${i} = "v${i}";`), last];

const bounded: [string, string[], string[]][] = [
  ["a tainted property written past the bound still reaches the sink", [...manyWrites(MAX_WRITTEN_PROPS + 6, `o.query = process.env.A;`), `sink(o.query);`], [`A→test@${MAX_WRITTEN_PROPS + 9}`]],
  // A tainted field written first stays its own: constants past the bound add no taint to the object, so they read clean.
  ["constants written past the bound stay clean beside a tainted field", [`const o = {};`, `o.key = process.env.A;`, ...manyWrites(MAX_WRITTEN_PROPS + 6, `o.extra = "more";`).slice(1), `sink(o.extra); sink(o.p${MAX_WRITTEN_PROPS + 2});`, `sink(o.key);`], [`A→test@${MAX_WRITTEN_PROPS + 11}`]],
  ["under the bound, a write keeps its own property: the others stay clean", [...manyWrites(10, `o.query = process.env.A;`), `sink(o.p3);`, `sink(o.query);`], ["A→test@14"]],
  ["a function written past a join's bound is still called by name", [...manyWrites(100, `o.run = (x) => sink(x);`), `o.run(process.env.A);`], ["A→test@102"]],
  // Two branches each writing an object (a handler table filled one way or another) are joined where they meet: the join keeps the names the writes kept.
  ["a function written in one branch is still called by name after joining a branch that wrote 100 other names", [`const o = { base: 1 };`, `if (Date.now() > 1) {`, ...manyWrites(100, `} else {`).slice(1), `o.run = (x) => sink(x);`, `}`, `o.run(process.env.A);`], ["A→test@104"]],
  ["a chain of a thousand writes, each to a new name, then one tainted", [...manyWrites(1000, `o.last = JSON.parse(process.env.A);`), `sink(o.last.cmd);`], ["A→test@1003"]],
];

for (const [name, lines, expected] of bounded) {
  test(`object fields (js): ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": lines.join("\n") })), expected);
  });
}

test("withProp: an unchanged property is no write; a new name past MAX_WRITTEN_PROPS keeps only its taint, on the object", () => {
  const full = objectValue(new Map(Array.from({ length: MAX_WRITTEN_PROPS }, (_, i) => [`p${i}`, constValue(`v${i}`)] as const)));
  assert.equal(withProp(full, "p1", full.props!.get("p1")!, true), full);
  assert.equal(withProp(full, "extra", constValue("x"), true), full);
  const tainted = withProp(full, "extra", { atoms: [atom("A")] }, true);
  assert.equal(tainted.props!.size, MAX_WRITTEN_PROPS);
  assert.deepEqual(tainted.atoms?.map((a) => a.label.name), ["A"]);
  assert.equal(withProp(full, "p1", constValue("y"), true).props!.get("p1")!.consts![0], "y");
});
