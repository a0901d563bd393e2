// The corpus runner: every corpus case through the real pipeline, exact match.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { judgeConfig } from "../analyzer/audit/index.js";
import { readConfig } from "../analyzer/audit/config.js";
import { configLocations } from "../analyzer/audit/locations.js";
import { scan } from "../analyzer/scan.js";
import type { Finding } from "../analyzer/types.js";
import { CORPUS_DIR, corpusCases, type Expectation, isConfigCase, readExpectations } from "./support/corpus.js";

/** What the runner compares: the rule, the place, the severity, and the message for failures. */
type Observed = Pick<Finding, "ruleId" | "severity" | "message"> & { location: Pick<Finding["location"], "file" | "line"> };

interface CaseRun {
  findings: Observed[];
  problems: string[];
}

async function scanPackageCase(dir: string): Promise<CaseRun> {
  const result = await scan(dir);
  return { findings: result.findings, problems: result.diagnostics.filter((d) => d.code === "internal-error").map((d) => `internal error: ${d.message}`) };
}

/**
 * A config case is a fake machine: its home/, project/, appdata/ and xdg/ stand
 * for HOME, the working folder, APPDATA and XDG_CONFIG_HOME. Every client
 * config found there is judged by the config rules, exactly as `audit` does
 * (without scanning the servers it names, which would need the registry).
 */
async function auditConfigCase(dir: string): Promise<CaseRun> {
  const env = { home: path.join(dir, "home"), cwd: path.join(dir, "project"), appData: path.join(dir, "appdata"), xdgConfigHome: path.join(dir, "xdg") };
  const run: CaseRun = { findings: [], problems: [] };
  for (const location of configLocations(env)) {
    const config = await readConfig(location);
    if (!config) continue;
    const file = path.relative(dir, config.path).split(path.sep).join("/");
    if (config.status !== "parsed") run.problems.push(`${file}: ${config.note ?? config.status}`);
    for (const f of judgeConfig(config)) run.findings.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, location: { file, line: f.line } });
  }
  return run;
}

function matches(e: Expectation, f: Observed): boolean {
  return e.rule === f.ruleId && e.file === f.location.file && (e.line === undefined || e.line === f.location.line) && (e.severity === undefined || e.severity === f.severity);
}

const describe = (f: Observed) => `${f.ruleId} (${f.severity}) at ${f.location.file}:${f.location.line}: ${f.message}`;
const todoNotes: string[] = [];

for (const name of corpusCases()) {
  test(`corpus: ${name}`, async () => {
    const { expected, todo } = readExpectations(name);
    const dir = path.join(CORPUS_DIR, name);
    const result = isConfigCase(name) ? await auditConfigCase(dir) : await scanPackageCase(dir);
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
    problems.push(...result.problems);
    assert.deepEqual(problems, [], `corpus case ${name}:\n  ${problems.join("\n  ")}`);
  });
}

test("corpus: known misses", (t) => {
  for (const note of todoNotes) t.diagnostic(note);
});
