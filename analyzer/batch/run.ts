// `batch` as a library function: each target scanned by the job in its own
// child process (a heap limit, a time limit, and a crash costs one package),
// N at a time; the index is appended as each one ends, so a batch killed
// halfway keeps what it finished and a rerun skips it.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isExactVersion, parseRegistrySpec } from "../acquire/npm.js";
import type { ChildRequest } from "./child.js";
import { earlierReports, reportsFor } from "./since.js";
import { appendIndex, compactIndex, readIndex, scannerId } from "./store.js";
import { summarize, type BatchSummary } from "./summary.js";
import { INDEX_SCHEMA_VERSION, type BatchTarget, type IndexEntry, type JobOptions } from "./types.js";

export interface BatchOptions extends Omit<JobOptions, "scanner" | "earlier"> {
  /** The store: index.jsonl, reports/, diffs/, summary.md. */
  out: string;
  /** An earlier batch's store (or `out` itself): each package is diffed against the latest earlier version its index holds when the batch starts. */
  since?: string;
  /** Scans at a time (default: the machine's cores). */
  concurrency?: number;
  /** Per scan, in milliseconds (default 120 000). */
  timeoutMs?: number;
  /** Per scan, the JavaScript heap limit in MB (default 2048). */
  maxMemoryMb?: number;
  /** Told when a target starts, ends, or is skipped as already done. */
  onProgress?: (event: ProgressEvent) => void;
  /** The child program (tests substitute one that misbehaves on purpose). */
  childScript?: string;
  /** Reads a store's index, once per store and batch (tests count the reads). */
  readIndex?: (dir: string) => IndexEntry[];
  /** Stops the batch: no new scans start, running ones are killed and leave no line (a rerun does them). */
  signal?: AbortSignal;
}

export interface ProgressEvent {
  kind: "start" | "done" | "skipped";
  target: BatchTarget;
  /** Targets finished or skipped so far, of `total`. */
  finished: number;
  total: number;
  running: number;
  entry?: IndexEntry;
}

export interface BatchResult {
  out: string;
  /** One entry per target, in the order given: this run's, or the earlier run's it skipped to (none for targets an abort left undone). */
  entries: IndexEntry[];
  /** True when the signal stopped the batch before every target was done. */
  aborted: boolean;
  scanned: number;
  failed: number;
  skipped: number;
  summary: BatchSummary;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_MEMORY_MB = 2048;
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "child.js");

function sri(file: string): string {
  return `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
}

/** What an earlier entry must match to stand for this target: its integrity when known, else an exact name@version. */
function doneTest(target: BatchTarget): ((e: IndexEntry) => boolean) | undefined {
  if (target.integrity) return (e) => e.integrity === target.integrity;
  if (/\.(tgz|tar\.gz|tar)$/i.test(target.spec) && existsSync(target.spec) && statSync(target.spec).isFile()) {
    const integrity = sri(target.spec);
    return (e) => e.integrity === integrity;
  }
  if (existsSync(target.spec)) return undefined; // a folder can change under the same name and version
  try {
    const { name, selector } = parseRegistrySpec(target.spec);
    if (selector && isExactVersion(selector)) return (e) => e.name === name && e.version === selector;
  } catch {
    // not a registry spec: scanned every time
  }
  return undefined;
}

/** A failed entry names what the target says about itself. */
function failedEntry(target: BatchTarget, scanner: JobOptions["scanner"], error: string, wallMs: number): IndexEntry {
  let name: string | undefined;
  let version: string | undefined;
  if (!existsSync(target.spec)) {
    try {
      const parsed = parseRegistrySpec(target.spec);
      name = parsed.name;
      if (parsed.selector && isExactVersion(parsed.selector)) version = parsed.selector;
    } catch {
      // the spec itself is what failed
    }
  }
  return { schemaVersion: INDEX_SCHEMA_VERSION, spec: target.spec, ...(name ? { name } : {}), ...(version ? { version } : {}), ...(target.integrity ? { integrity: target.integrity } : {}), scanner, status: "failed", error, timeMs: { wall: Math.round(wallMs) } };
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/** Runs one target's job in a child process; whatever happens there comes back as an entry (undefined when the signal stopped it). */
export function runInChild(target: BatchTarget, jobOptions: JobOptions, out: string, limits: { timeoutMs: number; maxMemoryMb: number; childScript?: string; signal?: AbortSignal }): Promise<IndexEntry | undefined> {
  const request: ChildRequest = { target, options: jobOptions, out };
  const started = performance.now();
  return new Promise((resolve) => {
    // The request goes on stdin (with --since it lists earlier reports, more than one argument may hold); the
    // store stays on the command line, so a process listing shows which batch a scan belongs to.
    const child = spawn(process.execPath, [`--max-old-space-size=${limits.maxMemoryMb}`, limits.childScript ?? CHILD, out], { stdio: ["pipe", "pipe", "pipe"] });
    // A child that dies before reading its request (a crash, a kill) closes the pipe: its exit says why.
    child.stdin.on("error", () => undefined);
    child.stdin.end(JSON.stringify(request));
    const abort = () => child.kill("SIGKILL");
    limits.signal?.addEventListener("abort", abort, { once: true });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    // Keep the head (the reason) and stop growing: a crash can print a lot.
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.timeoutMs);
    const fail = (why: string) => resolve(failedEntry(target, jobOptions.scanner, why, performance.now() - started));
    child.on("error", (err) => {
      clearTimeout(timer);
      fail(`could not start the scan: ${err.message}`);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      limits.signal?.removeEventListener("abort", abort);
      if (limits.signal?.aborted) return resolve(undefined);
      const wall = performance.now() - started;
      if (timedOut) return fail(`timed out after ${limits.timeoutMs / 1000} s`);
      if (OUT_OF_MEMORY.test(stderr)) return fail(`out of memory (heap limit ${limits.maxMemoryMb} MB)`);
      if (signal) return fail(`the scan process was killed by ${signal}`);
      const reason = stderr.trim().split("\n")[0];
      if (code !== 0) return fail(reason || `the scan process exited with code ${code}`);
      const line = stdout.trim().split("\n").pop() ?? "";
      try {
        const entry = JSON.parse(line) as IndexEntry;
        entry.timeMs = { ...entry.timeMs, wall: Math.round(wall) };
        resolve(entry);
      } catch {
        fail(`the scan process printed no result${reason ? `: ${reason}` : ""}`);
      }
    });
  });
}

export async function batch(targets: readonly BatchTarget[], options: BatchOptions): Promise<BatchResult> {
  const out = path.resolve(options.out);
  mkdirSync(out, { recursive: true });
  const scanner = scannerId();
  const jobOptions: JobOptions = {
    scanner,
    ...(options.cacheDir !== undefined ? { cacheDir: path.resolve(options.cacheDir) } : {}),
    ...(options.registry !== undefined ? { registry: options.registry } : {}),
    ...(options.offline !== undefined ? { offline: options.offline } : {}),
    ...(options.includeTests ? { includeTests: true } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
  const limits = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB, childScript: options.childScript, signal: options.signal };
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  const read = options.readIndex ?? readIndex;
  const stored = read(out);
  const earlier = stored.filter((e) => e.status === "scanned" && e.scanner.build === scanner.build && e.report && existsSync(path.join(out, e.report)));
  const since = options.since !== undefined ? path.resolve(options.since) : undefined;
  // Read here, once, not by every job: what the store holds when the batch starts.
  const sinceReports = since === undefined ? undefined : earlierReports(since === out ? stored : read(since), since);
  const optionsFor = (target: BatchTarget): JobOptions => (sinceReports ? { ...jobOptions, earlier: reportsFor(target, sinceReports) } : jobOptions);

  const entries: (IndexEntry | undefined)[] = targets.map(() => undefined);
  const todo: number[] = [];
  let finished = 0;
  let running = 0;
  let skipped = 0;
  const total = targets.length;
  targets.forEach((target, i) => {
    const test = doneTest(target);
    const found = test && earlier.filter(test).pop();
    if (!found) return todo.push(i);
    entries[i] = found;
    skipped++;
    finished++;
    options.onProgress?.({ kind: "skipped", target, finished, total, running, entry: found });
  });

  let next = 0;
  const worker = async () => {
    while (next < todo.length && !options.signal?.aborted) {
      const i = todo[next++];
      running++;
      options.onProgress?.({ kind: "start", target: targets[i], finished, total, running });
      const entry = await runInChild(targets[i], optionsFor(targets[i]), out, limits);
      if (!entry) {
        running--;
        break;
      }
      appendIndex(out, entry);
      entries[i] = entry;
      running--;
      finished++;
      options.onProgress?.({ kind: "done", target: targets[i], finished, total, running, entry });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  compactIndex(out);
  const all = entries.filter((e): e is IndexEntry => e !== undefined);
  const failed = all.filter((e) => e.status === "failed").length;
  return { out, entries: all, aborted: all.length < total, scanned: all.length - skipped - failed, failed, skipped, summary: summarize(all) };
}
