// Attaches source text to every location of every finding, masked, so
// reporters can show code frames without re-reading files: the line itself
// (`snippet`), the exact region text (`regionText`) and a few lines around it
// (`context`).
import { maskSecretsInText } from "./mask.js";
import type { Finding, Location, SnippetContext } from "./types.js";

const MAX_SNIPPET = 200;
/** Lines of context shown before the location and after its last line. */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 2;
/** A multi-line region (a long call) shows at most this many lines in its frame. */
const MAX_CONTEXT_LINES = 9;

export function attachSnippets(findings: Finding[], textOf: (file: string) => string | undefined): void {
  const lineCache = new Map<string, string[] | null>();
  const linesOf = (file: string): string[] | undefined => {
    let lines = lineCache.get(file);
    if (lines === undefined) {
      const text = textOf(file);
      lines = text === undefined ? null : text.split(/\r?\n|\r|\u2028|\u2029/);
      lineCache.set(file, lines);
    }
    return lines ?? undefined;
  };
  const fill = (loc: Location) => {
    const lines = linesOf(loc.file);
    const line = lines?.[loc.line - 1];
    if (!lines || line === undefined) return;
    if (loc.snippet === undefined) loc.snippet = maskedClip(line, loc.column).trim();
    if (loc.regionText === undefined) {
      const region = regionTextOf(line, loc);
      if (region !== undefined) loc.regionText = region;
    }
    if (loc.context === undefined) loc.context = contextOf(lines, loc);
  };
  for (const f of findings) {
    fill(f.location);
    f.path?.forEach((s) => fill(s.location));
    f.related?.forEach((r) => fill(r.location));
  }
}

/** The text between start and end column of a one-line region, when short enough to show. */
function regionTextOf(line: string, loc: Location): string | undefined {
  if (loc.endColumn === undefined || (loc.endLine !== undefined && loc.endLine !== loc.line)) return undefined;
  if (loc.endColumn <= loc.column || loc.endColumn - loc.column > MAX_SNIPPET) return undefined;
  return maskSecretsInText(line.slice(loc.column - 1, loc.endColumn - 1));
}

function contextOf(lines: string[], loc: Location): SnippetContext {
  const first = Math.max(1, loc.line - CONTEXT_BEFORE);
  const regionEnd = Math.min(loc.endLine ?? loc.line, loc.line + MAX_CONTEXT_LINES - CONTEXT_BEFORE - CONTEXT_AFTER - 1);
  const last = Math.min(lines.length, regionEnd + CONTEXT_AFTER);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(maskedClip(lines[n - 1], n === loc.line ? loc.column : 1).replace(/\s+$/, ""));
  }
  return { startLine: first, lines: out };
}

/** Lines longer than this are masked only in a window around the column. */
const LONG_LINE = 4096;
/** Masked around the shown window: wider than any secret, so a cut never reveals a secret's tail. */
const MASK_MARGIN = 4096;
const maskedWindows = new Map<string, string>();

/**
 * The line masked and cut to a window around the column. A minified bundle is
 * one line of megabytes: masking all of it for every finding was quadratic,
 * so only a margin around the window is masked (and remembered).
 */
function maskedClip(line: string, column: number): string {
  if (line.length <= LONG_LINE) return clip(maskSecretsInText(line), column);
  const start = Math.max(0, column - 1 - MAX_SNIPPET / 2 - MASK_MARGIN);
  const key = `${line.length}:${start}:${line.slice(start, start + 64)}`;
  let masked = maskedWindows.get(key);
  if (masked === undefined) {
    masked = maskSecretsInText(line.slice(start, start + MAX_SNIPPET + 2 * MASK_MARGIN));
    if (maskedWindows.size > 10_000) maskedWindows.clear();
    maskedWindows.set(key, masked);
  }
  const local = column - start;
  const from = Math.max(0, local - 1 - MAX_SNIPPET / 2);
  return (start + from > 0 ? "…" : "") + masked.slice(from, from + MAX_SNIPPET) + (start + from + MAX_SNIPPET < line.length ? "…" : "");
}

/** Long (minified) lines are cut to a window around the column. Masking happens first, so a cut never reveals a secret's tail. */
function clip(line: string, column: number): string {
  if (line.trim().length <= MAX_SNIPPET) return line;
  const start = Math.max(0, column - 1 - MAX_SNIPPET / 2);
  return (start > 0 ? "…" : "") + line.slice(start, start + MAX_SNIPPET) + "…";
}
