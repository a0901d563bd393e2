// Checks that leave no path separator in a value (guards.ts
// `separatorPairRefinements`, `notFoundShape`): both separators looked for
// and not found, or a pattern that finds every separator found none. Each
// with a twin that looks for one separator only, or tests the wrong branch.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runTaint } from "./support/taint-harness.js";

/** Whether every flow of NAME into `sink` holds no separator; a flow must reach it, or the twins below would pass on nothing. */
function noSeparator(code: string): boolean {
  const flows = runTaint({ "main.js": code }).hits.flatMap((h) => h.flows);
  assert.ok(flows.length > 0, "NAME reaches sink");
  return flows.every((f) => f.sanitizedFor.includes("shape:no-separator"));
}

const name = `const name = process.env.NAME;`;

test("separator checks: both separators looked for, the branch where neither was found", () => {
  assert.ok(noSeparator(`${name}\nif (name.includes("/") || name.includes("\\\\")) throw new Error("a name, not a path");\nsink(name);`));
  assert.ok(noSeparator(`${name}\nif (!name.includes("/") && !name.includes("\\\\")) sink(name);`));
});

test("separator checks: one separator looked for is not enough", () => {
  assert.ok(!noSeparator(`${name}\nif (name.includes("/")) throw new Error("no folders");\nsink(name);`));
  assert.ok(!noSeparator(`${name}\nif (name.includes("/") || name.includes(".")) throw new Error("no");\nsink(name);`));
});

test("separator checks: the branch where one was found is not narrowed", () => {
  assert.ok(!noSeparator(`${name}\nif (name.includes("/") || name.includes("\\\\")) sink(name);`));
});

test("separator checks: a pattern that finds every separator found none", () => {
  assert.ok(noSeparator(`${name}\nif (/[\\\\/]/.test(name)) throw new Error("bad");\nsink(name);`));
  assert.ok(noSeparator(`${name}\nif (/[^\\w.-]/.test(name)) throw new Error("bad");\nsink(name);`));
});

test("separator checks: a pattern that finds only `/` proves nothing about `\\\\`", () => {
  assert.ok(!noSeparator(`${name}\nif (/\\//.test(name)) throw new Error("bad");\nsink(name);`));
  assert.ok(!noSeparator(`${name}\nconst re = /[\\\\/]/g;\nif (re.test(name)) throw new Error("bad");\nsink(name);`));
});
