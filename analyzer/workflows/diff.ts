// `mcp-warden diff`: what changed between two versions of a server in security
// terms. Works on snapshots, so either side can be a fresh scan or a lock.
// Findings match by fingerprint (stable across unrelated edits), tools by name.
import { type Capability, type Severity, severityRank } from "../types.js";
import type { FindingPrint, Snapshot, ToolPrint } from "./snapshot.js";

export interface DescriptionChange {
  old?: string;
  new?: string;
  /** Sentences (or lines) of the new text that the old one did not have, and the reverse. */
  added: string[];
  removed: string[];
}

export interface ToolChange {
  name: string;
  capabilitiesGained: Capability[];
  capabilitiesLost: Capability[];
  credentialsGained: string[];
  description?: DescriptionChange;
  schema?: { parametersAdded: string[]; parametersRemoved: string[] };
  /** The new version's capabilities for this tool could not be worked out (the old ones could). */
  becameUnknown?: boolean;
}

export type AdditionKind = "package" | "finding" | "tool" | "capability" | "description" | "schema" | "credential" | "destination" | "unknown-capabilities";

/** One thing the new version adds, with how much it matters: what `--fail-on` judges. */
export interface Addition {
  kind: AdditionKind;
  severity: Severity;
  tool?: string;
  message: string;
}

export interface SnapshotDiff {
  old: Snapshot["package"];
  new: Snapshot["package"];
  findings: { added: FindingPrint[]; removed: FindingPrint[] };
  tools: { added: ToolPrint[]; removed: ToolPrint[]; changed: ToolChange[] };
  credentials: { added: string[]; removed: string[] };
  destinations: { added: string[]; removed: string[] };
  /** Everything added, worst first. */
  additions: Addition[];
}

/**
 * How much gaining a capability matters: running programs, deleting, sending
 * data out and reaching credentials can hurt on their own; writing changes
 * state; reading is what the server is usually for.
 */
export const CAPABILITY_SEVERITY: Record<Capability, Severity> = {
  "process-exec": "high",
  "fs-delete": "high",
  "db-delete": "high",
  "network-send": "high",
  "credential-access": "high",
  "fs-write": "medium",
  "db-write": "medium",
  "db-query": "medium",
  "fs-read": "low",
  "network-read": "low",
  "env-read": "low",
  "db-read": "low",
};

function worst(severities: Severity[], floor: Severity): Severity {
  return severities.reduce((w, s) => (severityRank(s) > severityRank(w) ? s : w), floor);
}

function minus<T>(a: readonly T[], b: readonly T[]): T[] {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
}

/** The pipeline numbers repeats of one fingerprint (`abc`, `abc:1`, ...); the number only says which repeat. */
function baseFingerprint(f: FindingPrint): string {
  return f.fingerprint.replace(/:\d+$/, "");
}

/** Multiset difference by fingerprint: two identical findings in new against one in old leave one added. */
function findingsMinus(a: FindingPrint[], b: FindingPrint[]): FindingPrint[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(baseFingerprint(f), (counts.get(baseFingerprint(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = counts.get(baseFingerprint(f)) ?? 0;
    if (n === 0) return true;
    counts.set(baseFingerprint(f), n - 1);
    return false;
  });
}

function sentences(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function describeChange(oldText: string | undefined, newText: string | undefined): DescriptionChange {
  const before = sentences(oldText);
  const after = sentences(newText);
  return { old: oldText, new: newText, added: minus(after, before), removed: minus(before, after) };
}

function toolChange(a: ToolPrint, b: ToolPrint): ToolChange | undefined {
  const change: ToolChange = {
    name: b.name,
    capabilitiesGained: minus(b.capabilities, a.capabilities),
    capabilitiesLost: minus(a.capabilities, b.capabilities),
    credentialsGained: minus(b.credentials, a.credentials),
  };
  if (a.descriptionHash !== b.descriptionHash) change.description = describeChange(a.description, b.description);
  if (a.schemaHash !== b.schemaHash) change.schema = { parametersAdded: minus(b.parameters, a.parameters), parametersRemoved: minus(a.parameters, b.parameters) };
  if (b.unknown && !a.unknown) change.becameUnknown = true;
  const changed = change.capabilitiesGained.length || change.capabilitiesLost.length || change.credentialsGained.length || change.description || change.schema || change.becameUnknown;
  return changed ? change : undefined;
}

function toolSeverity(t: ToolPrint): Severity {
  return worst(
    t.capabilities.map((c) => CAPABILITY_SEVERITY[c]),
    t.unknown ? "medium" : "low",
  );
}

function additionsOf(d: Omit<SnapshotDiff, "additions">): Addition[] {
  const out: Addition[] = [];
  for (const f of d.findings.added) out.push({ kind: "finding", severity: f.severity, message: `new finding ${f.ruleId}: ${f.message} (${f.file}:${f.line})` });
  for (const t of d.tools.added) {
    const caps = t.unknown ? "capabilities unknown" : t.capabilities.length ? t.capabilities.join(", ") : "no capabilities found";
    out.push({ kind: "tool", severity: toolSeverity(t), tool: t.name, message: `new tool ${t.name} (${caps})` });
  }
  for (const c of d.tools.changed) {
    for (const cap of c.capabilitiesGained) out.push({ kind: "capability", severity: CAPABILITY_SEVERITY[cap], tool: c.name, message: `${c.name} can now ${cap}` });
    if (c.becameUnknown) out.push({ kind: "unknown-capabilities", severity: "medium", tool: c.name, message: `${c.name}'s capabilities can no longer be worked out` });
    if (c.description) out.push({ kind: "description", severity: "medium", tool: c.name, message: `${c.name}'s description changed` });
    if (c.schema) out.push({ kind: "schema", severity: "low", tool: c.name, message: `${c.name}'s input schema changed` });
  }
  for (const c of d.credentials.added) out.push({ kind: "credential", severity: "high", message: `newly reads credential ${c}` });
  for (const dest of d.destinations.added) out.push({ kind: "destination", severity: "high", message: `new destination ${dest}` });
  // Stable sort: worst first, the order above within a severity.
  return out.map((a, i) => [a, i] as const).sort(([a, i], [b, j]) => severityRank(b.severity) - severityRank(a.severity) || i - j).map(([a]) => a);
}

export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const oldTools = new Map(a.tools.map((t) => [t.name, t]));
  const newTools = new Map(b.tools.map((t) => [t.name, t]));
  const changed: ToolChange[] = [];
  for (const t of b.tools) {
    const before = oldTools.get(t.name);
    const c = before && toolChange(before, t);
    if (c) changed.push(c);
  }
  const d = {
    old: a.package,
    new: b.package,
    findings: { added: findingsMinus(b.findings, a.findings), removed: findingsMinus(a.findings, b.findings) },
    tools: { added: b.tools.filter((t) => !oldTools.has(t.name)), removed: a.tools.filter((t) => !newTools.has(t.name)), changed },
    credentials: { added: minus(b.credentials, a.credentials), removed: minus(a.credentials, b.credentials) },
    destinations: { added: minus(b.destinations, a.destinations), removed: minus(a.destinations, b.destinations) },
  };
  return { ...d, additions: additionsOf(d) };
}

/** Whether the new side adds anything at or over the threshold (`none`: never). */
export function addsAtOrOver(diff: SnapshotDiff, failOn: Severity | "none"): boolean {
  if (failOn === "none") return false;
  return diff.additions.some((a) => severityRank(a.severity) >= severityRank(failOn));
}
