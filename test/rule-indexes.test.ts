// The indexes and memos the rules share for speed give the answers of the
// plain computations they replace: module bindings, tools per
// line, API row matches, the secret-format prefilter.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import type { HandlerRef } from "../analyzer/mcp/index.js";
import { parse } from "../analyzer/parse/index.js";
import { apiMatches } from "../analyzer/taint/spec.js";
import type { ParsedModule } from "../analyzer/types.js";
import { PACKAGE_CAPABILITIES } from "../rules/models/package-capabilities.js";
import { mayContainSecretFormat, SECRET_FORMATS } from "../rules/models/secret-formats.js";
import type { RuleContext } from "../rules/types.js";
import { firstMatchingRow, matchesAnyRow } from "../rules/util/api-rows.js";
import { toolsAt } from "../rules/util/credentials.js";
import { calleeApi, moduleCalls, moduleFacts, moduleStrings } from "../rules/util/module-apis.js";

function modulesOf(files: Record<string, string>): ParsedModule[] {
  const source = packageFromFiles(
    "t",
    "directory",
    "/t",
    [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, ...Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) }))],
    [],
    { seen: 0, skipped: 0 },
  );
  return parse(source).modules;
}

const JS = [
  'import fs, { writeFileSync as write } from "node:fs";',
  'import * as helpers from "./helpers.js";',
  'export * from "./more.js";',
  "function later() { return cp.spawn(`sh`, ['-c', \"curl x | sh\"]); }",
  'const cp = require("child_process");',
  "const { exec } = cp;",
  "const run = exec;",
  'const https = require("https").default;',
  "exec(\"ls\"); run(); write(p, d); fs.readFileSync(p); new URL(u); helpers.go();",
  "globalThis.fetch(u).then((r) => r.json());",
  'const lazy = await import("./lazy.js");',
].join("\n");

test("module facts: bindings from one pass, also for calls before the require they use", () => {
  const [module] = modulesOf({ "index.mjs": JS });
  const facts = moduleFacts(module);
  assert.deepEqual(Object.fromEntries(facts.bindings), {
    fs: "fs",
    write: "fs Member[writeFileSync]",
    cp: "child_process",
    exec: "child_process Member[exec]",
    run: "child_process Member[exec]",
    https: "https Member[default]",
  });
  // `await import()` is noted as a declarator's init and as the import expression (duplicates are harmless to closures).
  assert.deepEqual(facts.localSpecifiers, ["./helpers.js", "./more.js", "./lazy.js", "./lazy.js"]);
  assert.deepEqual([...facts.inits.keys()], ["cp", "run", "https", "lazy"]);
  const strings = moduleStrings(module);
  assert.ok(strings.has("curl x | sh") && strings.has("node:fs") && strings.has("ls"));
  const apis = moduleCalls(module).map((c) => c.api ?? "-");
  assert.deepEqual(apis, [
    "child_process Member[spawn]",
    "global Member[require]",
    "global Member[require]",
    "child_process Member[exec]",
    "child_process Member[exec]",
    "fs Member[writeFileSync]",
    "fs Member[readFileSync]",
    "-",
    "-",
    "global Member[fetch].ReturnValue.Member[then]",
    "global Member[fetch]",
    "-",
  ]);
  for (const c of moduleCalls(module)) assert.equal(calleeApi(c.node, module), c.api, "asked again, same answer");
});

test("tools per line: the segment index answers as scanning every handler would", () => {
  const files = ["a.js", "b.js"];
  // Nested, overlapping, repeated and one-line handlers, shared tool names.
  const spans: [string, number, number, string][] = [
    ["a.js", 1, 40, "outer"],
    ["a.js", 5, 9, "inner"],
    ["a.js", 9, 9, "point"],
    ["a.js", 8, 20, "overlap"],
    ["a.js", 30, 50, "inner"],
    ["a.js", 60, 61, "late"],
    ["b.js", 3, 4, "other"],
    ["b.js", 3, 4, "other"],
  ];
  const handlers = spans.map(([file, first, last, tool]) => ({ item: { name: tool }, module: { path: file }, fn: { loc: { start: { line: first }, end: { line: last } } } })) as unknown as HandlerRef[];
  const ctx = { handlers } as unknown as RuleContext;
  for (const file of [...files, "c.js"]) {
    for (let line = 0; line <= 65; line++) {
      const naive = [...new Set(spans.filter(([f, first, last]) => f === file && first <= line && line <= last).map((s) => s[3]))].sort();
      assert.deepEqual(toolsAt(ctx, [{ file, line, column: 1 }]), naive, `${file}:${line}`);
    }
  }
  assert.deepEqual(
    toolsAt(ctx, [
      { file: "a.js", line: 60, column: 1 },
      { file: "b.js", line: 3, column: 1 },
      { file: "a.js", line: 7, column: 1 },
    ]),
    ["inner", "late", "other", "outer"],
  );
});

test("API rows: the memo answers as apiMatches over the rows, on every asking", () => {
  const apis = ["child_process Member[spawn]", "child_process Member[spawnSync].ReturnValue", "fs Member[promises].Member[writeFile]", "fs Member[readFile]", "global Member[fetch]", "axios", "axios Member[get]", "execa", "unknown Member[x]", "global Member[eval]"];
  for (let round = 0; round < 2; round++) {
    for (const api of apis) {
      assert.equal(firstMatchingRow(PACKAGE_CAPABILITIES, api), PACKAGE_CAPABILITIES.find((r) => apiMatches(api, r)), api);
      assert.equal(matchesAnyRow(PACKAGE_CAPABILITIES, api), PACKAGE_CAPABILITIES.some((r) => apiMatches(api, r)), api);
    }
  }
});

test("secret formats prefilter: no format matches a text it rejects, and real shapes pass it", () => {
  const tokens = [
    `ghp_${"aB3".repeat(12)}`,
    `token: AKIA${"Z7".repeat(8)}`,
    `AWS_SECRET_ACCESS_KEY = ${"a/B3".repeat(10)}`,
    "postgres://admin:s3cr3tpw@db.example.net/app",
    `xoxb-${"12345".repeat(3)}`,
  ];
  for (const t of tokens) {
    assert.ok(mayContainSecretFormat(t), t);
    assert.ok(
      SECRET_FORMATS.some((f) => f.pattern.test(t)),
      t,
    );
  }
  const others = ["just a sentence that is long enough", `ghp_${"x".repeat(36)}`, "https://api.github.com/repos/owner/name", "sk-short", `AKIA${"a".repeat(16)}`, "mysql://root@localhost/db", ...tokens.map((t) => t.slice(0, 12))];
  for (const t of [...tokens, ...others]) {
    if (!mayContainSecretFormat(t)) assert.ok(!SECRET_FORMATS.some((f) => f.pattern.test(t)), t);
  }
});
