// The parse stage: which files are code, which grammar, what is recorded, and
// how a file that does not parse becomes a diagnostic.
import assert from "node:assert/strict";
import { test } from "node:test";
import { looksMinified, parse, parseFile, sourceMapOf } from "../analyzer/parse/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import type { Diagnostic, PackageSource, ParsedModule } from "../analyzer/types.js";

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
