// Numbers to text for `npm run bench` and `npm run eval:real`: medians, the
// totals row, and a plain aligned table that reads the same in a terminal
// and pasted into a note.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export type Align = "left" | "right";

/** Columns padded to their widest cell; a rule under the header; rows after `ruleBefore` set off by a second rule. */
export function formatTable(header: string[], rows: string[][], align: Align[], ruleBefore?: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (align[i] === "right" ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(header), rule];
  rows.forEach((r, i) => {
    if (ruleBefore !== undefined && i === ruleBefore) out.push(rule);
    out.push(line(r));
  });
  return out.join("\n");
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** One row of the benchmark: what bench-child measured for a target. */
export interface BenchRow {
  target: string;
  files: number;
  bytes: number;
  parseMs: number;
  analysisMs: number;
  /** Of analysisMs, the data-flow engine alone (issue #3 asks for it). */
  engineMs: number;
  totalMs: number;
  parseOnlyMs: number;
  peakRssBytes: number;
}

export interface BenchTotals extends BenchRow {
  /** Total scan time over parse-only time. */
  ratio: number;
}

/** Sums of every column, except peak RSS (the largest: each target ran in its own process). */
export function benchTotals(rows: readonly BenchRow[]): BenchTotals {
  const sum = (pick: (r: BenchRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const totals: BenchRow = {
    target: "total",
    files: sum((r) => r.files),
    bytes: sum((r) => r.bytes),
    parseMs: sum((r) => r.parseMs),
    analysisMs: sum((r) => r.analysisMs),
    engineMs: sum((r) => r.engineMs),
    totalMs: sum((r) => r.totalMs),
    parseOnlyMs: sum((r) => r.parseOnlyMs),
    peakRssBytes: Math.max(0, ...rows.map((r) => r.peakRssBytes)),
  };
  return { ...totals, ratio: ratio(totals) };
}

export function ratio(row: BenchRow): number {
  return row.parseOnlyMs > 0 ? row.totalMs / row.parseOnlyMs : Number.NaN;
}

export function benchTable(rows: readonly BenchRow[]): string {
  const header = ["target", "files", "bytes", "parse ms", "analysis ms", "engine ms", "total ms", "peak RSS", "parse-only ms", "total/parse-only"];
  const cells = (r: BenchRow) => [
    r.target,
    String(r.files),
    formatBytes(r.bytes),
    formatMs(r.parseMs),
    formatMs(r.analysisMs),
    formatMs(r.engineMs),
    formatMs(r.totalMs),
    formatBytes(r.peakRssBytes),
    formatMs(r.parseOnlyMs),
    `${ratio(r).toFixed(2)}x`,
  ];
  const body = rows.map(cells);
  body.push(cells(benchTotals(rows)));
  return formatTable(header, body, ["left", "right", "right", "right", "right", "right", "right", "right", "right", "right"], rows.length);
}
