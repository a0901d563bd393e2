// Which tool a low-level dispatcher's flows and capabilities belong to: each
// `case`, `if` branch or table entry is its own tool's handler, and an empty
// `case` falls through into the next one's statements.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import { CORPUS_DIR } from "./support/corpus.js";

const OFFLINE = { offline: true, rules: ["command-injection", "path-traversal"] };

async function attribution(caseName: string) {
  const result = await scan(path.join(CORPUS_DIR, caseName), OFFLINE);
  return {
    findings: result.findings.map((f) => [f.ruleId, f.properties?.source, f.message]),
    capabilities: Object.fromEntries(result.server.tools.map((t) => [t.name, t.capabilities.map(String).sort()])),
  };
}

test("dispatch: a switch in a class method; two cases sharing a body by fall-through both reach its sink, the others none", async () => {
  const { findings, capabilities } = await attribution("dispatch-switch-fall-through-class-server");
  assert.deepEqual(findings, [
    ["command-injection", "export_note | export_note_pdf", "Tool argument `file` of one of the tools `export_note`, `export_note_pdf` reaches child_process.execSync as part of a shell command line"],
  ]);
  assert.deepEqual(capabilities, { list_notes: [], export_note: ["process-exec"], export_note_pdf: ["process-exec"], word_count: [] });
});

test("dispatch: an if / else-if chain in a helper module and a Map of handlers each name the one tool that reaches the sink", async () => {
  const { findings, capabilities } = await attribution("dispatch-if-chain-and-handler-map");
  assert.deepEqual(findings, [
    ["command-injection", "deploy_site", "Tool argument `host` of `deploy_site` reaches child_process.exec as part of a shell command line"],
    ["path-traversal", "read_page_source", "Tool argument `page` of `read_page_source` reaches fs/promises.readFile as a file path, with no containment check that works"],
  ]);
  assert.deepEqual(capabilities, { page_title: [], read_page_source: ["fs-read"], count_links: [], purge_cache: [], deploy_site: ["process-exec"], site_status: [] });
});

test("dispatch: a loop over definitions whose wrapper calls the table entry a local looked up by the definition's name links each tool to its own entry", async () => {
  const { findings, capabilities } = await attribution("loop-handlers-looked-up-by-definition-name");
  assert.deepEqual(findings, [["command-injection", "archive_ref", "Tool argument `ref` of `archive_ref` reaches child_process.execSync as part of a shell command line"]]);
  assert.deepEqual(capabilities, {
    archive_ref: ["process-exec"],
    changelog_entries: ["fs-read"],
    ping_remote: ["network-read"],
    repo_status: ["process-exec"],
    server_version: [],
  });
});

test("dispatch: what one tool's case or if branch returns or throws is named as that tool's result, not the dispatcher's whole list", async () => {
  const result = await scan(path.join(CORPUS_DIR, "dispatch-results-name-their-own-tool"), { offline: true, rules: ["secret-in-tool-output", "environment-dump"] });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.location.line, f.message]),
    [
      ["secret-in-tool-output", 29, "SHOP_API_KEY reaches the result of show_settings"],
      ["secret-in-tool-output", 33, "SHOP_API_KEY reaches an error escaping check_login: the SDK sends the error's message to the client"],
      ["environment-dump", 39, "The whole environment (process.env) is returned to the client by the result of dump_runtime: every secret in it goes along"],
    ],
  );
});

test("dispatch: a low-level handler's arguments are read past `request.params.arguments`, so a finding names the argument in argv, not the folder passed first as cwd", async () => {
  const { findings } = await attribution("low-level-argv-names-the-argument-in-argv");
  assert.deepEqual(findings, [
    ["command-injection", "hg_diff_against", "Tool argument `revision` of `hg_diff_against` reaches child_process.spawnSync in its argument array, where a value starting with `-` is read as an option (argument injection) (tool `hg_status` reaches this call too)"],
  ]);
});
