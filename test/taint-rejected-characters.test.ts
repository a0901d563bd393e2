// A regex test that found nothing (`if (re.test(x)) throw`): the characters a
// one-class alternative finds are not in x (shapes.ts rejectedCharactersShape).
import assert from "node:assert/strict";
import { test } from "node:test";
import { rejectedCharactersShape } from "../analyzer/taint/shapes.js";
import { DOUBLE_QUOTE_INERT, SHELL_INERT } from "../analyzer/taint/shell-shapes.js";
import { NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, WORD_CHARS } from "../analyzer/taint/spec.js";

const marks = (source: string) => rejectedCharactersShape(source).filter((m) => !m.startsWith("kept:")).sort();

test("rejected characters: a negated class found nothing, so only its characters are left", () => {
  assert.deepEqual(marks("[^\\w.]"), [NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT, WORD_CHARS].sort());
  assert.deepEqual(marks("[^\\w.-]"), [NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(), "`-` and `.` are left: it may lead, `..` passes");
});

test("rejected characters: the quote-breaking characters of each alternative, in double quotes", () => {
  assert.deepEqual(marks('[`$"\\\\\\r\\n]|\\$\\('), [DOUBLE_QUOTE_INERT]);
  assert.deepEqual(marks("[;&|`$<>\\n\\r]|\\$\\(|\\|\\|"), [], "`\"` and `\\\\` are left: it can close double quotes");
  assert.ok(rejectedCharactersShape("[;&|]").some((m) => m.startsWith("kept:")), "what is left is kept for later narrowing");
});

test("rejected characters: separators and dots", () => {
  assert.deepEqual(marks("[\\/\\\\.]"), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE].sort());
});

test("rejected characters: anchored, bounded, repeated or longer alternatives say nothing", () => {
  assert.deepEqual(rejectedCharactersShape("^[`$\"\\\\]"), [], "only at the start");
  assert.deepEqual(rejectedCharactersShape("[`$\"\\\\]$"), [], "only at the end");
  assert.deepEqual(rejectedCharactersShape("\\b[;]"), []);
  assert.deepEqual(rejectedCharactersShape("(?<=a)[;]"), []);
  assert.deepEqual(rejectedCharactersShape("[;]{2}"), [], "a lone `;` passes");
  assert.deepEqual(rejectedCharactersShape("a;"), [], "`;` alone passes");
  assert.deepEqual(rejectedCharactersShape("\\.\\.|[\\/]"), rejectedCharactersShape("[\\/]"), "only the one-class alternative counts");
});
