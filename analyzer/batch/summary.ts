// The end of a batch in numbers, as data and as text or Markdown: verdicts,
// findings per rule, the slowest packages, failures, engine bounds hit, and
// (with --since) what the new versions add.
import { mdText } from "../../reports/markdown.js";
import { displayText } from "../../reports/present.js";
import type { ServerVerdict } from "../audit/servers.js";
import { SEVERITIES, type Severity, severityRank } from "../types.js";
import type { IndexEntry } from "./types.js";

export const SLOWEST = 10;

export interface BatchSummary {
  targets: number;
  scanned: number;
  failed: number;
  verdicts: Record<ServerVerdict, number>;
  findings: Record<Severity, number>;
  /** Findings per rule, most first, and in how many packages. */
  rules: { rule: string; findings: number; packages: number }[];
  /** Packages whose scan stopped at one of the engine's bounds somewhere. */
  incomplete: number;
  slowest: { package: string; scanMs?: number; wallMs: number }[];
  failures: { spec: string; error: string }[];
  /** With --since: packages whose new version adds something, worst first. */
  changes: { package: string; from: string; additions: number; worst?: Severity; byKind: Record<string, number> }[];
}

export function label(e: IndexEntry): string {
  return e.name ? `${e.name}${e.version ? `@${e.version}` : ""}` : e.spec;
}

export function summarize(entries: readonly IndexEntry[]): BatchSummary {
  const scanned = entries.filter((e) => e.status === "scanned");
  const verdicts: Record<ServerVerdict, number> = { dangerous: 0, review: 0, ok: 0 };
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const rules = new Map<string, { findings: number; packages: number }>();
  for (const e of scanned) {
    if (e.verdict) verdicts[e.verdict]++;
    for (const s of SEVERITIES) findings[s] += e.counts?.[s] ?? 0;
    for (const [rule, n] of Object.entries(e.rules ?? {})) {
      const r = rules.get(rule) ?? { findings: 0, packages: 0 };
      r.findings += n;
      r.packages++;
      rules.set(rule, r);
    }
  }
  const time = (e: IndexEntry) => e.timeMs.scan ?? e.timeMs.wall;
  return {
    targets: entries.length,
    scanned: scanned.length,
    failed: entries.length - scanned.length,
    verdicts,
    findings,
    rules: [...rules].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    incomplete: scanned.filter((e) => (e.incomplete?.length ?? 0) > 0).length,
    slowest: [...scanned]
      .sort((a, b) => time(b) - time(a))
      .slice(0, SLOWEST)
      .map((e) => ({ package: label(e), ...(e.timeMs.scan !== undefined ? { scanMs: e.timeMs.scan } : {}), wallMs: e.timeMs.wall })),
    failures: entries.filter((e) => e.status === "failed").map((e) => ({ spec: e.spec, error: e.error ?? "unknown" })),
    changes: scanned
      .filter((e) => e.since && e.since.additions > 0)
      .map((e) => ({ package: label(e), from: e.since!.version, additions: e.since!.additions, ...(e.since!.worst ? { worst: e.since!.worst } : {}), byKind: e.since!.byKind }))
      .sort((a, b) => (b.worst ? severityRank(b.worst) : 0) - (a.worst ? severityRank(a.worst) : 0) || b.additions - a.additions || a.package.localeCompare(b.package)),
  };
}

function kinds(byKind: Record<string, number>): string {
  return Object.entries(byKind)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
}

function ms(n: number | undefined): string {
  return n === undefined ? "-" : `${(n / 1000).toFixed(1)} s`;
}

/** A text field from a package (an error message, a name): one line, controls shown, secrets masked. */
function oneLine(text: string): string {
  return displayText(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

export function renderSummaryText(s: BatchSummary): string {
  const out = [
    `${s.targets} targets: ${s.scanned} scanned, ${s.failed} failed`,
    `verdicts: ${s.verdicts.dangerous} dangerous, ${s.verdicts.review} review, ${s.verdicts.ok} ok`,
    `findings: ${SEVERITIES.map((sev) => `${s.findings[sev]} ${sev}`).join(", ")}`,
    `engine bounds hit (analysis-incomplete) in ${s.incomplete} of ${s.scanned} packages`,
  ];
  if (s.rules.length) out.push("", "findings per rule (packages):", ...s.rules.map((r) => `  ${r.rule.padEnd(28)} ${String(r.findings).padStart(5)}  (${r.packages})`));
  if (s.slowest.length) out.push("", `slowest ${s.slowest.length} (scan time; wall time with start-up and fetch):`, ...s.slowest.map((e) => `  ${ms(e.scanMs).padStart(8)}  ${ms(e.wallMs).padStart(8)}  ${oneLine(e.package)}`));
  if (s.failures.length) out.push("", "failures:", ...s.failures.map((f) => `  ${oneLine(f.spec)}: ${oneLine(f.error)}`));
  if (s.changes.length) out.push("", "new versions that add something (--since):", ...s.changes.map((c) => `  ${(c.worst ?? "").padEnd(8)} ${oneLine(c.package)} (since ${c.from}): ${kinds(c.byKind)}`));
  return `${out.join("\n")}\n`;
}

function cell(text: string): string {
  return mdText(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

export function renderSummaryMarkdown(s: BatchSummary): string {
  const out = [
    "# Batch summary",
    "",
    `${s.targets} targets: ${s.scanned} scanned, ${s.failed} failed. Verdicts: **${s.verdicts.dangerous} dangerous**, ${s.verdicts.review} review, ${s.verdicts.ok} ok.`,
    `Findings: ${SEVERITIES.map((sev) => `${s.findings[sev]} ${sev}`).join(", ")}. Engine bounds hit in ${s.incomplete} of ${s.scanned} packages.`,
  ];
  if (s.rules.length) out.push("", "## Findings per rule", "", "| rule | findings | packages |", "| --- | ---: | ---: |", ...s.rules.map((r) => `| ${r.rule} | ${r.findings} | ${r.packages} |`));
  if (s.slowest.length) out.push("", "## Slowest packages", "", "| package | scan | wall |", "| --- | ---: | ---: |", ...s.slowest.map((e) => `| ${cell(e.package)} | ${ms(e.scanMs)} | ${ms(e.wallMs)} |`));
  if (s.failures.length) out.push("", "## Failures", "", "| target | why |", "| --- | --- |", ...s.failures.map((f) => `| ${cell(f.spec)} | ${cell(f.error)} |`));
  if (s.changes.length) out.push("", "## New versions that add something", "", "| package | since | worst | additions |", "| --- | --- | --- | --- |", ...s.changes.map((c) => `| ${cell(c.package)} | ${cell(c.from)} | ${c.worst ?? ""} | ${kinds(c.byKind)} |`));
  return `${out.join("\n")}\n`;
}
