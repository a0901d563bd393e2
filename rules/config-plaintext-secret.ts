// config-plaintext-secret: a literal token in a client config's `env` or
// `headers`. Config files get synced, shared in screenshots and committed
// (`.mcp.json`, `.vscode/mcp.json` live in repositories).
import type { ConfigFile } from "../analyzer/audit/config.js";
import { maskSecret } from "../analyzer/mask.js";
import { SECRET_FORMATS, isPlaceholderSecret } from "./models/secret-formats.js";
import type { Rule } from "./types.js";
import type { ConfigFinding } from "./util/config-finding.js";

export const configPlaintextSecret: Rule = {
  meta: {
    id: "config-plaintext-secret",
    title: "Plaintext secret in an MCP client config",
    defaultSeverity: "high",
    threat: "credential-leakage",
    cwe: [312, 798],
    summary: "A client config passes a literal token to a server in `env` or `headers`.",
    description:
      "MCP client configs (Claude Desktop, Claude Code `.mcp.json`, Cursor, VS Code, Windsurf, Gemini CLI, Zed) often carry API tokens written straight into a server's `env` or `headers`. Those files are read by every local process, synced by backup tools, pasted into issues, and project-level ones are committed to repositories. The rule reports values that have a known token shape, and values of secret-named keys (`*_TOKEN`, `*_KEY`, `*SECRET*`, `*PASSWORD*`, `Authorization`) that are not references (`${VAR}`, `${env:VAR}`, `${input:id}`) or placeholders.",
    help: [
      "**Why it matters.** Anyone or anything that can read the config file gets the token; project configs end up in git history.",
      "",
      "**How to fix.** Reference the secret instead of writing it: `${env:GITHUB_TOKEN}` or an `inputs` prompt in VS Code, `${GITHUB_TOKEN}` in Claude Code, or a wrapper that reads it from the OS keychain. Rotate a token that was ever written in plain text.",
      "",
      "```json",
      '"env": { "GITHUB_TOKEN": "ghp_…" }              // reported',
      '"env": { "GITHUB_TOKEN": "${env:GITHUB_TOKEN}" }  // fine',
      "```",
    ].join("\n"),
    precision: "high",
  },
};

const SECRET_KEY = /(token|secret|passw|api[_-]?key|access[_-]?key|private[_-]?key|auth|credential|^key$|_key$)/i;
const REFERENCE = /^\$\{[^}]+\}$|^\$[A-Z_][A-Z0-9_]*$|^%[A-Z_][A-Z0-9_]*%$/i;

function looksLikeToken(value: string): boolean {
  return SECRET_FORMATS.some((f) => new RegExp(f.pattern.source, f.pattern.flags.replace("g", "")).test(value));
}

/** The token part of `Bearer xyz` / `token xyz`. */
function credentialPart(value: string): string {
  const m = /^(bearer|token|basic)\s+(.+)$/i.exec(value.trim());
  return m ? m[2] : value.trim();
}

export function isPlaintextSecret(key: string, value: string): boolean {
  const v = credentialPart(value);
  if (v === "" || REFERENCE.test(v) || v.includes("${")) return false;
  if (looksLikeToken(v)) return !isPlaceholderSecret(v);
  if (!SECRET_KEY.test(key)) return false;
  if (v.length < 8 || isPlaceholderSecret(v)) return false;
  // Booleans, paths and URLs under a secret-ish name are settings, not secrets.
  if (/^(true|false|\d{1,7})$/i.test(v) || /^[~./]|^[a-z]+:\/\//i.test(v)) return false;
  return true;
}

export function checkPlaintextSecrets(config: ConfigFile): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const server of config.servers) {
    for (const [where, map] of [["env", server.env], ["headers", server.headers]] as const) {
      for (const [key, value] of Object.entries(map)) {
        if (!isPlaintextSecret(key, value)) continue;
        out.push({
          ruleId: configPlaintextSecret.meta.id,
          severity: "high",
          server: server.name,
          line: server.line,
          message: `server "${server.name}" gets ${key} as a literal in ${where}: ${maskSecret(credentialPart(value))}`,
          fix: `Reference it instead (\`\${env:${key}}\`, an input, or the keychain) and rotate the token.`,
          key: `${where}:${key}`,
        });
      }
    }
  }
  return out;
}
