// Precision on the popular servers from hand labels (eval/labels/, format in
// eval/README.md): each finding at medium or above is matched to a label by
// rule + file + line, and counted per rule and per half of the servers. The
// halves come from a hash of the package name: precision work is developed on
// `dev` and judged on `holdout`.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SEVERITIES, type Severity, severityRank } from "../analyzer/types.js";

export type Half = "dev" | "holdout";
export const HALVES: readonly Half[] = ["dev", "holdout"];
export type LabelVerdict = "tp" | "fp" | "debatable";

export interface Label {
  rule: string;
  severity?: string;
  file: string;
  line: number;
  message?: string;
  verdict: LabelVerdict;
  reason?: string;
  read?: string;
}

export interface LabelFile {
  package: string;
  version?: string;
  findings: Label[];
}

/** What a finding is matched and counted by. */
export interface LabelledFinding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
}

/** One scanned package as the evaluation sees it. */
export interface EvalPackage {
  name: string;
  findings: MatchableFinding[];
  /** The package's labels, when a label file exists. */
  labels?: LabelFile;
}

export function halfOf(name: string): Half {
  return createHash("sha256").update(name).digest()[0] % 2 === 0 ? "dev" : "holdout";
}

/** `@scope/name` → `scope__name.json`. */
export function labelFileName(name: string): string {
  return `${name.replace(/@/g, "").replace(/\//g, "__")}.json`;
}

/** The label file of a package, when there is one; a malformed file is an error that names it. */
export function readLabels(dir: string, name: string): LabelFile | undefined {
  const file = path.join(dir, labelFileName(name));
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, "utf8")) as LabelFile;
  if (json.package !== name || !Array.isArray(json.findings)) throw new Error(`${file}: expected { "package": "${name}", "findings": [...] }`);
  for (const l of json.findings) {
    if (l.verdict !== "tp" && l.verdict !== "fp" && l.verdict !== "debatable") throw new Error(`${file}: ${l.rule} ${l.file}:${l.line}: verdict must be tp, fp or debatable, not ${JSON.stringify(l.verdict)}`);
  }
  return json;
}

const keyOf = (x: { rule: string; file: string; line: number }) => `${x.rule}\0${x.file}\0${x.line}`;

export interface Tally {
  findings: number;
  labelled: number;
  tp: number;
  fp: number;
  debatable: number;
}

export type Threshold = "high" | "medium";
export const THRESHOLDS: readonly Threshold[] = ["high", "medium"];

export interface PrecisionTable {
  /** rule (and "all") → threshold → half → tally. */
  byRule: Map<string, Record<Threshold, Record<Half, Tally>>>;
  /** Labels that no finding matches any more, per half. */
  stale: Record<Half, number>;
  /** Packages with a label file (an empty one says: scanned, nothing at medium or above to judge). */
  labelledPackages: Record<Half, number>;
}

const emptyTally = (): Tally => ({ findings: 0, labelled: 0, tp: 0, fp: 0, debatable: 0 });
const emptyRow = (): Record<Threshold, Record<Half, Tally>> => ({ high: { dev: emptyTally(), holdout: emptyTally() }, medium: { dev: emptyTally(), holdout: emptyTally() } });

export const ALL = "all";

/** A finding as the label matcher sees it: with its message, to tell apart findings that share a line. */
export interface MatchableFinding extends LabelledFinding {
  message?: string;
}

/**
 * Each finding's label: same rule, file and line, and the same severity (a label
 * judges a finding at its severity; one that changed needs its own verdict);
 * where several labels share a line, the one with the finding's message, else
 * the first not taken. Also the labels nothing matched (stale).
 */
export function matchLabels(findings: readonly MatchableFinding[], labels: readonly Label[]): { labelOf: (Label | undefined)[]; stale: Label[] } {
  const byKey = new Map<string, Label[]>();
  for (const l of labels) {
    const group = byKey.get(keyOf(l)) ?? [];
    group.push(l);
    byKey.set(keyOf(l), group);
  }
  const taken = new Set<Label>();
  const candidates = (f: MatchableFinding) => (byKey.get(keyOf(f)) ?? []).filter((l) => !taken.has(l) && (l.severity === undefined || l.severity === f.severity));
  const labelOf: (Label | undefined)[] = findings.map(() => undefined);
  // Same message first, so a finding whose message changed cannot take the label of one whose did not.
  findings.forEach((f, i) => {
    const label = candidates(f).find((l) => f.message !== undefined && l.message === f.message);
    if (label) taken.add((labelOf[i] = label));
  });
  findings.forEach((f, i) => {
    if (labelOf[i]) return;
    const label = candidates(f)[0];
    if (label) taken.add((labelOf[i] = label));
  });
  return { labelOf, stale: labels.filter((l) => !taken.has(l)) };
}

export function precisionTable(packages: readonly EvalPackage[]): PrecisionTable {
  const byRule = new Map<string, Record<Threshold, Record<Half, Tally>>>([[ALL, emptyRow()]]);
  const stale: Record<Half, number> = { dev: 0, holdout: 0 };
  const labelledPackages: Record<Half, number> = { dev: 0, holdout: 0 };
  for (const p of packages) {
    const half = halfOf(p.name);
    if (p.labels) labelledPackages[half]++;
    const { labelOf, stale: unmatched } = matchLabels(p.findings, p.labels?.findings ?? []);
    p.findings.forEach((f, i) => {
      const label = labelOf[i];
      for (const threshold of THRESHOLDS) {
        if (severityRank(f.severity) < severityRank(threshold)) continue;
        if (!byRule.has(f.rule)) byRule.set(f.rule, emptyRow());
        for (const row of [byRule.get(f.rule)!, byRule.get(ALL)!]) {
          const t = row[threshold][half];
          t.findings++;
          if (!label) continue;
          t.labelled++;
          t[label.verdict]++;
        }
      }
    });
    stale[half] += unmatched.length;
  }
  return { byRule, stale, labelledPackages };
}

export function precision(t: Tally): string {
  return t.tp + t.fp === 0 ? "-" : `${((100 * t.tp) / (t.tp + t.fp)).toFixed(0)}%`;
}

export function formatPrecision(table: PrecisionTable): string {
  const rules = [...table.byRule.keys()].filter((r) => r !== ALL).sort();
  const out: string[] = [];
  for (const threshold of THRESHOLDS) {
    out.push(`precision at ${threshold}+ (tp / (tp+fp); debatable counted apart)`);
    const header = ["rule", ...HALVES.flatMap((h) => [`${h}:found`, "labelled", "tp", "fp", "deb", "prec", "unlab"])];
    const rows = [...rules, ALL].map((rule) => {
      const row = table.byRule.get(rule)![threshold];
      return [rule, ...HALVES.flatMap((h) => [row[h].findings, row[h].labelled, row[h].tp, row[h].fp, row[h].debatable].map(String).concat(precision(row[h]), String(row[h].findings - row[h].labelled)))];
    }).filter((r, i, all) => i === all.length - 1 || r.slice(1).some((c) => c !== "0" && c !== "-"));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
    out.push(line(header), ...rows.map(line), "");
  }
  out.push(`packages with a label file: dev ${table.labelledPackages.dev}, holdout ${table.labelledPackages.holdout}`);
  out.push(`stale labels (no finding at that rule, file, line and severity any more): dev ${table.stale.dev}, holdout ${table.stale.holdout}`);
  return `${out.join("\n")}\n`;
}

/** The value at quantile q (0..1) of the numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function severityOf(s: string): Severity {
  return (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : "low";
}
