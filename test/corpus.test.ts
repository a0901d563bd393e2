// The corpus runner: every corpus case through the real pipeline, exact match.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import type { Finding } from "../analyzer/types.js";
import { CORPUS_DIR, corpusCases, type Expectation, readExpectations } from "./support/corpus.js";

function matches(e: Expectation, f: Finding): boolean {
  return e.rule === f.ruleId && e.file === f.location.file && (e.line === undefined || e.line === f.location.line) && (e.severity === undefined || e.severity === f.severity);
}

const describe = (f: Finding) => `${f.ruleId} (${f.severity}) at ${f.location.file}:${f.location.line}: ${f.message}`;
const todoNotes: string[] = [];

for (const name of corpusCases()) {
  test(`corpus: ${name}`, async () => {
    const { expected, todo } = readExpectations(name);
    const result = await scan(path.join(CORPUS_DIR, name));
    const unmatched = [...result.findings];
    const missing: Expectation[] = [];
    for (const e of expected) {
      const i = unmatched.findIndex((f) => matches(e, f));
      if (i >= 0) unmatched.splice(i, 1);
      else missing.push(e);
    }
    // A known miss that is in fact found is allowed to match (and is reported below as fixed).
    for (const t of todo) {
      const i = unmatched.findIndex((f) => matches(t, f));
      if (i >= 0) {
        unmatched.splice(i, 1);
        todoNotes.push(`${name}: todo-expect ${t.rule} at ${t.file}:${t.line} is now found: make it an expect`);
      } else todoNotes.push(`${name}: known miss ${t.rule} at ${t.file}:${t.line}`);
    }
    const problems = [
      ...missing.map((e) => `missing ${e.rule}${e.severity ? ` (${e.severity})` : ""} at ${e.file}:${e.line ?? "?"}`),
      ...unmatched.map((f) => `unexpected ${describe(f)}`),
    ];
    const crashes = result.diagnostics.filter((d) => d.code === "internal-error");
    problems.push(...crashes.map((d) => `internal error: ${d.message}`));
    assert.deepEqual(problems, [], `corpus case ${name}:\n  ${problems.join("\n  ")}`);
  });
}

test("corpus: known misses", (t) => {
  for (const note of todoNotes) t.diagnostic(note);
});
