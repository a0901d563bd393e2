// The engine's looks at the scan's clock: a count of asks decides when it
// looks, not time, so the looks fall at the same places on any machine and a
// call of a package function does not cost a clock read each.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { Budget } from "../analyzer/budget.js";
import { parse } from "../analyzer/parse/index.js";
import { link } from "../analyzer/program/index.js";
import { CLOCK_CHECK_EVERY_CALLS } from "../analyzer/taint/context.js";
import { Engine } from "../analyzer/taint/engine.js";
import { ALL_MODELS } from "../rules/models/index.js";

class ClockProbe extends Engine {
  ask(): boolean {
    return this.outOfTime();
  }
}

function probe(clock: () => number, timeBudgetMs: number): ClockProbe {
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, { path: "index.js", bytes: Buffer.from("export const x = 1;\n") }], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  return new ClockProbe(program, { models: ALL_MODELS }, undefined, new Budget({ timeBudgetMs, maxMemoryBytes: 0 }, 0, clock));
}

test("engine clock: asked on every call, the clock is read once per CLOCK_CHECK_EVERY_CALLS asks", () => {
  let reads = 0;
  const engine = probe(() => (reads++, 0), 1000);
  for (let i = 0; i < 4 * CLOCK_CHECK_EVERY_CALLS; i++) assert.equal(engine.ask(), false);
  assert.equal(reads, 4);
});

test("engine clock: past the deadline the engine stops at the next look, and stays stopped", () => {
  let now = 0;
  const engine = probe(() => now, 10);
  for (let i = 0; i < CLOCK_CHECK_EVERY_CALLS; i++) assert.equal(engine.ask(), false);
  now = 11;
  assert.equal(engine.ask(), true, "the count's look sees the deadline passed");
  now = 0;
  assert.equal(engine.ask(), true);
  assert.match(engine.stoppedBy ?? "", /CPU time budget/);
});

test("engine clock: an engine started past its deadline stops at the first ask", () => {
  const engine = probe(() => 11, 10);
  assert.equal(engine.ask(), true);
});
