// `--since <dir>`: which of an earlier batch's reports a new scan is diffed
// against. The parent reads that batch's index once and hands each job the
// reports that can be its earlier version; the job, a pure function of
// (target, options), picks the latest one older than what it scanned.
import { existsSync } from "node:fs";
import path from "node:path";
import { isExactVersion, parseRegistrySpec } from "../acquire/npm.js";
import { semver } from "../lazy-libraries.js";
import type { BatchTarget, EarlierReport, IndexEntry } from "./types.js";

/** The reports `entries` (the index of the store at `dir`) holds for a scanned name and semver version, in index order. */
export function earlierReports(entries: readonly IndexEntry[], dir: string): EarlierReport[] {
  const out: EarlierReport[] = [];
  for (const e of entries) {
    if (e.status !== "scanned" || !e.name || !e.version || !e.report || !semver().valid(e.version)) continue;
    const report = path.join(dir, e.report);
    if (existsSync(report)) out.push({ name: e.name, version: e.version, report });
  }
  return out;
}

/** The latest report of `name` older than `version` (of equal versions, the later line); undefined when there is none. */
export function latestEarlier(reports: readonly EarlierReport[], name: string, version: string): EarlierReport | undefined {
  if (!semver().valid(version)) return undefined;
  let best: EarlierReport | undefined;
  for (const r of reports) {
    if (r.name !== name || !semver().lt(r.version, version)) continue;
    if (!best || semver().gte(r.version, best.version)) best = r;
  }
  return best;
}

/**
 * What one target's job is handed: for a registry spec at an exact version, the one report it is diffed
 * against; for a name at a range or tag, that name's reports; for a tarball or folder, whose package is
 * known only once it is read, all of them.
 */
export function reportsFor(target: BatchTarget, reports: readonly EarlierReport[]): EarlierReport[] {
  if (existsSync(target.spec)) return [...reports];
  let parsed: { name: string; selector?: string };
  try {
    parsed = parseRegistrySpec(target.spec);
  } catch {
    return []; // not a spec the scan can read either: it fails
  }
  const { name, selector } = parsed;
  if (selector && isExactVersion(selector)) {
    const best = latestEarlier(reports, name, selector);
    return best ? [best] : [];
  }
  return reports.filter((r) => r.name === name);
}
