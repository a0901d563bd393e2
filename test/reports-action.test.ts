// The GitHub Action: action.yml's shape (inputs only through env, upload
// before failing) and the scan step's script run against real packages.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { commandData, repositoryRelative, runAction } from "../scripts/github-action.js";
import { sarifSchemaErrors } from "./support/sarif-validate.js";

const ACTION_YML = fileURLToPath(new URL("../../action.yml", import.meta.url));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(ACTION_YML, "utf8")) as Action;

test("action.yml: composite, Node set up, inputs never interpolated into a script", () => {
  assert.equal(action.runs.using, "composite");
  const steps = action.runs.steps;
  assert.match(steps[0].uses ?? "", /^actions\/setup-node@v\d+$/);
  for (const step of steps.filter((s) => s.run !== undefined)) {
    assert.ok(!/\$\{\{/.test(step.run!), `step "${step.name}" interpolates an expression into its script: ${step.run}`);
    assert.equal(step.shell, "bash", `step "${step.name}" names its shell`);
  }
  // Every input is used, and only through env, with or if.
  const scan = steps.find((s) => s.id === "scan")!;
  assert.deepEqual(
    Object.keys(action.inputs).sort(),
    ["category", "fail-on", "node-version", "sarif-file", "target", "upload"],
  );
  assert.equal(scan.env?.MCP_WARDEN_TARGET, "${{ inputs.target }}");
  assert.equal(scan.env?.MCP_WARDEN_FAIL_ON, "${{ inputs.fail-on }}");
  assert.equal(scan.env?.MCP_WARDEN_CATEGORY, "${{ inputs.category }}");
  assert.equal(scan.env?.MCP_WARDEN_SARIF_FILE, "${{ inputs.sarif-file }}");
  assert.equal(action.inputs.target.default, ".");
  assert.equal(action.inputs["fail-on"].default, "high");
});

test("action.yml: the SARIF is uploaded with upload-sarif before the job fails on fail-on", () => {
  const steps = action.runs.steps;
  const scan = steps.findIndex((s) => s.id === "scan");
  const upload = steps.findIndex((s) => /^github\/codeql-action\/upload-sarif@v\d+$/.test(s.uses ?? ""));
  const fail = steps.findIndex((s) => /exit 1/.test(s.run ?? ""));
  assert.ok(scan >= 0 && upload > scan && fail > upload, `order scan ${scan} < upload ${upload} < fail ${fail}`);
  assert.equal(steps[upload].with?.sarif_file, "${{ steps.scan.outputs.sarif-file }}");
  assert.equal(steps[upload].with?.category, "${{ inputs.category }}");
  assert.equal(steps[fail].if, "${{ steps.scan.outputs.failed == 'true' }}");
  // An npm spec's SARIF points at files that are not in the repository: only a folder's is uploaded.
  assert.equal(steps[upload].if, "${{ inputs.upload == 'true' && steps.scan.outputs.uploadable == 'true' }}");
  assert.ok(!/exit/.test(steps[scan].run ?? ""), "the scan step does not fail the job for findings");
});

let workspace: string;

before(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "mcp-warden-action-"));
  const pkg = path.join(workspace, "servers", "risky");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "risky", version: "1.0.0", scripts: { postinstall: "node setup.js" } }, null, 2));
  writeFileSync(path.join(pkg, "setup.js"), "require('setup-helper').run();\n");
});

after(() => rmSync(workspace, { recursive: true, force: true }));

function outputsOf(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
}

test("action script: writes SARIF with repository-relative URIs, the job summary and the outputs", async () => {
  const output = path.join(workspace, "output.txt");
  const summary = path.join(workspace, "summary.md");
  writeFileSync(output, "");
  let logged = "";
  const code = await runAction(
    { MCP_WARDEN_TARGET: "servers/risky", MCP_WARDEN_FAIL_ON: "medium", MCP_WARDEN_CATEGORY: "servers/risky", MCP_WARDEN_SARIF_FILE: "out.sarif", GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
    (s) => (logged += s),
  );
  assert.equal(code, 0, logged);
  assert.deepEqual(outputsOf(output), { "sarif-file": "out.sarif", findings: "1", failing: "1", failed: "true", uploadable: "true" });
  const log = JSON.parse(readFileSync(path.join(workspace, "out.sarif"), "utf8")) as {
    runs: { automationDetails: { id: string }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
  };
  assert.deepEqual(sarifSchemaErrors(log), []);
  assert.equal(log.runs[0].automationDetails.id, "servers/risky/");
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, "servers/risky/package.json");
  assert.match(readFileSync(summary, "utf8"), /^### mcp-warden: `risky@1\.0\.0`/);
  assert.match(logged, /install-script/);
});

test("action script: below fail-on nothing fails; bad input and missing targets exit 2", async () => {
  const output = path.join(workspace, "output2.txt");
  writeFileSync(output, "");
  const quiet = () => undefined;
  assert.equal(await runAction({ MCP_WARDEN_TARGET: "servers/risky", GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, MCP_WARDEN_SARIF_FILE: "b.sarif" }, quiet), 0);
  assert.deepEqual(outputsOf(output), { "sarif-file": "b.sarif", findings: "1", failing: "0", failed: "false", uploadable: "true" });
  let logged = "";
  assert.equal(await runAction({ MCP_WARDEN_TARGET: "servers/risky", MCP_WARDEN_FAIL_ON: "severe", GITHUB_WORKSPACE: workspace }, (s) => (logged += s)), 2);
  assert.match(logged, /^::error title=mcp-warden::fail-on must be one of/);
  assert.equal(await runAction({ MCP_WARDEN_TARGET: "./servers/missing", GITHUB_WORKSPACE: workspace }, quiet), 2);
});

test("action script: helpers", () => {
  assert.equal(repositoryRelative("/w", "."), "");
  assert.equal(repositoryRelative("/w", "./a/b/"), "a/b");
  assert.equal(repositoryRelative("/w", "/w/a"), "a");
  assert.equal(repositoryRelative("/w", "../elsewhere"), undefined);
  assert.equal(commandData("50% done\r\n::warning::x"), "50%25 done%0D%0A::warning::x");
});

test("action.yml: the scanner is built once per job: a second use of the action finds the build", () => {
  const build = action.runs.steps.find((s) => s.name === "Build mcp-warden")!;
  assert.equal(build.with, undefined);
  assert.match(build.run ?? "", /^if \[ -f dist\/scripts\/github-action\.js \]; then\n[^\n]*already built[^\n]*\nelse\n\s+npm ci [^\n]*\n\s+npm run build --silent\nfi\n?$/);
});

test("action script: a target outside the repository (a tarball, an npm spec) is not uploaded; its SARIF paths say whose they are", async () => {
  const { tgzBytes } = await import("./support/tarballs.js");
  const tarball = path.join(workspace, "risky-pkg.tgz");
  writeFileSync(tarball, tgzBytes([
    { path: "package/package.json", body: JSON.stringify({ name: "risky-dep", version: "2.1.0", scripts: { postinstall: "node setup.js" } }) },
    { path: "package/setup.js", body: "console.log('setup');\n" },
  ]));
  const output = path.join(workspace, "output3.txt");
  writeFileSync(output, "");
  let logged = "";
  assert.equal(await runAction({ MCP_WARDEN_TARGET: "risky-pkg.tgz", MCP_WARDEN_SARIF_FILE: "dep.sarif", GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output }, (s) => (logged += s)), 0);
  assert.equal(outputsOf(output).uploadable, "false");
  assert.match(logged, /^::notice title=mcp-warden::risky-pkg\.tgz is not a folder of this repository: its SARIF \(dep\.sarif, paths under mcp-warden-package\/risky-dep@2\.1\.0\/\) is not uploaded/);
  const log = JSON.parse(readFileSync(path.join(workspace, "dep.sarif"), "utf8")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, "mcp-warden-package/risky-dep%402.1.0/package.json", "a URI: the @ is percent-encoded");
});
