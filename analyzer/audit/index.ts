// `mcp-warden audit`: find the MCP client configs on this machine, list every
// server and how it is launched, and judge the configs (rules config-*,
// unpinned-server, insecure-transport, over-broad-permission). Read-only.
import { resolve } from "node:path";
import { checkPlaintextSecrets } from "../../rules/config-plaintext-secret.js";
import type { ConfigFinding } from "../../rules/util/config-finding.js";
import { checkInsecureTransport } from "../../rules/insecure-transport.js";
import { allowEntries, checkAllowedTools, checkOverBroad, type AllowEntry } from "../../rules/over-broad-permission.js";
import { normalizeMcpName } from "../workflows/permissions.js";
import type { Capability } from "../types.js";
import { checkUnpinned } from "../../rules/unpinned-server.js";
import { severityRank } from "../types.js";
import { renderServerScans } from "../../reports/audit-servers.js";
import type { ServerScan } from "./servers.js";
import { readConfig, type ConfigFile } from "./config.js";
import { clientOfPath, configLocations, envFromProcess, type ConfigFormat, type LocationEnv } from "./locations.js";
import { UNKNOWN_CLIENT } from "./env-references.js";

export interface AuditedConfig {
  client: string;
  path: string;
  status: ConfigFile["status"];
  note?: string;
  servers: { name: string; launch: ConfigFile["servers"][number]["launch"] }[];
  findings: (ConfigFinding & { file: string })[];
  /** Claude Code `permissions.allow` entries, judged again once the servers are scanned. */
  allow?: AllowEntry[];
}

export interface AuditResult {
  configs: AuditedConfig[];
  /** Each configured server's scan and verdict (servers.ts); absent with `--no-scan`. */
  servers?: ServerScan[];
}

export interface AuditOptions {
  /** Explicit config files (`--config`); when given, only these are read. */
  configs?: string[];
  env?: LocationEnv;
}

function formatOf(path: string): ConfigFormat {
  if (/\.toml$/i.test(path)) return "toml";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  return "json";
}

export function judgeConfig(config: ConfigFile): ConfigFinding[] {
  const findings = [...checkPlaintextSecrets(config), ...checkUnpinned(config), ...checkInsecureTransport(config), ...checkOverBroad(config)];
  return findings.sort((a, b) => a.line - b.line || severityRank(b.severity) - severityRank(a.severity));
}

export async function audit(options: AuditOptions = {}): Promise<AuditResult> {
  const locations = options.configs?.length
    ? options.configs.map((p) => ({ client: clientOfPath(resolve(p)) ?? UNKNOWN_CLIENT, path: resolve(p), format: formatOf(p) }))
    : configLocations(options.env ?? envFromProcess());
  const configs: AuditedConfig[] = [];
  for (const location of locations) {
    const config = await readConfig(location);
    if (!config) {
      if (options.configs?.length) configs.push({ client: location.client, path: location.path, status: "error", note: "no such file", servers: [], findings: [] });
      continue;
    }
    configs.push({
      client: config.client,
      path: config.path,
      status: config.status,
      note: config.note,
      servers: config.servers.map((s) => ({ name: s.name, launch: s.launch })),
      findings: judgeConfig(config).map((f) => ({ ...f, file: config.path })),
      ...(config.permissions?.allow.length ? { allow: allowEntries(config) } : {}),
    });
  }
  return { configs };
}

/**
 * Once the servers are scanned: allow entries that name a single tool which
 * deletes, runs programs or sends data out (over-broad-permission). Claude
 * Code names tools `mcp__<server>__<tool>` from the config's server name, so
 * every scanned server is keyed by that name (a project-scoped entry's
 * " (path)" suffix is ours, not Claude Code's).
 */
export function judgeAllowedTools(result: AuditResult): void {
  const tools = new Map<string, Map<string, Capability[]>>();
  for (const s of result.servers ?? []) {
    if (s.status !== "scanned" || !s.tools) continue;
    const key = normalizeMcpName(s.name.replace(/ \(.*\)$/, ""));
    const byTool = tools.get(key) ?? new Map<string, Capability[]>();
    for (const t of s.tools) byTool.set(normalizeMcpName(t.name), t.capabilities);
    tools.set(key, byTool);
  }
  if (tools.size === 0) return;
  for (const c of result.configs) {
    if (!c.allow) continue;
    const added = checkAllowedTools(c.allow, tools).map((f) => ({ ...f, file: c.path }));
    if (added.length === 0) continue;
    c.findings = [...c.findings, ...added].sort((a, b) => a.line - b.line || severityRank(b.severity) - severityRank(a.severity));
  }
}

function launchText(l: AuditedConfig["servers"][number]["launch"]): string {
  switch (l.kind) {
    case "remote":
      return `remote ${l.url}`;
    case "mcp-remote":
      return `mcp-remote → ${l.url ?? "?"}${l.spec ? ` (via ${l.spec})` : ""}`;
    case "node":
      return `node ${l.script ?? "?"}`;
    case "docker":
      return `docker ${l.spec ?? "?"}`;
    case "other":
      return l.commandLine;
    default:
      return `${l.kind} ${l.spec ?? "?"}`;
  }
}

/** Bumped when the audit JSON changes shape (docs/workflows.md, docs/audit.schema.json). */
export const AUDIT_SCHEMA_VERSION = "1.0.0";

/** `audit --format json`: the result with its format version first. */
export function renderAuditJson(result: AuditResult): string {
  return JSON.stringify({ schemaVersion: AUDIT_SCHEMA_VERSION, ...result }, null, 2) + "\n";
}

export function renderAuditText(result: AuditResult): string {
  const lines: string[] = [];
  if (result.configs.length === 0) return "No MCP client configs found.\n";
  for (const c of result.configs) {
    lines.push(`${c.client}: ${c.path}`);
    if (c.status !== "parsed") lines.push(`  ${c.status === "error" ? "error" : "found, not parsed"}: ${c.note ?? ""}`);
    for (const s of c.servers) lines.push(`  - ${s.name}: ${launchText(s.launch)}`);
    for (const f of c.findings) lines.push(`  ${f.severity.toUpperCase()} ${f.ruleId} (line ${f.line}): ${f.message}\n      fix: ${f.fix}`);
    lines.push("");
  }
  const servers = result.configs.reduce((n, c) => n + c.servers.length, 0);
  const findings = result.configs.reduce((n, c) => n + c.findings.length, 0);
  lines.push(`${result.configs.length} config(s), ${servers} server(s), ${findings} finding(s)`);
  if (result.servers) lines.push("", renderServerScans(result.servers).trimEnd());
  return lines.join("\n") + "\n";
}
