// The command line end to end for the report side: exit codes 0/1/2,
// --format, --output, --quiet, --category, and NO_COLOR/FORCE_COLOR.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));
const ANSI = /\u001b\[/;

let root: string;
let clean: string;
let risky: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string | undefined> = {}): Run {
  // A clean color environment: the test decides, not the terminal that runs it.
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...base, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writePackage(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

before(() => {
  root = mkdtempSync(path.join(tmpdir(), "mcp-warden-cli-"));
  clean = path.join(root, "clean");
  risky = path.join(root, "risky");
  writePackage(clean, {
    "package.json": JSON.stringify({ name: "clean-server", version: "1.0.0", main: "index.js" }, null, 2),
    "index.js": "export function add(a, b) {\n  return a + b;\n}\n",
  });
  // A postinstall that runs a local script loading a dependency the scan does not read: install-script at its default (medium) severity.
  writePackage(risky, {
    "package.json": JSON.stringify({ name: "risky-server", version: "2.0.0", main: "index.js", scripts: { postinstall: "node setup.js" } }, null, 2),
    "index.js": "export const name = 'risky';\n",
    "setup.js": "require('setup-helper').run();\n",
  });
});

after(() => rmSync(root, { recursive: true, force: true }));

test("cli: exit 0 when nothing is found", () => {
  const r = cli(["scan", clean, "--no-color"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^mcp-warden \S+ {2}clean-server@1\.0\.0/);
  assert.match(r.stdout, /\nNo findings\.\n/);
});

test("cli: exit 1 only when a finding is at or over --fail-on", () => {
  const atThreshold = cli(["scan", risky, "--fail-on", "medium", "--no-color"]);
  assert.equal(atThreshold.code, 1, atThreshold.stderr);
  assert.match(atThreshold.stdout, /MEDIUM \(1\)/);
  assert.equal(cli(["scan", risky, "--fail-on", "low", "--quiet"]).code, 1);
  // The default threshold is high: a medium finding is reported but does not fail.
  const below = cli(["scan", risky, "--quiet"]);
  assert.equal(below.code, 0);
  assert.match(below.stdout, /install-script/);
  assert.equal(cli(["scan", risky, "--fail-on", "none", "--quiet"]).code, 0);
});

test("cli: exit 2 when the scan cannot run", () => {
  const missing = cli(["scan", path.join(root, "does-not-exist")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /does not exist/);
  assert.equal(missing.stdout, "");
  const badFormat = cli(["scan", clean, "--format", "html"]);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be one of text, json, sarif, markdown, not "html"/);
  const badFailOn = cli(["scan", clean, "--fail-on", "severe"]);
  assert.equal(badFailOn.code, 2);
  assert.match(badFailOn.stderr, /--fail-on must be one of/);
  assert.equal(cli(["scan", clean, "--no-such-option"]).code, 2);
  assert.equal(cli(["frobnicate", clean]).code, 2);
});

test("cli: --format and --output write the report to a file, and nothing to stdout", () => {
  const out = path.join(root, "report.sarif");
  const r = cli(["scan", risky, "--format", "sarif", "--output", out, "--category", "servers/risky", "--fail-on", "medium"]);
  assert.equal(r.code, 1, "the exit code does not depend on where the report goes");
  assert.equal(r.stdout, "");
  const log = JSON.parse(readFileSync(out, "utf8")) as { version: string; runs: { automationDetails: { id: string }; results: { ruleId: string }[] }[] };
  assert.equal(log.version, "2.1.0");
  assert.equal(log.runs[0].automationDetails.id, "servers/risky/");
  assert.deepEqual(
    log.runs[0].results.map((x) => x.ruleId),
    ["install-script"],
  );
  const json = cli(["scan", risky, "-f", "json"]);
  assert.equal((JSON.parse(json.stdout) as { findings: unknown[] }).findings.length, 1);
  const md = cli(["scan", risky, "--format", "markdown"]);
  assert.match(md.stdout, /^### mcp-warden: `risky-server@2\.0\.0`\n/);
  assert.match(md.stdout, /<details><summary>/);
});

test("cli: color follows NO_COLOR, FORCE_COLOR and --no-color; files never get color", () => {
  assert.ok(!ANSI.test(cli(["scan", risky]).stdout), "no color when stdout is not a terminal");
  assert.ok(ANSI.test(cli(["scan", risky], { FORCE_COLOR: "1" }).stdout), "FORCE_COLOR turns color on");
  assert.ok(!ANSI.test(cli(["scan", risky], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout), "NO_COLOR wins");
  assert.ok(!ANSI.test(cli(["scan", risky, "--no-color"], { FORCE_COLOR: "1" }).stdout), "--no-color wins");
  assert.ok(!ANSI.test(cli(["scan", risky], { FORCE_COLOR: "0" }).stdout), "FORCE_COLOR=0 is off");
  const out = path.join(root, "report.txt");
  cli(["scan", risky, "--output", out], { FORCE_COLOR: "1" });
  assert.ok(!ANSI.test(readFileSync(out, "utf8")));
});

test("cli: --quiet prints findings without frames, paths or the inventory", () => {
  const loud = cli(["scan", risky, "--no-color"]).stdout;
  const quiet = cli(["scan", risky, "--no-color", "--quiet"]).stdout;
  assert.match(loud, /> +\d+ \|/);
  assert.ok(!/> +\d+ \|/.test(quiet));
  assert.match(quiet, /● package\.json runs `node setup\.js` on postinstall/);
});
