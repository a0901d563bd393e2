// What the findings say on shapes taken from popular official servers: which
// tool a dispatcher's flow belongs to, and which command a read-only tool runs.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import { CORPUS_DIR } from "./support/corpus.js";

const OFFLINE = { offline: true, rules: ["command-injection", "tool-annotation-mismatch"] };

test("a flow through one branch of a shared dispatcher names that branch's tool only", async () => {
  const result = await scan(path.join(CORPUS_DIR, "dispatcher-sink-in-one-branch"), OFFLINE);
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.message, f.properties?.source]),
    [["command-injection", "Tool argument `service` of `tail_log` reaches child_process.execFileSync in its argument array, where a value starting with `-` is read as an option (argument injection)", "tail_log"]],
  );
});

test("a read-only tool that runs kubectl get keeps its claim; one that can switch contexts is told which command", async () => {
  const result = await scan(path.join(CORPUS_DIR, "kubectl-read-only-tools-pinned-subcommands"), OFFLINE);
  assert.deepEqual(
    result.findings.filter((f) => f.ruleId === "tool-annotation-mismatch").map((f) => f.message),
    [
      'Tool "contexts" declares readOnlyHint: true, but its handler can run processes (`kubectl config use-context …`)',
      'Tool "kubectl" declares readOnlyHint: true, but its handler can run processes (`kubectl …`)',
    ],
  );
});

test("a sink in a helper several dispatcher branches call names the branch the path shows and the others that reach it", async () => {
  const result = await scan(path.join(CORPUS_DIR, "exec-wrapper-options-from-callers"), OFFLINE);
  assert.deepEqual(
    result.findings.map((f) => [f.severity, f.message]),
    [
      ["critical", "Tool argument `hook` of `run_hook` reaches child_process.execFileSync as part of a shell command line"],
      // `kubectl get pods -n NS`: the namespace is the value of `-n`, never an option; helm's release is in option position.
      ["medium", "Tool argument `release` of `helm_status` reaches child_process.execFileSync in its argument array, where a value starting with `-` is read as an option (argument injection) (tool `get_pods` reaches this call too)"],
    ],
  );
});
