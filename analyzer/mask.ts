// Never print a secret in full (DESIGN.md): keep a short prefix, hide the rest.
import { SECRET_FORMATS } from "../rules/models/secret-formats.js";

/** `ghp_abcdef...` → `ghp_ab…(36 chars)`. */
export function maskSecret(value: string, keep = 6): string {
  if (value.length <= keep + 2) return `${value.slice(0, Math.min(2, value.length))}…`;
  return `${value.slice(0, keep)}…(${value.length} chars)`;
}

/**
 * Token shapes that must never appear whole in a snippet or message: the same
 * provider catalog the hardcoded-secret rule finds (one list, not two), each
 * tried at one position at a time (`lastIndex`, sticky).
 */
const SECRET_SHAPES_AT: RegExp[] = SECRET_FORMATS.map((f) => new RegExp(f.pattern.source, withFlag(f.pattern.flags.replace("g", ""), "y")));

/**
 * Where any shape could start, found in one pass: the shapes without the
 * look-ahead in front (placeholder checks: a full match satisfies the rest
 * too) joined in one alternation per flag set. A shape matching at a position
 * means its alternative matches there.
 */
const CANDIDATES: RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const f of SECRET_FORMATS) {
    const flags = f.pattern.flags.replace(/[gy]/g, "");
    const list = byFlags.get(flags) ?? [];
    list.push(`(?:${withoutLeadingLookahead(f.pattern.source)})`);
    byFlags.set(flags, list);
  }
  return [...byFlags].map(([flags, parts]) => new RegExp(parts.join("|"), withFlag(flags, "g")));
})();

/**
 * Every position where some shape's alternative matches, sorted: a shape can
 * only start there. Each search resumes one past the last start (not after
 * the match), so no start inside a long match is skipped; empty for almost
 * all code.
 */
function candidatePositions(text: string): number[] {
  const positions: number[] = [];
  for (const re of CANDIDATES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      positions.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return CANDIDATES.length > 1 ? [...new Set(positions)].sort((a, b) => a - b) : positions;
}

/** Where a shape matches in a text, as a global search finds them (leftmost, not overlapping), trying only the candidate positions. */
function shapeMatches(shape: RegExp, text: string, candidates: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const p of candidates) {
    if (p < next) continue;
    shape.lastIndex = p;
    const m = shape.exec(text);
    if (!m || m[0].length === 0) continue;
    out.push([p, p + m[0].length]);
    next = p + m[0].length;
  }
  return out;
}

/**
 * Every secret-shaped match in the text, per shape, on the text as given
 * (masking applies shapes one after another; callers that need exactly that
 * output call maskSecretsInText). Sorted by start.
 */
export function secretMatchSpans(text: string): [number, number][] {
  const candidates = candidatePositions(text);
  if (candidates.length === 0) return [];
  return SECRET_SHAPES_AT.flatMap((shape) => shapeMatches(shape, text, candidates)).sort((a, b) => a[0] - b[0]);
}

/** True when a shape matches at the very start of the text (where a cut text's word boundary differs from the whole). */
export function secretShapeAtStart(text: string): boolean {
  return SECRET_SHAPES_AT.some((shape) => {
    shape.lastIndex = 0;
    return shape.test(text);
  });
}

/**
 * The text with every secret shape masked, shape after shape in catalog order
 * (a later shape sees the earlier ones' masks). Each shape is only tried where
 * the candidate pass says some shape may start, and the candidates are found
 * again after a shape masked something.
 */
export function maskSecretsInText(text: string): string {
  let out = text;
  let candidates = candidatePositions(out);
  for (let i = 0; i < SECRET_SHAPES_AT.length && candidates.length > 0; i++) {
    const matches = shapeMatches(SECRET_SHAPES_AT[i], out, candidates);
    if (matches.length === 0) continue;
    let next = "";
    let at = 0;
    for (const [from, to] of matches) {
      next += out.slice(at, from) + maskSecret(out.slice(from, to));
      at = to;
    }
    out = next + out.slice(at);
    candidates = candidatePositions(out);
  }
  return out;
}

function withFlag(flags: string, flag: string): string {
  return flags.includes(flag) ? flags : flags + flag;
}

/** A pattern source without a negative look-ahead group at its very start (the placeholder check of secret-formats.ts). */
function withoutLeadingLookahead(source: string): string {
  if (!source.startsWith("(?!")) return source;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return source.slice(i + 1);
  }
  return source;
}
