// A path whose every alternative ends with a file name the code wrote
// (hit-results.ts `fixedTail`): the unknown parts pick at most the folder.
import assert from "node:assert/strict";
import { test } from "node:test";
import { toDestination } from "../analyzer/taint/hit-results.js";
import { UNKNOWN_PART as U, type Value } from "../analyzer/taint/values.js";

const at = { file: "src/index.js", line: 1, column: 0 };
const tails = (v: Value) => toDestination(v, at, "reaches fs.readFile").fixedTails;

test("fixedTails: a constant file name after the last unknown part", () => {
  assert.deepEqual(tails({ consts: [`${U}/.notes/summary.md`] }), ["/.notes/summary.md"]);
  assert.deepEqual(tails({ consts: [`/srv/${U}/report.json`, `${U}\\out\\report.json`] }), ["/report.json", "\\out\\report.json"]);
});

test("fixedTails: none when an unknown part writes the name, or the end is a folder by position", () => {
  // `${dir}/${name}.md`: the extension is fixed, the name is not.
  assert.equal(tails({ consts: [`${U}/${U}.md`] }), undefined);
  assert.equal(tails({ consts: [`${U}/notes${U}`] }), undefined);
  assert.equal(tails({ consts: [`${U}/..`] }), undefined);
  // One alternative that the argument writes in full is enough to lose it.
  assert.equal(tails({ consts: [`${U}/CHANGELOG.md`, U] }), undefined);
  // A prefix: something unknown follows the constants.
  assert.equal(tails({ consts: [`${U}/summary.md`], prefix: true }), undefined);
  // Nothing known at all.
  assert.equal(tails({}), undefined);
});
