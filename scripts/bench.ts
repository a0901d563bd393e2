// `npm run bench`: how fast the scanner is on a fixed set of targets, and how
// that compares with parsing the same files with acorn alone.
//
//   node dist/scripts/bench.js [--runs N] [--warmup N] [--only name,...] [--json]
//
// Targets: every corpus case (one target, times added up), a ~5 MB synthetic
// minified bundle generated from the corpus into .cache/bench/, and real MCP
// packages fetched once into .cache/packages/. Each target is measured in its
// own child process (clean peak RSS), through the library API, median of N.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { ChildRequest, TargetMeasurement } from "./bench-child.js";
import { buildBundle, readCorpusInputs } from "./bench-bundle.js";
import { benchTable, benchTotals, formatMs, ratio } from "./bench-table.js";
import { CACHE_DIR, fetchPackage, REPO_ROOT, type PackageSpec } from "./real-package-cache.js";

const run = promisify(execFile);

/**
 * Real packages: one large bundled server (the 5 MB case of the engine's
 * issue) and typical servers under 500 KB of JavaScript.
 */
export const REAL_PACKAGES: PackageSpec[] = [
  { name: "@sentry/mcp-server", version: "0.39.0" },
  { name: "@modelcontextprotocol/server-filesystem", version: "2026.8.31" },
  { name: "@modelcontextprotocol/server-github", version: "2025.4.8" },
  { name: "@upstash/context7-mcp", version: "4.1.1" },
  { name: "tavily-mcp", version: "0.2.22" },
  { name: "mcp-server-kubernetes", version: "4.1.7" },
];

const BUNDLE_BYTES = 5_000_000;

interface Options {
  runs: number;
  warmup: number;
  json: boolean;
  only?: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 5, warmup: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--json") options.json = true;
    else if (arg === "--runs") options.runs = positiveInt(arg, value());
    else if (arg === "--warmup") options.warmup = positiveInt(arg, value(), true);
    else if (arg === "--only") options.only = value().split(",").map((s) => s.trim());
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write("usage: bench [--runs N] [--warmup N] [--only target,...] [--json]\n");
      process.exit(0);
    } else throw new Error(`unknown option ${arg}; see --help`);
  }
  return options;
}

function positiveInt(flag: string, v: string, zeroOk = false): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new Error(`${flag} takes a whole number${zeroOk ? "" : " above 0"}, not ${v}`);
  return n;
}

interface Target {
  name: string;
  dirs: string[];
  note: string;
}

function corpusTarget(): Target {
  const corpus = path.join(REPO_ROOT, "corpus");
  const dirs = readdirSync(corpus)
    .sort()
    .map((d) => path.join(corpus, d))
    .filter((d) => statSync(d).isDirectory())
    // Config cases are fake machines for the config rules (no package to scan): the corpus runner audits them, the bench does not.
    .filter((d) => existsSync(path.join(d, "package.json")));
  return { name: "corpus", dirs, note: `${dirs.length} corpus package cases` };
}

/** Writes the synthetic bundle as a package folder; rewritten only when the corpus changed it. */
async function bundleTarget(): Promise<Target> {
  const bundle = buildBundle(readCorpusInputs(path.join(REPO_ROOT, "corpus")), { targetBytes: BUNDLE_BYTES });
  const dir = path.join(CACHE_DIR, "bench", "synthetic-bundle");
  const file = path.join(dir, "dist", "index.js");
  const digest = createHash("sha256").update(bundle.text).digest("hex").slice(0, 12);
  if (!existsSync(file) || readFileSync(file, "utf8") !== bundle.text) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bundle.text);
    const manifest = { name: "synthetic-bundle", version: "0.0.0", private: true, main: "dist/index.js", bin: { "synthetic-bundle": "dist/index.js" } };
    await writeFile(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const skipped = bundle.skipped.length ? `, ${bundle.skipped.length} corpus files skipped` : "";
  return { name: "synthetic-bundle", dirs: [dir], note: `${bundle.modules} modules, ${bundle.copies} copies of the corpus, sha256 ${digest}${skipped}` };
}

async function realTargets(): Promise<Target[]> {
  const targets: Target[] = [];
  for (const spec of REAL_PACKAGES) {
    const cached = await fetchPackage(spec);
    targets.push({ name: cached.spec, dirs: [cached.dir], note: cached.integrity });
  }
  return targets;
}

async function measureInChild(target: Target, options: Options): Promise<TargetMeasurement> {
  const child = fileURLToPath(new URL("./bench-child.js", import.meta.url));
  const request: ChildRequest = { target: target.name, dirs: target.dirs, warmup: options.warmup, runs: options.runs };
  const { stdout } = await run(process.execPath, ["--expose-gc", child, JSON.stringify(request)], { maxBuffer: 16 * 1024 * 1024 }).catch(
    (err: Error & { stderr?: string }) => {
      throw new Error(`measuring ${target.name} failed: ${err.stderr?.trim() || err.message}`);
    },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!) as TargetMeasurement;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const wanted = (name: string) => !options.only || options.only.some((o) => name === o || name.startsWith(`${o}@`));
  const targets: Target[] = [];
  if (wanted("corpus")) targets.push(corpusTarget());
  if (wanted("synthetic-bundle")) targets.push(await bundleTarget());
  if (REAL_PACKAGES.some((p) => wanted(`${p.name}@${p.version}`))) targets.push(...(await realTargets()).filter((t) => wanted(t.name)));
  if (targets.length === 0) throw new Error(`no target matches --only ${options.only?.join(",")}`);

  const results: (TargetMeasurement & { note: string })[] = [];
  for (const target of targets) {
    log(`bench: ${target.name} (${target.note}): ${options.warmup} warm-up, ${options.runs} measured runs`);
    results.push({ ...(await measureInChild(target, options)), note: target.note });
  }
  if (options.json) {
    const totals = benchTotals(results);
    const report = {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      // A shared machine's load shifts every number; the ratio to parse-only, measured alongside, shifts least.
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      runs: options.runs,
      warmup: options.warmup,
      /** Scans run offline: the advisory lookup would time the registry, not the analyzer. */
      offline: true,
      targets: results.map((r) => ({ ...r, ratio: ratio(r) })),
      totals,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${benchTable(results)}\n\n`);
  process.stdout.write(
    `median of ${options.runs} runs after ${options.warmup} warm-up; peak RSS of a fresh process after its first scan; scans offline (no advisory lookup); ` +
      `parse-only = acorn (typescript-estree for .ts) over the same files, with locations; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`,
  );
  for (const r of results) process.stdout.write(`  ${r.target}: ${r.note}; ${r.findings} findings, ${r.parseErrors} parse errors; scan CPU ${formatMs(r.cpuMs)} ms\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
