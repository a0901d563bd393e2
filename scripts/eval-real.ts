// `npm run eval:real`: the scanner on real MCP packages from the registry.
//
//   node dist/scripts/eval-real.js [--only name,...] [--json]
//
// eval/real-packages.json lists vulnerable versions with published advisories
// (each with the rule and file where the vulnerable sink is) and popular clean
// servers (no finding at high or above expected). Each package is fetched once
// into .cache/packages/ (integrity checked), scanned through the library API,
// and scored: recall on the vulnerable ones, noise on the clean ones.
// eval/README.md says how each expectation was decided.
import { readFileSync } from "node:fs";
import path from "node:path";
import { scan } from "../analyzer/index.js";
import type { Finding } from "../analyzer/types.js";
import { formatTable } from "./bench-table.js";
import { type ManifestEntry, type PackageScore, scorePackage, summarize, validateManifest } from "./eval-real-score.js";
import { fetchPackage, REPO_ROOT } from "./real-package-cache.js";

interface Options {
  json: boolean;
  only?: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--only") {
      const v = argv[++i];
      if (!v) throw new Error("--only needs a comma-separated list of package names");
      options.only = v.split(",").map((s) => s.trim());
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write("usage: eval:real [--only name,...] [--json]\n");
      process.exit(0);
    } else throw new Error(`unknown option ${arg}; see --help`);
  }
  return options;
}

const where = (f: Finding) => `${f.location.file}:${f.location.line}`;

function expectationCell(score: PackageScore): string {
  if (score.kind === "clean") return "-";
  return score.expectations.map((e) => `${e.expected.rule} ${e.hit ? "hit" : "MISS"}`).join(", ");
}

function severityCell(score: PackageScore): string {
  const s = score.bySeverity;
  return `${s.critical}/${s.high}/${s.medium}/${s.low}`;
}

function verdict(score: PackageScore): string {
  if (score.kind === "clean") return score.clean ? "quiet" : `NOISY (${score.atOrAboveBar.length})`;
  const hits = score.expectations.filter((e) => e.hit).length;
  return `${hits}/${score.expectations.length}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const manifest = validateManifest(JSON.parse(readFileSync(path.join(REPO_ROOT, "eval", "real-packages.json"), "utf8")));
  const entries = manifest.packages.filter((p) => !options.only || options.only.includes(p.name) || options.only.includes(`${p.name}@${p.version}`));
  if (entries.length === 0) throw new Error(`no manifest package matches --only ${options.only?.join(",")}`);

  const results: { entry: ManifestEntry; score: PackageScore; scanMs: number; filesScanned: number }[] = [];
  for (const entry of entries) {
    process.stderr.write(`eval: ${entry.name}@${entry.version} (${entry.kind})\n`);
    const cached = await fetchPackage(entry);
    const t0 = performance.now();
    const result = await scan(cached.dir);
    const scanMs = Math.round(performance.now() - t0);
    results.push({ entry, score: scorePackage(entry, result.findings, manifest.lineTolerance), scanMs, filesScanned: result.package.filesScanned });
  }
  const summary = summarize(results.map((r) => r.score));

  if (options.json) {
    const report = {
      lineTolerance: manifest.lineTolerance,
      summary,
      packages: results.map(({ entry, score, scanMs, filesScanned }) => ({
        spec: score.spec,
        kind: entry.kind,
        integrity: entry.integrity,
        filesScanned,
        scanMs,
        bySeverity: score.bySeverity,
        expectations: score.expectations.map((e) => ({
          rule: e.expected.rule,
          advisory: e.expected.advisory,
          locations: e.expected.locations,
          hit: e.hit,
          ...(e.finding ? { finding: { severity: e.finding.severity, at: where(e.finding), message: e.finding.message } } : {}),
        })),
        findingsAtOrAboveBar: score.atOrAboveBar.map((f) => ({ rule: f.ruleId, severity: f.severity, at: where(f), message: f.message })),
      })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }

  const header = ["package", "kind", "expected", "result", "crit/high/med/low", "files", "scan ms"];
  const rows = results.map(({ score, scanMs, filesScanned }) => [score.spec, score.kind, expectationCell(score), verdict(score), severityCell(score), String(filesScanned), String(scanMs)]);
  process.stdout.write(`${formatTable(header, rows, ["left", "left", "left", "left", "right", "right", "right"])}\n\n`);
  const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(x * 100).toFixed(1)}%`);
  process.stdout.write(`recall on vulnerable packages: ${summary.hits}/${summary.expectations} (${pct(summary.recall)}); a hit is a finding of the expected rule in the expected file, within ${manifest.lineTolerance} lines where a line is given\n`);
  process.stdout.write(
    `clean packages: ${summary.cleanPackagesQuiet}/${summary.cleanPackages} with no finding at high or above; ${summary.cleanFindingsAtOrAboveBar} findings at high or above in all\n`,
  );
  for (const { score } of results) {
    if (score.kind !== "clean" || score.clean) continue;
    for (const f of score.atOrAboveBar) process.stdout.write(`  ${score.spec}: ${f.ruleId} (${f.severity}) at ${where(f)}: ${f.message}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:real: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
