// config-plaintext-secret: a literal token in a client config's `env` or
// `headers`. Config files get synced, shared in screenshots and committed
// (`.mcp.json`, `.vscode/mcp.json` live in repositories).
import type { ConfigFile } from "../analyzer/audit/config.js";
import { referenceAdvice } from "../analyzer/audit/env-references.js";
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
    summary: "A client config passes a literal token to a server in `env`, `headers`, its command line or its URL.",
    description:
      "MCP client configs (Claude Desktop, Claude Code `.mcp.json`, Cursor, VS Code, Windsurf, Gemini CLI, Zed) often carry API tokens written straight into a server's `env` or `headers`. Those files are read by every local process, synced by backup tools, pasted into issues, and project-level ones are committed to repositories. The same goes for secrets on the command line (`--api-key tvly-…`, `-e TOKEN=…`, a `postgresql://user:password@host` connection string), which every process can also see in `ps`, and for passwords or secret query parameters in a remote server's URL. The rule reports values that have a known token shape, and values of secret-named keys or flags (`*_TOKEN`, `*_KEY`, `*SECRET*`, `*PASSWORD*`, `Authorization`) that are not references (`${VAR}`, `${env:VAR}`, `${input:id}`) or placeholders.",
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

interface LiteralSecret {
  /** What holds it: `--api-key`, `password in postgresql://db.internal`, `token in the URL query`. */
  key: string;
  value: string;
}

function isReference(v: string): boolean {
  return v === "" || REFERENCE.test(v) || v.includes("${") || isPlaceholderSecret(v);
}

/** A password in a URL's userinfo (`postgresql://app:pw@db/app`) or a secret-named query parameter (`?api_key=…`). */
function secretsInUrl(text: string): LiteralSecret[] {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return [];
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [];
  }
  const out: LiteralSecret[] = [];
  const password = decodeURIComponentSafe(url.password);
  if (password && !isReference(password)) out.push({ key: `the password in a ${url.protocol}//${url.hostname} URL`, value: password });
  for (const [name, value] of url.searchParams) {
    if (isPlaintextSecret(name, value)) out.push({ key: `${name} in the query of a ${url.hostname} URL`, value });
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Secrets on a server's command line: a token-shaped argument, `--api-key x`,
 * `--token=x`, `KEY=value` (docker `-e`), a credentialed connection string.
 * A command line is as readable as the config, and also shows up in `ps`.
 */
export function secretsInArgs(args: readonly string[]): LiteralSecret[] {
  const out: LiteralSecret[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const fromUrl = secretsInUrl(arg);
    if (fromUrl.length > 0) {
      out.push(...fromUrl);
      continue;
    }
    const assignment = /^(--?[A-Za-z][\w-]*|[A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
    if (assignment) {
      if (isPlaintextSecret(assignment[1].replace(/^-+/, ""), assignment[2])) out.push({ key: assignment[1], value: assignment[2] });
      continue;
    }
    const next = args[i + 1];
    if (/^--?[A-Za-z][\w-]*$/.test(arg) && next !== undefined && !next.startsWith("-") && SECRET_KEY.test(arg.replace(/^-+/, ""))) {
      if (isPlaintextSecret(arg.replace(/^-+/, ""), next)) out.push({ key: arg, value: next });
      i++;
      continue;
    }
    if (looksLikeToken(arg) && !isReference(arg)) out.push({ key: `argument ${i + 1}`, value: arg });
  }
  return out;
}

/** A variable name for a header's secret (`Authorization: Bearer …` has no name of its own): `<SERVER>_TOKEN`. */
function variableFor(server: string): string {
  const base = server.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return `${/^[A-Z_]/.test(base) ? base : `MCP_${base}`}_TOKEN`;
}

export function checkPlaintextSecrets(config: ConfigFile): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const server of config.servers) {
    const onCommandLine = [...secretsInArgs(server.args), ...(server.launch.kind === "remote" && server.launch.url ? secretsInUrl(server.launch.url) : [])];
    for (const { key, value } of onCommandLine) {
      out.push({
        ruleId: configPlaintextSecret.meta.id,
        severity: "high",
        server: server.name,
        line: server.line,
        message: `server "${server.name}" gets a literal secret on its command line or URL (${key}): ${maskSecret(value)}`,
        fix: `Move it out of the command line or URL into the server's env entry and ${referenceAdvice(config.client, "NAME")}; then rotate it.`,
        key: `args:${key.replace(/ (of|in) .*$/, "")}`,
      });
    }
    for (const [where, map] of [["env", server.env], ["headers", server.headers]] as const) {
      for (const [key, value] of Object.entries(map)) {
        if (!isPlaintextSecret(key, value)) continue;
        out.push({
          ruleId: configPlaintextSecret.meta.id,
          severity: "high",
          server: server.name,
          line: server.line,
          message: `server "${server.name}" gets ${key} as a literal in ${where}: ${maskSecret(credentialPart(value))}`,
          fix: `Do not write it in the file: ${referenceAdvice(config.client, where === "env" ? key : variableFor(server.name))}. Then rotate the token.`,
          key: `${where}:${key}`,
        });
      }
    }
  }
  return out;
}
