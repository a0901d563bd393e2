// Does a regular expression, matched from the start of a URL, pin where the
// URL goes? `/^https?:\/\/[a-z]+\.example\.org\//` does: whatever text
// passes it has a fixed scheme family and a host inside one domain, because
// the host part can hold no character that ends or escapes the authority
// (`/`, `\`, `?`, `#`, `@`) and a constant end of authority follows it.
// `/https?:\/\/example\.org/` (not anchored) or `/^https?:\/\/.+\.org/`
// (a host part that may hold `/` or `@`) pins nothing. Read by url-guards.ts
// when such a pattern is tested before a request.

/** Characters that end the authority or move the host (`user@host`); a host part that may hold one pins nothing. */
const AUTHORITY_BREAKERS = ["/", "\\", "?", "#", "@"];

/** Escapes a host part may use: `\.`, `\-`, `\d`, `\w` (none matches a breaker). */
const HOST_ESCAPES = new Set([".", "-", "d", "w"]);

/** What may follow the host part and ends the authority: `\/`, `/`, `\?`, `#`, or the end of the text. */
const AUTHORITY_ENDS = ["\\/", "/", "\\?", "#", "$"];

/** A group of those ends: `(\/|$)`, `(?:\/|\?|$)`. */
const AUTHORITY_END_GROUP = /^\((?:\?:)?(?:\\\/|\/|\$|\\\?|#)(?:\|(?:\\\/|\/|\$|\\\?|#))*\)/;

/**
 * True when every text `pattern` (with `flags`) matches starts with a scheme
 * and an authority the pattern fixes to one domain's names. The pattern must
 * be anchored with `^` and not multi-line (`m` lets `^` match after a line
 * break), nor stateful (`g`, `y`: a test resumes at `lastIndex`).
 */
export function patternPinsOrigin(pattern: string, flags: string): boolean {
  if (/[gmy]/.test(flags) || !pattern.startsWith("^")) return false;
  const scheme = /^\^(?:\(\?:|\()?[a-z]+s?\??(?:\|[a-z]+s?\??)*\)?:(?:\\\/|\/){2}/i.exec(pattern);
  if (!scheme) return false;
  const host = hostPartLength(pattern, scheme[0].length);
  if (host === undefined || host === 0) return false;
  const rest = pattern.slice(scheme[0].length + host);
  if (!endsInFixedDomain(pattern.slice(scheme[0].length, scheme[0].length + host))) return false;
  return AUTHORITY_ENDS.some((end) => rest.startsWith(end)) || /^\[[/?#]+\]/.test(rest) || AUTHORITY_END_GROUP.test(rest);
}

/**
 * The host part ends with a domain written out, `label.tld`, that starts the
 * host or follows a literal dot (`[a-z]+\.example\.org`, `(www\.)?example\.com`):
 * not `[a-z]+\.com` (any name under a public suffix) nor `[a-z]e\.com` (a class glued
 * to the label makes other domains).
 */
function endsInFixedDomain(host: string): boolean {
  return /(?:^|\\\.|\\\.\)\??)[a-z0-9-]+\\\.[a-z0-9-]+$/i.test(host);
}

/**
 * The length of the host part written from `start`: literal host characters,
 * the escapes above, character classes without a breaker, groups of those
 * (with `|`), each maybe quantified. Stops at the first token that is none of
 * them; undefined when a token could match a breaker (`.`, `\S`, `[^a-z]`).
 */
function hostPartLength(pattern: string, start: number): number | undefined {
  let i = start;
  let depth = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (/[a-z0-9-]/i.test(c)) i++;
    else if (c === "\\") {
      if (!HOST_ESCAPES.has(pattern[i + 1] ?? "")) break;
      i += 2;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0 || !classIsHostOnly(pattern.slice(i + 1, close))) return depth > 0 ? undefined : i - start || undefined;
      i = close + 1;
    } else if (c === "(" && !AUTHORITY_END_GROUP.test(pattern.slice(i))) {
      depth++;
      i += pattern.startsWith("(?:", i) ? 3 : 1;
      continue;
    } else if (c === "|" && depth > 0) i++;
    else if (c === ")" && depth > 0) {
      depth--;
      i++;
    } else if (c === ".") return undefined;
    else break;
    // A quantifier after the token.
    const q = /^(?:[+*?]|\{\d+(?:,\d*)?\})\??/.exec(pattern.slice(i));
    if (q) i += q[0].length;
  }
  // An unclosed group would leave its alternatives' end in the rest: not a host part we read.
  return depth === 0 ? i - start : undefined;
}

/** A class body (`a-z0-9.-`) whose every member is a host character: no negation, no breaker in any range. */
function classIsHostOnly(body: string): boolean {
  if (body.startsWith("^") || body.length === 0) return false;
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\") {
      const e = body[i + 1] ?? "";
      if (!HOST_ESCAPES.has(e)) return false;
      i++;
      continue;
    }
    if (body[i + 1] === "-" && i + 2 < body.length) {
      const to = body[i + 2];
      if (to === "\\") return false;
      const lo = c.charCodeAt(0);
      const hi = to.charCodeAt(0);
      if (AUTHORITY_BREAKERS.some((b) => b.charCodeAt(0) >= lo && b.charCodeAt(0) <= hi)) return false;
      i += 2;
      continue;
    }
    if (AUTHORITY_BREAKERS.includes(c)) return false;
    c = "";
  }
  return true;
}
