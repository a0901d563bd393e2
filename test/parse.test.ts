// The parse stage: which files are code, which grammar, what is recorded, and
// how a file that does not parse becomes a diagnostic.
import assert from "node:assert/strict";
import { test } from "node:test";
import { looksMinified, parse, parseFile, sourceMapOf } from "../analyzer/parse/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import type { Diagnostic, PackageSource, ParsedModule } from "../analyzer/types.js";
import { parse as acornParse } from "acorn";
import { childrenOf, locationOf, type Node } from "../analyzer/parse/ast.js";
import { SourceLines } from "../analyzer/parse/lines.js";

function one(path: string, text: string | Buffer): { mod?: ParsedModule; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const mod = parseFile({ path, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }, diagnostics);
  return { mod, diagnostics };
}

function parsed(path: string, text: string): ParsedModule {
  const { mod, diagnostics } = one(path, text);
  assert.deepEqual(diagnostics, []);
  assert.ok(mod, `${path} should parse`);
  return mod;
}

test("parse: ES modules, CommonJS and sloppy scripts each get the right grammar and module flag", () => {
  const esm = parsed("src/a.js", 'import fs from "node:fs";\nexport const read = () => fs.readFileSync("x");\n');
  assert.deepEqual([esm.language, esm.isModule, esm.ast.body[0].type], ["js", true, "ImportDeclaration"]);

  // Parses under module grammar, but Node runs it as CommonJS: `module.exports` must keep working downstream.
  const cjs = parsed("src/b.js", 'const fs = require("fs");\nmodule.exports = { fs };\n');
  assert.equal(cjs.isModule, false);

  const sloppy = parsed("src/c.js", "with (obj) { x = 010; }\nif (done) return;\n");
  assert.equal(sloppy.isModule, false);
  assert.equal(sloppy.ast.body[0].type, "WithStatement");

  assert.equal(parsed("src/d.cjs", "return module.exports;\n").isModule, false);
  assert.equal(parsed("src/e.mjs", "await Promise.resolve(1);\n").isModule, true);
});

test("parse: a hashbang line, and extension-less bin scripts that run under node", () => {
  const bin = parsed("bin/server", '#!/usr/bin/env node\nimport { run } from "../dist/index.js";\nrun();\n');
  assert.deepEqual([bin.language, bin.isModule, bin.ast.loc.start.line], ["js", true, 1]);
  assert.equal(parsed("cli.js", "#!/usr/bin/env node\nrequire('./x');\n").isModule, false);
  assert.equal(one("bin/setup", "#!/bin/sh\necho hi\n").mod, undefined);
  assert.equal(one("README", "plain words\n").mod, undefined);
});

test("parse: TypeScript in .ts, .tsx, .mts and .cts; .d.ts files are skipped", () => {
  const ts = parsed("src/server.ts", 'import { z } from "zod";\nconst n: number = 1 as number;\nexport function f<T>(x: T): T { return x; }\n');
  assert.deepEqual([ts.language, ts.isModule], ["ts", true]);
  const tsx = parsed("src/view.tsx", "export const V = (p: { a: string }) => <div title={p.a}>hi</div>;\n");
  assert.equal(tsx.language, "ts");
  assert.equal(parsed("src/x.mts", "const a: string = 'x';\n").isModule, true);
  const cts = parsed("src/x.cts", 'import fs = require("fs");\nexport = fs;\n');
  assert.deepEqual([cts.language, cts.isModule, cts.ast.body[0].type], ["ts", false, "TSImportEqualsDeclaration"]);
  const jsx = parsed("src/app.jsx", "export default () => <b>x</b>;\n");
  assert.equal(jsx.isModule, true);
  for (const d of ["types/index.d.ts", "dist/x.d.mts", "dist/x.d.cts"]) assert.equal(one(d, "export declare const a: number;\n").mod, undefined);
});

test("parse: source maps are recorded: inline, by comment (resolved against the file), or shipped beside the file", () => {
  assert.equal(parsed("dist/a.js", "x();\n//# sourceMappingURL=data:application/json;base64,e30=\n").sourceMap, "inline");
  assert.equal(parsed("dist/a.js", "x();\n//# sourceMappingURL=a.js.map\n").sourceMap, "dist/a.js.map");
  assert.equal(parsed("dist/lib/a.js", "x();\n//# sourceMappingURL=../maps/a.js.map\n").sourceMap, "dist/maps/a.js.map");
  assert.equal(parsed("dist/a.js", "x();\n//# sourceMappingURL=https://cdn.example.com/a.js.map\n").sourceMap, "https://cdn.example.com/a.js.map");
  assert.equal(sourceMapOf("x();\n", "dist/b.js", new Set(["dist/b.js", "dist/b.js.map"])), "dist/b.js.map");
  assert.equal(parsed("dist/c.js", "x();\n").sourceMap, undefined);
});

test("parse: a file that does not parse is a diagnostic with file and line; the other files are still parsed", () => {
  const source: PackageSource = {
    target: "t",
    kind: "directory",
    origin: "t",
    facts: emptyFacts(),
    diagnostics: [],
    files: [
      { path: "broken.js", bytes: Buffer.from("const a = 1;\nconst b = ;\n") },
      { path: "broken.ts", bytes: Buffer.from("let x: number = 1;\n\n\nfunction (\n") },
      { path: "fine.js", bytes: Buffer.from("export const ok = 1;\n") },
      { path: "notes.txt", bytes: Buffer.from("not code") },
    ],
  };
  const result = parse(source);
  assert.deepEqual(result.modules.map((m) => m.path), ["fine.js"]);
  assert.deepEqual(result.diagnostics.map((d) => [d.code, d.file, d.line]), [
    ["parse-error", "broken.js", 2],
    ["parse-error", "broken.ts", 4],
  ]);
  assert.match(result.diagnostics[0].message, /^could not parse: Unexpected token \(2:10\); this file was not analyzed$/);
});

test("parse: invalid UTF-8 is a note and the file is still parsed; a BOM is dropped", () => {
  const { mod, diagnostics } = one("a.js", Buffer.concat([Buffer.from("const s = '"), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from("';\n")]));
  assert.ok(mod);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.file]), [["invalid-utf8", "a.js"]]);
  assert.equal(parsed("b.js", "\uFEFFexport const b = 1;\n").text.startsWith("export"), true);
});

test("parse: 10,000 nested expressions are a diagnostic, never a stack overflow, in JS and TS", () => {
  const n = 10_000;
  const cases: [string, string][] = [
    ["parens.js", `const x = ${"(".repeat(n)}1${")".repeat(n)};\n`],
    ["arrays.js", `const x = ${"[".repeat(n)}${"]".repeat(n)};\n`],
    ["calls.js", `const x = ${"f(".repeat(n)}${")".repeat(n)};\n`],
    ["chain.js", `const x = ${Array(n).fill("a").join(" + ")};\n`],
    ["blocks.js", `${"if (a) {".repeat(n)}${"}".repeat(n)}\n`],
    ["parens.ts", `const x: number = ${"(".repeat(n)}1${")".repeat(n)};\n`],
    ["chain.ts", `const x = ${Array(n).fill("a").join(" + ")};\n`],
  ];
  for (const [path, text] of cases) {
    const { mod, diagnostics } = one(path, text);
    assert.equal(mod, undefined, path);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.file, d.message]), [["parse-error", path, "could not parse: nesting too deep for the parser; this file was not analyzed"]], path);
  }
});

test("parse: minified code is flagged so rules can relax style heuristics", () => {
  const minified = `!function(){${"var a=1,b=2;".repeat(400)}}();\n`;
  assert.equal(parsed("dist/bundle.min.js", minified).minified, true);
  assert.equal(parsed("src/a.js", "list.push(1);\n".repeat(400)).minified, false);
});

test("looksMinified: long lines on average, counted up to the point where the answer is settled", () => {
  const reference = (text: string) => text.length >= 2000 && text.length / (text.split("\n").length) > 300;
  const texts = ["x".repeat(1999), "x".repeat(2000), `${"a".repeat(301)}\n`.repeat(10), `${"a".repeat(298)}\n`.repeat(10), `${"a".repeat(5000)}\n${"b\n".repeat(16)}`, `${"a".repeat(5000)}\n${"b\n".repeat(17)}`, "\n".repeat(3000)];
  for (const t of texts) assert.equal(looksMinified(t), reference(t), `${t.length} chars, ${t.split("\n").length} lines`);
});

/** Every node of `ast` with its type, range and loc, in walk order. */
function spans(ast: unknown): string[] {
  const out: string[] = [];
  const stack = [ast as Node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(`${n.type} ${n.range.join("-")} ${n.loc.start.line}:${n.loc.start.column}-${n.loc.end.line}:${n.loc.end.column}`);
    stack.push(...childrenOf(n).reverse());
  }
  return out;
}

test("parse: JS nodes carry offsets only, and their range and loc read the same as acorn's locations and ranges", () => {
  // Every line break ECMAScript knows, inside code, comments, strings and templates; astral characters count two columns.
  const text = [
    "#!/usr/bin/env node",
    "const a = 1;\r\nconst b = `x\r\ny\rz`;\rlet c = '\u2028';\u2028let d = 2;\u2029/* one\r\n two */ f(a,",
    "  b, \"😀\" + c); class K { #p = 1; m() { return this.#p; } }",
    "label: for (const [k, { v = 3 }] of obj) { if (k) continue label; }",
    "x = async (p, ...q) => ({ ...p, [q]: await p?.r?.(q) });",
    "",
  ].join("\n");
  const mod = parsed("src/spans.js", text);
  const reference = acornParse(text, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true, locations: true, ranges: true });
  assert.deepEqual(spans(mod.ast), spans(reference));
  // Nothing but the offsets (and the pointer to the file's line table) is stored per node.
  assert.deepEqual(Object.keys(mod.ast).filter((k) => k === "loc" || k === "range"), []);
  // A finding's location (1-based columns) after the U+2028 and U+2029 breaks of the second line.
  const last = mod.ast.body[mod.ast.body.length - 1];
  const ref = reference.body[reference.body.length - 1];
  assert.deepEqual(locationOf("src/spans.js", last), { file: "src/spans.js", line: ref.loc!.start.line, column: ref.loc!.start.column + 1, endLine: ref.loc!.end.line, endColumn: ref.loc!.end.column + 1 });
  assert.equal(locationOf("src/spans.js", mod.ast.body[4]).line, 10);
});

test("SourceLines: the line and column of an offset, at the edges of lines and of the text", () => {
  const lines = new SourceLines("ab\ncd\r\n\ref");
  assert.deepEqual([0, 2, 3, 5, 7, 8, 10, 99].map((o) => { const p = lines.position(o); return `${p.line}:${p.column}`; }), ["1:0", "1:2", "2:0", "2:2", "3:0", "4:0", "4:2", "4:91"]);
  assert.deepEqual(new SourceLines("").position(0), { line: 1, column: 0 });
});
