// eval:real scoring: what is a hit, what is noise, and the manifest check.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Finding, Severity } from "../analyzer/types.js";
import { type CleanEntry, isHit, scorePackage, summarize, validateManifest, type VulnerableEntry } from "../scripts/eval-real-score.js";

function finding(ruleId: string, file: string, line: number, severity: Severity = "high"): Finding {
  return { ruleId, severity, message: `${ruleId} at ${file}`, location: { file, line, column: 1 }, fingerprint: `${ruleId}:${file}:${line}` };
}

const INTEGRITY = "sha512-AAAA";

const vulnerable: VulnerableEntry = {
  name: "db-server",
  version: "1.0.0",
  integrity: INTEGRITY,
  kind: "vulnerable",
  expected: [
    { rule: "sql-injection", advisory: "GHSA-xxxx", locations: [{ file: "dist/tools.js", line: 13 }, { file: "dist/db/pg.js", line: 58 }] },
    { rule: "path-traversal", advisory: "CVE-1", locations: [{ file: "dist/index.js" }] },
  ],
};

const clean: CleanEntry = { name: "quiet-server", version: "2.0.0", integrity: INTEGRITY, kind: "clean", noFindingAtOrAbove: "high" };

test("isHit: same rule, one of the listed files, line within the tolerance when a line is given", () => {
  const [sql, path] = vulnerable.expected;
  assert.equal(isHit(sql, finding("sql-injection", "dist/tools.js", 16), 3), true);
  assert.equal(isHit(sql, finding("sql-injection", "dist/tools.js", 17), 3), false);
  assert.equal(isHit(sql, finding("sql-injection", "dist/db/pg.js", 55), 3), true);
  assert.equal(isHit(sql, finding("command-injection", "dist/tools.js", 13), 3), false);
  assert.equal(isHit(sql, finding("sql-injection", "dist/other.js", 13), 3), false);
  assert.equal(isHit(path, finding("path-traversal", "dist/index.js", 900), 0), true);
  assert.equal(isHit(path, finding("path-traversal", "src/index.js", 1), 0), false);
});

test("scorePackage: vulnerable package, one expectation hit and one missed", () => {
  const score = scorePackage(vulnerable, [finding("sql-injection", "dist/db/pg.js", 58, "critical"), finding("secret-in-log", "dist/index.js", 3, "medium")], 3);
  assert.deepEqual(
    score.expectations.map((e) => [e.expected.rule, e.hit]),
    [
      ["sql-injection", true],
      ["path-traversal", false],
    ],
  );
  assert.equal(score.expectations[0].finding?.location.file, "dist/db/pg.js");
  assert.deepEqual(score.bySeverity, { critical: 1, high: 0, medium: 1, low: 0 });
  assert.equal(score.clean, undefined);
});

test("scorePackage: a clean package is quiet with medium findings and noisy with a high one", () => {
  const quiet = scorePackage(clean, [finding("secret-in-log", "index.js", 1, "medium"), finding("mixed-blast-radius", "index.js", 2, "low")], 3);
  assert.equal(quiet.clean, true);
  assert.deepEqual(quiet.atOrAboveBar, []);
  const noisy = scorePackage(clean, [finding("ssrf", "index.js", 9, "high"), finding("secret-in-log", "index.js", 1, "medium")], 3);
  assert.equal(noisy.clean, false);
  assert.deepEqual(
    noisy.atOrAboveBar.map((f) => f.ruleId),
    ["ssrf"],
  );
});

test("summarize: recall over all expectations, quiet clean packages, noise count", () => {
  const scores = [
    scorePackage(vulnerable, [finding("path-traversal", "dist/index.js", 4)], 3),
    scorePackage(clean, [], 3),
    scorePackage(clean, [finding("ssrf", "a.js", 1, "critical"), finding("ssrf", "a.js", 2, "high")], 3),
  ];
  assert.deepEqual(summarize(scores), { expectations: 2, hits: 1, recall: 0.5, cleanPackages: 2, cleanPackagesQuiet: 1, cleanFindingsAtOrAboveBar: 2 });
});

test("validateManifest: names the entry and the field that is wrong", () => {
  assert.throws(() => validateManifest({ lineTolerance: 3, packages: [{ ...clean, integrity: "sha1-abc" }] }), /packages\[0\] \(quiet-server@2\.0\.0\): integrity/);
  assert.throws(() => validateManifest({ lineTolerance: 3, packages: [{ ...vulnerable, expected: [] }] }), /needs expected findings/);
  assert.throws(() => validateManifest({ lineTolerance: 3, packages: [{ ...clean, kind: "maybe" }] }), /kind must be/);
  assert.throws(() => validateManifest({ lineTolerance: 3, packages: [{ ...clean, noFindingAtOrAbove: "severe" }] }), /noFindingAtOrAbove/);
});

test("the repository's manifest is valid, with 5+ vulnerable and 10+ clean packages, each version once", () => {
  const manifest = validateManifest(JSON.parse(readFileSync(new URL("../../eval/real-packages.json", import.meta.url), "utf8")));
  const vulnerableCount = manifest.packages.filter((p) => p.kind === "vulnerable").length;
  const cleanCount = manifest.packages.filter((p) => p.kind === "clean").length;
  assert.ok(vulnerableCount >= 5, `${vulnerableCount} vulnerable packages`);
  assert.ok(cleanCount >= 10, `${cleanCount} clean packages`);
  const specs = manifest.packages.map((p) => `${p.name}@${p.version}`);
  assert.equal(new Set(specs).size, specs.length);
});
