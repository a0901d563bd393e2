// Output of `mcp-warden permissions`: the rules with their reasons (text),
// Claude Code settings ready to paste (`claude`), or neutral JSON (`json`).
import { claudeSettings, type PermissionPolicy } from "../analyzer/workflows/permissions.js";
import { displayText } from "./present.js";

export const PERMISSION_FORMATS = ["text", "json", "claude"] as const;
export type PermissionFormat = (typeof PERMISSION_FORMATS)[number];

/** Bumped when the policy JSON changes shape (docs/workflows.md, docs/permissions.schema.json). */
export const PERMISSIONS_SCHEMA_VERSION = "1.0.0";

export function renderClaudeSettings(policy: PermissionPolicy): string {
  return JSON.stringify(claudeSettings(policy), null, 2) + "\n";
}

export function renderPermissionsText(policy: PermissionPolicy): string {
  const pkg = policy.package.name ? `${policy.package.name}${policy.package.version ? `@${policy.package.version}` : ""}` : "the target";
  const lines = [`Permissions for ${displayText(pkg)} as Claude Code server "${policy.server}" (deny by default${policy.lenient ? ", lenient: ask instead of deny for delete, exec and send-out" : ""})`, ""];
  if (policy.rules.length === 0) {
    lines.push("No tools found: nothing to allow. Claude Code asks before any tool it has no rule for.");
    return lines.join("\n") + "\n";
  }
  const width = Math.max(...policy.rules.map((r) => r.rule.length));
  for (const decision of ["deny", "ask", "allow"] as const) {
    for (const r of policy.rules.filter((x) => x.decision === decision)) lines.push(`${decision.toUpperCase().padEnd(5)}  ${displayText(r.rule).padEnd(width)}  ${displayText(r.reason)}`);
  }
  lines.push("", "Claude Code settings (.claude/settings.json; merge into your own \"permissions\"):", renderClaudeSettings(policy).trimEnd());
  return lines.join("\n") + "\n";
}

export function renderPermissions(policy: PermissionPolicy, format: PermissionFormat): string {
  if (format === "json") return JSON.stringify({ schemaVersion: PERMISSIONS_SCHEMA_VERSION, ...policy }, null, 2) + "\n";
  if (format === "claude") return renderClaudeSettings(policy);
  return renderPermissionsText(policy);
}
