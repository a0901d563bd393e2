// Attaches source text to every location of every finding, masked, so
// reporters can show code frames without re-reading files: the line itself
// (`snippet`), the exact region text (`regionText`) and a few lines around it
// (`context`).
import { maskSecretsInText, secretMatchSpans, secretShapeAtStart } from "./mask.js";
import type { Finding, Location, SnippetContext } from "./types.js";

const MAX_SNIPPET = 200;
/** Lines of context shown before the location and after its last line. */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 2;
/** A multi-line region (a long call) shows at most this many lines in its frame. */
const MAX_CONTEXT_LINES = 9;

export function attachSnippets(findings: Finding[], textOf: (file: string) => string | undefined): void {
  const lineCache = new Map<string, string[] | null>();
  const masks = new LineMasks();
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
    if (loc.snippet === undefined) loc.snippet = maskedClip(line, loc.column, masks).trim();
    if (loc.regionText === undefined) {
      const region = regionTextOf(line, loc);
      if (region !== undefined) loc.regionText = region;
    }
    if (loc.context === undefined) loc.context = contextOf(lines, loc, masks);
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

function contextOf(lines: string[], loc: Location, masks: LineMasks): SnippetContext {
  const first = Math.max(1, loc.line - CONTEXT_BEFORE);
  const regionEnd = Math.min(loc.endLine ?? loc.line, loc.line + MAX_CONTEXT_LINES - CONTEXT_BEFORE - CONTEXT_AFTER - 1);
  const last = Math.min(lines.length, regionEnd + CONTEXT_AFTER);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(maskedClip(lines[n - 1], n === loc.line ? loc.column : 1, masks).replace(/\s+$/, ""));
  }
  return { startLine: first, lines: out };
}

/** Lines longer than this are masked only in a window around the column. */
const LONG_LINE = 4096;
/** Masked around the shown window: wider than any secret, so a cut never reveals a secret's tail. */
const MASK_MARGIN = 4096;

/**
 * The secret-shaped matches of each long line, found once per line: a 5 MB
 * bundle with thousands of findings asked for thousands of windows of the same
 * few lines, and masking each window anew was most of the scan's tail.
 */
class LineMasks {
  private readonly byLine = new Map<string, [number, number][]>();
  private readonly masked = new Map<string, string>();
  /** Windows that had to be masked, per line and window start. */
  private readonly windows = new Map<string, Map<number, string>>();

  /** The window of a long line at `start`, masked. */
  maskWindow(line: string, start: number, end: number): string {
    let byStart = this.windows.get(line);
    if (!byStart) this.windows.set(line, (byStart = new Map()));
    let out = byStart.get(start);
    if (out === undefined) {
      out = maskSecretsInText(line.slice(start, end));
      byStart.set(start, out);
    }
    return out;
  }

  /** A short line masked whole (context frames show the same lines again and again). */
  mask(line: string): string {
    let out = this.masked.get(line);
    if (out === undefined) {
      out = maskSecretsInText(line);
      this.masked.set(line, out);
    }
    return out;
  }

  /** True when a match of the whole line lies (even partly) in [start, end). */
  within(line: string, start: number, end: number): boolean {
    let spans = this.byLine.get(line);
    if (!spans) {
      spans = secretMatchSpans(line);
      this.byLine.set(line, spans);
    }
    return spans.some(([from, to]) => from < end && to > start);
  }
}

/**
 * The line masked and cut to a window around the column. A minified bundle is
 * one line of megabytes: masking all of it for every finding was quadratic,
 * so only a margin around the window is masked (and remembered per line: a
 * bundle repeats the same code under other mangled names, so a key of the
 * line's length and a prefix of the window named other lines' text). A window
 * that no match of the whole line reaches, and that does not begin with a
 * shape of its own where it cuts a word, masks to itself: it is cut without
 * masking. (A match the window's far cut could create 4 KB from the text
 * shown, by ending a longer token early, is not looked for.)
 */
function maskedClip(line: string, column: number, masks: LineMasks): string {
  if (line.length <= LONG_LINE) return clip(masks.mask(line), column);
  const start = Math.max(0, column - 1 - MAX_SNIPPET / 2 - MASK_MARGIN);
  const end = start + MAX_SNIPPET + 2 * MASK_MARGIN;
  const masked = !masks.within(line, start, end) && !(start > 0 && secretShapeAtStart(line.slice(start, end))) ? line.slice(start, end) : masks.maskWindow(line, start, end);
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
