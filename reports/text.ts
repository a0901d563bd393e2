// The terminal report for a person deciding whether to install a server:
// verdict and credential map first, then findings grouped by severity and
// rule, each with a code frame, its path as numbered steps, and the fix.
import pc from "picocolors";
import type { CredentialUse, Finding, Location, OutboundDestination, ScanResult, Severity, SurfaceItem } from "../analyzer/types.js";
import { capabilitiesSaid, DESTINATION_CLASS_TEXT, displayCode, displayText, groupDestinations, groupFindings, plural, ruleTitle, scannedName, verdictOf } from "./present.js";

export interface TextOptions {
  color: boolean;
  /** Findings only: no code frames, paths, credential map, inventory or notes. */
  quiet?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (s: string) => string;

export function renderText(result: ScanResult, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const sevColor: Record<Severity, Paint> = { critical: (s) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.dim };
  const out: string[] = [];
  const pkg = result.package;
  const name = scannedName(result);
  const skipped = pkg.filesSkipped > 0 ? `, ${pkg.filesSkipped} skipped` : "";
  // The advisory lookup is a network round trip: say how much of the time it was, so the rest reads as the scan's own.
  const lookup = (result.timings.lookupMs ?? 0) >= 1 ? `, ${result.timings.lookupMs} ms of it the advisory lookup` : "";
  out.push(c.bold(`mcp-warden ${result.tool.version}  ${displayText(name)}`) + c.dim(`  (${plural(pkg.filesScanned, "file")} scanned${skipped}, ${result.timings.totalMs} ms${lookup})`));
  const verdict = verdictOf(result);
  out.push(verdict.worst ? sevColor[verdict.worst](verdict.sentence) : c.green(verdict.sentence));
  out.push("");

  if (!options.quiet) {
    if (result.credentials.length > 0) out.push(...credentialLines(result.credentials, c), "");
    if (result.destinations?.length) out.push(...destinationLines(result.destinations, c), "");
    const surface = [...result.server.tools, ...result.server.prompts, ...result.server.resources];
    if (surface.length > 0) out.push(...inventoryLines(surface, c), "");
    const can = capabilitiesSaid(result.findings);
    if (can.length > 0) out.push(c.bold("What it can do"), ...can.map(({ sentence, finding }) => `  ${displayText(sentence)}  ${c.dim(place(finding.location))}`), "");
  }

  for (const group of groupFindings(result.findings)) {
    const count = group.rules.reduce((n, r) => n + r.findings.length, 0);
    out.push(sevColor[group.severity](c.bold(`${group.severity.toUpperCase()} (${count})`)));
    for (const rule of group.rules) {
      const title = ruleTitle(rule.ruleId);
      out.push(`  ${c.bold(rule.ruleId)}${title ? c.dim(" · " + title) : ""}`);
      for (const f of rule.findings) out.push(...findingLines(f, c, options));
    }
    if (out[out.length - 1] !== "") out.push("");
  }

  const diags = result.diagnostics.filter((d) => !options.quiet || d.level !== "note");
  if (diags.length > 0) {
    out.push(c.bold("Could not analyze everything"));
    for (const d of diags) {
      const where = d.file ? `${displayText(d.file)}${d.line ? ":" + d.line : ""}: ` : "";
      out.push(`  ${d.level === "error" ? c.red(d.level) : c.dim(d.level)} ${where}${displayText(d.message)}`);
    }
    out.push("");
  }
  return out.join("\n") + "\n";
}

function credentialLines(credentials: CredentialUse[], c: Colors): string[] {
  const lines = [c.bold("Credentials and where they go")];
  for (const cred of credentials) {
    const read = cred.readAt.length > 0 ? c.dim(`  read at ${cred.readAt.map(place).join(", ")}`) : "";
    lines.push(`  ${c.bold(displayText(cred.credential))} ${c.dim(`(${cred.kind})`)}${read}`);
    if (cred.destinations.length === 0) lines.push(`    ${c.dim("not sent anywhere we can see")}`);
    for (const d of cred.destinations) {
      const paint: Paint = d.class === "collector" ? (s) => c.bold(c.red(s)) : d.class === "foreign" || d.class === "unknown" ? c.yellow : c.green;
      lines.push(`    → ${paint(displayText(d.destination ?? "unknown destination"))}  ${paint(DESTINATION_CLASS_TEXT[d.class])}${c.dim(`, via ${displayText(d.via)}, ${place(d.location)}`)}`);
    }
    lines.push(`    ${c.dim(cred.tools.length > 0 ? "used by tools: " + cred.tools.map(displayText).join(", ") : "used by no tool (read at start-up or by code no tool reaches)")}`);
  }
  return lines;
}

/** Every place the code sends data, one line per host, worst first; what is sent and from which tools when known. */
function destinationLines(destinations: readonly OutboundDestination[], c: Colors): string[] {
  const lines = [c.bold("Where it sends data")];
  for (const g of groupDestinations(destinations)) {
    const paint: Paint = g.class === "collector" ? (s) => c.bold(c.red(s)) : g.class === "foreign" || g.class === "unknown" ? c.yellow : c.green;
    // No fixed host: the reason (who chooses it, what configures it) is the destination as far as it is known.
    const where = g.destination ? displayText(g.destination) : `no fixed host: ${displayText(g.reason)}`;
    const why = g.destination ? `${DESTINATION_CLASS_TEXT[g.class]}: ${g.reason}` : g.class === "unknown" ? "" : DESTINATION_CLASS_TEXT[g.class];
    const at = g.locations.length > 1 ? `${place(g.locations[0])} and ${plural(g.locations.length - 1, "more call")}` : place(g.locations[0]);
    lines.push(`  → ${paint(where)}${why ? "  " + paint(displayText(why)) : ""}${c.dim(`, via ${g.via.map(displayText).join(", ")}, ${at}`)}`);
    const sends = g.sends.length > 0 ? `sends ${g.sends.map(displayText).join(", ")}` : "sends nothing the analysis can name (fixed or computed data)";
    const tools = g.tools.length > 0 ? `; from tools: ${g.tools.map(displayText).join(", ")}` : "";
    lines.push(`    ${c.dim(sends + tools)}`);
  }
  return lines;
}

/** A registration standing for a list read at run time: its tools' count is unknown, which is not "none". */
function runTimeListText(item: SurfaceItem): string {
  return `<${item.kind}s built at run time from the list at ${item.nameLocation.file}:${item.nameLocation.line}; how many is unknown>`;
}

function inventoryLines(items: SurfaceItem[], c: Colors): string[] {
  const lines = [c.bold("What the server exposes")];
  for (const item of items) {
    const hints = Object.entries(item.annotations)
      .filter(([k, v]) => k !== "title" && v === true)
      .map(([k]) => k);
    const caps = item.capabilities.length > 0 ? item.capabilities.join(", ") : "no capability found";
    lines.push(`  ${c.dim(item.kind)} ${c.bold(item.perElement ? runTimeListText(item) : displayText(item.name))}${item.dynamic ? c.yellow(" (dynamic)") : ""}  ${caps}${hints.length ? c.dim(`  [${hints.join(", ")}]`) : ""}`);
  }
  return lines;
}

function place(loc: Location): string {
  return `${displayText(loc.file)}:${loc.line}:${loc.column}`;
}

function findingLines(f: Finding, c: Colors, options: TextOptions): string[] {
  const lines = [`    ${c.bold("●")} ${displayText(f.message)}`, `      ${c.cyan(place(f.location))}`];
  if (options.quiet) return lines;
  lines.unshift("");
  lines.push(...codeFrame(f.location, c, "      "));
  const path = f.path ?? [];
  if (path.length > 1) {
    lines.push(`      ${c.bold("Path")}`);
    path.forEach((step, i) => {
      lines.push(`      ${String(i + 1).padStart(2)}. ${displayText(step.label)}  ${c.dim(place(step.location))}`);
      // The source gets a frame of its own: where the data comes from is half the story.
      if (i === 0) lines.push(...codeFrame(step.location, c, "          ", 0));
    });
  }
  for (const r of f.related ?? []) lines.push(`      ${c.dim("see also:")} ${displayText(r.message)}  ${c.dim(place(r.location))}`);
  if (f.fix) lines.push(`      ${c.green("fix:")} ${displayText(f.fix)}`);
  return lines;
}

/**
 * A few numbered lines around the location with a caret under the region.
 * `around` limits the context lines shown on each side.
 */
function codeFrame(loc: Location, c: Colors, indent: string, around = 2): string[] {
  const ctx = loc.context;
  const source = ctx ? ctx.lines.map((text, i) => ({ n: ctx.startLine + i, text })) : loc.snippet !== undefined ? [{ n: loc.line, text: loc.snippet }] : [];
  const shown = source.filter((l) => l.n >= loc.line - around && l.n <= Math.max(loc.line, Math.min(loc.endLine ?? loc.line, loc.line + 4)) + around);
  if (shown.length === 0) return [];
  const width = String(shown[shown.length - 1].n).length;
  const out: string[] = [];
  for (const l of shown) {
    const mark = l.n === loc.line ? c.red(">") : " ";
    out.push(`${indent}${mark} ${c.dim(String(l.n).padStart(width) + " |")} ${displayCode(l.text)}`);
    if (l.n === loc.line && ctx) {
      const caret = caretLine(l.text, loc);
      if (caret) out.push(`${indent}  ${" ".repeat(width)} ${c.dim("|")} ${c.red(caret)}`);
    }
  }
  return out;
}

/** `^^^^` under the region on its first line; none for clipped (minified) lines, where columns no longer line up. */
function caretLine(text: string, loc: Location): string | undefined {
  if (text.startsWith("…")) return undefined;
  let start = loc.column - 1;
  if (start < 0 || start > text.length) return undefined;
  // A location without an end names the whole line: underline its code, not its indentation.
  if (loc.endColumn === undefined) start = Math.max(start, text.search(/\S|$/));
  const end = loc.endLine === loc.line && loc.endColumn !== undefined ? Math.min(loc.endColumn - 1, text.length) : text.length;
  const pad = displayCode(text.slice(0, start)).length;
  const len = Math.max(1, displayCode(text.slice(start, end)).length);
  return " ".repeat(pad) + "^".repeat(len);
}
