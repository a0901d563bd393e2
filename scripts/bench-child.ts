// One benchmark target, measured in a fresh process (started by bench.ts) so
// its peak RSS is its own. Prints one JSON line: TargetMeasurement.
//
// Order matters: the first scan happens before anything else has been loaded
// or parsed, and the peak RSS is read right after it; warm-up runs follow,
// then `runs` measured rounds, each an acorn parse-only pass over the same
// files and a full scan, back to back, so both see the same machine state.
import { parse as parseTs } from "@typescript-eslint/typescript-estree";
import * as acorn from "acorn";
import { pathToFileURL } from "node:url";
import { acquire } from "../analyzer/acquire/index.js";
import { scan } from "../analyzer/index.js";
import { languageOf } from "../analyzer/parse/index.js";
import type { ScanResult, SourceFile } from "../analyzer/types.js";
import { median } from "./bench-table.js";

export interface ChildRequest {
  target: string;
  /** Package folders scanned one after another; their times add up. */
  dirs: string[];
  warmup: number;
  runs: number;
}

export interface TargetMeasurement {
  target: string;
  packages: number;
  files: number;
  /** Of `files`, how many are TypeScript (parse-only uses typescript-estree for them, as the scanner does). */
  tsFiles: number;
  bytes: number;
  parseMs: number;
  analysisMs: number;
  engineMs: number;
  totalMs: number;
  /** CPU time (user + system) of the scans, median: steadier than wall time on a shared machine. */
  cpuMs: number;
  parseOnlyMs: number;
  peakRssBytes: number;
  findings: number;
  parseErrors: number;
  runs: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

interface ScanRound {
  parseMs: number;
  analysisMs: number;
  engineMs: number;
  totalMs: number;
  cpuMs: number;
  results: ScanResult[];
}

async function scanAll(dirs: string[]): Promise<ScanRound> {
  const round: ScanRound = { parseMs: 0, analysisMs: 0, engineMs: 0, totalMs: 0, cpuMs: 0, results: [] };
  for (const dir of dirs) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    // Offline: the advisory lookup is a registry round trip (0.5-1.5 s here, inside
    // analysisMs), which measures the network, not the analyzer.
    // No time or memory budget: the benchmark measures the whole analysis, so a slower engine shows as slower, not as cut short.
    const result = await scan(dir, { offline: true, timeBudgetMs: 0, maxMemoryBytes: 0 });
    round.totalMs += performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    round.cpuMs += (cpu.user + cpu.system) / 1000;
    round.parseMs += result.timings.parseMs;
    round.analysisMs += result.timings.analysisMs;
    round.engineMs += result.timings.engineMs ?? 0;
    round.results.push(result);
  }
  return round;
}

const ACORN_OPTIONS: acorn.Options = { ecmaVersion: "latest", locations: true, ranges: true, allowHashBang: true };

/** What the parser alone costs: decode and parse each code file once, with locations, nothing else. */
function parseOnly(files: { file: SourceFile; ts: boolean; jsx: boolean }[]): number {
  const t0 = performance.now();
  for (const { file, ts, jsx } of files) {
    const text = file.bytes.toString("utf8");
    try {
      if (ts) parseTs(text, { loc: true, range: true, jsx, comment: false, filePath: file.path });
      else {
        try {
          acorn.parse(text, { ...ACORN_OPTIONS, sourceType: "module" });
        } catch {
          acorn.parse(text, { ...ACORN_OPTIONS, sourceType: "script", allowReturnOutsideFunction: true });
        }
      }
    } catch {
      // A file the scanner cannot parse either: it costs what it costs.
    }
  }
  return performance.now() - t0;
}

const tenth = (ms: number) => Math.round(ms * 10) / 10;

export async function measure(request: ChildRequest): Promise<TargetMeasurement> {
  const first = await scanAll(request.dirs);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  const codeFiles: { file: SourceFile; ts: boolean; jsx: boolean }[] = [];
  for (const dir of request.dirs) {
    const source = await acquire(dir);
    for (const file of source.files) {
      const lang = languageOf(file);
      if (lang) codeFiles.push({ file, ts: lang.language === "ts", jsx: lang.jsx });
    }
  }

  for (let i = 0; i < request.warmup; i++) {
    parseOnly(codeFiles);
    await scanAll(request.dirs);
  }
  const parseOnlyMs: number[] = [];
  const rounds: ScanRound[] = [];
  for (let i = 0; i < request.runs; i++) {
    gc();
    parseOnlyMs.push(parseOnly(codeFiles));
    gc();
    rounds.push(await scanAll(request.dirs));
  }
  return {
    target: request.target,
    packages: request.dirs.length,
    files: codeFiles.length,
    tsFiles: codeFiles.filter((f) => f.ts).length,
    bytes: codeFiles.reduce((sum, f) => sum + f.file.bytes.length, 0),
    parseMs: tenth(median(rounds.map((r) => r.parseMs))),
    analysisMs: tenth(median(rounds.map((r) => r.analysisMs))),
    engineMs: tenth(median(rounds.map((r) => r.engineMs))),
    totalMs: tenth(median(rounds.map((r) => r.totalMs))),
    cpuMs: tenth(median(rounds.map((r) => r.cpuMs))),
    parseOnlyMs: tenth(median(parseOnlyMs)),
    peakRssBytes,
    findings: first.results.reduce((sum, r) => sum + r.findings.length, 0),
    parseErrors: first.results.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.code === "parse-error").length, 0),
    runs: request.runs,
  };
}

// Run as a program: `node --expose-gc dist/scripts/bench-child.js '<ChildRequest JSON>'`.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const request = JSON.parse(process.argv[2]) as ChildRequest;
  measure(request).then(
    (m) => process.stdout.write(`${JSON.stringify(m)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
