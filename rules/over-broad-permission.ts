// over-broad-permission: client settings that let tools run without the
// per-call prompt: whole servers allowed, approve-all switches, bypass modes.
// The prompt is the user's last look at what an agent is about to do.
import type { Capability } from "../analyzer/types.js";
import type { ConfigFile } from "../analyzer/audit/config.js";
import type { ConfigFinding } from "./util/config-finding.js";
import type { Rule } from "./types.js";

export const overBroadPermission: Rule = {
  meta: {
    id: "over-broad-permission",
    title: "Over-broad MCP permission",
    defaultSeverity: "medium",
    threat: "over-broad-permissions",
    cwe: [250, 272],
    summary: "A client setting approves whole servers, every tool, or every project server without asking.",
    description:
      "Claude Code `permissions.allow` rules such as `mcp__github` or `mcp__github__*` approve every tool of a server, including the ones that delete, run commands or send data out, and every tool a later version adds. `defaultMode: \"bypassPermissions\"` skips all prompts, `enableAllProjectMcpServers: true` starts any server a cloned repository's `.mcp.json` names, and per-server switches (`trust: true` in Gemini CLI, `autoApprove`/`alwaysAllow`) do the same for one server. When `audit` has scanned the servers, an allow entry for a single tool whose handler deletes, runs programs or sends data out is reported too. The rule reports each such setting with where it is.",
    help: [
      "**Why it matters.** A prompt-injected agent can call any auto-approved tool; approving a whole server also approves tools it gains on update.",
      "",
      "**How to fix.** Allow tools one by one (`mcp__github__get_issue`), keep write tools on `ask` and destructive ones on `deny`: `mcp-warden permissions <server>` writes such a policy from what each tool can do.",
      "",
      "```json",
      '"permissions": { "allow": ["mcp__github"] }                   // reported',
      '"permissions": { "allow": ["mcp__github__get_issue"] }        // fine',
      "```",
    ].join("\n"),
    precision: "high",
  },
};

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}

/** `mcp__server`, `mcp__server__*`, `mcp__*`, `mcp__server__.*`: everything a server offers. */
export function coversWholeServer(rule: string): boolean {
  const m = /^mcp__(.+)$/.exec(rule.trim());
  if (!m) return false;
  const rest = m[1];
  if (rest === "*" || rest.endsWith("*") && !rest.includes("__")) return true;
  const parts = rest.split("__");
  if (parts.length === 1) return true;
  const tool = parts.slice(1).join("__");
  return tool === "" || tool === "*" || tool === ".*";
}

/** What a tool can do that an allow rule should never wave through, in words. */
const RISKY: [Capability, string][] = [
  ["process-exec", "runs programs"],
  ["fs-delete", "deletes files"],
  ["db-delete", "deletes database rows or tables"],
  ["network-send", "sends data out over the network"],
];

/** One `permissions.allow` entry and where it is. */
export interface AllowEntry {
  rule: string;
  line: number;
}

/** Every allow entry of a Claude Code settings file, with its line. */
export function allowEntries(config: ConfigFile): AllowEntry[] {
  return (config.permissions?.allow ?? []).map((rule) => ({ rule, line: lineOf(config.text, JSON.stringify(rule)) }));
}

/**
 * After `audit` has scanned the configured servers: an allow entry naming one
 * tool (`mcp__github__delete_repo`) whose handler deletes, runs programs or
 * sends data out lets a prompt-injected agent do that without a prompt.
 * `tools` maps Claude Code's normalised server name to its tools' capabilities
 * by normalised tool name. Whole-server entries are reported by checkOverBroad.
 */
export function checkAllowedTools(entries: readonly AllowEntry[], tools: ReadonlyMap<string, ReadonlyMap<string, readonly Capability[]>>): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const { rule, line } of entries) {
    if (coversWholeServer(rule)) continue;
    const m = /^mcp__(.+?)__(.+)$/.exec(rule.trim());
    if (!m) continue;
    const caps = tools.get(m[1])?.get(m[2]);
    if (!caps) continue;
    const risky = RISKY.filter(([c]) => caps.includes(c)).map(([, words]) => words);
    if (risky.length === 0) continue;
    out.push({
      ruleId: overBroadPermission.meta.id,
      severity: "medium",
      server: m[1],
      line,
      message: `\`${rule}\` in permissions.allow runs the tool without asking, and its handler ${joinWords(risky)}`,
      fix: "Move it to ask (or deny); allow only tools that just read (see `mcp-warden permissions`).",
      key: `allow-tool:${rule}`,
    });
  }
  return out;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function checkOverBroad(config: ConfigFile): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const id = overBroadPermission.meta.id;
  const p = config.permissions;
  if (p) {
    for (const rule of p.allow) {
      if (!coversWholeServer(rule)) continue;
      out.push({ ruleId: id, severity: "medium", line: lineOf(config.text, JSON.stringify(rule)), message: `\`${rule}\` in permissions.allow approves every tool of ${rule.trim() === "mcp__*" ? "every MCP server" : "the server"}, including tools that delete, run commands or send data, and any it adds later`, fix: "Allow read-only tools by name; keep the rest on ask or deny (see `mcp-warden permissions`).", key: `allow:${rule}` });
    }
    if (p.defaultMode === "bypassPermissions") {
      out.push({ ruleId: id, severity: "high", line: lineOf(config.text, '"defaultMode"'), message: 'defaultMode "bypassPermissions" runs every tool without asking', fix: 'Use "default" (or "acceptEdits") and allow tools by name.', key: "defaultMode" });
    }
    if (p.enableAllProjectMcpServers === true) {
      out.push({ ruleId: id, severity: "medium", line: lineOf(config.text, '"enableAllProjectMcpServers"'), message: "enableAllProjectMcpServers starts every server a project's .mcp.json names, including in repositories you just cloned", fix: "Turn it off and approve project servers one by one (enabledMcpjsonServers).", key: "enableAllProjectMcpServers" });
    }
  }
  for (const server of config.servers) {
    for (const setting of server.autoApprove) {
      const all = /: (true|\*)$/.test(setting);
      out.push({ ruleId: id, severity: all ? "medium" : "low", server: server.name, line: server.line, message: `server "${server.name}" ${all ? "runs every tool without asking" : "auto-approves a tool"} (${setting})`, fix: "Drop the auto-approval, or keep it to read-only tools.", key: `auto:${server.name}:${setting}` });
    }
  }
  return out;
}
