// Masking only tries the shapes where a one-pass candidate scan says a token
// may start, and snippets of long lines cut unmasked windows that no match of
// the line reaches. Both must give exactly what masking every window with
// every shape in turn gives.
import assert from "node:assert/strict";
import { test } from "node:test";
import { maskSecret, maskSecretsInText, secretMatchSpans } from "../analyzer/mask.js";
import { attachSnippets } from "../analyzer/snippets.js";
import type { Finding } from "../analyzer/types.js";
import { SECRET_FORMATS } from "../rules/models/secret-formats.js";

/** The plain definition: each shape in catalog order, replacing every match. */
function maskReference(text: string): string {
  let out = text;
  for (const f of SECRET_FORMATS) out = out.replace(new RegExp(f.pattern.source, f.pattern.flags + "g"), (m) => maskSecret(m));
  return out;
}

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function pseudoRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const rnd = pseudoRandom(7);
const chars = (set: string, n: number) => Array.from({ length: n }, () => set[Math.floor(rnd() * set.length)]).join("");

const TOKENS = [
  () => `ghp_${chars(ALNUM, 36)}`,
  () => `AKIA${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16)}`,
  () => `${chars("0123456789abcdef", 32)}-us${1 + Math.floor(rnd() * 20)}`,
  () => `postgres://admin_user:${chars(ALNUM, 12)}@db.example.net:5432/app`,
  () => `sk-${chars(ALNUM, 40)}`,
  () => `AWS_SECRET_ACCESS_KEY = "${chars(ALNUM, 40)}"`,
  () => `xoxb-${chars(ALNUM, 24)}`,
  () => `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  () => `-----BEGIN PRIVATE KEY-----\\n${chars(ALNUM, 64)}`,
];
const CODE = ["function e(t){return t+1}", 'var n="tools/call";', "a.b.c(d,e)", " ", 'x["y"]=z;', "0123456789abcdef", "if(e&&t)r();", "`${a}`"];

function codeWithTokens(length: number, tokens: number): string {
  let s = "";
  const at = new Set(Array.from({ length: tokens }, () => Math.floor(rnd() * length)));
  while (s.length < length) {
    s += at.has(s.length) || rnd() < tokens / 400 ? TOKENS[Math.floor(rnd() * TOKENS.length)]() : CODE[Math.floor(rnd() * CODE.length)];
  }
  return s;
}

test("maskSecretsInText equals masking with every shape in turn", () => {
  const texts = [
    "",
    "no secrets here",
    `${TOKENS[0]()}${TOKENS[0]()}`,
    `${TOKENS[2]()} ${TOKENS[4]()}`,
    `const key = "${TOKENS[1]()}"; // and "${TOKENS[7]()}"`,
    ...Array.from({ length: 60 }, (_, i) => codeWithTokens(200 + i * 97, i % 5)),
  ];
  for (const t of texts) assert.equal(maskSecretsInText(t), maskReference(t));
});

test("secretMatchSpans lists the places a global search of each shape finds", () => {
  for (let i = 0; i < 20; i++) {
    const t = codeWithTokens(3000, 4);
    const expected = SECRET_FORMATS.flatMap((f) => [...t.matchAll(new RegExp(f.pattern.source, f.pattern.flags + "g"))].map((m): [number, number] => [m.index, m.index + m[0].length])).sort((a, b) => a[0] - b[0]);
    assert.deepEqual(secretMatchSpans(t), expected);
  }
});

/** The window rule of snippets.ts, masking every window (the definition the fast path must equal). */
function clipReference(line: string, column: number): string {
  const start = Math.max(0, column - 1 - 100 - 4096);
  const masked = maskReference(line.slice(start, start + 200 + 2 * 4096));
  const from = Math.max(0, column - start - 1 - 100);
  return ((start + from > 0 ? "…" : "") + masked.slice(from, from + 200) + (start + from + 200 < line.length ? "…" : "")).trim();
}

test("snippets of long lines equal masking each window, with tokens in the window, its margins and across its cuts", () => {
  const line = codeWithTokens(60_000, 40);
  const columns: number[] = [1, 2, 150, 4197, 4198, 4300];
  // Columns that put a token at each window edge and in each margin.
  for (const [from, to] of secretMatchSpans(line).slice(0, 25)) {
    for (const c of [from + 4197, from + 4197 - 3, to + 4197 - 1, from - 4096 - 99, to - 4096 - 101, from + 1, from - 50, from + 150]) if (c >= 1 && c <= line.length) columns.push(c);
  }
  for (let i = 0; i < 200; i++) columns.push(1 + Math.floor(rnd() * line.length));
  const findings = columns.map(
    (column, i): Finding => ({ ruleId: "t", severity: "low", message: "m", fingerprint: String(i), location: { file: "dist/x.js", line: 1, column } }) as Finding,
  );
  attachSnippets(findings, () => line);
  for (const f of findings) assert.equal(f.location.snippet, clipReference(line, f.location.column), `column ${f.location.column}`);
});
