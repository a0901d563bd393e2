// docs/rules.md is what SARIF helpUri and the Markdown report link to: it must
// exist, be current with the rule metadata, and have an anchor for every rule.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { renderRuleCatalog } from "../reports/rule-catalog.js";
import { ALL_RULES, CONFIG_RULE_IDS } from "../rules/index.js";
import { SEVERITY_LADDERS } from "../rules/util/severity-ladders.js";
import type { Severity } from "../analyzer/types.js";
import { corpusCases, readExpectations } from "./support/corpus.js";

const DOC = fileURLToPath(new URL("../../docs/rules.md", import.meta.url));

test("docs/rules.md is generated from the current rule metadata (run npm run docs:rules)", () => {
  assert.equal(readFileSync(DOC, "utf8"), renderRuleCatalog(ALL_RULES, CONFIG_RULE_IDS));
});

test("every rule has a heading whose anchor is its id, and a row in the table", () => {
  const doc = readFileSync(DOC, "utf8");
  const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual([...headings].sort(), ALL_RULES.map((r) => r.meta.id).sort());
  for (const { meta } of ALL_RULES) assert.ok(doc.includes(`| [\`${meta.id}\`](#${meta.id}) |`), meta.id);
});

test("a rule's summary with a pipe does not break the table", () => {
  const [first] = ALL_RULES;
  const rule = { ...first, meta: { ...first.meta, summary: "reads a | b" } };
  assert.ok(renderRuleCatalog([rule], []).includes("| reads a \\| b |"));
});

test("severity ladders: every rule has one, its default is a rung, and every severity the corpus expects of a rule is on its ladder", () => {
  const ids = new Set(ALL_RULES.map((r) => r.meta.id));
  assert.deepEqual(Object.keys(SEVERITY_LADDERS).filter((id) => !ids.has(id)), []);
  for (const { meta } of ALL_RULES) {
    const ladder = SEVERITY_LADDERS[meta.id];
    assert.ok(ladder, `${meta.id} has no severity ladder in rules/util/severity-ladders.ts`);
    assert.ok(ladder[meta.defaultSeverity], `${meta.id}: its default severity ${meta.defaultSeverity} is not on its ladder`);
  }
  // The code follows the ladder: a corpus case expecting a rung the ladder does not describe fails here.
  const off: string[] = [];
  for (const name of corpusCases()) {
    for (const e of readExpectations(name).expected) {
      if (e.severity && !SEVERITY_LADDERS[e.rule]?.[e.severity as Severity]) off.push(`${name}: ${e.rule} (${e.severity})`);
    }
  }
  assert.deepEqual(off, []);
});
