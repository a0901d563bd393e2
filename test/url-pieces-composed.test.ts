// Strings composed in ways other than `+` and templates, that still say where
// a piece sits in a URL: a constant placeholder filled with `replace`
// (builtins.ts placeholderFilled), and a base normalized to end with `/`
// (syntax.ts suffixAppended). Each with a twin that must not get the mark.
import assert from "node:assert/strict";
import { test } from "node:test";
import { URL_PATH } from "../analyzer/taint/url-shapes.js";
import { runTaint } from "./support/taint-harness.js";

function marksOfA(code: string): string[][] {
  const result = runTaint({ "main.js": code });
  const flows = result.hitsOf("test").flatMap((h) => h.flows).filter((f) => f.label.name === "A");
  assert.ok(flows.length > 0, "the value reaches the sink");
  return flows.map((f) => f.sanitizedFor);
}

const inPath = (code: string) => marksOfA(code).every((m) => m.includes(URL_PATH));

test("a placeholder filled with replace puts the value where the placeholder was", () => {
  assert.equal(inPath(`sink(base + "/items/{id}/notes".replace("{id}", process.env.A));`), true);
  assert.equal(inPath(`const p = "/v1/{org}/items/{id}".replace("{org}", "acme").replace("{id}", encodeURIComponent(process.env.A)); sink(base + p);`), true, "chained fills");
  assert.equal(inPath(`sink("https://host.example/{a}".replaceAll("{a}", process.env.A));`), true, "replaceAll of one placeholder");
});

test("a placeholder that is the host, starts the text, or is a pattern is not in the path", () => {
  assert.equal(inPath(`sink("https://{h}/items".replace("{h}", process.env.A));`), false, "the host");
  assert.equal(inPath(`sink("{h}/items".replace("{h}", process.env.A));`), false, "starts the text");
  assert.equal(inPath(`sink("/items/{id}".replace(/\\{id\\}/, process.env.A));`), false, "a regular expression is not read as a placeholder");
  assert.equal(inPath(`sink("/a/{x}/b/{x}".replaceAll("{x}", process.env.A));`), false, "two places: not one position");
});

test("a base normalized to end with a slash puts what follows in the path", () => {
  assert.equal(inPath(`const b = base.endsWith("/") ? base : base + "/"; sink(b + process.env.A);`), true);
  assert.equal(inPath(`const b = !base.endsWith("/") ? \`\${base}/\` : base; sink(b + process.env.A);`), true, "negated, template");
  assert.equal(inPath(`const b = base.endsWith("/") ? base.slice(0, -1) : base; sink(b + process.env.A);`), false, "the slash taken off");
  assert.equal(inPath(`const b = base.endsWith("/") ? base : base + "?"; sink(b + "x" + process.env.A);`), false, "another suffix than the one tested");
});
