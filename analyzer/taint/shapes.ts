// Value shapes: what a string can look like, as `sanitizedFor` marks (spec.ts).
// A mark states a fact about every value it sits on, whatever rule reads it:
// "holds no path separator", "cannot start with `-`". Marks come from
// transforms (encodeURIComponent, a replace with a character class, basename),
// from checks that dominate a use (an anchored regex test, rejecting `..` and
// absolute paths) and from input schemas (zod `.regex()`, `.uuid()`, JSON
// Schema `pattern`/`format`). Rules ask for the marks that keep a value inside
// their boundary (docs/value-shapes.md).
import { DOUBLE_QUOTE_INERT, SHELL_INERT } from "./shell-shapes.js";
import { NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, WORD_CHARS } from "./spec.js";

/** Characters a POSIX shell reads specially inside a word (shell-shapes.ts); `\\` is a probe already. */
const SHELL_META = [" ", "\t", "\n", "\r", "'", '"', "`", "$", ";", "&", "|", "<", ">", "(", ")", "{", "}", "[", "]", "*", "?", "!", "~", "#"];
/** Characters that separate or compare in a SQL statement outside quotes (an added column or table, a condition). */
const LIST_META = [",", "="];
/** The characters a shape question is about. */
const PROBES = ["/", "\\", ".", "-", ...SHELL_META, ...LIST_META];
type Probe = string;
/** Which probe characters one regex atom can match. */
type CharSet = Readonly<Record<Probe, boolean>>;

const charSet = (has: (p: Probe) => boolean): CharSet => Object.fromEntries(PROBES.map((p) => [p, has(p)]));
const NONE: CharSet = charSet(() => false);
const ALL: CharSet = charSet(() => true);
const SPACES: CharSet = charSet((p) => /\s/.test(p));

function single(ch: string): CharSet {
  return charSet((p) => p === ch);
}

function union(a: CharSet, b: CharSet): CharSet {
  return charSet((p) => a[p] || b[p]);
}

function complement(a: CharSet): CharSet {
  return charSet((p) => !a[p]);
}

interface Atom {
  chars: CharSet;
  /** May match nothing (`?`, `*`, `{0,n}`), or is zero-width. */
  optional: boolean;
  /** May match one character alone (no quantifier, `?`, `*`, `+`, `{1,n}`; not `{2}` or `{0}`). */
  one?: boolean;
  /** `chars` is an upper bound only (`.`, `\p{L}`, a back-reference): right for what may match, not for what is removed. */
  approx?: boolean;
}

/** An escape at `src[i] === "\\"`: the characters it matches and its length; a literal char for others. */
function escapeAt(src: string, i: number): { chars: CharSet | "zero-width"; length: number; literal?: string; approx?: boolean } {
  const c = src[i + 1];
  if (c === undefined) return { chars: ALL, length: 1, approx: true };
  // Every probe is a non-word, non-digit character: `\w`/`\d` hold none, `\W`/`\D` all; `\S` all but the spaces.
  if ("wdsWDS".includes(c)) return { chars: c === "s" ? SPACES : c === "S" ? complement(SPACES) : c === c.toLowerCase() ? NONE : ALL, length: 2 };
  if (c === "0" && !/[0-9]/.test(src[i + 2] ?? "")) return { chars: single("\0"), length: 2, literal: "\0" };
  if ("bBAzZ".includes(c)) return { chars: "zero-width", length: 2 };
  if (c === "x" && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
    const ch = String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
    return { chars: single(ch), length: 4, literal: ch };
  }
  if (c === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
    const ch = String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
    return { chars: single(ch), length: 6, literal: ch };
  }
  // Unicode classes, back-references and anything else unusual: anything.
  if ("pPkcu0123456789".includes(c)) return { chars: ALL, length: 2, approx: true };
  const control = ({ n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" } as Record<string, string>)[c];
  if (control) return { chars: single(control), length: 2, literal: control };
  return { chars: single(c), length: 2, literal: c };
}

/** `[...]` starting at `src[i] === "["`: the characters it matches and where it ends. */
function classAt(src: string, i: number): { chars: CharSet; end: number; approx?: boolean } | undefined {
  let j = i + 1;
  const negated = src[j] === "^";
  if (negated) j++;
  let set: CharSet = NONE;
  let approx = false;
  let first = true;
  while (j < src.length && (src[j] !== "]" || first)) {
    first = false;
    let lo: string | undefined;
    if (src[j] === "\\") {
      const e = escapeAt(src, j);
      j += e.length;
      if (e.approx) approx = true;
      if (e.literal === undefined) {
        if (e.chars !== "zero-width") set = union(set, e.chars);
        continue;
      }
      lo = e.literal;
    } else {
      lo = src[j];
      j++;
    }
    // A range `a-z` (a `-` before `]` is a literal).
    if (src[j] === "-" && j + 1 < src.length && src[j + 1] !== "]") {
      let hi: string;
      if (src[j + 1] === "\\") {
        const e = escapeAt(src, j + 1);
        if (e.literal === undefined) return undefined;
        hi = e.literal;
        j += 1 + e.length;
      } else {
        hi = src[j + 1];
        j += 2;
      }
      for (const p of PROBES) if (p >= lo && p <= hi) set = union(set, single(p));
      continue;
    }
    set = union(set, single(lo));
  }
  if (src[j] !== "]") return undefined;
  // The complement of an upper bound bounds nothing: a negated class with an unread escape may match anything.
  if (approx) return { chars: negated ? ALL : set, end: j + 1, approx };
  return { chars: negated ? complement(set) : set, end: j + 1 };
}

/**
 * The atoms of a regex source, in order; groups are transparent (their atoms
 * are listed, and a group's quantifier makes them optional), alternation is
 * reported so callers can stay conservative. Undefined when unreadable.
 */
function atomsOf(src: string): { atoms: Atom[]; topLevelAlternation: boolean; groups: boolean } | undefined {
  const atoms: Atom[] = [];
  const groupStarts: number[] = [];
  let depth = 0;
  let topLevelAlternation = false;
  let groups = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let atom: Atom | undefined;
    if (c === "^" || c === "$") {
      i++;
      continue;
    } else if (c === "(") {
      groups = true;
      depth++;
      groupStarts.push(atoms.length);
      // `(?:`, `(?<name>`; lookarounds `(?=`, `(?!` contribute their atoms (conservative).
      if (src[i + 1] === "?") {
        const named = /^\(\?<[A-Za-z_]\w*>/.exec(src.slice(i));
        i += named ? named[0].length : src[i + 2] === "<" ? 4 : 3;
      } else i++;
      continue;
    } else if (c === ")") {
      depth--;
      const start = groupStarts.pop() ?? 0;
      i++;
      const q = quantifierAt(src, i);
      if (q.optional) for (let k = start; k < atoms.length; k++) atoms[k] = { ...atoms[k], optional: true };
      i += q.length;
      continue;
    } else if (c === "|") {
      if (depth === 0) topLevelAlternation = true;
      i++;
      continue;
    } else if (c === "[") {
      const cls = classAt(src, i);
      if (!cls) return undefined;
      atom = { chars: cls.chars, optional: false, approx: cls.approx };
      i = cls.end;
    } else if (c === "\\") {
      const e = escapeAt(src, i);
      i += e.length;
      atom = e.chars === "zero-width" ? undefined : { chars: e.chars, optional: false, approx: e.approx };
      if (!atom) continue;
    } else if (c === ".") {
      // Any character but a line break (without the `s` flag).
      atom = { chars: ALL, optional: false, approx: true };
      i++;
    } else {
      atom = { chars: single(c), optional: false };
      i++;
    }
    const q = quantifierAt(src, i);
    i += q.length;
    atoms.push({ ...atom, optional: q.optional, one: q.one });
  }
  return depth === 0 ? { atoms, topLevelAlternation, groups } : undefined;
}

function quantifierAt(src: string, i: number): { optional: boolean; one: boolean; length: number } {
  const c = src[i];
  let length = 0;
  let optional = false;
  let one = true;
  if (c === "?" || c === "*") {
    optional = true;
    length = 1;
  } else if (c === "+") length = 1;
  else if (c === "{") {
    const m = /^\{(\d*)(,\d*)?\}/.exec(src.slice(i));
    if (m) {
      length = m[0].length;
      optional = m[1] === "" || Number(m[1]) === 0;
      const min = m[1] === "" ? 0 : Number(m[1]);
      const max = m[2] === undefined ? min : m[2] === "," ? Infinity : Number(m[2].slice(1));
      one = min <= 1 && max >= 1;
    }
  }
  if (length > 0 && src[i + length] === "?") length++;
  return { optional, one, length };
}

/** Marks implied by a value made only of characters in `chars`. */
function marksOfCharacters(chars: CharSet, leadingDashPossible: boolean): string[] {
  const out: string[] = [];
  if (!chars["/"] && !chars["\\"]) out.push(NO_SEPARATOR, RELATIVE);
  if (!chars["."]) out.push(NO_DOT_DOT);
  if (!leadingDashPossible) out.push(NO_LEADING_DASH);
  // An inert word stays one inside double quotes too: the weaker mark only where the stronger does not hold.
  if (!chars["\\"] && SHELL_META.every((m) => !chars[m])) out.push(SHELL_INERT);
  else if (staysInDoubleQuotes(chars)) out.push(DOUBLE_QUOTE_INERT);
  // Nothing but word characters (and `.`): one name, whatever language reads it.
  if (PROBES.every((p) => p === "." || !chars[p])) out.push(WORD_CHARS);
  return out;
}

/**
 * Inside double quotes a shell still reads `$`, backticks, `"` and `\\`.
 * Without the first three the piece cannot end its quotes or run a
 * substitution (line breaks left out too: they end a command wherever the
 * piece is not quoted after all). A `\\` can only escape the closing quote, which joins the
 * piece to the code's text after it and may leave a later piece unquoted:
 * harmless when none of the characters that start a command outside quotes
 * (`;`, `&`, `|`, `<`, `>`) is left either.
 */
function staysInDoubleQuotes(chars: CharSet): boolean {
  if (["$", "`", '"', "\n", "\r"].some((c) => chars[c])) return false;
  return !chars["\\"] || [";", "&", "|", "<", ">"].every((c) => !chars[c]);
}

/**
 * The marks every string that fully matches the anchored pattern `source`
 * carries: `^\d{4}-\d{2}-\d{2}$` → no separator, no `..`, no leading `-`.
 * None when the pattern is not anchored at both ends (a partial match says
 * nothing about the rest) or cannot be read.
 */
export function patternShape(source: string): string[] {
  if (!source.startsWith("^") || !source.endsWith("$") || source.endsWith("\\$")) return [];
  const read = atomsOf(source);
  if (!read || read.topLevelAlternation) return [];
  const chars = read.atoms.reduce((acc, a) => union(acc, a.chars), NONE);
  // The first character comes from the first atoms up to the first one that must match.
  let lead = false;
  for (const a of read.atoms) {
    if (a.chars["-"]) lead = true;
    if (!a.optional) break;
  }
  // Inside groups an alternation can put another atom first: then any `-` in the pattern may lead.
  if (read.groups && /\|/.test(source)) lead = chars["-"];
  return marksOfCharacters(chars, lead);
}

/**
 * What a regex test that found nothing proves about the characters a value
 * holds: each top-level alternative that is one character class (or one
 * character), unanchored and matched once (`/[;&|`$<>\n]|\$\(/`,
 * `/[^\w.]/`), matched none of the value's characters, so the value holds
 * none of them. Anchored or longer alternatives say nothing and add nothing.
 * The characters left are kept as a `kept:` mark, as a replace leaves them.
 */
export function rejectedCharactersShape(source: string): string[] {
  let rejected: CharSet = NONE;
  for (const alternative of topLevelAlternatives(source)) {
    if (assertsPosition(alternative)) continue;
    const read = atomsOf(alternative);
    const atom = read && !read.groups && read.atoms.length === 1 ? read.atoms[0] : undefined;
    if (!atom || atom.optional || atom.approx || atom.one === false) continue;
    rejected = union(rejected, atom.chars);
  }
  if (PROBES.every((p) => !rejected[p])) return [];
  const kept = complement(rejected);
  return [...marksOfCharacters(kept, kept["-"]), charsMark(kept, KEPT_MARK)];
}

/** True when a pattern holds an anchor, a word boundary or a lookaround outside its classes: it matches only in some places. */
function assertsPosition(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (!inClass && (source[i + 1] === "b" || source[i + 1] === "B")) return true;
      i++;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "^" || c === "$" || (c === "(" && source[i + 1] === "?" && "=!<".includes(source[i + 2] ?? ""))) return true;
  }
  return false;
}

/** The alternatives of a pattern at its top level (`a|[|]|(b|c)` → `a`, `[|]`, `(b|c)`); escapes, classes and groups kept whole. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The marks of `s.replace(/[^\w-]/g, r)`: the result holds only characters
 * the pattern does not remove, and the replacement's. `pattern` must be one
 * character class (optionally with `+`) and global; anything else says nothing.
 */
export function replaceShape(source: string, flags: string, replacement: string): string[] {
  const removed = removedClass(source, flags);
  if (!removed) return [];
  const kept = complement(removed);
  const chars = [...replacement].reduce((acc, ch) => union(acc, single(ch)), kept);
  return marksOfCharacters(chars, chars["-"]);
}

/**
 * The characters a global replace of one character class removes everywhere
 * (`/[^\w-]/g`, `/\/+/g`); undefined for any other pattern, and for a class
 * that must repeat (`/\/{2}/g` leaves a lone `/`).
 */
function removedClass(source: string, flags: string): CharSet | undefined {
  if (!flags.includes("g")) return undefined;
  const read = atomsOf(source);
  if (!read || read.atoms.length !== 1 || read.groups || read.topLevelAlternation || source.startsWith("^") || source.endsWith("$")) return undefined;
  // Only what the class surely matches is surely removed.
  return read.atoms[0].one === false || read.atoms[0].approx ? undefined : read.atoms[0].chars;
}

/**
 * The mark that lists which probe characters a value can hold, when every
 * character it can hold is known (an encoding's alphabet): `chars:["-"]`. A
 * later `replace` narrows it (replaceShape), and the marks it implies are set
 * beside it. Two values with different alphabets share no such mark.
 */
const CHARS_MARK = "chars:";
/** The same list for a value a replace left with only some characters (`kept:[...]`): not an encoding's alphabet. */
const KEPT_MARK = "kept:";
/** Marks that state which characters a value holds (a replacement writing such a character takes them away). */
const CHARACTER_MARKS = new Set([NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH, SHELL_INERT, DOUBLE_QUOTE_INERT, WORD_CHARS]);

function charsMark(chars: CharSet, prefix = CHARS_MARK): string {
  const list = PROBES.filter((p) => chars[p]);
  // The kept list as character codes (`kept:2e.2d`): no quote, comma or bracket in the mark.
  return prefix === KEPT_MARK ? KEPT_MARK + list.map((p) => p.charCodeAt(0).toString(16)).join(".") : prefix + JSON.stringify(list);
}

function alphabetPrefix(marks: readonly string[]): string {
  return marks.some((k) => k.startsWith(CHARS_MARK)) ? CHARS_MARK : KEPT_MARK;
}

function charsOfMarks(marks: readonly string[]): CharSet | undefined {
  const m = marks.find((k) => k.startsWith(CHARS_MARK) || k.startsWith(KEPT_MARK));
  if (!m) return undefined;
  if (m.startsWith(KEPT_MARK)) {
    const codes = m.slice(KEPT_MARK.length).split(".").filter(Boolean);
    return charSet((p) => codes.includes(p.charCodeAt(0).toString(16)));
  }
  try {
    const list = JSON.parse(m.slice(CHARS_MARK.length)) as unknown;
    return Array.isArray(list) ? charSet((p) => list.includes(p)) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the marks say which characters the value can hold (it was written in an encoding's alphabet). */
export function alphabetKnown(marks: readonly string[]): boolean {
  return marks.some((m) => m.startsWith(CHARS_MARK));
}

/** Probe characters of each binary-to-text encoding's alphabet (letters, digits, `+` and `_` are no probes). */
const ENCODING_ALPHABETS: Record<string, readonly Probe[]> = {
  hex: [],
  base64: ["/", "="],
  base64url: ["-"],
};

/**
 * The marks of a buffer or digest written out in `encoding`
 * (`buf.toString("hex")`, `hash.digest("base64url")`): hex and base64url hold
 * no separator and no `.`; standard base64 holds `/` and may start with it.
 * None for an encoding that keeps the text (`utf8`) or is unknown.
 */
export function encodingShape(encoding: string): string[] {
  const alphabet = Object.hasOwn(ENCODING_ALPHABETS, encoding) ? ENCODING_ALPHABETS[encoding] : undefined;
  if (!alphabet) return [];
  const chars = charSet((p) => alphabet.includes(p));
  return [...marksOfCharacters(chars, chars["-"]), charsMark(chars)].sort();
}

/**
 * The marks of `s.replace(pattern, replacement)` (`s.replaceAll(...)`), from
 * the marks `prior` of `s`. The result holds only the characters `s` can hold
 * and the replacement's; a global pattern of one character class (or
 * `replaceAll` of one character) also removes that class everywhere. When
 * something is known (an alphabet mark on `s`, or a class removed), the result
 * gets the alphabet mark and the marks it implies, so a chain narrows step by
 * step: `s.replace(/\//g, "_").replace(/\\/g, "_")` holds no separator. A
 * mark of `s` about a character the replacement writes (`/`, `.`, `-`, a shell
 * metacharacter) gives way. `replacement` undefined when the code does not
 * spell it; `prior` itself when nothing is known.
 */
export function replaceOnAlphabet(prior: readonly string[], pattern: { source: string; flags: string } | undefined, replacement: string | undefined): readonly string[] {
  const known = charsOfMarks(prior);
  const removed = pattern && removedClass(pattern.source, pattern.flags);
  if (!known && (!removed || replacement === undefined)) return prior;
  const before = known ?? ALL;
  let chars = before;
  if (removed) chars = charSet((p) => before[p] && !removed[p]);
  const implied = new Set(marksOfCharacters(before, before["-"]));
  const kept = prior.filter((m) => !m.startsWith(CHARS_MARK) && !m.startsWith(KEPT_MARK) && !implied.has(m));
  // A replacement the code does not spell (a callback, a variable) may write anything: the alphabet is lost.
  if (replacement === undefined) return kept;
  const written = [...replacement].reduce((acc, ch) => union(acc, single(ch)), NONE);
  const stillTrue = new Set(marksOfCharacters(written, written["-"]));
  const held = kept.filter((m) => !CHARACTER_MARKS.has(m) || stillTrue.has(m));
  chars = union(chars, written);
  return [...new Set([...held, ...marksOfCharacters(chars, chars["-"]), charsMark(chars, known ? alphabetPrefix(prior) : KEPT_MARK)])].sort();
}

/**
 * Paths with a `..` segment in each place one can sit (alone, first, last,
 * inside, repeated, after `./`). A pattern that finds a match in every one of
 * them is a `..` detector: `/\.\./`, `/(^|[\\/])\.\.([\\/]|$)/`, `/(^|\/)\./`.
 * `/\.\.\//` misses a trailing `x/..` and is none.
 */
const DOT_DOT_SEGMENTS = ["..", "../x", "x/..", "x/../y", "ab/../../cd", "../../etc/passwd", "./../q", "a\\..\\b/../c"];

/**
 * True when a regex test of a value, false, proves the value has no `..`
 * segment: the pattern matches each path of DOT_DOT_SEGMENTS. The pattern is
 * the scanned code's literal, run on these few short fixed strings only
 * (its backtracking is bounded by their length), never on scanned data.
 */
export function findsDotDotSegments(source: string, flags: string): boolean {
  return matchesEach(source, flags, DOT_DOT_SEGMENTS);
}

/** True when the scanned code's pattern compiles and matches every one of our fixed `samples` (never scanned data). */
function matchesEach(source: string, flags: string, samples: readonly string[]): boolean {
  if (source.length > 200) return false;
  let re: RegExp;
  try {
    re = new RegExp(source, flags.replace(/[^imsu]/g, ""));
  } catch {
    return false;
  }
  return samples.every((p) => re.test(p));
}

/** Strings with a path separator in each place one can sit, of either kind. */
const SEPARATOR_PATHS = ["/", "\\", "a/b", "a\\b", "/etc/passwd", "..\\x", "C:\\x", "x/", "x\\", "\\\\srv\\s", "\u00e9/\u00fc", "1/2"];

/**
 * True when a regex test of a value, false, proves the value holds no path
 * separator: the pattern matches each string of SEPARATOR_PATHS
 * (`/[\/\\]/`, `/[^\w.-]/`). As findsDotDotSegments, the pattern runs on
 * these few fixed strings only.
 */
export function findsSeparators(source: string, flags: string): boolean {
  return matchesEach(source, flags, SEPARATOR_PATHS);
}

/** `s.replaceAll("/", "_")`: a literal pattern of one character is that character's class. */
export function literalPattern(text: string, all: boolean): { source: string; flags: string } | undefined {
  return all && text.length === 1 ? { source: `[${text.replace(/[\\\]^-]/g, "\\$&")}]`, flags: "g" } : undefined;
}

/** Shapes of zod string formats and JSON Schema `format`s whose values are made of letters, digits and a few separators. */
const FORMAT_SHAPES: Record<string, string[]> = {
  uuid: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  guid: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  cuid: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  cuid2: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  ulid: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  datetime: [NO_SEPARATOR, RELATIVE, NO_LEADING_DASH],
  "date-time": [NO_SEPARATOR, RELATIVE, NO_LEADING_DASH],
  date: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
  time: [NO_SEPARATOR, RELATIVE, NO_LEADING_DASH],
  ip: [NO_SEPARATOR, RELATIVE, NO_LEADING_DASH],
  ipv4: [NO_SEPARATOR, RELATIVE, NO_LEADING_DASH],
  ipv6: [NO_SEPARATOR, RELATIVE, NO_DOT_DOT, NO_LEADING_DASH],
};

/**
 * URL formats (zod `.url()`, which parses with `new URL`; JSON Schema `uri`):
 * an absolute URL starts with its scheme, a letter, so never with `-`. It
 * may hold `/`, `..` and any shell character.
 */
const URL_FORMATS = new Set(["url", "uri"]);

/** The marks a string format guarantees (`uuid`, `date-time`...), none for formats that admit `/` or a leading `-` (email). */
export function formatShape(format: string): string[] {
  if (URL_FORMATS.has(format)) return [NO_LEADING_DASH];
  const marks = Object.hasOwn(FORMAT_SHAPES, format) ? FORMAT_SHAPES[format] : undefined;
  // Letters, digits and `-:.+`: nothing a shell reads specially.
  return marks ? [...marks, SHELL_INERT] : [];
}

/**
 * Marks that say which characters a value can hold; a decoder that turns
 * escapes back into characters (`decodeURIComponent`: `%2F` is `/` again)
 * makes them untrue, whatever the escaped text held.
 */
export function isCharacterMark(mark: string): boolean {
  return CHARACTER_MARKS.has(mark) || mark.startsWith(CHARS_MARK) || mark.startsWith(KEPT_MARK);
}

/** True when the marks keep a value from naming anything outside the folder it is joined to. */
export function confinedToFolder(marks: readonly string[]): boolean {
  return marks.includes(NO_SEPARATOR) || (marks.includes(NO_DOT_DOT) && marks.includes(RELATIVE));
}

/**
 * The marks every one of a finite set of constants carries (an enum's or a
 * literal's values): `["math", "reading"]` → no separator, no `..`, relative,
 * no leading `-`.
 */
export function constantsShape(values: readonly string[]): string[] {
  if (values.length === 0) return [];
  const out: string[] = [];
  if (values.every((v) => !v.includes("/") && !v.includes("\\"))) out.push(NO_SEPARATOR);
  if (values.every((v) => !v.includes(".."))) out.push(NO_DOT_DOT);
  if (values.every((v) => !v.startsWith("/") && !v.startsWith("\\") && !/^[a-zA-Z]:/.test(v))) out.push(RELATIVE);
  if (values.every((v) => !v.startsWith("-"))) out.push(NO_LEADING_DASH);
  return out;
}

/** A number in text (`-1.5`, `1e3`): no separator, no `..`, relative; it may lead with `-`. */
export const NUMBER_SHAPE: readonly string[] = [NO_SEPARATOR, NO_DOT_DOT, RELATIVE];
