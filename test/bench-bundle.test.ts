// The benchmark's synthetic bundle: deterministic, valid JavaScript, shaped
// like minifier output, and faithful to the code it was made from.
import assert from "node:assert/strict";
import { test } from "node:test";
import * as acorn from "acorn";
import { type BundleInput, buildBundle } from "../scripts/bench-bundle.js";

const inputs: BundleInput[] = [
  {
    pkg: "shell-server",
    file: "src/index.ts",
    text: [
      'import { exec } from "node:child_process";',
      'import { quoteForShell } from "./quote.js";',
      "export async function runListing(directoryName: string, options: { all?: boolean }) {",
      "  const flags = options.all ? '-la' : '-l'",
      "  const commandLine = `ls ${flags} ${quoteForShell(directoryName)}`",
      "  const settings = { commandLine, timeoutMs: 5000 }",
      "  return new Promise<string>((resolve) => exec(settings.commandLine, (_err, out) => resolve(out)))",
      "}",
      "export function earlyExit(value: number) {",
      "  if (value > 1) return",
      "  value",
      "}",
      "console.error(process.env.SHELL_SERVER_TOKEN ? 'token set' : 'no token')",
    ].join("\n"),
  },
  {
    pkg: "shell-server",
    file: "src/quote.ts",
    text: "// quoting\nexport function quoteForShell(rawValue: string): string {\n  return \"'\" + rawValue.replace(/'/g, \"'\\\\''\") + \"'\";\n}\n",
  },
  {
    pkg: "fetcher",
    file: "index.js",
    text: "const https = require('node:https')\nconst meta = require('./package.json')\nmodule.exports = function fetchPage(pageUrl) { return https.get(pageUrl, { headers: { 'user-agent': meta.name } }) }\n",
  },
];

function moduleTable(text: string): string {
  return text.slice(text.indexOf("}n={") + 4);
}

test("bundle: the same corpus gives the same bytes", () => {
  const a = buildBundle(inputs, { targetBytes: 20_000 });
  const b = buildBundle(inputs, { targetBytes: 20_000 });
  assert.equal(a.text, b.text);
  assert.deepEqual(a.skipped, []);
});

test("bundle: one script that acorn parses, with a hashbang and one IIFE", () => {
  const bundle = buildBundle(inputs, { targetBytes: 20_000 });
  assert.ok(bundle.text.startsWith('#!/usr/bin/env node\n"use strict";(()=>{'));
  assert.ok(bundle.text.endsWith("})();\n"));
  const ast = acorn.parse(bundle.text, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
  assert.equal(ast.body.length, 2); // the directive and the IIFE
});

test("bundle: grows to the target size by repeating the corpus, one module over at most", () => {
  const bundle = buildBundle(inputs, { targetBytes: 20_000 });
  assert.ok(bundle.text.length >= 20_000, `${bundle.text.length} bytes`);
  assert.ok(bundle.text.length < 21_000, `${bundle.text.length} bytes`);
  assert.equal(bundle.modules % 3 === 0 ? bundle.copies : bundle.copies - 1, Math.floor(bundle.modules / 3));
  assert.ok(bundle.copies > 10);
});

test("bundle: lines break only between modules, past the line length", () => {
  const bundle = buildBundle(inputs, { targetBytes: 20_000, maxLineLength: 2_000 });
  const lines = bundle.text.trimEnd().split("\n");
  assert.ok(lines.length > 5);
  for (const line of lines.slice(1, -1)) assert.ok(line.length <= 2_000, `line of ${line.length}`);
  for (const line of lines.slice(2)) assert.match(line, /^,\d+:(async )?function\(e,t\)\{/);
});

test("bundle: local names are mangled, properties, globals and module specifiers are kept", () => {
  const table = moduleTable(buildBundle(inputs, { targetBytes: 1 }).text);
  for (const local of ["function runListing", "directoryName", "flags", "rawValue", "pageUrl", "function fetchPage", "https."]) {
    assert.ok(!table.includes(local), `${local} should be mangled`);
  }
  for (const kept of ['require("node:child_process")', "process.env.SHELL_SERVER_TOKEN", ".commandLine", "t.runListing=", "timeoutMs:", "require('node:https')", "e.exports="]) {
    assert.ok(table.includes(kept), `${kept} should be kept`);
  }
});

test("bundle: shorthand properties keep their key, relative requires point into the module table", () => {
  const bundle = buildBundle(inputs, { targetBytes: 1 });
  const table = moduleTable(bundle.text);
  assert.match(table, /\{commandLine:[A-Za-z_$][\w$]*,timeoutMs:5000\}/);
  // Module 0 (src/index.ts) requires module 1 (src/quote.ts); the JSON file is not code and stays a require.
  assert.match(table, /^0:function\(e,t\)\{[^]*?=o\(1\);/);
  assert.ok(table.includes('require("./package.json")'));
  // Every package's entry is loaded at the end.
  assert.ok(bundle.text.trimEnd().endsWith("};o(0),o(2)})();"));
});

test("bundle: no comments, types or layout survive; automatic semicolons become real ones", () => {
  const table = moduleTable(buildBundle(inputs, { targetBytes: 1 }).text);
  assert.ok(!table.includes("// quoting"));
  assert.ok(!table.includes(": string"));
  assert.ok(!/\n/.test(table.trimEnd()));
  // `if (value > 1) return` followed by a line break must stay a bare return.
  assert.match(table, /return;[A-Za-z_$][\w$]*;?\}/);
  // Templates and regular expressions are copied verbatim.
  assert.match(table, /`ls \$\{[A-Za-z_$][\w$]*\} \$\{\(0,[A-Za-z_$][\w$]*\.quoteForShell\)\([A-Za-z_$][\w$]*\)\}`/);
  assert.ok(table.includes(`.replace(/'/g,"'\\\\''")`));
});

test("bundle: two copies of a module are mangled differently", () => {
  const bundle = buildBundle(inputs, { targetBytes: 20_000 });
  const bodies = [...moduleTable(bundle.text).matchAll(/(?:^|,)(\d+):(function\(e,t\)\{[^\n]*?\})(?=,\d+:|\};)/g)];
  const quoteCopies = bodies.filter((m) => Number(m[1]) % 3 === 1).map((m) => m[2]);
  assert.ok(quoteCopies.length > 5);
  assert.ok(new Set(quoteCopies).size > 1, "every copy of quote.ts looks the same");
});

test("bundle: a module with top-level await gets an async function", () => {
  const bundle = buildBundle([{ pkg: "p", file: "main.mjs", text: "const config = await import('./config.mjs')\nexport default config\n" }], { targetBytes: 1 });
  assert.match(moduleTable(bundle.text), /^0:async function\(e,t\)\{/);
  acorn.parse(bundle.text, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
});
