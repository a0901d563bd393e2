// Shell words: can a piece of a command line break out of the word it is
// written in? Two facts make it a single, inert word:
//
// - its characters (SHELL_INERT, from shapes.ts: a replace with a character
//   class, an anchored pattern, a format), none of which a shell reads
//   specially: no quote, `$`, backtick, `;`, `&`, `|`, `<`, `>`, parentheses,
//   braces, glob characters, `\`, spaces or newlines;
// - or its quoting: single quotes escaped the POSIX way
//   (`x.replace(/'/g, "'\\''")`, SINGLE_QUOTES_ESCAPED) and the piece written
//   inside single quotes (IN_SINGLE_QUOTES), with no double quotes around
//   them (IN_DOUBLE_QUOTES: there `'` is literal and `$( )` runs).
//
// `JSON.stringify(x)` gives none of these: inside double quotes, `$( )` and
// backticks still run.

/** Made only of characters a POSIX shell reads literally in a word (letters, digits, `_ . , : / @ % + = ^ -`). */
export const SHELL_INERT = "shape:shell-inert";
/** Every `'` replaced by `'\''` (or `'"'"'`): inside single quotes it cannot end the quoting. */
export const SINGLE_QUOTES_ESCAPED = "shape:single-quotes-escaped";
/** Written inside single quotes of the string it was composed into. */
export const IN_SINGLE_QUOTES = "shape:in-single-quotes";
/** Written inside double quotes of the string it was composed into. */
export const IN_DOUBLE_QUOTES = "shape:in-double-quotes";
/** Written inside double quotes in every alternative of the text before it (IN_DOUBLE_QUOTES: in at least one). */
export const ONLY_IN_DOUBLE_QUOTES = "shape:only-in-double-quotes";
/** Holds no `$`, backtick, `"` or line break, and no `\\` unless also none of `;&|<>` (shapes.ts): inside double quotes it stays there. */
export const DOUBLE_QUOTE_INERT = "shape:double-quote-inert";

/** Written after the first word of the string (`git log ${x}`): the piece is not the program a shell line runs. */
export const AFTER_FIRST_WORD = "shape:after-first-word";
/** Written after a standalone `--` (`git checkout -- ${x}`): a program reads it as an operand, never as an option. */
export const AFTER_OPTIONS_END = "shape:after-options-end";

/**
 * Written after a constant that starts the string and is not `-`
 * (`monkey -p '${pkg}'`): handed whole as one element of an argument vector,
 * the element starts with that constant, so the piece cannot make it an option
 * of the program that receives it. With a space before the piece the element
 * is a command line for another shell (`adb shell`, `ssh`): there the piece is
 * judged as a word of that line.
 */
export const NOT_AT_START = "shape:not-at-start";

/** Written in the same word after `--name=` (`--grep='${x}'`): the value of an option the code names, never an option itself. */
export const OPTION_VALUE = "shape:option-value";

/** The replacements that close a single-quoted string, put a quote, and reopen it. */
const POSIX_QUOTE_ESCAPES = new Set(["'\\''", "'\"'\"'"]);

/**
 * `s.replace(/'/g, "'\\''")`, `s.replaceAll("'", "'\\''")`: the POSIX way to
 * put any text inside single quotes. `pattern` is the regex source (with its
 * flags) or, for a string pattern, the text itself (`flags` undefined: every
 * occurrence only for `replaceAll`).
 */
export function quoteEscapeShape(pattern: string, flags: string | undefined, replacement: string, all: boolean): string[] {
  const global = flags === undefined ? all : flags.includes("g");
  const quote = flags === undefined ? pattern === "'" : pattern === "'" || pattern === "\\'";
  return global && quote && POSIX_QUOTE_ESCAPES.has(replacement) ? [SINGLE_QUOTES_ESCAPED] : [];
}

type QuoteState = "none" | "single" | "double";

/**
 * Walks `text` as a shell reads its quoting and returns the quoting at its end;
 * `onUnquoted` sees the index of each character outside any quote that is not
 * itself a quote or an escape (unknown parts read as plain characters).
 */
function walkQuoting(text: string, onUnquoted?: (i: number) => void): QuoteState {
  let state: QuoteState = "none";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (state === "single") {
      if (c === "'") state = "none";
    } else if (c === "\\") i++;
    else if (state === "double") {
      if (c === '"') state = "none";
    } else if (c === "'") state = "single";
    else if (c === '"') state = "double";
    else onUnquoted?.(i);
  }
  return state;
}

/** The quoting a shell is in at the end of `text` (unknown parts read as plain characters). */
export function quoteStateAfter(text: string): QuoteState {
  return walkQuoting(text);
}

/** The word-position marks of a piece written after `before` (unknown parts as `\u0000`). */
export function wordPosition(before: string): string[] {
  const out: string[] = [];
  if (/\S\s/.test(before)) out.push(AFTER_FIRST_WORD);
  if (/(^|\s)(--|--end-of-options)\s/.test(before)) out.push(AFTER_OPTIONS_END);
  if (/(^|\s)--?[A-Za-z][\w-]*=['"]?$/.test(before)) out.push(OPTION_VALUE);
  // `tmux split-window -c '${dir}'`: the next word after a constant option, which the program may read as its value.
  const flag = /(?:^|\s)(--?[A-Za-z][\w-]*)\s+['"]?$/.exec(before);
  if (flag) out.push(AFTER_FLAG + flag[1]);
  return out;
}

/**
 * True when the marks keep a piece inside one shell word: inert characters,
 * escaped single quotes inside single quotes, or inside double quotes
 * characters that cannot end them nor run a substitution.
 */
export function staysOneShellWord(marks: readonly string[]): boolean {
  if (marks.includes(SHELL_INERT)) return true;
  if (marks.includes(DOUBLE_QUOTE_INERT) && marks.includes(ONLY_IN_DOUBLE_QUOTES)) return true;
  return marks.includes(SINGLE_QUOTES_ESCAPED) && marks.includes(IN_SINGLE_QUOTES) && !marks.includes(IN_DOUBLE_QUOTES);
}

/**
 * Written as the element right after a constant option in an argument vector
 * (`["-s", x]`, `args.push("--start", x)`): `shape:after-flag:--start`. Whether
 * the program reads it as that option's value (not as an option itself) is the
 * program's fact, asked by the rule (rules/models/commands.ts).
 */
export const AFTER_FLAG = "shape:after-flag:";

/** The mark of an element written after `previous` (its constant texts), when every text is one option (`-s`, `--udid`; not `--x=1`). */
export function afterFlagMarks(previous: readonly string[] | undefined, previousTainted: boolean): string[] {
  if (previousTainted || !previous || previous.length !== 1) return [];
  const flag = previous[0];
  return /^--?[A-Za-z][\w-]*$/.test(flag) ? [AFTER_FLAG + flag] : [];
}

/**
 * Written where a command of the line starts: after `&&`, `||`, `;`, `|`,
 * `&`, a newline, `$(` or a backtick, with only environment settings
 * (`NAME=value`), options, numbers, text the code computed and program words
 * between (`cd "<dir>" && npx cross-env K=V ${x}`): `shape:command-start:`
 * followed by those program words, sorted and joined by spaces (none: the
 * piece is the first word of its command). Whether each word hands the rest
 * of the line to the command it names (`env`, `sudo`, a package runner) is the
 * program's fact, asked by the rule (rules/models/commands.ts); a word the code
 * wrote as the program (`git ${x}`) makes the piece that program's argument.
 */
export const COMMAND_START = "shape:command-start:";

/** The program words between the last command separator of `before` and its end, or undefined when the piece does not start a word of a new command there. */
function wordsOfCommandBefore(before: string): string[] | undefined {
  let start = -1;
  const state = walkQuoting(before, (i) => {
    const c = before[i];
    // `2>&1` and `<&3` are redirections, not `&`; a bare `(` is as often text as a subshell, `$(` is a command.
    if ((";&|\n`".includes(c) && !(c === "&" && (before[i - 1] === ">" || before[i - 1] === "<"))) || (c === "(" && before[i - 1] === "$")) start = i + 1;
  });
  if (state !== "none" || start < 0) return undefined;
  const tail = before.slice(start);
  if (tail !== "" && !/\s$/.test(tail)) return undefined;
  const programs: string[] = [];
  for (const word of tail.split(/\s+/).filter(Boolean)) {
    // `NAME=value`, `-y`, `30`, or text the code computed as a whole word: none is the program.
    if (/^[A-Za-z_]\w*=/.test(word) || word.startsWith("-") || /^\d+[smhd]?$/.test(word) || /^\u0000+$/.test(word)) continue;
    if (word.includes("\u0000")) return undefined;
    programs.push(word);
  }
  return programs;
}

/** The command-start mark of a piece written after each of `before` (its alternatives): none unless every alternative starts a command there. */
export function commandStartMarks(before: readonly string[]): string[] {
  const words = new Set<string>();
  for (const b of before) {
    const w = wordsOfCommandBefore(b);
    if (!w) return [];
    for (const x of w) words.add(x);
  }
  return [COMMAND_START + [...words].sort().join(" ")];
}

/** The program words before a piece that starts a command (its mark), or undefined when it does not start one. */
export function commandStartWords(marks: readonly string[]): string[] | undefined {
  const m = marks.find((x) => x.startsWith(COMMAND_START));
  return m === undefined ? undefined : m.slice(COMMAND_START.length).split(" ").filter(Boolean);
}

/** The options a value was written right after, from its marks. */
export function flagsBefore(marks: readonly string[]): string[] {
  return marks.filter((m) => m.startsWith(AFTER_FLAG)).map((m) => m.slice(AFTER_FLAG.length));
}
