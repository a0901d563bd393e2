// `[base, ...segments].join("/")`: an array literal with a spread, joined, is
// the concatenation of its elements in order. The elements before the first
// spread keep their place, so a URL built that way still starts with its host;
// a spread stands for text of unknown length. Twins: a spread first (nothing
// known about the start), and a plain array (every position known).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runTaint } from "./support/taint-harness.js";

const destinations = (code: string) =>
  runTaint({ "main.js": code })
    .hits.filter((h) => h.kind === "net")
    .map((h) => h.destination?.constants.map((c) => `${c}${h.destination?.prefixOnly ? "…" : ""}`));

test("a joined array literal with a spread starts with its leading elements", () => {
  const code = [
    `function call(segments) { fetch(["https://api.example.com", ...segments].join("/"), process.env.T); }`,
    `call(["v2", process.env.ID]);`,
  ].join("\n");
  assert.deepEqual(destinations(code), [["https://api.example.com/…"]]);
});

test("the leading element may be a field of the caller's instance", () => {
  const code = [
    `class Http { constructor(base) { this.base = base; } send(path) { fetch([this.base, ...path].join("/"), process.env.T); } }`,
    `const http = new Http("https://api.example.com");`,
    `http.send(["v1", "items"]);`,
  ].join("\n");
  assert.deepEqual(destinations(code), [["https://api.example.com/…"]]);
});

test("a spread first says nothing about the start; a plain array of constants is known whole", () => {
  const unknownStart = `function call(parts) { fetch([...parts, "x"].join("/"), process.env.T); }\ncall([process.env.HOST]);`;
  assert.deepEqual(destinations(unknownStart), [[]]);
  const plain = `fetch(["https://api.example.com", "v1", "items"].join("/"), process.env.T);`;
  assert.deepEqual(destinations(plain), [["https://api.example.com/v1/items"]]);
});
