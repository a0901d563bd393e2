// The scan's budget: a bundle generated from the corpus, scanned with a low
// time or memory budget, ends within it and says what it did not finish; the
// engine's and the rules' stops, driven by a clock the test controls.
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { Budget, OUTSIDE_V8_BYTES, processCpuMs, residentBytes, throttledClock } from "../analyzer/budget.js";
import { extractServer } from "../analyzer/mcp/index.js";
import { parse } from "../analyzer/parse/index.js";
import { link } from "../analyzer/program/index.js";
import { runRules } from "../analyzer/rules-driver.js";
import { NothingAnalyzedError, scan } from "../analyzer/scan.js";
import { analyzeTaint, emptyTaintResult } from "../analyzer/taint/index.js";
import { ALL_MODELS } from "../rules/models/index.js";
import type { Rule } from "../rules/types.js";
import { buildBundle, readCorpusInputs } from "../scripts/bench-bundle.js";
import { CORPUS_DIR } from "./support/corpus.js";

let dir: string;
let bundleText: string;

before(() => {
  bundleText = buildBundle(readCorpusInputs(CORPUS_DIR), { targetBytes: 2_500_000 }).text;
  dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-budget-"));
  mkdirSync(path.join(dir, "dist"));
  writeFileSync(path.join(dir, "dist", "index.js"), bundleText);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "generated-bundle", version: "1.0.0", main: "dist/index.js", bin: { "generated-bundle": "dist/index.js" } }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** A clock that moves one millisecond each time it is read. */
function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

/** A clock that moves one millisecond each time it is read, and says how often it was read. */
function countingClock(): { clock: () => number; reads: () => number } {
  let t = 0;
  return { clock: () => ++t, reads: () => t };
}

test("budget: a low time budget ends the scan of a generated bundle within it, naming the bundle as not finished; with none it runs to the end", async () => {
  // The budget's clock is the test's: one "millisecond" per look, so where each stage stops is the same on any machine.
  const probe = countingClock();
  const unbounded = await scan(dir, { offline: true, timeBudgetMs: 0, maxMemoryBytes: 0, clock: probe.clock });
  const looksUnbounded = probe.reads();
  // Half the looks a full scan takes: the engine gets half of what is left when it starts, so it stops at about a quarter.
  const budgetMs = Math.floor(looksUnbounded / 2);
  const budgetWords = new Budget({ timeBudgetMs: budgetMs }).describe("time");
  const bounded = countingClock();
  const result = await scan(dir, { offline: true, timeBudgetMs: budgetMs, maxMemoryBytes: 0, clock: bounded.clock });
  const incomplete = result.diagnostics.filter((d) => d.code === "analysis-incomplete");
  assert.ok(incomplete.length > 0, "a budget hit is reported");
  assert.ok(incomplete.every((d) => d.level === "warning" && d.message.includes(budgetWords)), JSON.stringify(incomplete));
  assert.ok(incomplete.some((d) => d.file === "dist/index.js"), "the unfinished file is named");
  // The stages after the engine look at the clock a few times only: the whole scan ends within its budget.
  assert.ok(bounded.reads() <= budgetMs, `the bounded scan looked at the clock ${bounded.reads()} times for a budget of ${budgetMs}`);

  assert.deepEqual(unbounded.diagnostics.filter((d) => d.code === "analysis-incomplete" && /budget/.test(d.message)), []);
  assert.ok(result.findings.length <= unbounded.findings.length, "the full run found at least as much");
  // What the stopped scan reports, the full one reports too.
  const full = new Set(unbounded.findings.map((f) => `${f.ruleId}@${f.location.file}:${f.location.line}`));
  for (const f of result.findings) assert.ok(full.has(`${f.ruleId}@${f.location.file}:${f.location.line}`), `${f.ruleId} at ${f.location.file}:${f.location.line}`);
});

test("budget: the engine stops at its deadline, counts what it left per file, and keeps the flows it found", () => {
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, { path: "dist/index.js", bytes: Buffer.from(bundleText) }], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  const full = analyzeTaint(program, { models: ALL_MODELS }, { budget: new Budget({ timeBudgetMs: 0, maxMemoryBytes: 0 }) });
  assert.deepEqual(full.incomplete.filter((x) => /budget/.test(x.reason)), []);
  // 40 budget looks (1024 steps each) on a clock that moves 1 ms per look.
  const cut = analyzeTaint(program, { models: ALL_MODELS }, { budget: new Budget({ timeBudgetMs: 40, maxMemoryBytes: 0 }, 0, tickingClock()) });
  assert.equal(cut.incomplete.length, 1, JSON.stringify(cut.incomplete));
  assert.equal(cut.incomplete[0].file, "dist/index.js");
  assert.match(cut.incomplete[0].reason, /^stopped at the CPU time budget of 0\.04 s: \d+ of \d+ functions not followed to their end/);
  assert.ok(cut.hits.length <= full.hits.length);
  const keys = new Set(full.hits.map((h) => `${h.kind}@${h.location.line}:${h.location.column}`));
  for (const h of cut.hits) assert.ok(keys.has(`${h.kind}@${h.location.line}:${h.location.column}`), "a stopped engine reports only flows the full run also finds");
});

test("budget: past the memory budget the engine stops at once and says so", () => {
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, { path: "dist/index.js", bytes: Buffer.from(bundleText) }], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  const result = analyzeTaint(program, { models: ALL_MODELS }, { budget: new Budget({ timeBudgetMs: 0, maxMemoryBytes: 64 * 1024 * 1024 }, 0, () => 0, () => 65 * 1024 * 1024) });
  assert.equal(result.incomplete.length, 1);
  assert.match(result.incomplete[0].reason, /^stopped at the memory budget of 64 MB/);
});

test("budget: the process's own memory, read without an injected gauge, stops a budget below it and not one above it", () => {
  // The peak resident size answers while it is under the limit; over it, the present size decides.
  assert.equal(new Budget({ timeBudgetMs: 0, maxMemoryBytes: 1024 }).spent(), "memory");
  const now = process.memoryUsage.rss();
  assert.equal(new Budget({ timeBudgetMs: 0, maxMemoryBytes: now * 64 }).spent(), undefined);
  assert.equal(new Budget({ timeBudgetMs: 0, maxMemoryBytes: 0 }).spent(), undefined);
  // Looked at by the clock, not per ask: 20 ms apart at least.
  let clock = 0;
  let looks = 0;
  let resident = 10;
  const gauged = new Budget({ timeBudgetMs: 0, maxMemoryBytes: 100 }, 0, () => clock, () => (looks++, resident));
  for (let i = 0; i < 1000; i++) assert.equal(gauged.spent(), undefined);
  assert.equal(looks, 1);
  resident = 200;
  clock = 19;
  assert.equal(gauged.spent(), undefined);
  clock = 20;
  assert.equal(gauged.spent(), "memory");
  assert.equal(looks, 2);
});

test("budget: while V8's heap and a margin for the rest fit the limit, memory is looked at without asking the OS", () => {
  const asked: string[] = [];
  const usage = process.resourceUsage;
  const rss = process.memoryUsage.rss;
  process.resourceUsage = () => (asked.push("peak"), usage());
  process.memoryUsage.rss = () => (asked.push("present"), rss());
  try {
    const wide = 64 * 1024 * 1024 * 1024;
    const seen = residentBytes(wide);
    assert.ok(seen >= OUTSIDE_V8_BYTES && seen <= wide && seen >= rss(), `${seen}`);
    assert.deepEqual(asked, []);
    // A limit under the margin: the OS answers, the peak first and, past the limit, the present.
    assert.ok(residentBytes(OUTSIDE_V8_BYTES) > 0);
    assert.equal(asked[0], "peak");
    assert.ok(residentBytes(1024) > 1024);
    assert.deepEqual(asked.slice(-2), ["peak", "present"]);
  } finally {
    process.resourceUsage = usage;
    process.memoryUsage.rss = rss;
  }
});

test("budget: the rules stop between files and before whole-program checks, keeping what they reported", () => {
  const files = ["a.js", "b.js", "c.js"].map((p) => ({ path: p, bytes: Buffer.from("eval(x);\n") }));
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, ...files], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  let checked = false;
  const rule: Rule = {
    meta: { id: "eval-seen", title: "eval-seen", defaultSeverity: "low", threat: "supply-chain", summary: "", description: "", help: "", precision: "high" },
    visitors: (ctx) => ({ CallExpression: (node, module) => ctx.report({ message: "eval", location: { file: module.path, line: node.loc.start.line, column: node.loc.start.column + 1 }, fingerprintKey: module.path }) }),
    check: () => {
      checked = true;
    },
  };
  // The clock passes the deadline after the second file's look.
  const run = runRules([rule], source, program, extractServer(program), emptyTaintResult(), new Budget({ timeBudgetMs: 2, maxMemoryBytes: 0 }, 0, tickingClock()));
  assert.deepEqual(run.findings.map((f) => f.location.file), ["a.js", "b.js"]);
  assert.equal(checked, false);
  assert.deepEqual(
    run.diagnostics.map((d) => [d.file ?? "", d.message]),
    [["c.js", "stopped at the CPU time budget of 0.002 s: the rules did not look at this file; whole-program checks not run: eval-seen"]],
  );
});

test("budget: a budget spent before any file was analyzed is an error (exit 2), not an empty report", async () => {
  // The clock says reading and parsing took a second.
  let looks = 0;
  const clock = () => (looks++ === 0 ? 0 : 1000);
  await assert.rejects(scan(dir, { offline: true, timeBudgetMs: 1, clock }), (err: Error) => err instanceof NothingAnalyzedError && /nothing could be analyzed within the CPU time budget of 0\.001 s/.test(err.message));
});

/** Runs `body` with the wall clock and the process's CPU clock replaced by the given ones (in ms). */
function withClocks<T>(wall: () => number, cpuMs: () => number, body: () => T): T {
  const now = performance.now;
  const cpuUsage = process.cpuUsage;
  performance.now = wall;
  process.cpuUsage = () => ({ user: cpuMs() * 1000, system: 0 });
  try {
    return body();
  } finally {
    performance.now = now;
    process.cpuUsage = cpuUsage;
  }
}

test("budget: the default clock is the process's CPU time: a wall clock racing ahead (a busy machine) does not spend it, CPU time does", () => {
  let wall = 0;
  let cpu = 0;
  const decisions = withClocks(
    () => wall,
    () => cpu,
    () => {
      const budget = new Budget({ timeBudgetMs: 1000, maxMemoryBytes: 0 });
      const engine = budget.forStage();
      const seen: (string | undefined)[] = [];
      // A minute of wall time passes while the scan gets 0.4 s of the processor: nothing is spent.
      wall += 60_000;
      cpu += 400;
      seen.push(budget.spent(), String(engine.pastDeadline()));
      // The engine's share is half of what was left when it started: 0.5 s of CPU.
      wall += 60_000;
      cpu += 200;
      seen.push(budget.spent(), String(engine.pastDeadline()));
      // The CPU clock is read again once 10 ms of wall time have passed (throttledClock).
      wall += 10;
      cpu += 500;
      seen.push(budget.spent());
      return seen;
    },
  );
  assert.deepEqual(decisions, [undefined, "false", undefined, "true", "time"]);
});

test("budget: CPU time is read at most once per 10 ms of the wall clock, the last reading given in between", () => {
  let wall = 0;
  let reads = 0;
  const clock = throttledClock(() => ++reads * 10, () => wall);
  assert.deepEqual([clock(), clock(), clock()], [10, 10, 10]);
  wall = 9.9;
  assert.equal(clock(), 10);
  wall = 10;
  assert.equal(clock(), 20);
  assert.equal(reads, 2);
  assert.ok(processCpuMs() > 0);
});

test("budget: a stop that leaves several files unfinished is one row naming each, most unfinished first", () => {
  const file = (p: string, n: number) => ({ path: p, bytes: Buffer.from(Array.from({ length: n }, (_, i) => `function f${i}(x) { return g(x); }\nf${i}(process.env.KEY);\n`).join("") + "function g(y) { return fetch(y); }\n") });
  const source = packageFromFiles("t", "directory", "/t", [{ path: "package.json", bytes: Buffer.from('{"name":"t"}') }, file("a.js", 2), file("b.js", 5)], [], { seen: 0, skipped: 0 });
  const program = link(parse(source).modules, source.facts);
  // Past the deadline at the first look (the engine's looks are counted, so a clock that ticks per look would stop it later): nothing is followed to its end.
  const cut = analyzeTaint(program, { models: ALL_MODELS }, { budget: new Budget({ timeBudgetMs: 1, maxMemoryBytes: 0 }, 0, () => 2) });
  assert.deepEqual(cut.incomplete, [
    {
      file: "*",
      reason: "stopped at the CPU time budget of 0.001 s in 2 files: b.js (6 of 6 functions not followed to their end, nor its top-level code), a.js (3 of 3 functions not followed to their end, nor its top-level code); flows through them may be missing",
    },
  ]);
});
