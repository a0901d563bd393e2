// The engine's bound hits, said once per cause: the files a cause concerns and,
// for a stop at the budget, the tools it left unfinished, in one warning.
import assert from "node:assert/strict";
import { test } from "node:test";
import { incompleteDiagnostics } from "../analyzer/incomplete.js";

const STOP = "the CPU time budget of 45 s";

test("incomplete: one bound met in several files is one warning naming them; met in one file, the warning is that file's", () => {
  const rows = [
    { file: "lib/a.js", reason: "expressions nested too deeply" },
    { file: "lib/b.js", reason: "expressions nested too deeply" },
    { file: "lib/a.js", reason: "call chain deeper than the summary bound" },
  ];
  assert.deepEqual(incompleteDiagnostics(rows, [], undefined), [
    { level: "warning", code: "analysis-incomplete", message: "data-flow analysis incomplete: expressions nested too deeply (in lib/a.js, lib/b.js)" },
    { level: "warning", code: "analysis-incomplete", file: "lib/a.js", message: "data-flow analysis incomplete: call chain deeper than the summary bound" },
  ]);
});

test("incomplete: a stop at the budget names the unfinished tools in the stop's own warning, past twenty counted", () => {
  const tools = Array.from({ length: 22 }, (_, i) => `tool_${i}`);
  const rows = [{ file: "*", reason: `stopped at ${STOP} in 2 files: a.js (3 of 9 functions not followed to their end), b.js (1 of 2 functions not followed to their end); flows through them may be missing` }];
  const [only, ...rest] = incompleteDiagnostics(rows, tools, STOP);
  assert.deepEqual(rest, []);
  assert.equal(only.file, undefined);
  assert.match(only.message, /^data-flow analysis incomplete: stopped at the CPU time budget of 45 s in 2 files: a\.js .*; flows through them may be missing; the handlers of tools tool_0, tool_1, .*tool_19 and 2 more were not followed to their end$/);
});

test("incomplete: unfinished tools with no stop row of their own still get one warning; nothing unfinished, nothing said", () => {
  assert.deepEqual(incompleteDiagnostics([], ["search"], STOP), [{ level: "warning", code: "analysis-incomplete", message: `data-flow analysis incomplete for tool search: stopped at ${STOP} before their handlers were followed to their end` }]);
  assert.deepEqual(incompleteDiagnostics([], [], undefined), []);
});
