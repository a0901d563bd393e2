// The script of `sh -c` / `bash -c` in an argument vector, when the tool says it
// runs the command it is given and the command is the whole script: the tool's
// stated job, a capability (issue 21). A script the code writes around the
// value, or a tool promising allowed commands, stays a critical injection.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";
import { permissionPolicy } from "../analyzer/workflows/permissions.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
let result: ScanResult;
before(async () => {
  result = await scan(join(CORPUS, "shell-script-of-a-run-command-tool-is-its-job"), { offline: true });
});

const severityOf = (tool: string) => result.findings.filter((f) => f.ruleId === "command-injection" && f.message.includes(`\`${tool}\``)).map((f) => f.severity);

test("a run-command tool's command as the whole script of bash -c is its capability, at medium, under ask", () => {
  assert.deepEqual(severityOf("terminal_run"), ["medium"]);
  const finding = result.findings.find((f) => f.message.includes("`terminal_run`"));
  assert.equal(finding?.properties?.capability, "`terminal_run` runs any command line the model writes, with the user's rights");
  assert.equal(permissionPolicy(result).rules.find((r) => r.tool === "terminal_run")?.decision, "ask");
});

test("a value written into a script of the code's own, or a command of a tool that promises allowed commands, stays critical", () => {
  assert.deepEqual(severityOf("pack_folder"), ["critical"]);
  assert.deepEqual(severityOf("vetted_run"), ["critical"]);
  assert.equal(result.findings.find((f) => f.message.includes("`vetted_run`"))?.properties?.capability, undefined);
  assert.equal(permissionPolicy(result).rules.find((r) => r.tool === "pack_folder")?.decision, "deny");
});
