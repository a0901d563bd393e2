// `mcp-warden audit` scanning the configured servers, on a fixture machine
// made in a temp folder: an npm server already in the cache (seeded here), one
// that is not (skipped under --offline), a local `node` server, a script that
// does not exist, a remote server, and an npm server a fake registry on
// 127.0.0.1 does not have (failed, not fatal). Never the network.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { storeCachedTarball } from "../analyzer/acquire/npm-cache.js";
import { audit } from "../analyzer/audit/index.js";
import { packageRootOf, scanServers } from "../analyzer/audit/servers.js";
import { tempDir, tgzBytes } from "./support/tarballs.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/workflows/", import.meta.url));
const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));
const home = tempDir();
const cacheDir = tempDir();
const env = { home, appData: join(home, "AppData"), xdgConfigHome: join(home, ".config"), cwd: join(home, "project") };

before(async () => {
  const entries = ["package.json", "server.js"].map((f) => ({ path: `package/${f}`, body: readFileSync(join(FIXTURES, "notes-v2", f)) }));
  const bytes = tgzBytes(entries);
  const integrity = `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
  await storeCachedTarball(cacheDir, "", ["@acme/notes-mcp@1.1.0"], { name: "@acme/notes-mcp", version: "1.1.0", integrity, bytes });
  mkdirSync(env.cwd, { recursive: true });
  const config = {
    mcpServers: {
      notes: { command: "npx", args: ["-y", "@acme/notes-mcp@1.1.0"] },
      github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] },
      local: { command: "node", args: [join(FIXTURES, "notes-v1", "server.js")] },
      gone: { command: "node", args: ["./missing/server.js"] },
      linear: { type: "http", url: "https://mcp.linear.example.com/mcp" },
    },
  };
  writeFileSync(join(home, ".claude.json"), JSON.stringify(config, null, 2));
});

test("audit servers: --offline scans what is cached and local, skips the rest, reports what it cannot read", async () => {
  const servers = await scanServers(await audit({ env }), { cacheDir, offline: true });
  assert.deepEqual(
    servers.map((s) => [s.name, s.launch, s.status, s.verdict ?? "-", s.package ? `${s.package.name}@${s.package.version}` : "-"]),
    [
      ["notes", "npx", "scanned", "dangerous", "@acme/notes-mcp@1.1.0"],
      ["github", "npx", "skipped", "-", "-"],
      ["local", "node", "scanned", "ok", "@acme/notes-mcp@1.0.0"],
      ["gone", "node", "failed", "-", "-"],
      ["linear", "remote", "not-scanned", "-", "-"],
    ],
  );
  // `export_note` hands pandoc `path.resolve(ROOT, …)`: an absolute path, no option (value shapes).
  assert.deepEqual(servers[0].counts, { critical: 1, low: 1 });
  assert.deepEqual(servers[0].topFindings?.map((f) => [f.severity, f.ruleId, f.file]), [["critical", "credential-exfiltration", "server.js"], ["low", "mixed-blast-radius", "server.js"]]);
  assert.equal(servers[1].reason, "not in the cache and --offline forbids the network; audit once without --offline to fetch it");
  assert.equal(servers[2].target, join(FIXTURES, "notes-v1"));
  assert.equal(servers[3].reason, `${join(home, "missing/server.js")} does not exist`);
  assert.equal(servers[4].reason, "remote server: its code is not on this machine");
  assert.equal(packageRootOf(join(FIXTURES, "notes-v2", "server.js")), join(FIXTURES, "notes-v2"));
});

test("audit servers: a package the registry does not have is reported as failed, and the audit goes on", async () => {
  const server = createServer((_req, res) => {
    res.writeHead(404, { "content-type": "application/json" });
    res.end('{"error":"Not found"}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const servers = await scanServers(await audit({ env }), { cacheDir, registry });
    // The cache is per registry: the exact version seeded for the default registry is fetched from this one, and fails too.
    assert.deepEqual(servers.map((s) => s.status), ["failed", "failed", "scanned", "failed", "not-scanned"]);
    assert.match(servers[1].reason ?? "", /^@modelcontextprotocol\/server-github: the registry http:\/\/127\.0\.0\.1:\d+\/ has no such package \(404\)/);
  } finally {
    server.close();
  }
});

test("audit CLI: verdicts in text and JSON; progress only when asked for (stderr is not a terminal here)", () => {
  const childEnv = { ...process.env, HOME: home, APPDATA: env.appData, XDG_CONFIG_HOME: env.xdgConfigHome };
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, "audit", "--offline", "--cache-dir", cacheDir, ...args], { encoding: "utf8", env: childEnv, cwd: env.cwd });
  const configBefore = statSync(join(home, ".claude.json")).mtimeMs + readFileSync(join(home, ".claude.json"), "utf8");
  const text = run();
  assert.equal(text.status, 1, "a critical finding in a configured server");
  assert.equal(text.stderr, "");
  assert.match(text.stdout, /^Servers: 2 scanned, 1 skipped \(offline, not cached\), 1 failed, 1 not scannable$/m);
  assert.match(text.stdout, /^ {2}DANGEROUS notes \(Claude Code\): @acme\/notes-mcp@1\.1\.0: 1 critical, 1 low\n {6}CRITICAL credential-exfiltration server\.js:\d+: GITHUB_TOKEN is sent to/m);
  assert.match(text.stdout, /^ {2}OK {8}local \(Claude Code\): @acme\/notes-mcp@1\.0\.0: no findings$/m);
  assert.match(text.stdout, /^1 server skipped by --offline: github$/m);
  const json = run("--format", "json", "--progress", "--fail-on", "none");
  assert.equal(json.status, 0);
  assert.equal(json.stderr, `mcp-warden: [1/3] scanning @acme/notes-mcp@1.1.0\nmcp-warden: [3/3] scanning ${join(FIXTURES, "notes-v1")}\n`);
  assert.equal(statSync(join(home, ".claude.json")).mtimeMs + readFileSync(join(home, ".claude.json"), "utf8"), configBefore, "configs are only read");
  const out = JSON.parse(json.stdout) as { servers: { name: string; status: string; verdict?: string }[] };
  assert.deepEqual(out.servers.map((s) => [s.name, s.status, s.verdict ?? "-"]), [["notes", "scanned", "dangerous"], ["github", "skipped", "-"], ["local", "scanned", "ok"], ["gone", "failed", "-"], ["linear", "not-scanned", "-"]]);
  const configsOnly = run("--no-scan", "--format", "json");
  assert.equal(configsOnly.status, 0, "no config finding; servers not scanned");
  assert.deepEqual(Object.keys(JSON.parse(configsOnly.stdout) as object), ["schemaVersion", "configs"]);
});
