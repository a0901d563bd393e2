// The command line as a user runs it: `node dist/analyzer/cli.js`, its exit
// codes, where machine output and diagnostics go, files, colour.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { SEVERITIES, type ScanResult, type Severity, severityRank } from "../analyzer/types.js";
import { packageDir, tempDir, tempFile, tgzBytes } from "./support/tarballs.js";

const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous, so a server in this process can answer the child. */
function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
    for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
    const child = spawn(process.execPath, [CLI, ...args], { env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const writePackage = packageDir;

const cleanPackage = writePackage({
  "package.json": JSON.stringify({ name: "clean-server", version: "1.0.0", main: "index.js" }),
  "index.js": "export const add = (a, b) => a + b;\n",
});
const installScriptPackage = writePackage({
  "package.json": JSON.stringify({ name: "setup-server", version: "1.0.0", scripts: { postinstall: "node scripts/setup.js" } }),
  "index.js": "module.exports = {};\n",
});

test("cli: a clean package exits 0 and --format json puts exactly one JSON document on stdout", async () => {
  const r = await run(["scan", cleanPackage, "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as ScanResult;
  assert.equal(result.package.name, "clean-server");
  assert.deepEqual(result.findings, []);
  assert.equal(r.stderr, "");
});

test("cli: --fail-on decides between exit 0 and 1 by the worst finding's severity", async () => {
  const [byDefault, ...runs] = await Promise.all([undefined, ...SEVERITIES].map((failOn) => run(["scan", installScriptPackage, "--format", "json", ...(failOn ? ["--fail-on", failOn] : [])])));
  const result = JSON.parse(byDefault.stdout) as ScanResult;
  assert.ok(result.findings.some((f) => f.ruleId === "install-script"));
  const worst = Math.max(...result.findings.map((f) => severityRank(f.severity)));
  SEVERITIES.forEach((failOn, i) => assert.equal(runs[i].code, worst >= severityRank(failOn as Severity) ? 1 : 0, `--fail-on ${failOn}`));
  // The default is high.
  assert.equal(byDefault.code, worst >= severityRank("high") ? 1 : 0);
});

test("cli: --format sarif on stdout, diagnostics on stderr", async () => {
  const dir = writePackage({ "package.json": "{ not json", "index.js": "const = ;\n", "ok.js": "module.exports = 1;\n" });
  const r = await run(["scan", dir, "--format", "sarif"]);
  assert.equal(r.code, 0, r.stderr);
  const sarif = JSON.parse(r.stdout) as { version: string; runs: unknown[] };
  assert.equal(sarif.version, "2.1.0");
  assert.equal(sarif.runs.length, 1);
  assert.match(r.stderr, /package\.json is not valid JSON/);
  assert.match(r.stderr, /index\.js: could not parse: Unexpected token \(1:6\)/);
});

test("cli: --output writes the report to a file and nothing to stdout", async () => {
  const out = path.join(tempDir(), "report.json");
  const r = await run(["scan", cleanPackage, "--format", "json", "--output", out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "");
  assert.equal((JSON.parse(readFileSync(out, "utf8")) as ScanResult).package.name, "clean-server");
});

test("cli: colour only when asked, and NO_COLOR beats FORCE_COLOR", async () => {
  const ESC = "\u001b[";
  const args = ["scan", installScriptPackage, "--fail-on", "none"];
  const [plain, forced, noColor, flag] = await Promise.all([
    run(args),
    run(args, { FORCE_COLOR: "1" }),
    run(args, { FORCE_COLOR: "1", NO_COLOR: "1" }),
    run([...args, "--no-color"], { FORCE_COLOR: "1" }),
  ]);
  assert.equal(plain.code, 0, "--fail-on none");
  assert.ok(plain.stdout.includes("install-script") && !plain.stdout.includes(ESC), "not a terminal: no colour");
  assert.ok(forced.stdout.includes(ESC));
  assert.ok(noColor.stdout.includes("install-script") && !noColor.stdout.includes(ESC));
  assert.ok(!flag.stdout.includes(ESC));
});

test("cli: usage errors exit 2 with the reason on stderr", async () => {
  const cases: [string[], RegExp][] = [
    [["--format", "json"], /^mcp-warden: no command given; try: mcp-warden scan <target>, or mcp-warden help\n$/],
    [["frobnicate", "x"], /unknown command "frobnicate"/],
    [["scan", "a", "b"], /scan takes exactly one target/],
    [["scan", cleanPackage, "--format", "xml"], /--format must be one of/],
    [["scan", cleanPackage, "--fail-on", "severe"], /--fail-on must be one of/],
    [["scan", cleanPackage, "--max-files", "0"], /--max-files must be a positive whole number/],
    [["scan", cleanPackage, "--registry", "ftp://x"], /--registry must be an http\(s\) URL/],
    [["scan", cleanPackage, "--bogus"], /Unknown option '--bogus'/],
  ];
  const runs = await Promise.all(cases.map(([args]) => run(args)));
  cases.forEach(([args, message], i) => {
    assert.equal(runs[i].code, 2, args.join(" "));
    assert.match(runs[i].stderr, message, args.join(" "));
    assert.equal(runs[i].stdout, "", args.join(" "));
  });
  const help = await run(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--max-files <count>/);
});

test("cli: a bare `mcp-warden` and `mcp-warden help` print the help on stdout and exit 0", async () => {
  const [bare, word, flag] = await Promise.all([run([]), run(["help"]), run(["--help"])]);
  for (const r of [bare, word]) {
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, flag.stdout);
  }
  assert.match(bare.stdout, /^mcp-warden \S+: static analysis of MCP servers/);
});

test("cli: an unknown rule id is exit 2 naming the valid ones, before anything is scanned", async () => {
  const r = await run(["scan", "./no/such/folder", "--rules", "ssrf,nosuchrule"]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^mcp-warden: unknown rule "nosuchrule"; valid rules: [a-z-]+(, [a-z-]+)+\n$/);
  assert.match(r.stderr, /\bcredential-exfiltration\b.*\bssrf\b/);
  const known = await run(["scan", installScriptPackage, "--rules", "install-script", "--format", "json", "--fail-on", "none"]);
  assert.equal(known.code, 0, known.stderr);
  assert.deepEqual([...new Set((JSON.parse(known.stdout) as ScanResult).findings.map((f) => f.ruleId))], ["install-script"]);
});

test("cli: an output path in a missing folder is a one-line error before the scan", async () => {
  const missingDir = path.join(tempDir(), "missing-dir", "x.json");
  const folderInPlace = tempDir();
  const runs = await Promise.all([
    run(["scan", "./no/such/folder", "-o", missingDir]),
    run(["scan", cleanPackage, "--output", folderInPlace]),
    run(["pin", cleanPackage, "--out", missingDir]),
  ]);
  for (const r of runs) {
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr.split("\n").length, 2, r.stderr);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  }
  // The scan target does not exist either: the output path was judged first.
  assert.match(runs[0].stderr, /^mcp-warden: cannot write .*missing-dir\/x\.json: the folder .*missing-dir does not exist \(create it first\)\n$/);
  assert.match(runs[1].stderr, /: it is a folder; give a file name\n$/);
});

test("cli: an empty folder and a package with no JS/TS exit 2 with a message, not \"No findings\"", async () => {
  const empty = tempDir();
  const python = writePackage({ "package.json": JSON.stringify({ name: "py-server", version: "1.0.0" }), "server.py": "print(1)\n" });
  const [a, b] = await Promise.all([run(["scan", empty]), run(["inventory", python])]);
  assert.equal(a.code, 2);
  assert.equal(a.stdout, "");
  assert.equal(a.stderr, `mcp-warden: ${empty}: nothing to scan: no files found (is it the right folder?)\n`);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /nothing to scan: it holds no JavaScript or TypeScript file \(2 files read\)/);
});

test("cli: targets that cannot be acquired exit 2 with a message naming them", async () => {
  const missing = await run(["scan", "./no/such/folder"]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "mcp-warden: ./no/such/folder does not exist\n");

  const corrupt = tempFile("broken.tgz", Buffer.from("definitely not gzip ".repeat(50)));
  const r = await run(["scan", corrupt, "--format", "json"]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, new RegExp(`^mcp-warden: ${corrupt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: corrupt tar header at byte 0`));

  const truncated = tempFile("cut.tgz", tgzBytes([{ path: "package/index.js", body: "x".repeat(50_000) }]).subarray(0, 60));
  const cut = await run(["scan", truncated]);
  assert.equal(cut.code, 2);
  assert.match(cut.stderr, /is truncated/);
});

test("cli: npm specs: a missing package and an unreachable registry exit 2 naming the spec; the token is never printed", async () => {
  const token = "npm_secretTokenThatMustNotBePrinted000000";
  const server = createServer((_req, res) => {
    res.writeHead(404, { "content-type": "application/json" });
    res.end('{"error":"Not found"}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const r = await run(["scan", "@acme/ghost-server@latest", "--registry", registry, "--cache-dir", tempDir()], { NPM_TOKEN: token });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `mcp-warden: @acme/ghost-server@latest: the registry ${registry} has no such package (404); check the name\n`);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token));
  } finally {
    await new Promise((r) => server.close(r));
  }
  // The same port, now closed.
  const dead = await run(["scan", "ghost-server", "--registry", registry, "--cache-dir", tempDir()]);
  assert.equal(dead.code, 2);
  assert.match(dead.stderr, /^mcp-warden: ghost-server: could not reach the registry .* \(ECONNREFUSED\)/);

  const offline = await run(["scan", "ghost-server@1.0.0", "--offline", "--cache-dir", tempDir()]);
  assert.equal(offline.code, 2);
  assert.match(offline.stderr, /ghost-server@1\.0\.0 is not in the cache \(.*\) and --offline forbids the network/);
});

test("npm start: the demo scan prints a report and exits 0 (a demo, not a gate)", async () => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { scripts: Record<string, string> };
  const demo = /node dist\/analyzer\/cli\.js (.+)$/.exec(pkg.scripts.start);
  assert.ok(demo, pkg.scripts.start);
  const args = demo[1].split(" ").map((a) => (a.startsWith("corpus/") ? fileURLToPath(new URL(`../../${a}`, import.meta.url)) : a));
  const r = await run(args);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^mcp-warden \S+ {2}weather-forecast-mcp@1\.4\.2 /);
  assert.match(r.stdout, /\nHIGH \(1\)\n {2}install-script/);
});
