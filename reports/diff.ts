// Output of `mcp-warden diff` and of `scan --baseline`: what a new version adds
// in security terms, as text, JSON or a Markdown PR comment.
import type { Addition, SnapshotDiff, ToolChange } from "../analyzer/workflows/diff.js";
import type { Snapshot } from "../analyzer/workflows/snapshot.js";
import { mdCode, mdText } from "./markdown.js";
import { displayText, plural } from "./present.js";

export const DIFF_FORMATS = ["text", "json", "markdown"] as const;

/** Bumped when the diff JSON changes shape (docs/workflows.md, docs/diff.schema.json). */
export const DIFF_SCHEMA_VERSION = "1.0.0";
export type DiffFormat = (typeof DIFF_FORMATS)[number];

function label(p: Snapshot["package"]): string {
  return p.name ? `${p.name}${p.version ? `@${p.version}` : ""}` : "(unnamed)";
}

function summary(d: SnapshotDiff): string {
  if (d.additions.length === 0 && d.findings.removed.length === 0 && d.tools.removed.length === 0 && d.tools.changed.length === 0) return "No security-relevant changes.";
  const worst = d.additions[0]?.severity;
  return `${plural(d.additions.length, "addition")}${worst ? ` (worst: ${worst})` : ""}, ${plural(d.findings.removed.length, "finding")} removed, ${plural(d.tools.removed.length, "tool")} removed.`;
}

/** A pull-request comment holds 65,536 characters; the Markdown diff stays under this, with room for the bot's own framing. */
export const MARKDOWN_DIFF_LIMIT = 60_000;
/** A description sentence longer than this is summarised in a Markdown diff that would not fit. */
const SUMMARY_SENTENCE = 200;

function toolChangeLines(c: ToolChange, text: (s: string) => string, summarise = false): string[] {
  const out: string[] = [];
  if (c.capabilitiesGained.length) out.push(`gains ${c.capabilitiesGained.join(", ")}`);
  if (c.capabilitiesLost.length) out.push(`loses ${c.capabilitiesLost.join(", ")}`);
  if (c.credentialsGained.length) out.push(`now reaches ${c.credentialsGained.map(text).join(", ")}`);
  if (c.becameUnknown) out.push("capabilities can no longer be worked out");
  if (c.schema) {
    const parts = [...c.schema.parametersAdded.map((p) => `+${text(p)}`), ...c.schema.parametersRemoved.map((p) => `-${text(p)}`)];
    out.push(`input schema changed${parts.length ? ` (${parts.join(", ")})` : " (types, descriptions or required)"}`);
  }
  if (c.description) {
    out.push("description changed:");
    const shown = (s: string) => text(summarise && s.length > SUMMARY_SENTENCE ? `${s.slice(0, SUMMARY_SENTENCE)}… (${s.length} characters)` : s);
    for (const s of c.description.removed) out.push(`  - ${shown(s)}`);
    for (const s of c.description.added) out.push(`  + ${shown(s)}`);
  }
  return out;
}

export function renderDiffText(d: SnapshotDiff): string {
  const t = displayText;
  const lines = [`${t(label(d.old))} → ${t(label(d.new))}: ${summary(d)}`];
  if (d.additions.length) {
    lines.push("", "Added (worst first):");
    for (const a of d.additions) lines.push(`  ${a.severity.toUpperCase().padEnd(8)} ${t(a.message)}`);
  }
  if (d.tools.added.length || d.tools.removed.length || d.tools.changed.length) {
    lines.push("", "Tools:");
    for (const tool of d.tools.added) lines.push(`  + ${t(tool.name)}: ${tool.unknown ? "capabilities unknown" : tool.capabilities.join(", ") || "no capabilities found"}`);
    for (const tool of d.tools.removed) lines.push(`  - ${t(tool.name)}`);
    for (const c of d.tools.changed) {
      lines.push(`  ~ ${t(c.name)}`);
      for (const l of toolChangeLines(c, t)) lines.push(`      ${l}`);
    }
  }
  if (d.credentials.added.length || d.credentials.removed.length) lines.push("", `Credentials: ${[...d.credentials.added.map((c) => `+${t(c)}`), ...d.credentials.removed.map((c) => `-${t(c)}`)].join(", ")}`);
  if (d.destinations.added.length || d.destinations.removed.length) lines.push("", `Destinations: ${[...d.destinations.added.map((c) => `+${t(c)}`), ...d.destinations.removed.map((c) => `-${t(c)}`)].join(", ")}`);
  if (d.findings.added.length || d.findings.removed.length) {
    lines.push("", "Findings:");
    for (const f of d.findings.added) lines.push(`  + ${f.severity.toUpperCase()} ${f.ruleId} ${t(f.file)}:${f.line}: ${t(f.message)}`);
    for (const f of d.findings.removed) lines.push(`  - ${f.severity.toUpperCase()} ${f.ruleId} ${t(f.file)}:${f.line}: ${t(f.message)}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * The diff as a pull-request comment: whole when it fits in MARKDOWN_DIFF_LIMIT characters;
 * else with long description sentences summarised; else cut at a line with a note saying how
 * much was left out (the JSON or text diff has it all).
 */
export function renderDiffMarkdown(d: SnapshotDiff): string {
  const whole = markdownDiff(d, false);
  if (whole.length <= MARKDOWN_DIFF_LIMIT) return whole;
  const summarised = markdownDiff(d, true);
  if (summarised.length <= MARKDOWN_DIFF_LIMIT) return summarised;
  const note = (left: number) => `\n\n_… ${left} more lines not shown: the diff is longer than a pull-request comment holds; run \`mcp-warden diff --format text\` for all of it._\n`;
  const lines = summarised.split("\n");
  let kept = 0;
  let size = 0;
  const room = MARKDOWN_DIFF_LIMIT - note(lines.length).length - "\n\n</details>".length;
  while (kept < lines.length && size + lines[kept].length + 1 <= room) size += lines[kept++].length + 1;
  // An open <details> block is closed so the comment still renders.
  const head = lines.slice(0, kept);
  const open = head.filter((l) => l.startsWith("<details>")).length - head.filter((l) => l === "</details>").length;
  return `${head.join("\n")}${open > 0 ? "\n\n</details>" : ""}${note(lines.length - kept)}`;
}

function markdownDiff(d: SnapshotDiff, summarise: boolean): string {
  const lines = [`### mcp-warden diff: ${mdCode(label(d.old), false)} → ${mdCode(label(d.new), false)}`, "", summary(d)];
  if (d.additions.length) {
    lines.push("", "| Severity | Added |", "| --- | --- |");
    for (const a of d.additions) lines.push(`| ${a.severity} | ${mdText(a.message)} |`);
  }
  const changed = d.tools.changed;
  if (d.tools.removed.length) lines.push("", `Tools removed: ${d.tools.removed.map((x) => mdCode(x.name, false)).join(", ")}`);
  if (changed.length) {
    lines.push("", "<details><summary>Tool changes</summary>", "");
    for (const c of changed) {
      lines.push(`- ${mdCode(c.name, false)}`);
      for (const l of toolChangeLines(c, mdText, summarise)) lines.push(l.startsWith("  ") ? `    - ${l.trim().replace(/^\+ /, "added: ").replace(/^- /, "removed: ")}` : `  - ${l}`);
    }
    lines.push("", "</details>");
  }
  if (d.findings.removed.length) {
    lines.push("", "<details><summary>Findings removed</summary>", "");
    for (const f of d.findings.removed) lines.push(`- ${f.severity} ${mdCode(f.ruleId, false)} ${mdText(`${f.file}:${f.line}`)}: ${mdText(f.message)}`);
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}

export function renderDiff(d: SnapshotDiff, format: DiffFormat): string {
  if (format === "json") return JSON.stringify({ schemaVersion: DIFF_SCHEMA_VERSION, ...d }, null, 2) + "\n";
  if (format === "markdown") return renderDiffMarkdown(d);
  return renderDiffText(d);
}

/** `scan --baseline`: what departed from the lock, one line each. */
export function renderDepartures(lockFile: string, departures: Addition[]): string {
  return [`${displayText(lockFile)}: the scanned target departs from the lock (${plural(departures.length, "change")}):`, ...departures.map((a) => `  ${a.severity.toUpperCase().padEnd(8)} ${displayText(a.message)}`), "Review the changes, then pin again (`mcp-warden pin <target> --out LOCK`) to accept them."].join("\n") + "\n";
}
