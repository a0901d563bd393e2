// `npm run eval:popular`: the 40 most-used MCP servers of eval/popular-servers.json,
// each scanned in a child process with a time limit, as a table (package, version,
// JS bytes, scan ms, findings per severity) followed by every finding of the
// package rules in full. Development check, never part of `npm test`.
//
//   npm run eval:popular [-- --offline] [--json] [--timeout SECONDS] [--only name[,name]]
//
// Packages come into the gitignored .cache/registry through the scanner's own
// fetching; `--offline` scans only what is cached there (and skips the advisory
// check, which needs the network). The full results, including every high or
// critical finding of the other rules, go to .cache/popular-scan/report.json
// (report-only.json for a run limited with --only).
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SEVERITIES } from "../analyzer/types.js";
import type { ChildRequest, PopularScan } from "./eval-popular-child.js";
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

export type PopularRow =
  | ({ status: "scanned" } & PopularScan)
  | { status: "timeout"; name: string; version: string; limitMs: number }
  | { status: "error"; name: string; version: string; error: string };

export function readPopularManifest(file = path.join(REPO_ROOT, "eval", "popular-servers.json")): PopularManifest {
  return JSON.parse(readFileSync(file, "utf8")) as PopularManifest;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "eval-popular-child.js");

/** Scans one server in a child process; a scan past `limitMs` is killed and reported as a timeout. */
export function scanInChild(server: PopularServer, offline: boolean, limitMs: number, child = CHILD): Promise<PopularRow> {
  const request: ChildRequest = { name: server.name, version: server.version, integrity: server.integrity, offline };
  return new Promise((resolve) => {
    execFile(process.execPath, [child, JSON.stringify(request)], { timeout: limitMs, killSignal: "SIGKILL", maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const base = { name: server.name, version: server.version };
      if (err && (err as { killed?: boolean }).killed) return resolve({ status: "timeout", ...base, limitMs });
      if (err) return resolve({ status: "error", ...base, error: (stderr.trim() || err.message).split("\n")[0] });
      resolve({ status: "scanned", ...(JSON.parse(stdout) as PopularScan) });
    });
  });
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** The table and the package-rule findings, as plain text. */
export function formatPopular(rows: PopularRow[]): string {
  const header = ["package", "version", "JS", "scan ms", ...SEVERITIES, "package-rule findings", "note"];
  const cells = rows.map((r) => {
    const none = SEVERITIES.map(() => "");
    if (r.status === "timeout") return [r.name, r.version, "", "timeout", ...none, "", `stopped after ${r.limitMs / 1000} s`];
    if (r.status === "error") return [r.name, r.version, "", "error", ...none, "", r.error];
    return [r.name, r.version, kb(r.jsBytes), String(r.scanMs), ...SEVERITIES.map((s) => String(r.bySeverity[s])), String(r.packageFindings.length), ""];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const numeric = (i: number) => i >= 2 && i < header.length - 1;
  const line = (c: string[]) => c.map((x, i) => (numeric(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
  const scanned = rows.filter((r) => r.status === "scanned");
  const byRule: Record<string, number> = {};
  for (const r of scanned) for (const f of r.packageFindings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  out.push(
    "",
    `${scanned.length} scanned, ${rows.filter((r) => r.status === "timeout").length} timed out, ${rows.filter((r) => r.status === "error").length} failed; package-rule findings: ${Object.entries(byRule).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
  );
  for (const r of scanned) {
    if (r.packageFindings.length === 0) continue;
    out.push("", `${r.name}@${r.version}`);
    for (const f of r.packageFindings) {
      out.push(`  ${f.severity.padEnd(8)} ${f.rule}  ${f.at}`, `    ${f.message}`);
      if (f.snippet) out.push(`    > ${f.snippet.length > 200 ? `${f.snippet.slice(0, 200)}…` : f.snippet}`);
    }
  }
  return `${out.join("\n")}\n`;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const offline = args.includes("--offline");
  const json = args.includes("--json");
  const limitMs = Number(flag(args, "--timeout") ?? 180) * 1000;
  const only = flag(args, "--only")?.split(",");
  const manifest = readPopularManifest();
  const servers = only ? manifest.servers.filter((s) => only.some((o) => s.name === o || s.name.includes(o))) : manifest.servers;
  const rows: PopularRow[] = [];
  for (const server of servers) {
    const row = await scanInChild(server, offline, limitMs);
    rows.push(row);
    const what = row.status === "scanned" ? `${row.scanMs} ms, ${row.packageFindings.length} package-rule findings` : row.status === "timeout" ? `timeout after ${limitMs / 1000} s` : `error: ${row.error}`;
    process.stderr.write(`${rows.length}/${servers.length} ${server.name}@${server.version}: ${what}\n`);
  }
  const outDir = path.join(CACHE_DIR, "popular-scan");
  mkdirSync(outDir, { recursive: true });
  const report = { asOf: manifest.asOf, offline, limitMs, rows };
  // A partial run (--only) must not replace the whole run's report.
  writeFileSync(path.join(outDir, only ? "report-only.json" : "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatPopular(rows));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main(process.argv.slice(2));
