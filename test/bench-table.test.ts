// The benchmark's arithmetic and table: medians, totals, ratios, layout.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type BenchRow, benchTable, benchTotals, formatBytes, formatTable, median } from "../scripts/bench-table.js";

test("median: middle value, mean of the two middle values, NaN for nothing", () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 10]), 3.5);
  assert.ok(Number.isNaN(median([])));
});

test("formatBytes: B, KB, MB", () => {
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(56_115), "54.8 KB");
  assert.equal(formatBytes(5_043_442), "4.81 MB");
});

test("formatTable: columns padded to the widest cell, a rule under the header and before the totals", () => {
  const text = formatTable(["name", "n"], [["a", "1"], ["bbb", "22"], ["all", "23"]], ["left", "right"], 2);
  assert.equal(text, ["name   n", "----  --", "a      1", "bbb   22", "----  --", "all   23"].join("\n"));
});

const rows: BenchRow[] = [
  { target: "corpus", files: 6, bytes: 3_000, parseMs: 15.6, analysisMs: 2.4, engineMs: 1.2, totalMs: 30, parseOnlyMs: 15, peakRssBytes: 100 * 1024 * 1024 },
  { target: "bundle", files: 1, bytes: 5_000_000, parseMs: 800, analysisMs: 400, engineMs: 250, totalMs: 1_250, parseOnlyMs: 500, peakRssBytes: 400 * 1024 * 1024 },
];

test("benchTotals: sums times and sizes, keeps the largest peak RSS, ratio of the sums", () => {
  const totals = benchTotals(rows);
  assert.equal(totals.files, 7);
  assert.equal(totals.bytes, 5_003_000);
  assert.equal(totals.totalMs, 1_280);
  assert.equal(totals.engineMs, 251.2);
  assert.equal(totals.parseOnlyMs, 515);
  assert.equal(totals.peakRssBytes, 400 * 1024 * 1024);
  assert.equal(totals.ratio, 1_280 / 515);
});

test("benchTable: one row per target and a totals row", () => {
  assert.equal(
    benchTable(rows),
    [
      "target  files    bytes  parse ms  analysis ms  engine ms  total ms   peak RSS  parse-only ms  total/parse-only",
      "------  -----  -------  --------  -----------  ---------  --------  ---------  -------------  ----------------",
      "corpus      6   2.9 KB      15.6          2.4        1.2      30.0  100.00 MB           15.0             2.00x",
      "bundle      1  4.77 MB       800          400        250      1250  400.00 MB            500             2.50x",
      "------  -----  -------  --------  -----------  ---------  --------  ---------  -------------  ----------------",
      "total       7  4.77 MB       816          402        251      1280  400.00 MB            515             2.49x",
    ].join("\n"),
  );
});
