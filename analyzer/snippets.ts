// Attaches the source line to every location of every finding, masked, so
// reporters can show code frames without re-reading files.
import { maskSecretsInText } from "./mask.js";
import type { Finding, Location } from "./types.js";

const MAX_SNIPPET = 200;

export function attachSnippets(findings: Finding[], textOf: (file: string) => string | undefined): void {
  const lineCache = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    let lines = lineCache.get(file);
    if (!lines) {
      const text = textOf(file);
      if (text === undefined) return undefined;
      lines = text.split(/\r?\n/);
      lineCache.set(file, lines);
    }
    return lines;
  };
  const fill = (loc: Location) => {
    if (loc.snippet !== undefined) return;
    const line = linesOf(loc.file)?.[loc.line - 1];
    if (line === undefined) return;
    loc.snippet = maskSecretsInText(clip(line, loc.column));
  };
  for (const f of findings) {
    fill(f.location);
    f.path?.forEach((s) => fill(s.location));
    f.related?.forEach((r) => fill(r.location));
  }
}

/** Long (minified) lines are cut to a window around the column. */
function clip(line: string, column: number): string {
  const trimmed = line.trim();
  if (trimmed.length <= MAX_SNIPPET) return trimmed;
  const start = Math.max(0, column - 1 - MAX_SNIPPET / 2);
  return (start > 0 ? "…" : "") + line.slice(start, start + MAX_SNIPPET).trim() + "…";
}
