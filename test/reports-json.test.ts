// The JSON report: valid against docs/json-report.schema.json, the ScanResult
// itself, and byte-for-byte deterministic whatever order the stages produced.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";
import { SCHEMA_VERSION } from "../analyzer/version.js";
import { canonicalResult, renderJson } from "../reports/json.js";
import { CORPUS_DIR, corpusCases, isConfigCase } from "./support/corpus.js";
import { fixtureResult } from "./support/report-fixture.js";

const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL("../../docs/json-report.schema.json", import.meta.url)), "utf8")) as object;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`);
}

/** Same content, every array reversed: what a stage with another iteration order would produce. */
function shuffled(r: ScanResult): ScanResult {
  const copy = structuredClone(r);
  copy.findings.reverse();
  copy.credentials.reverse();
  for (const c of copy.credentials) {
    c.destinations.reverse();
    c.tools.reverse();
  }
  copy.diagnostics.reverse();
  copy.server.tools.reverse();
  copy.server.sdks.reverse();
  copy.package.scripts = Object.fromEntries(Object.entries(copy.package.scripts).reverse());
  return copy;
}

test("json: the fixture validates against the documented schema, and the schema rejects what it should", () => {
  const parsed = JSON.parse(renderJson(fixtureResult())) as ScanResult;
  assert.deepEqual(schemaErrors(parsed), []);
  assert.equal(parsed.schemaVersion, SCHEMA_VERSION);
  const broken = structuredClone(parsed) as unknown as { findings: { severity: string }[]; extra?: boolean };
  broken.findings[0].severity = "severe";
  broken.extra = true;
  assert.deepEqual(schemaErrors(broken).sort(), ["/: must NOT have additional properties", "/findings/0/severity: must be equal to one of the allowed values"]);
});

test("json: every corpus case's report validates against the schema", async () => {
  // Config cases are fake machines for `audit`, not packages: they hold no code to scan.
  for (const name of corpusCases().filter((c) => !isConfigCase(c))) {
    const result = await scan(path.join(CORPUS_DIR, name));
    assert.deepEqual(schemaErrors(JSON.parse(renderJson(result))), [], `corpus case ${name}`);
  }
});

test("json: the report is the ScanResult, with nothing lost", () => {
  const r = fixtureResult();
  const parsed = JSON.parse(renderJson(r)) as ScanResult;
  assert.deepEqual(parsed, JSON.parse(JSON.stringify(canonicalResult(r))));
  // Same content as the input: canonical order changes order only.
  const sortDeep = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortDeep).map((x) => JSON.stringify(x)).sort() : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort().map(([k, x]) => [k, sortDeep(x)])) : v;
  assert.deepEqual(sortDeep(parsed), sortDeep(JSON.parse(JSON.stringify(r))));
  // Everything the text report shows is there.
  assert.equal(parsed.findings[0].path?.length, 4);
  assert.equal(parsed.credentials[0].credential, "GITHUB_TOKEN");
  assert.equal(parsed.server.tools[0].name, "sync");
  assert.equal(parsed.package.integrity, r.package.integrity);
  assert.equal(parsed.package.filesScanned, 2);
  assert.equal(parsed.package.filesSkipped, 1);
  assert.equal(parsed.diagnostics.length, 2);
  assert.equal(parsed.timings.totalMs, 50.8);
});

test("json: output is deterministic: stable key order and sorted arrays whatever the input order", () => {
  const r = fixtureResult();
  assert.equal(renderJson(shuffled(r)), renderJson(r));
  const parsed = JSON.parse(renderJson(shuffled(r))) as ScanResult;
  assert.deepEqual(Object.keys(parsed), ["schemaVersion", "tool", "target", "targetKind", "package", "findings", "credentials", "server", "diagnostics", "timings"]);
  assert.deepEqual(Object.keys(parsed.findings[0]), ["ruleId", "severity", "message", "location", "path", "related", "fix", "fingerprint", "properties"]);
  assert.deepEqual(Object.keys(parsed.findings[0].location), ["file", "line", "column", "endLine", "endColumn", "snippet", "regionText", "context"]);
  assert.deepEqual(
    parsed.findings.map((f) => f.severity),
    ["critical", "high", "medium", "low"],
  );
  assert.deepEqual(
    parsed.credentials[0].destinations.map((d) => d.destination),
    ["https://api.github.com", "https://collector.example.net"],
  );
  assert.deepEqual(
    parsed.diagnostics.map((d) => d.level),
    ["warning", "note"],
  );
});

test("json: a secret in the scanned code is never printed in full", () => {
  const text = renderJson(fixtureResult());
  assert.ok(!text.includes("ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
  assert.match(text, /ghp_ab…\(40 chars\)/);
});
