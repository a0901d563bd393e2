// The per-package job of `batch`: a pure function of (target, options). It
// scans, and returns the index entry, the JSON report and (with `earlier`) the
// diff against the latest earlier version among another batch's reports. It writes
// nothing: the child process (child.ts) stores what it returns, so a queue of
// workers elsewhere can run the same function and feed the same store.
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderJson } from "../../reports/json.js";
import { verdictOf } from "../audit/servers.js";
import { scan } from "../scan.js";
import { SEVERITIES, type ScanResult, type Severity } from "../types.js";
import { diffSnapshots, type SnapshotDiff } from "../workflows/diff.js";
import { snapshotOf } from "../workflows/snapshot.js";
import { latestEarlier } from "./since.js";
import { diffPath, reportKey, reportPath } from "./store.js";
import { INDEX_SCHEMA_VERSION, type BatchTarget, type EarlierReport, type IndexEntry, type JobOptions, type SinceSummary } from "./types.js";

export interface JobOutput {
  entry: IndexEntry;
  /** The JSON report, to be stored at `entry.report`. */
  report: string;
  /** The diff against the earlier version, to be stored at `entry.since.diff`. */
  diff?: string;
}

export async function runJob(target: BatchTarget, options: JobOptions): Promise<JobOutput> {
  const result = await scan(target.spec, { cacheDir: options.cacheDir, registry: options.registry, offline: options.offline, includeTests: options.includeTests, rules: options.rules });
  if (target.integrity && result.package.integrity !== target.integrity) {
    throw new Error(`integrity ${result.package.integrity ?? "(none)"} is not the listed ${target.integrity}`);
  }
  const name = result.package.name ?? path.basename(target.spec);
  const key = reportKey(name, result.package.version);
  const entry = entryOf(target, result, options, key);
  const out: JobOutput = { entry, report: renderJson(result) };
  if (options.earlier && result.package.name && result.package.version) {
    const diff = diffAgainstEarlier(options.earlier, result);
    if (diff) {
      entry.since = sinceSummary(diff.diff, diff.version, diffPath(key));
      out.diff = `${JSON.stringify(diff.diff, null, 2)}\n`;
    }
  }
  return out;
}

function entryOf(target: BatchTarget, result: ScanResult, options: JobOptions, key: string): IndexEntry {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const diagnostics: Record<string, number> = {};
  for (const d of result.diagnostics) if (d.level !== "note") diagnostics[d.code] = (diagnostics[d.code] ?? 0) + 1;
  const incomplete = [...new Set(result.diagnostics.filter((d) => d.code === "analysis-incomplete").map((d) => d.file ?? "(package)"))].sort();
  return {
    schemaVersion: INDEX_SCHEMA_VERSION,
    spec: target.spec,
    name: result.package.name ?? path.basename(target.spec),
    version: result.package.version,
    integrity: result.package.integrity,
    scanner: options.scanner,
    status: "scanned",
    verdict: verdictOf(result),
    counts,
    rules: perRule(result),
    tools: result.server.tools.map((t) => t.name).sort(),
    prompts: result.server.prompts.length,
    resources: result.server.resources.length,
    incomplete,
    diagnostics,
    timeMs: { scan: Math.round(result.timings.parseMs + result.timings.analysisMs), wall: Math.round(result.timings.totalMs) },
    report: reportPath(key),
  };
}

function perRule(result: ScanResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of result.findings.map((f) => f.ruleId).sort()) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** The latest earlier version of the same package among the reports the options hand over, diffed against it. */
function diffAgainstEarlier(reports: readonly EarlierReport[], result: ScanResult): { version: string; diff: SnapshotDiff } | undefined {
  const best = latestEarlier(reports, result.package.name!, result.package.version!);
  if (!best) return undefined;
  const earlier = JSON.parse(readFileSync(best.report, "utf8")) as ScanResult;
  return { version: best.version, diff: diffSnapshots(snapshotOf(earlier), snapshotOf(result)) };
}

function sinceSummary(diff: SnapshotDiff, version: string, file: string): SinceSummary {
  const byKind: Record<string, number> = {};
  for (const a of diff.additions) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  // additions are sorted worst first.
  return { version, additions: diff.additions.length, byKind, ...(diff.additions[0] ? { worst: diff.additions[0].severity } : {}), diff: file };
}
