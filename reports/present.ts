// What the human-facing reports (text, Markdown) share: the verdict, rule
// titles, grouping, and making package-controlled strings safe to show.
import { maskSecretsInText } from "../analyzer/mask.js";
import { type DestinationClass, type Finding, type Location, type OutboundDestination, type ScanResult, type Severity, SEVERITIES } from "../analyzer/types.js";
import { ruleById } from "../rules/index.js";

export interface Verdict {
  worst?: Severity;
  counts: { severity: Severity; count: number }[];
  /** One line, e.g. "Do not install without review: 1 critical, 2 medium." */
  sentence: string;
}

const ADVICE: Record<Severity, string> = {
  critical: "Do not install",
  high: "Review before installing",
  medium: "Worth a look before installing",
  low: "Minor notes only",
};

export function verdictOf(result: ScanResult): Verdict {
  const counts = SEVERITIES.map((severity) => ({ severity, count: result.findings.filter((f) => f.severity === severity).length })).filter((c) => c.count > 0);
  const unanalyzed = result.diagnostics.filter((d) => d.level !== "note").length;
  const caveat = unanalyzed > 0 ? `; the scan is incomplete (${plural(unanalyzed, "warning")} below)` : "";
  const elsewhere = result.server.elsewhere;
  if (counts.length === 0 && elsewhere?.kind === "other-language") return { counts, sentence: `Incomplete: this package's server is not JavaScript (${elsewhere.where}) and was not analysed; nothing here was found, which says nothing about the server.` };
  if (counts.length === 0 && elsewhere) return { counts, sentence: `Incomplete: this package does not hold its server's code (${ELSEWHERE_TEXT[elsewhere.kind]}: ${elsewhere.where}); nothing here was found, which says nothing about the server.` };
  if (counts.length === 0) return { counts, sentence: `No findings${caveat}.` };
  const worst = counts[0].severity;
  const summary = counts.map((c) => `${c.count} ${c.severity}`).join(", ");
  return { worst, counts, sentence: `${ADVICE[worst]}: ${plural(result.findings.length, "finding")} (${summary})${caveat}.` };
}

/** The package as scanned (`name@version`), and the spec it was resolved from when that was not already exact (`name`, `name@^1`, `name@latest`). */
export function scannedName(result: ScanResult): string {
  const pkg = result.package;
  const name = pkg.name ? `${pkg.name}${pkg.version ? "@" + pkg.version : ""}` : result.target;
  return result.targetKind === "npm" && pkg.version && result.target !== name ? `${name} (resolved from ${result.target})` : name;
}

/**
 * What the tools can do by design (issue 21): each capability finding's
 * sentence ("`run_sql` runs any SQL the model writes against the database"),
 * once, with the first place that shows it.
 */
export function capabilitiesSaid(findings: readonly Finding[]): { sentence: string; finding: Finding }[] {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    const sentence = f.properties?.capability;
    if (typeof sentence === "string" && !out.has(sentence)) out.set(sentence, f);
  }
  return [...out].map(([sentence, finding]) => ({ sentence, finding }));
}

const ELSEWHERE_TEXT: Record<NonNullable<ScanResult["server"]["elsewhere"]>["kind"], string> = {
  "native-binary": "a native binary",
  shim: "a shim starting another program",
  dependency: "a server imported from a dependency",
  "remote-proxy": "a proxy to a remote server",
  "other-language": "a server that is not JavaScript",
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The rule's title from the catalog, when this build knows the rule. */
export function ruleTitle(ruleId: string): string | undefined {
  return ruleById(ruleId)?.meta.title;
}

/** Findings grouped by severity (worst first), then by rule id; each group keeps the findings' order. */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; rules: { ruleId: string; findings: Finding[] }[] }[] {
  const out: { severity: Severity; rules: { ruleId: string; findings: Finding[] }[] }[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const ids = [...new Set(ofSeverity.map((f) => f.ruleId))].sort();
    out.push({ severity, rules: ids.map((ruleId) => ({ ruleId, findings: ofSeverity.filter((f) => f.ruleId === ruleId) })) });
  }
  return out;
}

/** The destinations of a report, one per host (or per unresolved reason): the calls, what they send and the tools that reach them, merged. */
export interface DestinationGroup {
  destination?: string;
  class: DestinationClass;
  reason: string;
  via: string[];
  sends: string[];
  tools: string[];
  locations: Location[];
}

export function groupDestinations(destinations: readonly OutboundDestination[]): DestinationGroup[] {
  const groups = new Map<string, DestinationGroup>();
  for (const d of destinations) {
    const key = `${d.class}|${d.destination ?? "?" + d.reason}`;
    const g = groups.get(key) ?? { destination: d.destination, class: d.class, reason: d.reason, via: [], sends: [], tools: [], locations: [] };
    groups.set(key, g);
    g.via.push(d.callee);
    g.sends.push(...d.sends);
    g.tools.push(...d.tools);
    g.locations.push(d.location);
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  // Destinations come worst first from the scan; groups keep that order.
  return [...groups.values()].map((g) => ({ ...g, via: unique(g.via), sends: unique(g.sends).sort(), tools: unique(g.tools).sort() }));
}

export const DESTINATION_CLASS_TEXT: Record<DestinationClass, string> = {
  "own-service": "its own service",
  "user-configured": "a URL the user configures",
  foreign: "a foreign service",
  collector: "a collector",
  unknown: "an unresolved destination",
};

// C0/C1 controls (ANSI escapes among them), bidi overrides and zero-width
// characters: a package chooses its tool descriptions, file names and strings,
// and must not be able to rewrite the terminal or hide text from the reader.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Package-controlled text made safe to show on one line: controls escaped, newlines and tabs as spaces, secrets masked. */
export function displayText(s: string): string {
  return maskSecretsInText(s.replace(/[\r\n\t]+/g, " ")).replace(UNSAFE_CHARS, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** Like displayText but for a source line: tabs keep their width as two spaces. */
export function displayCode(s: string): string {
  return s.replace(/\t/g, "  ").replace(UNSAFE_CHARS, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
