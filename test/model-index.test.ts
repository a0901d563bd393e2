// The engine's model index: its shortcuts give the answers of the plain computation.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ALL_MODELS } from "../rules/models/index.js";
import { ModelIndex } from "../analyzer/taint/models.js";
import type { LiteralSourceRow } from "../analyzer/taint/spec.js";

function plainMatches(rows: readonly LiteralSourceRow[], s: string): LiteralSourceRow[] {
  return rows.filter((row) => {
    row.pattern.lastIndex = 0;
    return row.pattern.test(s);
  });
}

test("model index: literal rows found through the combined screen are exactly the rows whose own pattern matches", () => {
  const extra: LiteralSourceRow[] = [
    { kind: "test", name: "repeat", pattern: /(ab)\1x/ },
    { kind: "test", name: "caseless", pattern: /token-[a-z]{4}/i },
    { kind: "test", name: "global", pattern: /zz\d+/g },
  ];
  const index = new ModelIndex([...ALL_MODELS, { literals: extra }]);
  const strings = [
    "ghp_" + "a".repeat(36),
    "xoxb-" + "1234567890-abcdef",
    "AKIA" + "ABCDEFGHIJKLMNOP",
    "sk-" + "b".repeat(48),
    "ababx",
    "abx",
    "TOKEN-ABCD",
    "zz12 and zz34",
    "plain words, nothing secret here",
    "https://hooks.slack.com/services/T000/B000/" + "c".repeat(24),
    "",
  ];
  for (const s of strings) {
    // Twice: a global pattern's lastIndex must not leak between calls.
    for (let i = 0; i < 2; i++) assert.deepEqual(index.literalRowsMatching(s), plainMatches(index.literals, s), s);
  }
  assert.ok(index.literalRowsMatching("ababx").some((r) => r.name === "repeat"));
  assert.ok(index.literalRowsMatching("TOKEN-ABCD").some((r) => r.name === "caseless"));
  assert.equal(index.literalRowsMatching("plain words, nothing secret here").length, 0);
});

test("model index: AnyPath stands for zero or more tokens before the rest of the row", () => {
  const index = new ModelIndex([{ sinks: [{ package: "lib", path: "AnyPath.Member[upload].Argument[0]", kind: "k" }, { package: "lib", path: "AnyPath.Member[open].ReturnValue.Member[save].Argument[0]", kind: "k" }] }]);
  const kinds = (key: string) => index.callModels(key).sinks.map((s) => s.row.path);
  assert.deepEqual(kinds("lib Member[upload]"), ["AnyPath.Member[upload].Argument[0]"]);
  assert.deepEqual(kinds("lib Member[launch].ReturnValue.Member[newPage].ReturnValue.Member[upload]"), ["AnyPath.Member[upload].Argument[0]"]);
  assert.deepEqual(kinds("lib Member[a].Member[open].ReturnValue.Member[save]"), ["AnyPath.Member[open].ReturnValue.Member[save].Argument[0]"]);
  assert.deepEqual(kinds("lib Member[save]"), [], "the tokens after AnyPath must all match");
  assert.deepEqual(kinds("lib Member[upload].ReturnValue"), [], "AnyPath does not swallow what follows the named method");
  assert.deepEqual(kinds("other Member[upload]"), [], "only the row's package");
});
