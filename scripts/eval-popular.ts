// `npm run eval:popular`: the popular MCP servers of eval/popular-servers.json
// (or another list with --list), scanned by `batch` into a resumable store, then
// judged against the hand labels of eval/labels/: per rule and overall, the
// findings, how many are labelled, precision at high+ and medium+ on each half
// of the servers (eval/README.md), plus tools found, packages without server
// code, scan times and how often the engine hit a bound. Development check,
// never part of `npm test`.
//
//   npm run eval:popular [-- --offline] [--list FILE] [--out DIR] [--labels DIR]
//        [--concurrency N] [--timeout SECONDS] [--only name[,name]] [--json]
//
// Packages come into the gitignored .cache/registry through the scanner's own
// fetching, checked against the list's pinned integrity. The store defaults to
// .cache/popular-batch/<scanner build>: a rerun of the same code skips what is
// done, a code change scans again.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { batch, type BatchResult } from "../analyzer/batch/run.js";
import { scannerId } from "../analyzer/batch/store.js";
import { label, renderSummaryText } from "../analyzer/batch/summary.js";
import { readTargetList } from "../analyzer/batch/targets.js";
import type { IndexEntry } from "../analyzer/batch/types.js";
import { progressReporter } from "../analyzer/batch/command.js";
import type { ScanResult } from "../analyzer/types.js";
import { formatPrecision, halfOf, HALVES, precisionTable, quantile, readLabels, type EvalPackage, type Half } from "./eval-popular-labels.js";
import { CACHE_DIR, REPO_ROOT } from "./real-package-cache.js";

export interface PopularServer {
  name: string;
  version: string;
  integrity: string;
  downloadsAMonth: number;
}

export interface PopularManifest {
  asOf: string;
  howChosen: string;
  servers: PopularServer[];
  excluded: { name: string; why: string; downloadsAMonth: number }[];
}

export function readPopularManifest(file = path.join(REPO_ROOT, "eval", "popular-servers.json")): PopularManifest {
  return JSON.parse(readFileSync(file, "utf8")) as PopularManifest;
}

/** What the evaluation adds to the batch: per package, its half and whether it has server code. */
export interface PopularOverview {
  packages: number;
  scanned: number;
  failed: { spec: string; error: string }[];
  tools: Record<Half, number>;
  /** Scanned packages where no tool, prompt or resource was found. */
  withoutServerCode: string[];
  scanMs: { p50?: number; p95?: number; max?: number };
  slowest: { package: string; scanMs: number }[];
  /** Packages with an `analysis-incomplete` diagnostic, and the files named. */
  boundHits: { package: string; files: number }[];
}

export function overviewOf(entries: readonly IndexEntry[]): PopularOverview {
  const scanned = entries.filter((e) => e.status === "scanned");
  const times = scanned.map((e) => e.timeMs.scan ?? e.timeMs.wall);
  const tools: Record<Half, number> = { dev: 0, holdout: 0 };
  for (const e of scanned) tools[halfOf(e.name ?? e.spec)] += e.tools?.length ?? 0;
  return {
    packages: entries.length,
    scanned: scanned.length,
    failed: entries.filter((e) => e.status === "failed").map((e) => ({ spec: e.spec, error: e.error ?? "unknown" })),
    tools,
    withoutServerCode: scanned.filter((e) => (e.tools?.length ?? 0) + (e.prompts ?? 0) + (e.resources ?? 0) === 0).map(label),
    scanMs: { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: quantile(times, 1) },
    slowest: [...scanned].sort((a, b) => (b.timeMs.scan ?? b.timeMs.wall) - (a.timeMs.scan ?? a.timeMs.wall)).slice(0, 10).map((e) => ({ package: label(e), scanMs: e.timeMs.scan ?? e.timeMs.wall })),
    boundHits: scanned.filter((e) => (e.incomplete?.length ?? 0) > 0).map((e) => ({ package: label(e), files: e.incomplete!.length })),
  };
}

/** The findings of each scanned package, from its stored report, with its labels. */
export function evalPackages(result: Pick<BatchResult, "out" | "entries">, labelsDir: string): EvalPackage[] {
  return result.entries
    .filter((e) => e.status === "scanned" && e.report && e.name)
    .map((e) => {
      const report = JSON.parse(readFileSync(path.join(result.out, e.report!), "utf8")) as ScanResult;
      const findings = report.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.line, message: f.message }));
      const labels = readLabels(labelsDir, e.name!);
      return { name: e.name!, findings, ...(labels ? { labels } : {}) };
    });
}

const seconds = (ms: number | undefined) => (ms === undefined ? "-" : `${(ms / 1000).toFixed(2)} s`);

export function formatOverview(o: PopularOverview, halves: Record<Half, number>): string {
  const out = [
    `${o.packages} packages (dev half ${halves.dev}, holdout half ${halves.holdout}): ${o.scanned} scanned, ${o.failed.length} failed`,
    `tools found: dev ${o.tools.dev}, holdout ${o.tools.holdout}`,
    `packages without server code (no tool, prompt or resource found): ${o.withoutServerCode.length}${o.withoutServerCode.length ? ` (${o.withoutServerCode.join(", ")})` : ""}`,
    `scan time (parse + analysis): p50 ${seconds(o.scanMs.p50)}, p95 ${seconds(o.scanMs.p95)}, max ${seconds(o.scanMs.max)}`,
    `engine bound hit (analysis-incomplete): ${o.boundHits.length} of ${o.scanned} packages (${o.scanned ? ((100 * o.boundHits.length) / o.scanned).toFixed(1) : "0"}%)${o.boundHits.length ? `: ${o.boundHits.map((b) => `${b.package} (${b.files} files)`).join(", ")}` : ""}`,
    "",
    "slowest ten:",
    ...o.slowest.map((s) => `  ${seconds(s.scanMs).padStart(9)}  ${s.package}`),
  ];
  if (o.failed.length) out.push("", "failed:", ...o.failed.map((f) => `  ${f.spec}: ${f.error}`));
  return `${out.join("\n")}\n`;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const USAGE = "usage: npm run eval:popular -- [--offline] [--list FILE] [--out DIR] [--labels DIR] [--concurrency N] [--timeout SECONDS] [--only name[,name]] [--json]\n";
const VALUED = new Set(["--list", "--out", "--labels", "--concurrency", "--timeout", "--only"]);
const SWITCHES = new Set(["--offline", "--json"]);

/** The first argument this script does not take, so a typo or `--help` never starts a run over the whole list. */
export function unknownArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (VALUED.has(args[i]) && i + 1 < args.length) i++;
    else if (!SWITCHES.has(args[i])) return args[i];
  }
  return undefined;
}

/** Whether a list entry is one of the `--only` names: the exact package name, not a part of one. */
export function isNamed(spec: string, names: readonly string[]): boolean {
  const at = spec.lastIndexOf("@");
  const name = at > 0 ? spec.slice(0, at) : spec;
  return names.includes(name) || names.includes(spec);
}

async function main(args: string[]): Promise<void> {
  const unknown = unknownArgument(args);
  if (unknown !== undefined) {
    // A known flag comes back only when it ends the line without its value (`--only` with the names left off).
    const problem = VALUED.has(unknown) ? `${unknown} needs a value` : `unknown argument ${JSON.stringify(unknown)}`;
    process.stderr.write(unknown === "--help" || unknown === "-h" ? USAGE : `eval:popular: ${problem}\n${USAGE}`);
    process.exit(unknown === "--help" || unknown === "-h" ? 0 : 2);
  }
  const listFile = flag(args, "--list") ?? path.join(REPO_ROOT, "eval", "popular-servers.json");
  const labelsDir = flag(args, "--labels") ?? path.join(REPO_ROOT, "eval", "labels");
  const out = flag(args, "--out") ?? path.join(CACHE_DIR, "popular-batch", scannerId().build);
  const only = flag(args, "--only")?.split(",");
  const all = readTargetList(listFile);
  const targets = only ? all.filter((t) => isNamed(t.spec, only)) : all;
  const result = await batch(targets, {
    out,
    cacheDir: path.join(CACHE_DIR, "registry"),
    offline: args.includes("--offline"),
    concurrency: Number(flag(args, "--concurrency") ?? os.availableParallelism()),
    timeoutMs: Number(flag(args, "--timeout") ?? 180) * 1000,
    onProgress: progressReporter(process.stderr),
  });
  const packages = evalPackages(result, labelsDir);
  const table = precisionTable(packages);
  const overview = overviewOf(result.entries);
  const halves: Record<Half, number> = { dev: 0, holdout: 0 };
  for (const e of result.entries) halves[halfOf(e.name ?? e.spec)]++;
  const report = {
    list: path.relative(REPO_ROOT, listFile),
    out,
    scanner: scannerId(),
    halves,
    overview,
    precision: Object.fromEntries([...table.byRule].map(([rule, row]) => [rule, row])),
    stale: table.stale,
    labelledPackages: table.labelledPackages,
  };
  writeFileSync(path.join(out, "eval.json"), `${JSON.stringify(report, null, 2)}\n`);
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${renderSummaryText(result.summary)}\n${formatOverview(overview, halves)}\n${formatPrecision(table)}`);
  process.stdout.write(`\nhalves: ${HALVES.join(", ")} by sha256(name)[0] % 2; store ${out}\n`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main(process.argv.slice(2));
