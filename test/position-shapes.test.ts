// Position shapes (docs/value-shapes.md): where a piece sits in the string it
// is composed into (after a URL's authority, as a label of a constant domain,
// inside quotes, after the first word or `--`, glued to a constant), and the
// shell facts of what it holds. Each with a twin that must not get the mark.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AFTER_TEXT, positionMarks } from "../analyzer/taint/position-shapes.js";
import { AFTER_FIRST_WORD, AFTER_OPTIONS_END, commandStartWords, flagsBefore, IN_DOUBLE_QUOTES, IN_SINGLE_QUOTES, NOT_AT_START, OPTION_VALUE, quoteEscapeShape, quoteStateAfter, SHELL_INERT, SINGLE_QUOTES_ESCAPED, staysOneShellWord } from "../analyzer/taint/shell-shapes.js";
import { NO_LEADING_DASH, NO_SEPARATOR, URI_COMPONENT } from "../analyzer/taint/spec.js";
import { afterAuthority, betweenSchemeAndDomain, pieceMayPickHost, relativeKeepsBase, staysInHostName, URL_HOST_LABEL, URL_PATH } from "../analyzer/taint/url-shapes.js";
import { runTaint } from "./support/taint-harness.js";
import { IN_QUOTES, openQuoteAfter, QUOTE_DOUBLED, quoteDoubledShape, staysQuotedName } from "../analyzer/taint/quote-shapes.js";

const U = "\u0000";

test("afterAuthority: a piece after the authority has ended, and not before", () => {
  assert.equal(afterAuthority("https://api.example.com/v1/"), true);
  assert.equal(afterAuthority("https://api.example.com/"), true);
  assert.equal(afterAuthority(`${U}/items/`), true, "under a base nothing is known about, after a path");
  assert.equal(afterAuthority(`${U}/`), true, "right after the base's slash");
  assert.equal(afterAuthority("/v1/"), true, "a path with its first segment fixed");
  assert.equal(afterAuthority("https://api.example.com?q="), true, "query");
  assert.equal(afterAuthority(`${U}#`), true, "fragment");
  assert.equal(afterAuthority("https://api.example.com"), false, "glued to the host: `.evil.net` or `@evil.net` follows");
  assert.equal(afterAuthority("https://"), false, "the host itself");
  assert.equal(afterAuthority("/"), false, "`/` + `/evil.net` is protocol-relative");
  assert.equal(afterAuthority("//"), false);
  assert.equal(afterAuthority(""), false, "leading");
  assert.equal(afterAuthority(U), false, "right after an unknown base, with nothing between");
});

test("relativeKeepsBase: which relative references stay on new URL(rel, base)'s host", () => {
  for (const lead of ["/v1/", "/x", "items/", "search?", "?q=", "#top", "./", "1", "  /x"]) assert.equal(relativeKeepsBase(lead), true, lead);
  // `//host`, `/\host`, `\\host` and a scheme (`https` + `://…`, `http:/host`) name their own host; tabs and newlines are dropped first.
  for (const lead of ["", "/", "//", "/\\", "\\\\", "https", "http:", "items", "/\t/", " //"]) assert.equal(relativeKeepsBase(lead), false, JSON.stringify(lead));
});

test("host labels: a piece between a scheme and a constant domain, confined by its shape", () => {
  assert.equal(betweenSchemeAndDomain("https://", ".vendor.example/api"), true);
  assert.equal(betweenSchemeAndDomain("https://eu.", ".vendor.example"), true);
  assert.equal(betweenSchemeAndDomain("https://", "/api"), false, "the whole host");
  assert.equal(betweenSchemeAndDomain("https://", ".com/api"), false, "a top-level domain alone is no vendor's domain");
  assert.equal(betweenSchemeAndDomain("https://api.", "/x"), false);
  assert.equal(staysInHostName([URI_COMPONENT]), true);
  assert.equal(staysInHostName([NO_SEPARATOR, SHELL_INERT]), true);
  assert.equal(staysInHostName([NO_SEPARATOR]), false, "`?` and `#` still end the host");
  assert.equal(pieceMayPickHost([URL_PATH]), false);
  assert.equal(pieceMayPickHost([URL_HOST_LABEL, URI_COMPONENT]), false);
  assert.equal(pieceMayPickHost([URL_HOST_LABEL]), true);
  assert.equal(pieceMayPickHost([]), true);
});

test("positionMarks: every alternative of the text before must agree", () => {
  assert.deepEqual(positionMarks(["https://a.example/", `${U}/x/`]).includes(URL_PATH), true);
  assert.deepEqual(positionMarks(["https://a.example/", "https://"]).includes(URL_PATH), false, "one alternative leaves it in the host");
  assert.deepEqual(positionMarks([""]), [], "a leading piece");
  assert.deepEqual(positionMarks([U]).includes(AFTER_TEXT), true, "glued to an unknown base: not the base itself");
  assert.deepEqual(positionMarks(["", U]).includes(AFTER_TEXT), false, "one alternative leads");
  assert.deepEqual(positionMarks(["https://"], [".vendor.example/x"]).includes(URL_HOST_LABEL), true);
  assert.deepEqual(positionMarks(["./"]).includes(NO_LEADING_DASH), true, "glued to a constant");
  assert.deepEqual(positionMarks(["git log "]).includes(NO_LEADING_DASH), false, "after a space the piece starts its own word");
  assert.deepEqual(positionMarks(["git log '"]).includes(NO_LEADING_DASH), false, "a quote only opens the word");
  assert.deepEqual(positionMarks(["-"]).includes(NO_LEADING_DASH), false, "glued to a dash it names the option");
  assert.deepEqual(positionMarks([`${U}x`]).includes(NO_LEADING_DASH), false, "the word starts with an unknown part");
  assert.deepEqual(positionMarks(["git log "]).includes(AFTER_FIRST_WORD), true);
  assert.deepEqual(positionMarks(["git"]).includes(AFTER_FIRST_WORD), false, "glued into the program's name");
  assert.deepEqual(positionMarks(["git checkout -- "]).includes(AFTER_OPTIONS_END), true);
  assert.deepEqual(positionMarks(["git checkout --x "]).includes(AFTER_OPTIONS_END), false);
  assert.deepEqual(positionMarks(["git log --grep='"]).includes(OPTION_VALUE), true);
  assert.deepEqual(positionMarks(["git log --grep '"]).includes(OPTION_VALUE), false, "a separate word may be an option");
  assert.deepEqual(flagsBefore(positionMarks(["tmux split-window -c '"])), ["-c"], "the next word after a constant option");
  assert.deepEqual(flagsBefore(positionMarks(["docker logs --since "])), ["--since"]);
  assert.deepEqual(flagsBefore(positionMarks(["tmux split-window -c '", "tmux split-window -t "])), [], "alternatives name different options");
  assert.deepEqual(flagsBefore(positionMarks(["tmux -c x "])), [], "a word between the option and the piece");
  assert.deepEqual(flagsBefore(positionMarks([`${U} `])), [], "an unknown word before is no option the code wrote");
  assert.deepEqual(positionMarks(["am start -n '"]).includes(NOT_AT_START), true, "the string starts with the code's word");
  assert.deepEqual(positionMarks(["-n '"]).includes(NOT_AT_START), false, "the string starts with a dash");
  assert.deepEqual(positionMarks([`${U} -n `]).includes(NOT_AT_START), false, "the string starts with an unknown part");
});

test("command start: a piece that begins a command of the line, and the words the code wrote before it there", () => {
  const words = (before: string[]) => commandStartWords(positionMarks(before));
  assert.deepEqual(words(['cd "/srv/app" && ']), [], "right after `&&`");
  assert.deepEqual(words(["set -e; "]), [], "after `;`");
  assert.deepEqual(words(["cat x | "]), [], "after a pipe");
  assert.deepEqual(words(["echo $("]), [], "inside a command substitution");
  assert.deepEqual(words([`cd "${U}" && env ${U} `, `cd "${U}" && ${U} `]), ["env"], "every alternative: settings the code computed, a launcher");
  assert.deepEqual(words([`cd x && npx -y cross-env A=1 B=${U} `]), ["cross-env", "npx"], "options and assignments are no program");
  assert.deepEqual(words(["cd x && git "]), ["git"], "the program the code chose is named, for the rule to judge");
  assert.equal(words(["git "]), undefined, "no command before: the first command's argument (a leading piece gets no marks at all)");
  assert.deepEqual(words(["cd x && ls 2>&1 "]), ["2>&1", "ls"], "`2>&1` redirects, it separates nothing: `ls` is still the program");
  assert.equal(words(["cd x && ./"]), undefined, "glued to a constant: not a word of its own");
  assert.equal(words(["cd x && echo '"]), undefined, "inside quotes");
  assert.equal(words(['echo "a && ']), undefined, "the separator is inside quotes");
  assert.equal(words([`cd x && ./${U} `]), undefined, "a word partly computed may be the program");
  assert.equal(words(["cd x && ", "git "]), undefined, "one alternative does not start a command");
});

test("positionMarks: a piece's own leading constant is text before its data", () => {
  assert.equal(positionMarks([U], [], ["/"]).includes(URL_PATH), true, "<base> then /…");
  assert.equal(positionMarks([U], [], ["/", "/v2/"]).includes(URL_PATH), true);
  assert.equal(positionMarks([U], []).includes(URL_PATH), false, "without it, glued to the base");
  assert.equal(positionMarks(["https://a.example"], [], [".evil"]).includes(URL_PATH), false, "a lead that stays in the host");
});

test("shell quoting: state at a point, POSIX escapes, one word", () => {
  assert.equal(quoteStateAfter("echo '"), "single");
  assert.equal(quoteStateAfter(`echo "it's `), "double", "a quote inside double quotes is literal");
  assert.equal(quoteStateAfter("echo 'a' "), "none");
  assert.equal(quoteStateAfter("echo \\'"), "none", "an escaped quote opens nothing");
  assert.deepEqual(positionMarks(["echo '"]).includes(IN_SINGLE_QUOTES), true);
  assert.deepEqual(positionMarks(['echo "']).includes(IN_DOUBLE_QUOTES), true);
  assert.deepEqual(positionMarks(["echo '", 'echo "']).includes(IN_SINGLE_QUOTES), false, "alternatives disagree");
  assert.deepEqual(quoteEscapeShape("'", "g", "'\\''", false), [SINGLE_QUOTES_ESCAPED]);
  assert.deepEqual(quoteEscapeShape("'", undefined, "'\"'\"'", true), [SINGLE_QUOTES_ESCAPED], "replaceAll with a string");
  assert.deepEqual(quoteEscapeShape("'", "", "'\\''", false), [], "without g only the first quote");
  assert.deepEqual(quoteEscapeShape("'", "g", "\\'", false), [], "a backslash does not escape inside single quotes");
  assert.deepEqual(quoteEscapeShape('"', "g", '\\"', false), [], "double-quote escaping leaves `$( )`");
  assert.equal(staysOneShellWord([SHELL_INERT]), true);
  assert.equal(staysOneShellWord([SINGLE_QUOTES_ESCAPED, IN_SINGLE_QUOTES]), true);
  assert.equal(staysOneShellWord([SINGLE_QUOTES_ESCAPED, IN_SINGLE_QUOTES, IN_DOUBLE_QUOTES]), false, "inside double quotes `'` is literal");
  assert.equal(staysOneShellWord([SINGLE_QUOTES_ESCAPED]), false, "escaped but not written inside single quotes");
  assert.equal(staysOneShellWord([IN_SINGLE_QUOTES]), false, "quoted but a `'` in it closes the quote");
});

test("quoted names: a quote doubled, written inside that quote, read without backslash escapes", () => {
  assert.deepEqual(quoteDoubledShape('"', "g", '""', false), [QUOTE_DOUBLED + '"']);
  assert.deepEqual(quoteDoubledShape('\\"', "g", '""', false), [QUOTE_DOUBLED + '"'], "an escaped quote in the pattern");
  assert.deepEqual(quoteDoubledShape("`", undefined, "``", true), [QUOTE_DOUBLED + "`"], "replaceAll with a string");
  assert.deepEqual(quoteDoubledShape("`", undefined, "``", false), [], "replace with a string: only the first");
  assert.deepEqual(quoteDoubledShape('"', "", '""', false), [], "without g only the first quote");
  assert.deepEqual(quoteDoubledShape('"', "g", '\\"', false), [], "a backslash is no escape in a quoted name");
  assert.deepEqual(quoteDoubledShape("'", "g", "''", false), [QUOTE_DOUBLED + "'"], "a string literal: whether its dialect reads a backslash is the driver's question (rules/models/sql.ts)");
  assert.equal(openQuoteAfter('SELECT * FROM "'), '"');
  assert.equal(openQuoteAfter('SELECT * FROM "a"'), undefined);
  assert.equal(openQuoteAfter('SELECT * FROM "a""'), '"', "a doubled quote closes and reopens");
  assert.equal(openQuoteAfter("SELECT * FROM `"), "`");
  assert.equal(openQuoteAfter(`SELECT '"' FROM `), undefined, "a double quote inside a string opens nothing");
  assert.equal(positionMarks(['SELECT * FROM "']).includes(IN_QUOTES + '"'), true);
  assert.equal(positionMarks(['SELECT * FROM "', "SELECT * FROM "]).includes(IN_QUOTES + '"'), false, "every alternative must be inside");
  assert.deepEqual(positionMarks(["WHERE a = '"]).filter((m) => m.startsWith(IN_QUOTES)), [IN_QUOTES + "'"], "a string literal");
  assert.equal(openQuoteAfter("WHERE a = E'"), "E'", "PostgreSQL's escape string reads backslashes");
  assert.equal(openQuoteAfter("WHERE a = e'"), "E'");
  assert.equal(openQuoteAfter("WHERE a = note'"), "'", "a word ending in e is no escape-string prefix");
  assert.equal(positionMarks(["WHERE a = E'"]).some((m) => m.startsWith(IN_QUOTES)), false, "no mark inside an escape string");
  assert.equal(staysQuotedName([QUOTE_DOUBLED + '"', IN_QUOTES + '"'], '"'), true);
  assert.equal(staysQuotedName([QUOTE_DOUBLED + '"', IN_QUOTES + "`"], "`"), false, "doubled `\"` inside backticks");
  assert.equal(staysQuotedName([IN_QUOTES + '"'], '"'), false, "quoted but not doubled");
});

/** [name, body (x is the source), a mark expected at the sink, whether it is there]. */
const engine: [string, string, string, boolean][] = [
  ["path after a fixed host", `sink("https://api.example.com/v1/" + x);`, URL_PATH, true],
  ["a list joined with `/`: after the base and a segment", `sink([cfg.url, "v2", x].join("/"));`, URL_PATH, true],
  ["a spread joined after the base", `sink([cfg.url, ...["items", x]].join("/"));`, URL_PATH, true],
  ["a list whose first element is the value: no mark", `sink([x, "v2", "status"].join("/"));`, URL_PATH, false],
  ["a list joined with no separator, glued to the base: no path mark", `sink([cfg.url, x].join(""));`, URL_PATH, false],
  ["glued to a base: written after text", "sink(`${cfg.url}${x}`);", AFTER_TEXT, true],
  ["the base itself, cleaned by a call: not after text", "sink(`${x.trim()}/v1/items`);", AFTER_TEXT, false],
  ["path after a base from a field, through a helper", `function get(base, p) { return base + p; }\nsink(get(cfg.url, "/v2/items/" + x));`, URL_PATH, true],
  ["template after a base", "sink(`${cfg.url}/items/${x}`);", URL_PATH, true],
  ["glued to the authority: no mark", `sink("https://api.example.com" + x);`, URL_PATH, false],
  ["slash-led piece after a base, through a template helper", "function get(base, p) { return `${base}${p}`; }\nsink(get(cfg.url, \"/\" + x));", URL_PATH, true],
  ["slash-led piece with a query, through a template helper", "function get(base, p) { return `${base}${p}`; }\nsink(get(cfg.url, `/${x}?limit=1`));", URL_PATH, true],
  ["argument glued to a base through a template helper: no mark", "function get(base, p) { return `${base}${p}`; }\nsink(get(cfg.url, x));", URL_PATH, false],
  ["separator added unless the argument has it", "sink(`${cfg.url}${x.startsWith(\"/\") ? \"\" : \"/\"}${x}`);", URL_PATH, true],
  ["separator added unless its first character is one, with +", `sink(cfg.url + (x[0] === "/" ? "" : "/") + x);`, URL_PATH, true],
  ["separator added unless the base ends with it", `sink(cfg.url + (cfg.url.endsWith("/") ? "" : "/") + x);`, URL_PATH, true],
  ["separator tested on another value: no mark", "sink(`${cfg.url}${cfg.p.startsWith(\"/\") ? \"\" : \"/\"}${x}`);", URL_PATH, false],
  ["separator test the wrong way round: no mark", "sink(`${cfg.url}${x.startsWith(\"/\") ? \"/\" : \"\"}${x}`);", URL_PATH, false],
  ["the base itself: no mark", "sink(`${x}/items/1`);", URL_PATH, false],
  ["host label", "sink(`https://${x}.vendor.example/api`);", URL_HOST_LABEL, true],
  ["escaped inside single quotes, through a helper", `function q(s) { return "'" + s.replace(/'/g, "'\\\\''") + "'"; }\nsink("ls " + q(x));`, IN_SINGLE_QUOTES, true],
  ["escaped value carries its escape", `function q(s) { return "'" + s.replace(/'/g, "'\\\\''") + "'"; }\nsink("ls " + q(x));`, SINGLE_QUOTES_ESCAPED, true],
  ["quoted name through a helper", `function ident(s) { return '"' + s.replace(/"/g, '""') + '"'; }\nsink("SELECT * FROM " + ident(x));`, IN_QUOTES + '"', true],
  ["quoted name carries its doubling", "function tick(s) { return `\\`${s.replaceAll(\"`\", \"``\")}\\``; }\nsink(`SELECT * FROM ${tick(x)}`);", QUOTE_DOUBLED + "`", true],
  ["name cut out by slice: no quote mark", `const q = '"' + x.replace(/"/g, '""') + '"';\nsink("SELECT " + q.slice(1));`, IN_QUOTES + '"', false],
  ["string literal through a static method", `class Sql { static literal(v) { return \`'\${v.replaceAll("'", "''")}'\`; } }\nsink("SELECT 1 WHERE a = " + Sql.literal(x));`, IN_QUOTES + "'", true],
  ["string literal carries its doubling", `class Sql { static literal(v) { return \`'\${v.replaceAll("'", "''")}'\`; } }\nsink("SELECT 1 WHERE a = " + Sql.literal(x));`, QUOTE_DOUBLED + "'", true],
  ["doubled by the caller, quoted in a joined clause", `const bare = (v) => v.replace(/'/g, "''");\nconst clauses = [\`a = '\${bare(x)}'\`, "b = 1"];\nsink("SELECT 1 WHERE " + clauses.join(" AND "));`, QUOTE_DOUBLED + "'", true],
  ["doubled by the caller, quoted in a joined clause: in quotes", `const bare = (v) => v.replace(/'/g, "''");\nconst clauses = [\`a = '\${bare(x)}'\`, "b = 1"];\nsink("SELECT 1 WHERE " + clauses.join(" AND "));`, IN_QUOTES + "'", true],
  ["escape string E'…': no quote mark", `sink(\`SELECT 1 WHERE a = E'\${x.replace(/'/g, "''")}'\`);`, IN_QUOTES + "'", false],
  ["JSON.stringify gives no shell mark", "sink(`open ${JSON.stringify(x)}`);", SHELL_INERT, false],
  ["constant prefix on an argument", "sink(`./${x}`);", NO_LEADING_DASH, true],
  ["cut out by split: the prefix's mark is gone", `const s = "k=" + x;\nsink(s.split("=")[1]);`, NO_LEADING_DASH, false],
  ["cut out by substring: no URL mark", `const s = "https://a.example/" + x;\nsink(s.substring(19));`, URL_PATH, false],
  ["set on a URL object's search parameters", `const u = new URL("/v1/search", cfg.url);\nu.searchParams.set("q", x);\nsink(u);`, URL_PATH, true],
  ["appended to a URL object's search parameters in a loop", `const u = new URL(cfg.url);\nfor (const [k, v] of Object.entries({ q: x })) u.searchParams.append(k, v);\nsink(u.toString());`, URL_PATH, true],
  ["a URL object's pathname set", "const u = new URL(cfg.url);\nu.pathname = `/items/${x}`;\nsink(u.href);", URL_PATH, true],
  ["a URL object's hash set", `const u = new URL("https://a.example/doc");\nu.hash = x;\nsink(u);`, URL_PATH, true],
  ["a URL object's host set: no mark", `const u = new URL("https://a.example/doc");\nu.host = x;\nsink(u);`, URL_PATH, false],
  ["a URL object's href set: no mark", `const u = new URL("https://a.example/doc");\nu.pathname = "/a";\nu.href = x;\nsink(u.href);`, URL_PATH, false],
  ["pathname of a parsed http URL, after a base", "const u = new URL(`/files/${x}`, \"https://a.example\");\nsink(`${cfg.url}${u.pathname}${u.search}`);", URL_PATH, true],
  ["query values of a parameter object, set in a helper's loop", `function build(endpoint, params) {\n  const u = new URL(endpoint, cfg.url);\n  for (const [k, v] of Object.entries(params)) u.searchParams.append(k, typeof v === "string" ? v : JSON.stringify(v));\n  return u;\n}\nsink(build("items", { q: x, n: 1 }));`, URL_PATH, true],
  ["the endpoint of that helper: no mark", `function build(endpoint, params) {\n  const u = new URL(endpoint, cfg.url);\n  for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);\n  return u;\n}\nsink(build(x, { n: "1" }));`, URL_PATH, false],
  ["pathname of a URL whose scheme the argument picks: no mark", "const u = new URL(x, \"http://mock/\");\nsink(`${cfg.url}${u.pathname}`);", URL_PATH, false],
];

for (const lang of ["js", "ts"] as const) {
  for (const [name, body, mark, present] of engine) {
    test(`position marks in the engine (${lang}): ${name}`, () => {
      const annot = lang === "ts" ? ": any" : "";
      const code = `function main(cfg${annot}) {\nconst x${annot} = process.env.A;\n${body}\n}\nmain({ url: process.argv[2] });`;
      const result = runTaint({ [`main.${lang}`]: code });
      const flows = result.hitsOf("test").flatMap((h) => h.flows).filter((f) => f.label.name === "A");
      assert.ok(flows.length > 0, "the value reaches the sink");
      assert.equal(flows.every((f) => f.sanitizedFor.includes(mark)), present, flows.map((f) => f.sanitizedFor.join("+")).join(" | "));
    });
  }
}
