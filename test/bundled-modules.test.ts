// Where a bundle's inlined dependency files are: the spans whose functions the
// engine does not evaluate as roots "in case" (engine.ts, evaluateUnreachedFunctions).
import { test } from "node:test";
import assert from "node:assert/strict";
import { dependencySpans, inSpans } from "../analyzer/parse/bundled-modules.js";

/** The text each span covers, first line only. */
function firstLines(text: string): string[] {
  return dependencySpans(text).map((s) => text.slice(s.start, s.end).split("\n")[0].trim());
}

test("esbuild and Bun path comments: a dependency's file runs to the next file, own files are not spans", () => {
  const text = [
    "var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);",
    "",
    "// node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad/index.js",
    "var require_left_pad = __commonJS((exports, module) => { module.exports = (s) => s; });",
    "",
    "// src/util.ts",
    "function own() {}",
    "",
    "  // node_modules/@scope/lib/dist/index.mjs",
    "function lib() {}",
    "// ../node_modules/other/a.cjs",
    "function other() {}",
    "",
    "// src/index.ts",
    "own(); lib(); other();",
  ].join("\n");
  assert.deepEqual(firstLines(text), ["// node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad/index.js", "// node_modules/@scope/lib/dist/index.mjs"]);
  const spans = dependencySpans(text);
  // Two adjacent dependency files make one span, which ends where the own file starts.
  assert.equal(spans.length, 2);
  assert.ok(text.slice(spans[1].start, spans[1].end).includes("function other()"));
  assert.ok(!text.slice(spans[1].start, spans[1].end).includes("own(); lib()"));
  assert.ok(inSpans(spans, text.indexOf("function lib")));
  assert.ok(inSpans(spans, text.indexOf("function other")));
  assert.ok(!inSpans(spans, text.indexOf("function own")));
  assert.ok(!inSpans(spans, text.indexOf("own(); lib()")));
  assert.ok(!inSpans(spans, 0));
});

test("webpack's development module keys mark files too", () => {
  const text = [
    "var __webpack_modules__ = ({",
    '/***/ "./node_modules/mini/index.js":',
    "/***/ ((module) => { module.exports = function mini() {}; }),",
    "/***/ './src/a.js':",
    "/***/ ((module) => { module.exports = function a() {}; }),",
    '/***/ "./src/b.ts":',
    "/***/ ((module) => { module.exports = function b() {}; }),",
    "});",
  ].join("\n");
  const spans = dependencySpans(text);
  assert.equal(spans.length, 1);
  assert.equal(spans[0].path, "./node_modules/mini/index.js");
  assert.ok(inSpans(spans, text.indexOf("function mini")));
  assert.ok(!inSpans(spans, text.indexOf("function a")));
});

test("not a bundle: too few path marks, a path in prose or in code, a minified file", () => {
  // One or two comments naming files are not module boundaries.
  assert.deepEqual(dependencySpans("// node_modules/x/index.js\nfunction f() {}\n// src/a.ts\nfunction g() {}\n"), []);
  // A comment that mentions a path in a sentence is not a mark; nor is a path in a string.
  const prose = [
    "// see node_modules/x/index.js for why",
    'const p = "// node_modules/y/index.js";',
    "// node_modules/z/index.js is patched",
    "// copied from node_modules/w/index.js",
    "function f() {}",
  ].join("\n");
  assert.deepEqual(dependencySpans(prose), []);
  assert.deepEqual(dependencySpans('require("node_modules/a.js");require("node_modules/b.js");require("node_modules/c.js")'), []);
});
