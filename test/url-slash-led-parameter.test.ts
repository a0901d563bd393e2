// A parameter glued right after a base (`${base}${route}`) is path only when
// the call passes text that starts with `/`, `?` or `#`: the mark
// URL_PATH_IF_SLASH_LED is settled where the parameter is filled
// (value-ops.ts substitute). Each with a twin that must not get URL_PATH.
import assert from "node:assert/strict";
import { test } from "node:test";
import { URL_PATH, URL_PATH_IF_SLASH_LED, slashWouldEndAuthority, startsPathOrQuery } from "../analyzer/taint/url-shapes.js";
import { runTaint } from "./support/taint-harness.js";

function marksOfA(code: string): string[][] {
  const result = runTaint({ "main.js": code });
  const flows = result.hitsOf("test").flatMap((h) => h.flows).filter((f) => f.label.name === "A");
  assert.ok(flows.length > 0, "the value reaches the sink");
  return flows.map((f) => f.sanitizedFor);
}

const inPath = (code: string) => marksOfA(code).every((m) => m.includes(URL_PATH));
const BASE = `const base = process.env.B || "https://api.example";`;

test("a route that starts with a slash, a query or a fragment puts what it carries in the path", () => {
  assert.equal(inPath(`${BASE} function get(route) { sink(\`\${base}\${route}\`); } get(\`/\${process.env.A}/notes\`);`), true, "slash, then the value");
  assert.equal(inPath(`${BASE} function get(route) { sink(base + route); } get("?q=" + process.env.A);`), true, "query");
  assert.equal(inPath(`${BASE} function get(route) { sink(base + route); } function items(r) { return get(r); } items("/items/" + process.env.A);`), true, "through a second helper");
  assert.equal(inPath(`${BASE} function get(root, route, page) { const u = new URL(root + route); u.searchParams.set("page", page); sink(u.toString()); } get(base, "/items/" + process.env.A, "2");`), true, "parts of a URL object joined with a query value");
});

test("a route glued to the base as it is, or starting a new authority, may go on with the host", () => {
  assert.equal(inPath(`${BASE} function get(route) { sink(base + route); } get(process.env.A);`), false, "the value itself");
  assert.equal(inPath(`${BASE} function get(route) { sink(base + route); } get("//" + process.env.A);`), false, "`//`: a new authority");
  assert.equal(inPath(`${BASE} function get(route) { sink(base + route); } get("." + process.env.A);`), false, "a host continuation");
  assert.equal(inPath(`function get(route) { sink("https://" + route); } get("/" + process.env.A);`), false, "after the scheme alone a slash closes nothing");
});

test("the predicates the mark is built on", () => {
  assert.equal(slashWouldEndAuthority("https://api.example"), true);
  assert.equal(slashWouldEndAuthority("\u0000"), true, "an unknown base");
  assert.equal(slashWouldEndAuthority("https://"), false);
  assert.equal(startsPathOrQuery("/items/"), true);
  assert.equal(startsPathOrQuery("/"), true);
  assert.equal(startsPathOrQuery("?q="), true);
  assert.equal(startsPathOrQuery("//evil.example"), false);
  assert.equal(startsPathOrQuery(".evil.example"), false);
  assert.ok(URL_PATH_IF_SLASH_LED.startsWith("shape:"));
});
