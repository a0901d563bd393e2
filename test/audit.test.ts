// `mcp-warden audit` on a fixture machine (HOME, APPDATA, XDG_CONFIG_HOME and
// the project folder all point into test/fixtures/audit-home): which configs
// are found, how each server launches, and the config rules' exact findings.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { audit } from "../analyzer/audit/index.js";
import { classifyLaunch, isExactNpmSpec } from "../analyzer/audit/launch.js";
import { isPlaintextSecret } from "../rules/config-plaintext-secret.js";
import { isLoopbackHost } from "../rules/insecure-transport.js";
import { coversWholeServer } from "../rules/over-broad-permission.js";

const FIXTURE = fileURLToPath(new URL("../../test/fixtures/audit-home/", import.meta.url));
const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));
const env = { home: join(FIXTURE, "home"), appData: join(FIXTURE, "appdata"), xdgConfigHome: join(FIXTURE, "xdg"), cwd: join(FIXTURE, "project") };
const rel = (p: string): string => relative(FIXTURE, p).split("\\").join("/");

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of snapshot(p)) out.set(k, v);
    else out.set(p, `${statSync(p).mtimeMs}:${readFileSync(p, "utf8")}`);
  }
  return out;
}

test("audit: finds every client's config on the fixture machine, and one malformed file does not stop the rest", async () => {
  const result = await audit({ env });
  assert.deepEqual(
    result.configs.map((c) => [c.client, rel(c.path), c.status]),
    [
      ["Claude Desktop", "home/Library/Application Support/Claude/claude_desktop_config.json", "parsed"],
      ["Claude Desktop", "appdata/Claude/claude_desktop_config.json", "error"],
      ["Claude Code", "home/.claude.json", "parsed"],
      ["Claude Code", "project/.mcp.json", "parsed"],
      ["Claude Code", "home/.claude/settings.json", "parsed"],
      ["Claude Code", "project/.claude/settings.local.json", "parsed"],
      ["Cursor", "home/.cursor/mcp.json", "parsed"],
      ["VS Code", "xdg/Code/User/mcp.json", "parsed"],
      ["Windsurf", "home/.codeium/windsurf/mcp_config.json", "parsed"],
      ["Gemini CLI", "home/.gemini/settings.json", "parsed"],
      ["Zed", "xdg/zed/settings.json", "parsed"],
      ["Codex", "home/.codex/config.toml", "parsed"],
    ],
  );
  assert.match(result.configs[1].note ?? "", /^not valid JSON/);
});

test("audit: each server's launch (npx, cmd /c npx, pnpm dlx, bunx, node, uvx, docker, remote, mcp-remote)", async () => {
  const result = await audit({ env });
  const launches = result.configs.flatMap((c) => c.servers.map((s) => [s.name, s.launch.kind, s.launch.spec ?? s.launch.script ?? s.launch.url]));
  assert.deepEqual(launches, [
    ["github", "npx", "@modelcontextprotocol/server-github"],
    ["filesystem", "npx", "@modelcontextprotocol/server-filesystem@2025.8.21"],
    ["linear", "remote", "https://mcp.linear.example.com/mcp"],
    ["search", "npx", "web-search-mcp@^1.2.0"],
    ["sandbox (/home/me/app)", "docker", "ghcr.io/example/sandbox-mcp:1.4"],
    ["tickets", "mcp-remote", "mcp-remote@0.1.29"],
    ["fetch", "uvx", "mcp-server-fetch"],
    ["local", "node", "./build/server.js"],
    ["jira", "pnpm-dlx", "jira-mcp@2.3.1"],
    ["wiki", "remote", "http://wiki.corp.example.net/mcp"],
    ["local-dev", "remote", "http://127.0.0.1:3000/mcp"],
    ["maps", "remote", "https://maps.example.com/mcp"],
    ["notes", "bunx", "notes-mcp@latest"],
    ["docs", "remote", "https://docs.example.com/mcp"],
    ["postgres", "npx", "@example/mcp-postgres@1.0.0"],
    ["docs", "npx", "docs-mcp"],
  ]);
  assert.equal(result.configs[3].servers[0].launch.url, "http://tickets.example.org/sse");
});

test("audit: the config rules' exact findings (positives and negatives in the same files)", async () => {
  const result = await audit({ env });
  const findings = result.configs.flatMap((c) => c.findings.map((f) => [f.ruleId, rel(f.file), f.line, f.server ?? "-"]));
  assert.deepEqual(findings, [
    ["config-plaintext-secret", "home/Library/Application Support/Claude/claude_desktop_config.json", 3, "github"],
    ["unpinned-server", "home/Library/Application Support/Claude/claude_desktop_config.json", 3, "github"],
    ["config-plaintext-secret", "home/.claude.json", 4, "linear"],
    ["unpinned-server", "home/.claude.json", 9, "search"],
    ["insecure-transport", "project/.mcp.json", 3, "tickets"],
    ["over-broad-permission", "home/.claude/settings.json", 3, "-"],
    ["over-broad-permission", "home/.claude/settings.json", 6, "-"],
    ["over-broad-permission", "project/.claude/settings.local.json", 3, "-"],
    ["over-broad-permission", "project/.claude/settings.local.json", 4, "-"],
    ["insecure-transport", "xdg/Code/User/mcp.json", 5, "wiki"],
    ["unpinned-server", "home/.codeium/windsurf/mcp_config.json", 4, "notes"],
    ["over-broad-permission", "home/.gemini/settings.json", 3, "docs"],
    ["unpinned-server", "home/.codex/config.toml", 1, "docs"],
  ]);
  // Secrets are printed masked, never whole.
  const text = JSON.stringify(result);
  assert.ok(!text.includes("ghp_Q7vK2mZ9pL4xR8tN1wB6yC3dF5gH0jS2aE7u"));
  assert.ok(!text.includes("lin_api_8fJ2kQ9xL3mN7pR4tV6wY1zB5cD0gH"));
  assert.match(text, /ghp_Q7…\(40 chars\)/);
});

test("audit: rule predicates on their own (positive and negative cases)", () => {
  const secret: [string, string, boolean][] = [
    ["GITHUB_TOKEN", "ghp_Q7vK2mZ9pL4xR8tN1wB6yC3dF5gH0jS2aE7u", true],
    ["Authorization", "Bearer s3cr3tV4lu3Xy9Qw", true],
    ["GITHUB_TOKEN", "${env:GITHUB_TOKEN}", false],
    ["Authorization", "Bearer ${input:tok}", false],
    ["API_KEY", "your-api-key-here", false],
    ["LOG_LEVEL", "debug-verbose-mode", false],
    ["AUTH_ENABLED", "true", false],
    ["TOKEN_FILE", "/home/me/.token", false],
  ];
  for (const [k, v, want] of secret) assert.equal(isPlaintextSecret(k, v), want, `${k}=${v}`);
  const exact: [string, boolean][] = [["pkg@1.2.3", true], ["@s/pkg@1.2.3-beta.1", true], ["@s/pkg", false], ["pkg@latest", false], ["pkg@^1.2.3", false], ["pkg@1", false]];
  for (const [spec, want] of exact) assert.equal(isExactNpmSpec(spec), want, spec);
  for (const [host, want] of [["localhost", true], ["127.0.0.1", true], ["[::1]", true], ["10.0.0.5", false], ["example.com", false]] as const) assert.equal(isLoopbackHost(host), want, host);
  for (const [rule, want] of [["mcp__github", true], ["mcp__github__*", true], ["mcp__*", true], ["mcp__github__get_issue", false], ["Bash(ls)", false]] as const) assert.equal(coversWholeServer(rule), want, rule);
  assert.deepEqual(classifyLaunch("npx", ["--registry", "http://r", "-y", "pkg@1.0.0"], undefined).spec, "pkg@1.0.0");
  assert.deepEqual(classifyLaunch("C:\\Program Files\\nodejs\\npx.cmd", ["-y", "pkg"], undefined).kind, "npx");
});

test("audit: configs are read-only, --config audits only the named files, exit code follows --fail-on", () => {
  const before = snapshot(FIXTURE);
  const broken = join(FIXTURE, "appdata/Claude/claude_desktop_config.json");
  const good = join(FIXTURE, "home/.gemini/settings.json");
  const run = spawnSync(process.execPath, [CLI, "audit", "--config", broken, "--config", good, "--format", "json"], { encoding: "utf8", env: { ...process.env, HOME: join(FIXTURE, "home"), APPDATA: join(FIXTURE, "appdata"), XDG_CONFIG_HOME: join(FIXTURE, "xdg") } });
  const out = JSON.parse(run.stdout) as { configs: { path: string; status: string }[] };
  assert.deepEqual(out.configs.map((c) => [rel(c.path), c.status]), [["appdata/Claude/claude_desktop_config.json", "error"], ["home/.gemini/settings.json", "parsed"]]);
  assert.match(run.stderr, /claude_desktop_config\.json: not valid JSON/);
  assert.equal(run.status, 0, "only a medium finding: under the default --fail-on high");
  const strict = spawnSync(process.execPath, [CLI, "audit", "--config", good, "--fail-on", "medium"], { encoding: "utf8" });
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /over-broad-permission .*trust: true/);
  assert.deepEqual(snapshot(FIXTURE), before);
});
