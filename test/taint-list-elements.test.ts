// A list's elements are its fields (value-ops.ts `ownTaint`, `anyElement`):
// a list handed through a function comes back with its elements' taint also
// on the whole, and an element read takes it from the elements; a parameter
// iterated by `for...of` reads the argument's elements at each call, so a
// field of the item is that field of the elements. Each with a twin where the
// field read is the tainted one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const job = `{ images: ["a.png"], notePath: process.env.NOTE }`;
const flows = (code: string) => pairs(runTaint({ "main.js": code }));

const cases: [string, string, string[]][] = [
  ["a pushed list returned by a helper: a clean field of its element", `function same(o) { return o; }\nconst jobs = []; jobs.push(${job});\nsink(same(jobs)[0].images[0]);`, []],
  ["the same list: the tainted field of its element", `function same(o) { return o; }\nconst jobs = []; jobs.push(${job});\nsink(same(jobs)[0].notePath);`, ["NOTE→test@3"]],
  ["a list split into groups by a helper: a clean field", `function groups(list, n) { const out = []; for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n)); return out; }\nconst jobs = []; jobs.push(${job});\nfor (const g of groups(jobs, 2)) for (const j of g) sink(j.images[0]);`, []],
  ["the same groups: the tainted field", `function groups(list, n) { const out = []; for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n)); return out; }\nconst jobs = []; jobs.push(${job});\nfor (const g of groups(jobs, 2)) for (const j of g) sink(j.notePath);`, ["NOTE→test@3"]],
  ["a parameter iterated by for...of: the field of its items", `function each(list) { for (const j of list) sink(j.notePath); }\nconst jobs = []; jobs.push(${job});\neach(jobs);`, ["NOTE→test@1"]],
  ["a parameter iterated by for...of: a clean field of its items", `function each(list) { for (const j of list) sink(j.images[0]); }\nconst jobs = []; jobs.push(${job});\neach(jobs);`, []],
  ["a tainted string iterated in a helper still gives tainted characters", `function chars(s) { for (const c of s) sink(c); }\nchars(process.env.NOTE);`, ["NOTE→test@1"]],
  ["a list of tainted strings through a helper, joined", `function same(o) { return o; }\nconst parts = []; parts.push(process.env.NOTE);\nsink(same(parts).join("/"));`, ["NOTE→test@3"]],
];

for (const [name, code, expected] of cases) {
  test(`list elements: ${name}`, () => {
    assert.deepEqual(flows(code), expected);
  });
}
