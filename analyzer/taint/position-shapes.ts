// Marks a piece of a composed string gets from where it is written: after a
// URL's authority (url-shapes.ts), inside single or double quotes
// (shell-shapes.ts), or after a constant that does not start with `-` (then
// the string cannot start with `-`, whatever the piece holds). Set once, in
// string concatenation; each is a fact about every alternative of the text
// before the piece.
import { NO_LEADING_DASH } from "./spec.js";
import { AFTER_FIRST_WORD, AFTER_FLAG, AFTER_OPTIONS_END, COMMAND_START, NOT_AT_START, OPTION_VALUE, IN_DOUBLE_QUOTES, IN_SINGLE_QUOTES, ONLY_IN_DOUBLE_QUOTES, commandStartMarks, quoteStateAfter, wordPosition } from "./shell-shapes.js";
import { URL_HOST_LABEL, URL_PATH, URL_PATH_IF_SLASH_LED, afterAuthority, betweenSchemeAndDomain } from "./url-shapes.js";
import { mapTaint, UNKNOWN_PART, type Value } from "./values.js";
import { IN_QUOTES_MARKS, inQuotesMarks } from "./quote-shapes.js";


/**
 * The piece is written after other text, known or not, in every alternative:
 * it does not start the string. A URL's base is the piece that starts it
 * (`${base}/v1/...`); a piece after it, even glued to it, is not that base.
 */
export const AFTER_TEXT = "shape:after-text";

/** Marks that say where a piece sits, not what it holds: a piece cut out of its string (`split`, `slice`) loses them. */
export const POSITION_MARKS: readonly string[] = [AFTER_TEXT, URL_PATH, URL_PATH_IF_SLASH_LED, URL_HOST_LABEL, IN_SINGLE_QUOTES, IN_DOUBLE_QUOTES, ONLY_IN_DOUBLE_QUOTES, AFTER_FIRST_WORD, AFTER_OPTIONS_END, OPTION_VALUE, NOT_AT_START, ...IN_QUOTES_MARKS];

/**
 * The marks of a piece written after `before` and before `after`, each given
 * as every alternative of the text (unknown parts as `\u0000`; `after` empty
 * when not known). None when a piece leads.
 *
 * `lead` is the constant text the piece itself starts with in every
 * alternative (`"/" + table`, `/${table}?${q}`): whatever the piece carries is
 * written after it, so `${base}` then `/${table}` puts `table` after `<base>/`.
 * Only the URL position reads it (a piece that starts with `/` after a base is
 * path however it was built).
 */
export function positionMarks(before: readonly string[], after: readonly string[] = [], lead: readonly string[] = []): string[] {
  if (before.length === 0 || before.some((b) => b === "")) return [];
  const out: string[] = [AFTER_TEXT];
  if (before.every(afterAuthority) || (lead.length > 0 && before.every((b) => lead.every((l) => afterAuthority(b + l))))) out.push(URL_PATH);
  else if (after.length > 0 && before.every((b) => after.every((a) => betweenSchemeAndDomain(b, a)))) out.push(URL_HOST_LABEL);
  if (before.every(gluedToConstant)) out.push(NO_LEADING_DASH);
  if (before.every((b) => b[0] !== UNKNOWN_PART && b[0] !== "-")) out.push(NOT_AT_START);
  const quotes = new Set(before.map(quoteStateAfter));
  if (quotes.size === 1 && quotes.has("single")) out.push(IN_SINGLE_QUOTES);
  if (quotes.has("double")) out.push(IN_DOUBLE_QUOTES);
  if (quotes.size === 1 && quotes.has("double")) out.push(ONLY_IN_DOUBLE_QUOTES);
  out.push(...inQuotesMarks(before));
  const words = before.map(wordPosition);
  for (const m of words[0]) if (words.every((w) => w.includes(m))) out.push(m);
  out.push(...commandStartMarks(before));
  return out;
}

/**
 * The word the piece ends up in (after the last space, quotes left out)
 * starts with a constant that is not `-`: `https://host/?u=` + x, `./` + x,
 * `refs/heads/` + x. Neither an argument vector nor a shell can read it as an
 * option. After a space or a bare quote the piece starts its own word.
 */
function gluedToConstant(before: string): boolean {
  const word = (before.split(/\s/).pop() ?? "").replace(/['"]/g, "");
  return word.length > 0 && word[0] !== UNKNOWN_PART && word[0] !== "-";
}

/** A piece cut out may start the new string, and no longer sits where it did. */
const CUT_MARKS: readonly string[] = [...POSITION_MARKS, NO_LEADING_DASH];

/** `v` cut out of the string it was composed into: the marks that said where it sat no longer hold. */
export function withoutPosition(v: Value): Value {
  const cut = (m: string) => CUT_MARKS.includes(m) || m.startsWith(AFTER_FLAG) || m.startsWith(COMMAND_START);
  const drop = (s: readonly string[]) => (s.some(cut) ? s.filter((m) => !cut(m)) : s);
  return mapTaint(v, (a) => ({ ...a, sanitized: drop(a.sanitized) }), (r) => ({ ...r, sanitized: drop(r.sanitized) }));
}
