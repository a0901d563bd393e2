// The pathname of a URL with a known special scheme holds no `..` segment
// (builtins.ts `urlObject`: the WHATWG parser removes dot segments), and a
// decoder takes away every mark about which characters a value holds
// (`%2F` is `/` again). Each with its twin.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runTaint } from "./support/taint-harness.js";

/** The marks of the flows of NOTE into `sink`, sorted, one string per flow. */
function marks(code: string): string[] {
  return runTaint({ "main.js": code }).hits.flatMap((h) => h.flows.map((f) => f.sanitizedFor.filter((m) => !m.startsWith("shape:after") && !m.startsWith("url-")).join("+"))).sort();
}

/** Whether every flow carries MARK; a flow must reach `sink`, or the negative twins would pass on nothing. */
function has(list: string[], mark: string): boolean {
  assert.ok(list.length > 0, "NOTE reaches sink");
  return list.every((m) => m.split("+").includes(mark));
}

test("url pathname: a special scheme's pathname has no `..` segment", () => {
  assert.ok(has(marks(`const u = new URL("./" + process.env.NOTE, "https://docs.example.org/a/"); sink(u.pathname);`), "shape:no-dot-dot"));
});

test("url pathname: not when the scheme is the caller's", () => {
  assert.ok(!has(marks(`const u = new URL(process.env.NOTE); sink(u.pathname);`), "shape:no-dot-dot"));
});

test("url pathname: decoded, it may hold `..` again", () => {
  assert.ok(!has(marks(`const u = new URL("./" + process.env.NOTE, "https://docs.example.org/a/"); sink(decodeURIComponent(u.pathname));`), "shape:no-dot-dot"));
});

test("url pathname: an encoded value decoded again holds separators", () => {
  assert.ok(has(marks(`sink(encodeURIComponent(process.env.NOTE));`), "shape:no-separator"));
  assert.ok(!has(marks(`sink(decodeURIComponent(encodeURIComponent(process.env.NOTE)));`), "shape:no-separator"));
});
