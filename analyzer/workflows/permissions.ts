// `mcp-warden permissions`: a deny-by-default policy for one server's tools,
// from what each tool's handler can do. Read-only tools are allowed; writing
// asks; deleting, running programs and sending data out are denied (asked with
// `lenient`, or when that act is what the tool says it is for: a `run_sql`
// tool is asked about, each call). A tool whose capabilities are unknown is
// never allowed.
import { concerns } from "../../reports/inventory.js";
import type { Capability, ScanResult, SurfaceItem } from "../types.js";

export type Decision = "allow" | "ask" | "deny";

export interface PermissionRule {
  tool: string;
  /** The Claude Code permission rule: `mcp__<server>__<tool>`. */
  rule: string;
  decision: Decision;
  /** Why, in words: the capabilities or findings that decided it. */
  reason: string;
  capabilities: Capability[];
}

export interface PermissionPolicy {
  server: string;
  package: { name?: string; version?: string };
  lenient: boolean;
  rules: PermissionRule[];
}

export interface PermissionOptions {
  /** The server's name in the client config (default: the package name, normalised). */
  serverName?: string;
  /** Ask instead of deny for delete, exec and send-out. */
  lenient?: boolean;
}

/**
 * Claude Code builds tool names as `mcp__<server>__<tool>` and replaces every
 * character outside [A-Za-z0-9_-] in each part with `_`.
 */
export function normalizeMcpName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_");
}

const RANK: Record<Decision, number> = { allow: 0, ask: 1, deny: 2 };

const SEND_OUT: [Capability, string][] = [
  ["process-exec", "runs programs"],
  ["fs-delete", "deletes files"],
  ["db-delete", "deletes database rows or tables"],
  ["network-send", "sends data out over the network"],
];
const WRITE: [Capability, string][] = [
  ["fs-write", "writes files"],
  ["db-write", "writes to a database"],
  ["db-query", "runs SQL statements the scan could not read"],
];

/** Every reason that applies to one tool, each with the decision it asks for. */
function reasonsFor(tool: SurfaceItem, result: ScanResult, lenient: boolean): [Decision, string][] {
  const out: [Decision, string][] = [];
  const caps = new Set(tool.capabilities);
  if (tool.dynamic) out.push(["ask", "capabilities unknown: the tool's name or description is built at run time"]);
  else if (!tool.handlerLocation) out.push(["ask", "capabilities unknown: its handler could not be found"]);
  // A tool whose declared purpose is the act (run_sql, run_command) is for that act: the user approves each call.
  const declared = result.findings.some((f) => typeof f.properties?.capability === "string" && concerns(f, tool));
  for (const [cap, words] of SEND_OUT) if (caps.has(cap)) out.push([lenient || declared ? "ask" : "deny", `${words} (${cap})`]);
  for (const [cap, words] of WRITE) if (caps.has(cap)) out.push(["ask", `${words} (${cap})`]);
  if (caps.has("credential-access") && caps.has("network-read")) out.push(["ask", "sends a credential with its requests, which may change things remotely (credential-access, network-read)"]);
  if (tool.annotations.destructiveHint === true) out.push(["ask", "annotated as destructive"]);
  for (const f of result.findings.filter((f) => concerns(f, tool))) {
    // What the tool is for, when that act is dangerous: the user approves each call.
    if (typeof f.properties?.capability === "string") out.push(["ask", f.properties.capability]);
    else if (f.severity === "critical") out.push(["deny", `critical finding ${f.ruleId} at ${f.location.file}:${f.location.line}`]);
    else if (f.severity === "high") out.push(["ask", `high finding ${f.ruleId} at ${f.location.file}:${f.location.line}`]);
  }
  if (out.length === 0) {
    const reads = tool.capabilities.length ? `read-only (${tool.capabilities.join(", ")})` : "no side effects found";
    out.push(["allow", reads]);
  }
  return out;
}

export function decide(tool: SurfaceItem, result: ScanResult, lenient = false): { decision: Decision; reason: string } {
  const reasons = reasonsFor(tool, result, lenient);
  const decision = reasons.reduce<Decision>((w, [d]) => (RANK[d] > RANK[w] ? d : w), "allow");
  return { decision, reason: reasons.filter(([d]) => d === decision).map(([, r]) => r).join("; ") };
}

export function permissionPolicy(result: ScanResult, options: PermissionOptions = {}): PermissionPolicy {
  const server = normalizeMcpName(options.serverName ?? result.package.name ?? "server");
  const lenient = options.lenient === true;
  const tools = [...result.server.tools].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rules: PermissionRule[] = [];
  for (const tool of tools) {
    // A tool registered twice (two branches of a condition) gets one rule, the strictest.
    const { decision, reason } = decide(tool, result, lenient);
    const rule = `mcp__${server}__${normalizeMcpName(tool.name)}`;
    const prior = rules.find((r) => r.rule === rule);
    if (prior) {
      if (RANK[decision] > RANK[prior.decision]) Object.assign(prior, { decision, reason });
      continue;
    }
    rules.push({ tool: tool.name, rule, decision, reason, capabilities: [...tool.capabilities] });
  }
  return { server, package: { name: result.package.name, version: result.package.version }, lenient, rules };
}

/** The policy as Claude Code settings (`.claude/settings.json`), ready to paste. */
export function claudeSettings(policy: PermissionPolicy): { permissions: Record<Decision, string[]> } {
  const pick = (d: Decision) => policy.rules.filter((r) => r.decision === d).map((r) => r.rule);
  return { permissions: { allow: pick("allow"), ask: pick("ask"), deny: pick("deny") } };
}
