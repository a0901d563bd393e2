// One package of `npm run eval:popular`, scanned in its own process (started by
// eval-popular.ts) so that a slow scan can be stopped by its time limit without
// stopping the run. Prints one JSON line: PopularScan.
//
// The package comes through the scanner's own registry fetching (an npm spec
// with the cache in .cache/registry), so `--offline` scans exactly what an
// earlier run cached. Nothing in the package is executed.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { acquire } from "../analyzer/acquire/index.js";
import { languageOf } from "../analyzer/parse/index.js";
import { scan } from "../analyzer/scan.js";
import { SEVERITIES, type Finding, type Severity } from "../analyzer/types.js";
import { CACHE_DIR } from "./real-package-cache.js";

/** The rules of the package group (issue 7): every finding of theirs is printed in full. */
export const PACKAGE_RULES = ["obfuscated-code", "download-and-execute", "typosquat", "install-script", "silent-process", "vulnerable-dependency"] as const;

export interface ChildRequest {
  name: string;
  version: string;
  integrity: string;
  offline: boolean;
}

export interface ReportedFinding {
  rule: string;
  severity: Severity;
  at: string;
  message: string;
  snippet?: string;
  properties?: Finding["properties"];
}

export interface PopularScan {
  name: string;
  version: string;
  files: number;
  /** Bytes of the JavaScript/TypeScript files the scanner parsed. */
  jsBytes: number;
  scanMs: number;
  bySeverity: Record<Severity, number>;
  /** Every finding of the package rules. */
  packageFindings: ReportedFinding[];
  /** High and critical findings of all other rules (for triage by their owners). */
  otherHighFindings: ReportedFinding[];
  /** Scanner diagnostics by code (advisories skipped or unavailable, parse errors, ...). */
  diagnostics: Record<string, number>;
}

function reported(f: Finding): ReportedFinding {
  return {
    rule: f.ruleId,
    severity: f.severity,
    at: `${f.location.file}:${f.location.line}`,
    message: f.message,
    ...(f.location.snippet ? { snippet: f.location.snippet } : {}),
    ...(f.properties ? { properties: f.properties } : {}),
  };
}

export async function scanOne(request: ChildRequest): Promise<PopularScan> {
  const spec = `${request.name}@${request.version}`;
  const options = { cacheDir: path.join(CACHE_DIR, "registry"), offline: request.offline };
  const result = await scan(spec, options);
  if (result.package.integrity !== request.integrity) {
    throw new Error(`${spec}: integrity ${result.package.integrity ?? "(none)"} is not the pinned ${request.integrity}`);
  }
  // Served from the cache the scan just filled: what the parser saw, in bytes.
  const source = await acquire(spec, { ...options, offline: true });
  const jsBytes = source.files.filter((f) => languageOf(f) !== undefined).reduce((sum, f) => sum + f.bytes.length, 0);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const packageRules: readonly string[] = PACKAGE_RULES;
  const diagnostics: Record<string, number> = {};
  for (const d of result.diagnostics) diagnostics[d.code] = (diagnostics[d.code] ?? 0) + 1;
  return {
    name: request.name,
    version: request.version,
    files: result.package.filesScanned,
    jsBytes,
    // Parse and analysis: the fetch is network or cache time, not the scanner's.
    scanMs: Math.round(result.timings.parseMs + result.timings.analysisMs),
    bySeverity,
    packageFindings: result.findings.filter((f) => packageRules.includes(f.ruleId)).map(reported),
    otherHighFindings: result.findings.filter((f) => !packageRules.includes(f.ruleId) && (f.severity === "high" || f.severity === "critical")).map(reported),
    diagnostics,
  };
}

// Run as a program: `node dist/scripts/eval-popular-child.js '<ChildRequest JSON>'`.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const request = JSON.parse(process.argv[2]) as ChildRequest;
  scanOne(request).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
