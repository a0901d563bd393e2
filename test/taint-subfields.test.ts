// The property read below a source's first field: `req.headers.authorization`
// and `req.headers["user-agent"]` are different data, whether read directly,
// destructured, by a literal key, or inside a helper (a summary's reference).
import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import type { LibraryModel } from "../analyzer/taint/spec.js";
import { functionNamed, programOf, TEST_MODEL } from "./support/taint-harness.js";

/** "line:field.subfield" for each flow of the handler's parameter reaching `sink`. */
function readsAt(code: string, models: LibraryModel[] = [TEST_MODEL]): string[] {
  const { modules } = programOf({ "main.js": code });
  const fn = functionNamed(modules, "handler");
  assert.ok(fn, "the test program names a handler");
  const result = analyzeTaint(link(modules, emptyFacts()), { models, functionSources: [{ fn, module: modules[0], params: [0], kind: "req", name: "req" }] });
  const out = new Set<string>();
  for (const h of result.hits) for (const f of h.flows) if (f.label.kind === "req") out.add(`${h.location.line}:${f.field ?? ""}.${f.subfield ?? ""}`);
  return [...out].sort();
}

test("two headers read below `headers` stay two flows, each naming its header", () => {
  const code = [
    `function tokenOf(r) { return r.headers.authorization; }`,
    `function handler(req) {`,
    `  sink({ agent: req.headers["user-agent"], auth: req.headers["authorization"] });`,
    `  const { authorization } = req.headers;`,
    `  sink(authorization);`,
    `  sink(tokenOf(req));`,
    `  sink(req.body.deep.deeper);`,
    `  sink(req.url);`,
    `}`,
  ].join("\n");
  assert.deepEqual(readsAt(code), ["3:headers.authorization", "3:headers.user-agent", "5:headers.authorization", "6:headers.authorization", "7:body.deep", "8:url."]);
});

test("an entry getter (`req.get(name)`) reads that entry of its field, also in a helper and on the field itself; other receivers and unknown names keep what they gave", () => {
  const getters: LibraryModel = { entryGetters: [{ methods: ["get", "header"], field: "headers", at: "Argument[0]", lowerCase: true, note: "test" }] };
  const code = [
    `function keyOf(r) { return r.header("X-Api-Key"); }`,
    `function handler(req, name) {`,
    `  sink(req.get("Authorization"));`,
    `  sink(keyOf(req));`,
    `  const hs = req.headers;`,
    `  sink(hs.get("user-agent"));`,
    `  sink(req.get(name));`,
    `  sink(req.body.get("authorization"));`,
    `  sink(req.query.header("x-api-key"));`,
    `}`,
  ].join("\n");
  assert.deepEqual(readsAt(code, [TEST_MODEL, getters]), ["3:.", "3:headers.authorization", "4:.", "4:headers.x-api-key", "6:headers.", "6:headers.user-agent", "7:.", "8:body.", "9:query."]);
  // Without the row, a getter is any method: the whole request, never a header by name.
  assert.deepEqual(readsAt(code), ["3:.", "4:.", "6:headers.", "7:.", "8:body.", "9:query."]);
});
