// boundedMemo: one computation per key (undefined answers too), and a bound.
import assert from "node:assert/strict";
import { test } from "node:test";
import { boundedMemo } from "../analyzer/memo.js";

test("memo: computes each key once, undefined answers included, and starts over past its bound", () => {
  const calls: string[] = [];
  const lengthOrNone = boundedMemo((s: string) => {
    calls.push(s);
    return s.length > 1 ? s.length : undefined;
  }, 3);
  assert.equal(lengthOrNone("abc"), 3);
  assert.equal(lengthOrNone("abc"), 3);
  assert.equal(lengthOrNone("a"), undefined);
  assert.equal(lengthOrNone("a"), undefined);
  assert.deepEqual(calls, ["abc", "a"]);
  lengthOrNone("bb");
  lengthOrNone("cccc"); // the fourth key: the memo starts over
  lengthOrNone("abc");
  assert.deepEqual(calls, ["abc", "a", "bb", "cccc", "abc"]);
});
