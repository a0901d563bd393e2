// A source's envelope (FunctionSource.envelope): reads through it are not the
// value's fields; the property read after it is.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readField, type Atom } from "../analyzer/taint/values.js";

const location = { file: "server.js", line: 1, column: 1 };
const atom = (envelope?: readonly [string, string]): Atom => ({ label: { id: 1, kind: "tool-argument", name: "t", location, ...(envelope ? { envelope } : {}) }, path: undefined, sanitized: [], guards: [] });

test("envelope: request.params.arguments.revision names `revision`", () => {
  const a = readField(readField(readField(atom(["params", "arguments"]), "params"), "arguments"), "revision");
  assert.equal(a.field, "revision");
  assert.equal(a.subfield, undefined);
});

test("envelope: request.params.name stays a field of the request, and the whole arguments object stays the envelope", () => {
  const params = readField(atom(["params", "arguments"]), "params");
  assert.deepEqual([readField(params, "name").field, readField(params, "name").subfield], ["params", "name"]);
  assert.deepEqual([readField(params, "arguments").field, readField(params, "arguments").subfield], ["params", "arguments"]);
});

test("envelope: without one, the first two reads are field and subfield as before", () => {
  const a = readField(readField(readField(atom(), "params"), "arguments"), "revision");
  assert.deepEqual([a.field, a.subfield], ["params", "arguments"]);
});
