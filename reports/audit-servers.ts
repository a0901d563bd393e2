// The second half of `mcp-warden audit` in text: a verdict per configured
// server with its worst findings, then what was skipped, failed or not scanned.
import type { ServerScan } from "../analyzer/audit/servers.js";
import { SEVERITIES } from "../analyzer/types.js";
import { displayText, plural } from "./present.js";

/** A summary line per finding: the full message is in `scan` and in the JSON. */
const MESSAGE_WIDTH = 160;

function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? chars.slice(0, width - 1).join("") + "…" : text;
}

function countsText(s: ServerScan): string {
  const parts = SEVERITIES.flatMap((sev) => (s.counts?.[sev] ? [`${s.counts[sev]} ${sev}`] : []));
  return parts.length ? parts.join(", ") : "no findings";
}

function pkgText(s: ServerScan): string {
  const p = s.package;
  return p?.name ? `${p.name}${p.version ? `@${p.version}` : ""}` : (s.target ?? "");
}

export function renderServerScans(servers: ServerScan[]): string {
  const t = displayText;
  const scanned = servers.filter((s) => s.status === "scanned");
  const skipped = servers.filter((s) => s.status === "skipped");
  const failed = servers.filter((s) => s.status === "failed");
  const notScanned = servers.filter((s) => s.status === "not-scanned");
  const lines = [`Servers: ${scanned.length} scanned, ${skipped.length} skipped (offline, not cached), ${failed.length} failed, ${notScanned.length} not scannable`];
  const order = { dangerous: 0, review: 1, ok: 2 };
  for (const s of [...scanned].sort((a, b) => order[a.verdict!] - order[b.verdict!])) {
    lines.push(`  ${s.verdict!.toUpperCase().padEnd(9)} ${t(s.name)} (${t(s.client)}): ${t(pkgText(s))}: ${countsText(s)}`);
    for (const f of s.topFindings ?? []) lines.push(`      ${f.severity.toUpperCase()} ${f.ruleId} ${t(f.file)}:${f.line}: ${clip(t(f.message), MESSAGE_WIDTH)}`);
  }
  for (const s of skipped) lines.push(`  SKIPPED   ${t(s.name)} (${t(s.client)}): ${t(s.target ?? "")}: ${t(s.reason ?? "")}`);
  for (const s of failed) lines.push(`  FAILED    ${t(s.name)} (${t(s.client)}): ${t(s.reason ?? "")}`);
  for (const s of notScanned) lines.push(`  -         ${t(s.name)} (${t(s.client)}): ${t(s.reason ?? "")}`);
  if (skipped.length) lines.push("", `${plural(skipped.length, "server")} skipped by --offline: ${skipped.map((s) => t(s.name)).join(", ")}`);
  return lines.join("\n") + "\n";
}
