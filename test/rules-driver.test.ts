// The rule driver keeps a scan alive when one rule throws: that rule stops,
// a diagnostic says so, and the other rules still report.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { extractServer } from "../analyzer/mcp/index.js";
import { parse } from "../analyzer/parse/index.js";
import { link } from "../analyzer/program/index.js";
import { runRules } from "../analyzer/rules-driver.js";
import { emptyTaintResult } from "../analyzer/taint/index.js";
import type { Rule } from "../rules/types.js";

function fixture() {
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, { path: "index.js", bytes: Buffer.from("eval(a);\neval(b);\n") }], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  return { source, program, server: extractServer(program) };
}

const meta = (id: string): Rule["meta"] => ({ id, title: id, defaultSeverity: "low", threat: "supply-chain", summary: "", description: "", help: "", precision: "high" });

test("rules driver: a throwing visitor or check stops that rule only, with an internal-error diagnostic", () => {
  const { source, program, server } = fixture();
  let walkCalls = 0;
  const broken: Rule = {
    meta: meta("broken-walk"),
    visitors: () => ({
      CallExpression: () => {
        walkCalls++;
        throw new TypeError("Cannot read properties of null (reading 'type')");
      },
    }),
  };
  const brokenCheck: Rule = { meta: meta("broken-check"), check: () => { throw new Error("boom\nsecond line"); } };
  const healthy: Rule = {
    meta: meta("calls"),
    visitors: (ctx) => ({ CallExpression: (node, module) => ctx.report({ message: "a call", location: { file: module.path, line: node.loc.start.line, column: node.loc.start.column + 1 }, fingerprintKey: `call:${node.loc.start.line}` }) }),
  };
  const run = runRules([broken, brokenCheck, healthy], source, program, server, emptyTaintResult());
  assert.deepEqual(run.findings.map((f) => [f.ruleId, f.location.line]), [["calls", 1], ["calls", 2]]);
  assert.equal(walkCalls, 1, "a failed rule is not called again");
  assert.deepEqual(run.diagnostics.map((d) => [d.code, d.level, d.message, d.file ?? "-"]), [
    ["internal-error", "error", "rule broken-walk failed (walk): Cannot read properties of null (reading 'type'); its findings may be missing", "index.js"],
    ["internal-error", "error", "rule broken-check failed (check): boom; its findings may be missing", "-"],
  ]);
});
