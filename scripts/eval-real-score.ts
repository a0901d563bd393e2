// Scoring for `npm run eval:real`: the manifest's shape, what counts as a
// hit, and the per-package and overall numbers. Pure: no network, no files.
import { type Finding, type Severity, SEVERITIES, severityRank } from "../analyzer/types.js";

/** A place where the vulnerable sink is; a finding there (rule and file, line within the tolerance) is a hit. */
export interface ExpectedLocation {
  file: string;
  line?: number;
}

export interface ExpectedFinding {
  rule: string;
  /** The advisory this expectation stands for (CVE or GHSA id). */
  advisory: string;
  /** Any one of these places counts: a flow may be reported at a wrapper or at the library call it reaches. */
  locations: ExpectedLocation[];
}

interface ManifestEntryBase {
  name: string;
  version: string;
  integrity: string;
}

export interface VulnerableEntry extends ManifestEntryBase {
  kind: "vulnerable";
  expected: ExpectedFinding[];
}

export interface CleanEntry extends ManifestEntryBase {
  kind: "clean";
  /** "no finding at high or above" is written `"noFindingAtOrAbove": "high"`. */
  noFindingAtOrAbove: Severity;
}

export type ManifestEntry = VulnerableEntry | CleanEntry;

export interface Manifest {
  /** How many lines a finding may be away from an expected line and still hit. */
  lineTolerance: number;
  packages: ManifestEntry[];
}

/** Checks the parsed manifest's shape, naming the entry and field that is wrong. */
export function validateManifest(value: unknown): Manifest {
  const fail = (where: string, what: string): never => {
    throw new Error(`eval/real-packages.json: ${where}: ${what}`);
  };
  if (!value || typeof value !== "object") fail("top level", "not an object");
  const m = value as Record<string, unknown>;
  if (typeof m.lineTolerance !== "number" || m.lineTolerance < 0) fail("lineTolerance", "must be a number of lines, 0 or more");
  if (!Array.isArray(m.packages) || m.packages.length === 0) fail("packages", "must be a non-empty list");
  for (const [i, raw] of (m.packages as unknown[]).entries()) {
    const e = raw as Record<string, unknown>;
    const where = `packages[${i}] (${String(e?.name)}@${String(e?.version)})`;
    for (const key of ["name", "version", "integrity"]) if (typeof e?.[key] !== "string" || !e[key]) fail(where, `${key} is missing`);
    if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(e.integrity as string)) fail(where, "integrity must be a sha512 subresource-integrity string");
    if (e.kind === "clean") {
      if (!SEVERITIES.includes(e.noFindingAtOrAbove as Severity)) fail(where, `noFindingAtOrAbove must be one of ${SEVERITIES.join(", ")}`);
    } else if (e.kind === "vulnerable") {
      if (!Array.isArray(e.expected) || e.expected.length === 0) fail(where, "a vulnerable package needs expected findings");
      for (const [j, x] of (e.expected as Record<string, unknown>[]).entries()) {
        if (typeof x.rule !== "string" || typeof x.advisory !== "string") fail(`${where}.expected[${j}]`, "rule and advisory are required");
        if (!Array.isArray(x.locations) || x.locations.length === 0) fail(`${where}.expected[${j}]`, "locations must list at least one file");
        for (const loc of x.locations as Record<string, unknown>[]) {
          if (typeof loc.file !== "string" || (loc.line !== undefined && typeof loc.line !== "number")) fail(`${where}.expected[${j}]`, "a location is { file, line? }");
        }
      }
    } else fail(where, `kind must be "vulnerable" or "clean", not ${String(e.kind)}`);
  }
  return value as Manifest;
}

export function isHit(expected: ExpectedFinding, finding: Finding, lineTolerance: number): boolean {
  if (finding.ruleId !== expected.rule) return false;
  return expected.locations.some(
    (loc) => loc.file === finding.location.file && (loc.line === undefined || Math.abs(finding.location.line - loc.line) <= lineTolerance),
  );
}

export interface ExpectationResult {
  expected: ExpectedFinding;
  hit: boolean;
  /** The finding that hit, when one did. */
  finding?: Finding;
}

export interface PackageScore {
  spec: string;
  kind: ManifestEntry["kind"];
  expectations: ExpectationResult[];
  /** Findings at or above the entry's bar (high for clean packages; high for vulnerable ones too, for reading). */
  atOrAboveBar: Finding[];
  bySeverity: Record<Severity, number>;
  /** For clean packages: no finding at or above the bar. */
  clean?: boolean;
}

export function scorePackage(entry: ManifestEntry, findings: readonly Finding[], lineTolerance: number): PackageScore {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const bar = entry.kind === "clean" ? entry.noFindingAtOrAbove : "high";
  const atOrAboveBar = findings.filter((f) => severityRank(f.severity) >= severityRank(bar));
  const expectations =
    entry.kind === "vulnerable"
      ? entry.expected.map((expected) => {
          const finding = findings.find((f) => isHit(expected, f, lineTolerance));
          return finding ? { expected, hit: true, finding } : { expected, hit: false };
        })
      : [];
  const score: PackageScore = { spec: `${entry.name}@${entry.version}`, kind: entry.kind, expectations, atOrAboveBar, bySeverity };
  if (entry.kind === "clean") score.clean = atOrAboveBar.length === 0;
  return score;
}

export interface Summary {
  expectations: number;
  hits: number;
  /** hits / expectations, NaN when nothing is expected. */
  recall: number;
  cleanPackages: number;
  /** Clean packages with no finding at or above their bar. */
  cleanPackagesQuiet: number;
  /** All findings at or above the bar on clean packages. */
  cleanFindingsAtOrAboveBar: number;
}

export function summarize(scores: readonly PackageScore[]): Summary {
  const expectations = scores.flatMap((s) => s.expectations);
  const hits = expectations.filter((e) => e.hit).length;
  const clean = scores.filter((s) => s.kind === "clean");
  return {
    expectations: expectations.length,
    hits,
    recall: expectations.length ? hits / expectations.length : Number.NaN,
    cleanPackages: clean.length,
    cleanPackagesQuiet: clean.filter((s) => s.clean).length,
    cleanFindingsAtOrAboveBar: clean.reduce((n, s) => n + s.atOrAboveBar.length, 0),
  };
}
