// A logger created with a redaction list masks key paths of the object it
// logs: the engine says where each label sits in a sink call's arguments (for
// rows that ask), and the log rules compare those places with the list.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LibraryModel } from "../analyzer/taint/index.js";
import { isRedactedKeyPath, redactPathSegments } from "../rules/util/log-calls.js";
import { runTaint, TEST_MODEL } from "./support/taint-harness.js";

const PLACING_MODEL: LibraryModel = {
  ...TEST_MODEL,
  sinks: [...(TEST_MODEL.sinks ?? []), { package: "global", path: "Member[record].Argument[0..]", kind: "placed", placesKeys: true }],
};

/** "A@line: 0.req.headers.k | 1" for each flow at the placing sink ("?" when not known). */
function placesAt(code: string): string[] {
  const result = runTaint({ "main.js": code }, {}, [PLACING_MODEL]);
  const out: string[] = [];
  for (const h of result.hitsOf("placed")) for (const f of h.flows) out.push(`${f.label.name}@${h.location.line}: ${f.keyPaths ? f.keyPaths.map((p) => p.join(".")).sort().join(" | ") : "?"}`);
  return out.sort();
}

test("redaction paths: dots, quoted brackets, wildcards", () => {
  assert.deepEqual(redactPathSegments('req.headers["x-api-key"]'), ["req", "headers", "x-api-key"]);
  assert.deepEqual(redactPathSegments("['x-token']"), ["x-token"]);
  assert.deepEqual(redactPathSegments("accounts[*].secret"), ["accounts", "*", "secret"]);
  assert.deepEqual(redactPathSegments("*.password"), ["*", "password"]);
});

test("a key path is masked under a listed path of the masked argument only", () => {
  const redacted = { argument: 0, paths: [["headers", "authorization"], ["*", "password"], ["creds"]] };
  assert.equal(isRedactedKeyPath(["0", "headers", "authorization"], redacted), true);
  assert.equal(isRedactedKeyPath(["0", "db", "password"], redacted), true);
  assert.equal(isRedactedKeyPath(["0", "creds", "token", "value"], redacted), true);
  // Twins: a sibling header, the object itself, the message argument.
  assert.equal(isRedactedKeyPath(["0", "headers", "x-other"], redacted), false);
  assert.equal(isRedactedKeyPath(["0", "headers"], redacted), false);
  assert.equal(isRedactedKeyPath(["0"], redacted), false);
  assert.equal(isRedactedKeyPath(["1", "creds"], redacted), false);
});

// A short array keeps its positions beside its elements: the element is at `0` and at `*`.
test("flows say where their label sits in the arguments: fields, headers set later, elements, the message", () => {
  const code = [
    `const headers = { accept: "json" };`,
    `headers["x-key"] = process.env.A_KEY;`,
    `record({ req: { headers } }, "request");`,
    `record({ list: [{ token: process.env.B_TOKEN }] });`,
    `record({ ok: true }, "key " + process.env.C_KEY);`,
  ].join("\n");
  assert.deepEqual(placesAt(code), ["A_KEY@3: 0.req.headers.x-key", "B_TOKEN@4: 0.list.*.token | 0.list.0.token", "C_KEY@5: 1"]);
});

test("a label a caller hands in sits where the helper's parameter sat", () => {
  const code = [
    `function logRequest(h) { record({ headers: { auth: h } }, "sent"); }`,
    `logRequest(process.env.A_KEY);`,
    `function logWhole(v) { record(v); }`,
    `logWhole({ nested: { auth: process.env.B_KEY } });`,
  ].join("\n");
  assert.deepEqual(placesAt(code), ["A_KEY@1: 0.headers.auth", "B_KEY@3: 0"]);
});
