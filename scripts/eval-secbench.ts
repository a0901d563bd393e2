// npm run eval:secbench — scores library mode (`scan --sources exported`) on
// the SecBench.js subset in eval/benchmarks/secbench-dev.json.
//
// Each entry's package version is fetched once into .cache/secbench with the
// ordinary npm client (`npm pack`, no scripts run) and unpacked; versions the
// registry does not have are counted as unavailable, not as misses. A hit is a
// finding of the class's rule whose sink is in the true sink's file within 2
// lines of it. Usage: eval-secbench [--json] [--verbose] [--only <pkg>] [--offline] [--benchmark <file>]
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import * as tar from "tar";
import { scan } from "../analyzer/scan.js";
import type { Finding } from "../analyzer/types.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The benchmark data lives in the repository (eval/benchmarks/README.md says what it is). */
const BENCHMARK_CANDIDATES = [path.join(ROOT, "eval", "benchmarks", "secbench-dev.json")];
const CACHE = path.join(ROOT, ".cache", "secbench");
const RULES = ["command-injection", "path-traversal", "code-injection", "ssrf", "sql-injection"];
const LINE_SLACK = 2;

interface Entry {
  class: string;
  package: string;
  version: string;
  id: string;
  sink: { file: string; line: number; column: number };
}

interface Outcome {
  entry: Entry;
  status: "hit" | "miss" | "unavailable" | "error";
  /** Findings of the class's rule in the package (for reading misses). */
  nearest?: string;
  detail?: string;
}

interface PackageScan {
  findings: Finding[];
  ms: number;
  error?: string;
}

function folderName(entry: Entry): string {
  return `${entry.package}@${entry.version}`.replace(/[^\w.@-]/g, "_");
}

/** Fetches and unpacks one version; undefined when the registry does not have it. */
async function fetchPackage(entry: Entry, offline: boolean): Promise<string | undefined> {
  const dir = path.join(CACHE, folderName(entry));
  if (existsSync(path.join(dir, ".complete"))) return dir;
  if (existsSync(path.join(dir, ".unavailable"))) return undefined;
  if (offline) return undefined;
  const tmp = `${dir}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const { stdout } = await run("npm", ["pack", `${entry.package}@${entry.version}`, "--json", "--ignore-scripts", "--pack-destination", tmp], { cwd: tmp, maxBuffer: 64 * 1024 * 1024 });
    const packed = JSON.parse(stdout) as { filename: string }[];
    const tarball = path.join(tmp, packed[0].filename);
    const out = path.join(tmp, "package");
    await mkdir(out, { recursive: true });
    // node-tar drops absolute and `..` entry paths; strip the top folder (usually `package/`).
    await tar.x({ file: tarball, cwd: out, strip: 1 });
    await rm(dir, { recursive: true, force: true });
    await rename(out, dir);
    await rm(tmp, { recursive: true, force: true });
    await writeFile(path.join(dir, ".complete"), "");
    return dir;
  } catch (err) {
    const message = (err as { stderr?: string }).stderr ?? String(err);
    await rm(tmp, { recursive: true, force: true });
    if (/E404|ETARGET|No matching version|not in this registry/i.test(message)) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, ".unavailable"), message.slice(0, 2000));
      return undefined;
    }
    throw new Error(`fetching ${entry.package}@${entry.version}: ${message.split("\n").slice(0, 3).join(" ")}`);
  }
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

function isHit(entry: Entry, f: Finding): boolean {
  return f.ruleId === entry.class && f.location.file === entry.sink.file && Math.abs(f.location.line - entry.sink.line) <= LINE_SLACK;
}

function pct(n: number, d: number): string {
  return d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      json: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      offline: { type: "boolean", default: false },
      only: { type: "string" },
      benchmark: { type: "string" },
    },
  });
  const benchmark = values.benchmark ?? BENCHMARK_CANDIDATES.find((p) => existsSync(p));
  if (!benchmark) throw new Error(`secbench-dev.json not found (looked at ${BENCHMARK_CANDIDATES.join(", ")}); pass --benchmark <file>`);
  let entries = JSON.parse(readFileSync(benchmark, "utf8")) as Entry[];
  if (values.only) entries = entries.filter((e) => e.package === values.only);
  await mkdir(CACHE, { recursive: true });

  const dirs = new Map<string, string | undefined | Error>();
  const unique = [...new Map(entries.map((e) => [folderName(e), e])).values()];
  await mapLimit(unique, 8, async (e) => {
    try {
      dirs.set(folderName(e), await fetchPackage(e, values.offline));
    } catch (err) {
      dirs.set(folderName(e), err as Error);
    }
  });

  const scans = new Map<string, PackageScan>();
  for (const e of unique) {
    const dir = dirs.get(folderName(e));
    if (typeof dir !== "string") continue;
    const t0 = performance.now();
    try {
      const result = await scan(dir, { sources: "exported", rules: RULES });
      scans.set(folderName(e), { findings: result.findings, ms: performance.now() - t0 });
    } catch (err) {
      scans.set(folderName(e), { findings: [], ms: performance.now() - t0, error: (err as Error).message });
    }
  }

  const outcomes: Outcome[] = entries.map((entry) => {
    const dir = dirs.get(folderName(entry));
    if (dir instanceof Error) return { entry, status: "error", detail: dir.message };
    if (dir === undefined) return { entry, status: "unavailable" };
    const s = scans.get(folderName(entry))!;
    if (s.error) return { entry, status: "error", detail: s.error };
    const same = s.findings.filter((f) => f.ruleId === entry.class);
    const nearest = same.map((f) => `${f.location.file}:${f.location.line}`).slice(0, 5).join(", ");
    return { entry, status: s.findings.some((f) => isHit(entry, f)) ? "hit" : "miss", ...(nearest ? { nearest } : {}) };
  });

  const classes = [...new Set(entries.map((e) => e.class))].sort();
  const rows = [...classes, "all"].map((cls) => {
    const of = outcomes.filter((o) => cls === "all" || o.entry.class === cls);
    const count = (s: Outcome["status"]) => of.filter((o) => o.status === s).length;
    const available = count("hit") + count("miss") + count("error");
    return { class: cls, entries: of.length, unavailable: count("unavailable"), errors: count("error"), hits: count("hit"), recall: available === 0 ? 0 : count("hit") / available };
  });
  const scanned = [...scans.values()];
  const findingsPerPackage = scanned.length === 0 ? 0 : scanned.reduce((n, s) => n + s.findings.length, 0) / scanned.length;
  const scanMs = scanned.reduce((n, s) => n + s.ms, 0);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ classes: rows, packagesScanned: scanned.length, findingsPerPackage, scanMs: Math.round(scanMs), outcomes }, null, 2)}\n`);
    return;
  }
  if (values.verbose) {
    for (const o of outcomes) {
      const e = o.entry;
      process.stdout.write(`${o.status.padEnd(11)} ${e.class.padEnd(17)} ${`${e.package}@${e.version}`.padEnd(36)} ${e.sink.file}:${e.sink.line}${o.nearest ? `  found: ${o.nearest}` : ""}${o.detail ? `  ${o.detail}` : ""}\n`);
    }
    process.stdout.write("\n");
  }
  process.stdout.write(`${"class".padEnd(18)}${"entries".padStart(8)}${"unavail".padStart(9)}${"errors".padStart(8)}${"hits".padStart(6)}${"recall".padStart(9)}\n`);
  for (const r of rows) {
    const available = r.entries - r.unavailable;
    process.stdout.write(`${r.class.padEnd(18)}${String(r.entries).padStart(8)}${String(r.unavailable).padStart(9)}${String(r.errors).padStart(8)}${String(r.hits).padStart(6)}${pct(r.hits, available).padStart(9)}\n`);
  }
  process.stdout.write(`\n${scanned.length} packages scanned in ${(scanMs / 1000).toFixed(1)} s; ${findingsPerPackage.toFixed(2)} findings per package (rules: ${RULES.join(", ")})\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval-secbench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 2;
});

