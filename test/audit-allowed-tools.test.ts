// over-broad-permission after `audit` has scanned the servers: a Claude Code
// allow entry naming one tool is judged by what that tool's handler can do.
// The servers are local fixture folders (no cache, no network).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { audit, judgeAllowedTools } from "../analyzer/audit/index.js";
import { scanServers } from "../analyzer/audit/servers.js";
import { tempDir } from "./support/tarballs.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/workflows/", import.meta.url));
const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));

function fixtureHome(): { home: string; env: { home: string; appData: string; xdgConfigHome: string; cwd: string } } {
  const home = tempDir();
  const env = { home, appData: join(home, "AppData"), xdgConfigHome: join(home, ".config"), cwd: join(home, "project") };
  mkdirSync(env.cwd, { recursive: true });
  mkdirSync(join(home, ".claude"), { recursive: true });
  const servers = {
    mcpServers: {
      "acme notes": { command: "node", args: [join(FIXTURES, "notes-v2", "server.js")] },
      old: { command: "node", args: [join(FIXTURES, "notes-v1", "server.js")] },
      linear: { type: "http", url: "https://mcp.linear.example.com/mcp" },
    },
  };
  writeFileSync(join(home, ".claude.json"), JSON.stringify(servers, null, 2));
  const settings = {
    permissions: {
      allow: [
        "mcp__acme_notes__read_note",
        "mcp__acme_notes__delete_note",
        "mcp__acme_notes__export_note",
        "mcp__acme_notes__backup_notes",
        "mcp__old__save_note",
        "mcp__linear__delete_issue",
        "Bash(ls:*)",
      ],
      deny: ["mcp__old__delete_note"],
    },
  };
  writeFileSync(join(home, ".claude", "settings.json"), JSON.stringify(settings, null, 2));
  return { home, env };
}

test("audit: allow entries for single tools that delete, run programs or send data out are over-broad; reads and writes are not", async () => {
  const { env } = fixtureHome();
  const result = await audit({ env });
  result.servers = await scanServers(result, { offline: true });
  const settings = result.configs.find((c) => c.path.endsWith(join(".claude", "settings.json")));
  assert.ok(settings);
  assert.equal(settings.findings.length, 0, "before the scan only whole-server entries can be judged");
  judgeAllowedTools(result);
  assert.deepEqual(
    settings.findings.map((f) => [f.ruleId, f.severity, f.line, f.message]),
    [
      ["over-broad-permission", "medium", 5, "`mcp__acme_notes__delete_note` in permissions.allow runs the tool without asking, and its handler deletes files"],
      ["over-broad-permission", "medium", 6, "`mcp__acme_notes__export_note` in permissions.allow runs the tool without asking, and its handler runs programs"],
      ["over-broad-permission", "medium", 7, "`mcp__acme_notes__backup_notes` in permissions.allow runs the tool without asking, and its handler sends data out over the network"],
    ],
  );
  // read_note reads, old's save_note writes (ask-worthy, not deny-worthy), linear is remote (unknown), Bash is not MCP.
});

test("audit CLI: the tool-level finding is in the text and the exit code", () => {
  const { home, env } = fixtureHome();
  const run = spawnSync(process.execPath, [CLI, "audit", "--offline", "--fail-on", "medium"], { encoding: "utf8", env: { ...process.env, HOME: home, APPDATA: env.appData, XDG_CONFIG_HOME: env.xdgConfigHome }, cwd: env.cwd });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^ {2}MEDIUM over-broad-permission \(line 6\): `mcp__acme_notes__export_note` in permissions\.allow runs the tool without asking, and its handler runs programs$/m);
  const noScan = spawnSync(process.execPath, [CLI, "audit", "--offline", "--no-scan", "--fail-on", "medium", "--format", "json"], { encoding: "utf8", env: { ...process.env, HOME: home, APPDATA: env.appData, XDG_CONFIG_HOME: env.xdgConfigHome }, cwd: env.cwd });
  const out = JSON.parse(noScan.stdout) as { configs: { path: string; findings: unknown[]; allow?: { rule: string; line: number }[] }[] };
  const settings = out.configs.find((c) => c.path.endsWith("settings.json"));
  assert.deepEqual(settings?.findings, []);
  assert.deepEqual(settings?.allow?.[1], { rule: "mcp__acme_notes__delete_note", line: 5 });
});
