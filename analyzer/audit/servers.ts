// After the configs: scan the code of every configured server we can reach
// from this machine (npm-launched packages, local `node path` servers) and
// give each a verdict. Remote, Python and container servers are listed as not
// scanned. A server that cannot be fetched is reported; the audit goes on.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { isCachedSpec } from "../acquire/npm.js";
import { scan, type ScanOptions } from "../scan.js";
import { SEVERITIES, type Capability, type ScanResult, type Severity } from "../types.js";
import type { AuditResult } from "./index.js";
import { isRegistrySpec, type Launch } from "./launch.js";

/** `dangerous`: a critical or high finding; `review`: a medium one; `ok`: low or none. */
export type ServerVerdict = "ok" | "review" | "dangerous";

export interface TopFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
}

export interface ServerScan {
  name: string;
  client: string;
  /** The config file the server is configured in. */
  config: string;
  launch: Launch["kind"];
  /** What was (or would be) scanned: an npm spec or an absolute folder or tarball. */
  target?: string;
  /**
   * `scanned`; `skipped` (npm spec not in the cache under --offline); `failed`
   * (could not fetch or read it); `not-scanned` (remote, Python, container or
   * unknown launch: no JavaScript package on this machine to read).
   */
  status: "scanned" | "skipped" | "failed" | "not-scanned";
  reason?: string;
  verdict?: ServerVerdict;
  package?: { name?: string; version?: string };
  /** Findings per severity, only severities that occur. */
  counts?: Partial<Record<Severity, number>>;
  /** The worst few findings (at most TOP_FINDINGS). */
  topFindings?: TopFinding[];
  /** The server's tools and their capabilities, to judge the permission rules that name them. */
  tools?: { name: string; capabilities: Capability[] }[];
}

export const TOP_FINDINGS = 3;

export interface ServerScanOptions extends Pick<ScanOptions, "cacheDir" | "registry" | "offline" | "env" | "noAdvisories"> {
  /** Called before each distinct target is scanned (1-based index). */
  onProgress?: (index: number, total: number, target: string) => void;
}

export function verdictOf(result: ScanResult): ServerVerdict {
  const worst = SEVERITIES.find((s) => result.findings.some((f) => f.severity === s));
  return worst === "critical" || worst === "high" ? "dangerous" : worst === "medium" ? "review" : "ok";
}

/** The package folder a local script belongs to: the nearest folder above it with a package.json, else its own folder. */
export function packageRootOf(script: string): string {
  let dir = path.dirname(script);
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(script);
    dir = up;
  }
}

type Plan = { target: string; kind: "npm" | "local" } | { reason: string; status: "not-scanned" | "failed" };

const NOT_LOCAL: Partial<Record<Launch["kind"], string>> = {
  remote: "remote server: its code is not on this machine",
  "mcp-remote": "remote server behind mcp-remote: its code is not on this machine",
  uvx: "Python package (uvx): not analyzed",
  docker: "container image: not analyzed",
  other: "not launched through npm or node: nothing to analyze",
};

/** Relative paths in a config are read from the config's folder (where a project config's client starts). */
function localPlan(file: string, configPath: string): Plan {
  const abs = path.resolve(path.dirname(configPath), file);
  if (!existsSync(abs)) return { status: "failed", reason: `${abs} does not exist` };
  if (statSync(abs).isDirectory() || /\.(tgz|tar\.gz)$/i.test(abs)) return { target: abs, kind: "local" };
  return { target: packageRootOf(abs), kind: "local" };
}

function planFor(launch: Launch, configPath: string): Plan {
  if (launch.kind === "npx" || launch.kind === "pnpm-dlx" || launch.kind === "bunx") {
    if (!launch.spec) return { status: "failed", reason: "no package named on the command line" };
    return isRegistrySpec(launch.spec) ? { target: launch.spec, kind: "npm" } : localPlan(launch.spec.replace(/^file:/, ""), configPath);
  }
  if (launch.kind === "node") return launch.script ? localPlan(launch.script, configPath) : { status: "failed", reason: "no script named on the command line" };
  return { status: "not-scanned", reason: NOT_LOCAL[launch.kind] ?? "not analyzed" };
}

function summarize(result: ScanResult): Pick<ServerScan, "verdict" | "package" | "counts" | "topFindings" | "tools"> {
  const counts: Partial<Record<Severity, number>> = {};
  for (const f of result.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  // scan() returns findings worst first.
  const topFindings = result.findings.slice(0, TOP_FINDINGS).map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.location.file, line: f.location.line }));
  const tools = result.server.tools.map((t) => ({ name: t.name, capabilities: t.capabilities }));
  return { verdict: verdictOf(result), package: { name: result.package.name, version: result.package.version }, counts, topFindings, tools };
}

type Outcome = Pick<ServerScan, "status" | "reason" | "verdict" | "package" | "counts" | "topFindings" | "tools">;

export async function scanServers(audited: AuditResult, options: ServerScanOptions = {}): Promise<ServerScan[]> {
  const entries = audited.configs.flatMap((c) => c.servers.map((s) => ({ config: c, server: s, plan: planFor(s.launch, c.path) })));
  const targets = [...new Set(entries.flatMap((e) => ("target" in e.plan ? [e.plan.target] : [])))];
  const outcomes = new Map<string, Outcome>();
  for (const [i, target] of targets.entries()) {
    const isNpm = entries.some((e) => "target" in e.plan && e.plan.target === target && e.plan.kind === "npm");
    if (isNpm && options.offline && !(await isCachedSpec(target, options))) {
      outcomes.set(target, { status: "skipped", reason: "not in the cache and --offline forbids the network; audit once without --offline to fetch it" });
      continue;
    }
    options.onProgress?.(i + 1, targets.length, target);
    try {
      const result = await scan(target, { cacheDir: options.cacheDir, registry: options.registry, offline: options.offline, env: options.env, noAdvisories: options.noAdvisories });
      outcomes.set(target, { status: "scanned", ...summarize(result) });
    } catch (err) {
      outcomes.set(target, { status: "failed", reason: (err as Error).message });
    }
  }
  return entries.map(({ config, server, plan }): ServerScan => {
    const base = { name: server.name, client: config.client, config: config.path, launch: server.launch.kind };
    if (!("target" in plan)) return { ...base, status: plan.status, reason: plan.reason };
    return { ...base, target: plan.target, ...outcomes.get(plan.target)! };
  });
}
