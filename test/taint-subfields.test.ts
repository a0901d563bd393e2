// The property read below a source's first field: `req.headers.authorization`
// and `req.headers["user-agent"]` are different data, whether read directly,
// destructured, by a literal key, or inside a helper (a summary's reference).
import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { functionNamed, programOf, TEST_MODEL } from "./support/taint-harness.js";

/** "line:field.subfield" for each flow of the handler's parameter reaching `sink`. */
function readsAt(code: string): string[] {
  const { modules } = programOf({ "main.js": code });
  const fn = functionNamed(modules, "handler");
  assert.ok(fn, "the test program names a handler");
  const result = analyzeTaint(link(modules, emptyFacts()), { models: [TEST_MODEL], functionSources: [{ fn, module: modules[0], params: [0], kind: "req", name: "req" }] });
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
