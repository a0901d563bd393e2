// URL position: where a piece of a composed string sits in a URL. A piece
// written after the authority has ended (after a constant `/` that follows
// other text, or after `?` or `#`) can only fill the path, query or fragment:
// whatever the string's start is, the piece cannot choose the scheme or host.
// The fact is about the piece's place in the string, set where the string is
// composed (value-ops.ts `concatValues`), read by rules that ask "does the
// model pick the host?" (docs/value-shapes.md).
import { SHELL_INERT } from "./shell-shapes.js";
import { NO_SEPARATOR, URI_COMPONENT } from "./spec.js";
import { UNKNOWN_PART } from "./values.js";

/**
 * The `sanitizedFor` mark of a piece that sits after a URL's authority: in its
 * path (after `https://host/`, after `<base>/items/`, after `/v1/`), its query
 * (after `?`) or its fragment (after `#`).
 */
export const URL_PATH = "shape:url-path";

/**
 * The `sanitizedFor` mark of a piece written as the leading label(s) of a
 * host name whose domain is constant: `https://${site}.vendor.example/`.
 * Whether it stays there depends on what it can hold (`staysInHostName`).
 */
export const URL_HOST_LABEL = "shape:url-host-label";

/**
 * The mark of a parameter written right after text that a `/` would close the
 * authority of (`${this.baseUrl}${path}`, `base + rest`): where the parameter
 * is not known, nothing says what it starts with. At a call whose argument
 * starts with `/` (one), `?` or `#` in every alternative (`/${id}/rating/${user}`),
 * everything the argument carries is written after that `/`: URL_PATH. Any
 * other argument may go on with the host (`.evil.net`, `@evil.net`): the mark
 * is dropped. Resolved where the parameter is filled (value-ops.ts `substitute`).
 */
export const URL_PATH_IF_SLASH_LED = "shape:url-path-if-slash-led";

/** A `/` written right after `before` would end the authority: what follows is path. */
export function slashWouldEndAuthority(before: string): boolean {
  return afterAuthority(before + "/");
}

/** The constant text an argument starts with begins a path, query or fragment (not `//`, a new authority). */
export function startsPathOrQuery(lead: string): boolean {
  return /^[?#]/.test(lead) || /^\/(?![/\\])/.test(lead);
}


/**
 * True when a piece written right after `before` (the constant text before
 * it, unknown parts as `\u0000`) cannot be in the scheme or authority:
 *
 * - `before` holds `?` or `#`: the piece is in the query or fragment;
 * - `before` holds `//` (`https://host/`): the piece is in the path when a
 *   `/` follows the last `//` (`https://host` alone leaves it in the host);
 * - otherwise, a `/` after at least one other character (`<base>/items/`,
 *   `/v1/`, `items/`): the first segment is fixed, so the string cannot turn
 *   protocol-relative (`/` + `/evil.net`) and the piece is path. A lone
 *   leading `/` is not enough.
 */
export function afterAuthority(before: string): boolean {
  if (/[?#]/.test(before)) return true;
  const scheme = before.lastIndexOf("//");
  if (scheme >= 0) return before.slice(scheme + 2).includes("/");
  const slash = before.indexOf("/", 1);
  // `\0/` is a base then a path, `a/` a relative path; `//` was handled above.
  return slash > 0 && (before[slash - 1] !== "/" || before[0] === UNKNOWN_PART);
}

/**
 * True when a piece with these marks, written in a host name between
 * constants (`https://${site}.vendor.example/`), stays a label of that host:
 * it cannot hold `/`, `\`, `?` or `#`, which would end the authority early and
 * leave the constant domain in the path (`evil.net/?` + `.vendor.example`).
 */
export function staysInHostName(marks: readonly string[]): boolean {
  return marks.includes(URI_COMPONENT) || (marks.includes(NO_SEPARATOR) && marks.includes(SHELL_INERT));
}

/** `https://` or `https://eu.` before, `.vendor.example/…` after: the piece is a label of a constant domain. */
export function betweenSchemeAndDomain(before: string, after: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/([a-z0-9-]+\.)*$/i.test(before) && /^(\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*\.[a-z]{2,}([/?#:]|$)/i.test(after);
}

/** Whether a piece with these marks may choose a URL's host: not when written after the authority, nor as a label of a constant domain it cannot leave. */
export function pieceMayPickHost(marks: readonly string[]): boolean {
  return !marks.includes(URL_PATH) && !(marks.includes(URL_HOST_LABEL) && staysInHostName(marks));
}

/**
 * True when a relative reference whose text starts with `lead` (the constant
 * text before its first unknown part) resolves against the base's scheme and
 * host in `new URL(rel, base)` (WHATWG URL parsing): the parser drops leading
 * spaces and control characters and every tab or line break, reads `\` as `/`
 * for http(s), and takes `//host` or `scheme:` as a new authority. So the lead
 * must start with `?` or `#`, with one `/` and then a character that is not a
 * slash, or with a character no scheme may hold (`.`, `_`, a digit), or hold
 * `/`, `?` or `#` before any `:` after a letter (`items/`, `search?`). A lead
 * of letters only (`https` + `://evil.net`) or empty leaves the host open.
 */
export function relativeKeepsBase(lead: string): boolean {
  const text = lead.replace(/[\t\n\r]/g, "").replace(/^[\u0001-\u0020]+/, "");
  if (text === "") return false;
  if (/^[/\\]/.test(text)) return text.length > 1 && !/^.[/\\]/.test(text);
  if (/^[?#]/.test(text)) return true;
  if (!/^[a-z]/i.test(text)) return true;
  const end = /[^a-z0-9+.-]/i.exec(text);
  return !!end && end[0] !== ":";
}

/** Schemes whose URLs always have a host and a path starting with `/` (the WHATWG "special" schemes). */
const SPECIAL_SCHEME = /^(https?|wss?|ftp|file):/i;

/** Every alternative of a URL's text starts with a special scheme: its `pathname` starts with `/`. */
export function specialSchemeKnown(consts: readonly string[] | undefined): boolean {
  return !!consts?.length && consts.every((c) => SPECIAL_SCHEME.test(c));
}

/**
 * The parts of a URL object that, set, choose where it goes (`u.host = x`);
 * the others (`pathname`, `search`, `hash`, `port`, `username`, `password`)
 * cannot move it off its host: their setters never reparse the authority.
 */
export const URL_HOST_SETTERS: ReadonlySet<string> = new Set(["href", "host", "hostname", "protocol", "origin"]);
export const URL_TAIL_SETTERS: ReadonlySet<string> = new Set(["pathname", "search", "hash", "port", "username", "password"]);
