// SQL quotings: text written inside a quoting whose only escape is the quote
// doubled (an SQL identifier: `"name"` in PostgreSQL, SQLite, SQL Server and
// DuckDB, `` `name` `` in MySQL; a string literal `'text'` where the dialect
// reads no backslash in it: SQLite, DuckDB, SQL Server, PostgreSQL with
// standard_conforming_strings), with every quote character in it doubled
// (`name.replace(/"/g, '""')`, `s.replace(/'/g, "''")`), cannot end the
// quoting: it stays one name or one string, whatever else it holds. Two marks,
// both needed, each with its quote character: what the value holds
// (QUOTE_DOUBLED) and where it is written (IN_QUOTES, a position mark:
// position-shapes.ts). Which quotes are read that way by which driver is the
// rule's question (rules/models/sql.ts): MySQL reads a backslash inside `'…'`,
// so a doubled `'` there proves nothing.

/** Every occurrence of the quote character that follows was doubled: `shape:quote-doubled:"`. */
export const QUOTE_DOUBLED = "shape:quote-doubled:";
/** Written inside a quoting opened by the character that follows, read without backslash escapes: `shape:in-quotes:"`. */
export const IN_QUOTES = "shape:in-quotes:";

/** The quote characters these marks are kept for. */
const SQL_QUOTES = ['"', "`", "'"];

/** The mark of a string opened as PostgreSQL's escape string `E'…'`, where a backslash escapes: no driver reads it the doubled-only way. */
const ESCAPE_STRING = "E'";

/** The position marks this file can give (position-shapes.ts strips them from a piece cut out of its string). */
export const IN_QUOTES_MARKS: readonly string[] = SQL_QUOTES.map((q) => IN_QUOTES + q);

/**
 * `s.replace(/"/g, '""')`, `s.replaceAll("`", "``")`: every quote doubled.
 * `pattern` is the regex source (with its flags) or, for a string pattern,
 * the text itself (`flags` undefined: every occurrence only for `replaceAll`).
 */
export function quoteDoubledShape(pattern: string, flags: string | undefined, replacement: string, all: boolean): string[] {
  const global = flags === undefined ? all : flags.includes("g");
  const quote = flags === undefined ? pattern : pattern.replace(/^\\(?=.$)/, "");
  return global && SQL_QUOTES.includes(quote) && replacement === quote + quote ? [QUOTE_DOUBLED + quote] : [];
}

/**
 * The quoting open at the end of `text`, read the SQL way: `'`, `"` and
 * `` ` `` each open a quoting the same character closes (a doubled quote
 * closes and reopens), no backslash escapes. Undefined when none is open;
 * `E'` for PostgreSQL's escape string (`E'` or `e'` after no word character),
 * which reads backslashes.
 */
export function openQuoteAfter(text: string): string | undefined {
  let open: string | undefined;
  let escapes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === undefined) {
      if (c === "'" || c === '"' || c === "`") {
        open = c;
        escapes = c === "'" && i > 0 && /[eE]/.test(text[i - 1]) && (i < 2 || !/\w/.test(text[i - 2]));
      }
    } else if (c === open) open = undefined;
  }
  return open !== undefined && escapes ? ESCAPE_STRING : open;
}

/** The IN_QUOTES mark of a piece written after each of `before` (every alternative open in the same quote). */
export function inQuotesMarks(before: readonly string[]): string[] {
  const open = new Set(before.map(openQuoteAfter));
  const [q] = [...open];
  return open.size === 1 && q !== undefined && SQL_QUOTES.includes(q) ? [IN_QUOTES + q] : [];
}

/** The marks keep the value one name inside `quote`: written inside it, with that quote doubled. */
export function staysQuotedName(marks: readonly string[], quote: string): boolean {
  return marks.includes(QUOTE_DOUBLED + quote) && marks.includes(IN_QUOTES + quote);
}
