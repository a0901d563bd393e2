// The command-line side of `mcp-warden batch`: arguments in, progress on
// stderr, the summary on stdout (and summary.txt / summary.md in the store).
// Exit codes: 0 every target scanned, 1 some failed, 2 a usage error, 130 interrupted.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { batch, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, type ProgressEvent } from "./run.js";
import { label, renderSummaryMarkdown, renderSummaryText } from "./summary.js";
import { readTargets, TargetListError } from "./targets.js";

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new TargetListError(`${flag} must be a positive number, not "${value}"`);
  return n;
}

function describe(e: ProgressEvent): string {
  const entry = e.entry!;
  const what = e.kind === "skipped" ? "already in the index" : entry.status === "failed" ? `failed: ${entry.error}` : `${entry.verdict}, ${((entry.timeMs.scan ?? entry.timeMs.wall) / 1000).toFixed(1)} s`;
  return `${e.finished}/${e.total} ${label(entry)}: ${what}`;
}

/** Plain lines when stderr is a pipe or a file; one redrawn bar on a terminal. */
export function progressReporter(stream: NodeJS.WriteStream): (e: ProgressEvent) => void {
  if (!stream.isTTY) {
    return (e) => {
      if (e.kind !== "start") stream.write(`${describe(e)}\n`);
    };
  }
  let last = "";
  return (e) => {
    if (e.kind !== "start") last = describe(e);
    const width = 24;
    const filled = Math.round((e.finished / Math.max(1, e.total)) * width);
    const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${e.finished}/${e.total} (${e.running} running) ${last}`;
    const columns = stream.columns ?? 100;
    stream.write(`\r\x1b[K${line.length > columns - 1 ? line.slice(0, columns - 2) + "…" : line}`);
    if (e.finished === e.total && e.running === 0) stream.write("\n");
  };
}

export async function runBatchCommand(argv: string[]): Promise<number> {
  let targets;
  let options;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        "max-memory": { type: "string" },
        since: { type: "string" },
        "cache-dir": { type: "string" },
        registry: { type: "string" },
        offline: { type: "boolean", default: false },
        "include-tests": { type: "boolean", default: false },
        rules: { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
      },
    });
    if (!values.out) throw new TargetListError("batch needs --out <dir>: the folder for the index and the reports");
    if (positionals.length === 0) throw new TargetListError("batch needs targets: a list file, npm specs, .tgz files or folders");
    if (values.registry !== undefined && !/^https?:\/\/[^/]/.test(values.registry)) throw new TargetListError(`--registry must be an http(s) URL, not "${values.registry}"`);
    const concurrency = positiveNumber(values.concurrency, "--concurrency", 0);
    if (values.concurrency !== undefined && !Number.isInteger(concurrency)) throw new TargetListError("--concurrency must be a whole number");
    targets = readTargets(positionals);
    options = {
      out: values.out,
      ...(values.concurrency !== undefined ? { concurrency } : {}),
      timeoutMs: positiveNumber(values.timeout, "--timeout", DEFAULT_TIMEOUT_MS / 1000) * 1000,
      maxMemoryMb: Math.round(positiveNumber(values["max-memory"], "--max-memory", DEFAULT_MAX_MEMORY_MB)),
      ...(values.since !== undefined ? { since: values.since } : {}),
      ...(values["cache-dir"] !== undefined ? { cacheDir: values["cache-dir"] } : {}),
      ...(values.registry !== undefined ? { registry: values.registry } : {}),
      ...(values.offline ? { offline: true } : {}),
      includeTests: values["include-tests"],
      ...(values.rules ? { rules: values.rules.split(",").map((s) => s.trim()).filter(Boolean) } : {}),
      ...(values.quiet ? {} : { onProgress: progressReporter(process.stderr) }),
    };
  } catch (err) {
    process.stderr.write(`mcp-warden: ${(err as Error).message}\n`);
    return 2;
  }
  // Ctrl-C or a kill: stop the scans this batch started (they would otherwise run on without their time limit).
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const result = await batch(targets, { ...options, signal: controller.signal }).finally(() => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  });
  if (result.aborted) {
    process.stderr.write(`\nmcp-warden: batch interrupted after ${result.entries.length} of ${targets.length}; run the same command again to go on\n`);
    return 130;
  }
  const text = renderSummaryText(result.summary);
  writeFileSync(path.join(result.out, "summary.txt"), text);
  writeFileSync(path.join(result.out, "summary.md"), renderSummaryMarkdown(result.summary));
  process.stdout.write(`${text}\n${result.scanned} scanned now, ${result.skipped} already done, ${result.failed} failed; index and reports in ${result.out}\n`);
  return result.failed > 0 ? 1 : 0;
}
