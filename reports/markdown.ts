// The Markdown report: a pull-request comment for a review bot. A summary
// table, the credential map, the tool inventory, then one collapsible block
// per finding. Everything the package controls (file names, tool
// descriptions, messages quoting its strings) is escaped: a package must not
// be able to inject Markdown, HTML, mentions or links into the comment.
import type { Finding, Location, ScanResult, Severity, SurfaceItem } from "../analyzer/types.js";
import { TOOL_URI } from "../analyzer/version.js";
import { sortFindings } from "./json.js";
import { capabilitiesSaid, DESTINATION_CLASS_TEXT, displayCode, displayText, groupDestinations, groupFindings, plural, ruleTitle, scannedName, verdictOf } from "./present.js";

/** GitHub refuses comments over 65536 characters; stop adding detail blocks well before. */
const MAX_COMMENT = 60_000;
const MAX_DESCRIPTION = 300;
const MAX_TABLE_ROWS = 100;

const SEVERITY_BADGE: Record<Severity, string> = { critical: "🟥 critical", high: "🟧 high", medium: "🟨 medium", low: "⬜ low" };

export function renderMarkdown(result: ScanResult): string {
  const pkg = result.package;
  const name = scannedName(result);
  const verdict = verdictOf(result);
  const head: string[] = [];
  head.push(`### mcp-warden: ${mdCode(name)}`, "");
  head.push(`**${mdText(verdict.sentence)}**`, "");
  head.push(
    mdText(`${plural(pkg.filesScanned, "file")} scanned, ${pkg.filesSkipped} skipped, ${result.timings.totalMs} ms, mcp-warden ${result.tool.version}`) +
      (pkg.integrity ? ` · integrity ${mdCode(pkg.integrity)}` : ""),
    "",
  );

  if (result.findings.length > 0) {
    head.push("| Severity | Rule | Where | What |", "| --- | --- | --- | --- |");
    const sorted = sortFindings(result.findings);
    for (const f of sorted.slice(0, MAX_TABLE_ROWS)) {
      head.push(`| ${SEVERITY_BADGE[f.severity]} | ${mdCode(f.ruleId)} | ${mdCode(place(f.location))} | ${mdText(truncate(f.message, 200))} |`);
    }
    head.push("");
    if (sorted.length > MAX_TABLE_ROWS) head.push(`_and ${sorted.length - MAX_TABLE_ROWS} more in the details below and in the JSON or SARIF report._`, "");
  }

  if (result.credentials.length > 0) {
    head.push("#### Credentials and where they go", "", "| Credential | Read at | Goes to | Tools |", "| --- | --- | --- | --- |");
    for (const c of result.credentials) {
      const dests = c.destinations.length === 0 ? "not sent anywhere we can see" : c.destinations.map((d) => `${mdCode(d.destination ?? "unknown")} (${DESTINATION_CLASS_TEXT[d.class]}, via ${mdText(d.via)})`).join("<br>");
      head.push(`| ${mdCode(c.credential)} (${c.kind}) | ${c.readAt.map((l) => mdCode(place(l))).join(" ") || "-"} | ${dests} | ${c.tools.map((t) => mdCode(t)).join(" ") || "-"} |`);
    }
    head.push("");
  }

  const destinations = groupDestinations(result.destinations ?? []);
  if (destinations.length > 0) {
    head.push("#### Where it sends data", "", "| Destination | What it is | Sends | Tools | Where |", "| --- | --- | --- | --- | --- |");
    for (const g of destinations.slice(0, MAX_TABLE_ROWS)) {
      const where = g.destination ? mdCode(g.destination) : `no fixed host: ${mdText(g.reason)}`;
      const what = `${DESTINATION_CLASS_TEXT[g.class]}${g.destination ? `: ${mdText(g.reason)}` : ""}, via ${g.via.map((v) => mdCode(v)).join(" ")}`;
      const at = mdCode(place(g.locations[0])) + (g.locations.length > 1 ? ` and ${g.locations.length - 1} more` : "");
      head.push(`| ${where} | ${what} | ${g.sends.map((x) => mdText(x)).join("<br>") || "-"} | ${g.tools.map((t) => mdCode(t)).join(" ") || "-"} | ${at} |`);
    }
    if (destinations.length > MAX_TABLE_ROWS) head.push("", `_and ${destinations.length - MAX_TABLE_ROWS} more in the JSON report._`);
    head.push("");
  }

  const surface = [...result.server.tools, ...result.server.prompts, ...result.server.resources];
  if (surface.length > 0) head.push(...inventory(surface), "");
  const can = capabilitiesSaid(result.findings);
  if (can.length > 0) head.push("**What it can do**", "", ...can.map(({ sentence, finding }) => `- ${mdText(sentence)} (${mdCode(place(finding.location))})`), "");

  const body: string[] = [];
  let size = head.join("\n").length;
  let omitted = 0;
  for (const group of groupFindings(result.findings)) {
    for (const rule of group.rules) {
      for (const f of rule.findings) {
        const block = findingBlock(f).join("\n");
        if (size + block.length > MAX_COMMENT) {
          omitted++;
          continue;
        }
        body.push(block);
        size += block.length;
      }
    }
  }
  if (omitted > 0) body.push(`_${plural(omitted, "more finding")} left out to fit a comment: see the JSON or SARIF report._`, "");

  const diags = result.diagnostics.filter((d) => d.level !== "note");
  if (diags.length > 0) {
    body.push(`<details><summary>Could not analyze everything (${diags.length})</summary>`, "");
    for (const d of diags) body.push(`- ${d.level} ${mdCode(d.code, false)}${d.file ? ` in ${mdCode(d.file + (d.line ? ":" + d.line : ""), false)}` : ""}: ${mdText(d.message)}`);
    body.push("", "</details>", "");
  }
  return [...head, ...body].join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function inventory(items: SurfaceItem[]): string[] {
  const lines = [`<details><summary>What the server exposes (${plural(items.length, "item")})</summary>`, "", "| Kind | Name | Capabilities | Hints | Description |", "| --- | --- | --- | --- | --- |"];
  for (const item of items) {
    const hints = Object.entries(item.annotations)
      .filter(([k, v]) => k !== "title" && v === true)
      .map(([k]) => k)
      .join(", ");
    const desc = item.description === undefined ? "-" : mdText(truncate(item.description, MAX_DESCRIPTION));
    lines.push(`| ${item.kind} | ${mdCode(item.name)}${item.dynamic ? " (dynamic)" : ""} | ${item.capabilities.join(", ") || "-"} | ${hints || "-"} | ${desc} |`);
  }
  lines.push("", "</details>");
  return lines;
}

function findingBlock(f: Finding): string[] {
  const title = ruleTitle(f.ruleId);
  const out = [`<details><summary>${SEVERITY_BADGE[f.severity]} · <code>${html(f.ruleId)}</code>${title ? " " + html(title) : ""} · <code>${html(place(f.location))}</code></summary>`, ""];
  out.push(mdText(f.message), "");
  out.push(...frame(f.location));
  const path = f.path ?? [];
  if (path.length > 1) {
    out.push("**Path**", "");
    path.forEach((s, i) => out.push(`${i + 1}. ${mdText(s.label)}: ${mdCode(place(s.location), false)}${s.location.snippet ? ` ${mdCode(s.location.snippet, false)}` : ""}`));
    out.push("");
  }
  for (const r of f.related ?? []) out.push(`- See also: ${mdText(r.message)}: ${mdCode(place(r.location), false)}`);
  if (f.related?.length) out.push("");
  if (f.fix) out.push(`**Fix:** ${mdText(f.fix)}`, "");
  out.push(`[About ${f.ruleId}](${TOOL_URI}/blob/main/docs/rules.md#${f.ruleId})`, "", "</details>", "");
  return out;
}

/** A fenced code frame from the location's context lines; the fence outgrows any backtick run in the code. */
function frame(loc: Location): string[] {
  const ctx = loc.context;
  const lines = ctx ? ctx.lines.map((t, i) => `${String(ctx.startLine + i).padStart(4)}${ctx.startLine + i === loc.line ? ">" : " "} ${displayCode(t)}`) : loc.snippet ? [`${String(loc.line).padStart(4)}> ${displayCode(loc.snippet)}`] : [];
  if (lines.length === 0) return [];
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
  const fence = "`".repeat(longest + 1);
  return [fence + languageOf(loc.file), ...lines, fence, ""];
}

function languageOf(file: string): string {
  if (/\.[cm]?tsx?$/.test(file)) return "ts";
  if (/\.[cm]?jsx?$/.test(file)) return "js";
  if (/\.json$/.test(file)) return "json";
  return "";
}

function place(loc: Location): string {
  return `${loc.file}:${loc.line}`;
}

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max).join("") + "…";
}

/**
 * Package text as inert Markdown on one line: HTML and Markdown punctuation
 * escaped, table pipes escaped, and @mentions, #references and bare links
 * broken with a zero-width space so the comment pings no one and links nowhere.
 */
export function mdText(s: string): string {
  return displayText(s)
    .replace(/[&<>"]/g, (ch) => HTML_ENTITY[ch])
    .replace(/[\\`*_{}[\]()#+!|~^$]/g, (ch) => `\\${ch}`)
    .replace(/@/g, "@&#8203;")
    .replace(/:\/\//g, ":&#8203;//")
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

/**
 * Package text as an inline code span: literal, with a delimiter longer than
 * any backtick run inside. In a table cell a pipe would still end the cell, so
 * it is escaped there (GFM strips that backslash before the span is read).
 */
export function mdCode(s: string, inTable = true): string {
  const text = displayText(s);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${tick}${pad}${inTable ? text.replace(/\|/g, "\\|") : text}${pad}${tick}`;
}

const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function html(s: string): string {
  return displayText(s)
    .replace(/[&<>"]/g, (ch) => HTML_ENTITY[ch])
    .replace(/@/g, "@&#8203;");
}
