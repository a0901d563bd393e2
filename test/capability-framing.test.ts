// Capability versus vulnerability (issue 21), through the real pipeline on
// corpus cases: what the reports and the permission policy make of a tool
// whose declared purpose is the dangerous act.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";
import { permissionPolicy } from "../analyzer/workflows/permissions.js";
import { inventoryOf } from "../reports/inventory.js";
import { renderMarkdown } from "../reports/markdown.js";
import { renderText } from "../reports/text.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
let deploy: ScanResult;
let sql: ScanResult;
before(async () => {
  deploy = await scan(join(CORPUS, "deploy-folder-and-fetch-url-capabilities"), { offline: true });
  sql = await scan(join(CORPUS, "run-sql-tool-capability-and-read-only-promise"), { offline: true });
});

test("a fetch tool is asked about, not allowed: its capability is the reason", () => {
  const rule = permissionPolicy(deploy).rules.find((r) => r.tool === "fetch_page");
  assert.equal(rule?.decision, "ask");
  assert.match(rule?.reason ?? "", /fetches any URL the model names/);
});

test("a tool for running SQL is asked about, not denied, while a tool that promised reads and can write stays denied", () => {
  const rules = permissionPolicy(sql).rules;
  assert.equal(rules.find((r) => r.tool === "run_sql")?.decision, "ask");
  assert.equal(rules.find((r) => r.tool === "read_only_query")?.decision, "deny");
  assert.equal(rules.find((r) => r.tool === "safe_query")?.decision, "ask");
});

test("inventory and reports say what each tool can do, once per tool", () => {
  const rows = inventoryOf(sql).tools;
  assert.deepEqual(rows.find((t) => t.name === "run_sql")?.can, ["`run_sql` runs any SQL the model writes against the database"]);
  assert.equal(rows.find((t) => t.name === "lookup_user")?.can, undefined);
  const text = renderText(sql, { color: false });
  assert.match(text, /What it can do\n {2}`run_sql` runs any SQL the model writes against the database {2}src\/index\.js:\d+/);
  // Markdown escapes the package's text (the tool name is the package's).
  assert.match(renderMarkdown(sql), /\*\*What it can do\*\*\n\n- \\`run\\_sql\\` runs any SQL the model writes against the database \(`src\/index\.js:\d+`\)/);
});

test("severity ladder of the injection rules: capability medium or low, a broken promise or composed text high", () => {
  const sev = (r: ScanResult, tool: string) => r.findings.filter((f) => f.ruleId === "sql-injection" && f.message.includes(`\`${tool}\``)).map((f) => f.severity);
  assert.deepEqual(sev(sql, "run_sql"), ["medium"]);
  assert.deepEqual(sev(sql, "safe_query"), ["low"]);
  assert.deepEqual(sev(sql, "read_only_query"), ["high"]);
  assert.deepEqual(sev(sql, "lookup_user"), ["high"]);
  const capability = sql.findings.find((f) => f.message.includes("`run_sql`"));
  assert.equal(capability?.properties?.capability, "`run_sql` runs any SQL the model writes against the database");
  assert.equal(sql.findings.find((f) => f.message.includes("`lookup_user`"))?.properties?.capability, undefined);
});

test("severity ladder of path-traversal, per call: a declared read is low, a declared write medium, a name under the code's own root high", async () => {
  const rungs = await scan(join(CORPUS, "path-capability-rung-per-call"), { offline: true });
  const output = await scan(join(CORPUS, "purpose-output-described-by-what-is-saved"), { offline: true });
  const at = (r: ScanResult, line: number) => r.findings.filter((f) => f.ruleId === "path-traversal" && f.location.line === line).map((f) => f.severity);
  // resize_photo: the read of input_path is low, the write of output_path in the same call medium.
  assert.deepEqual(at(rungs, 24), ["low"]);
  assert.deepEqual(at(rungs, 25), ["medium"]);
  // A parameter that says what is saved there declares the write (medium); the reference read is low;
  // a theme name joined under the package's folder, and an output the tool promised to keep inside the workspace, high.
  assert.deepEqual(at(output, 35), ["medium"]);
  assert.deepEqual(at(output, 50), ["low"]);
  assert.deepEqual(at(output, 58), ["high"]);
  assert.deepEqual(at(output, 68), ["high"]);
  for (const f of [...rungs.findings, ...output.findings].filter((x) => x.ruleId === "path-traversal" && x.severity !== "high")) assert.ok(f.properties?.capability, `a capability rung says what the tool can do: ${f.message}`);
});

test("a name the tool takes, put under a root the code computes at run time, is no declared path: high, and no capability", async () => {
  const r = await scan(join(CORPUS, "purpose-name-under-computed-root"), { offline: true });
  const of = (tool: string) => r.findings.filter((f) => f.ruleId === "path-traversal" && f.message.includes(`\`${tool}\``));
  // The argument is the path, as its schema says: the tool's purpose.
  assert.deepEqual(of("read_page").map((f) => f.severity), ["low"]);
  assert.match(String(of("read_page")[0]?.properties?.capability), /works on any file path the model names/);
  // "Site name (must match a folder under sites/)" under `<workspace>/sites`, and a file named under the workspace a function of the package finds.
  for (const tool of ["site_overview", "site_log"]) {
    assert.deepEqual(of(tool).map((f) => f.severity), ["high"], tool);
    assert.equal(of(tool)[0]?.properties?.capability, undefined, tool);
  }
  // The caller's folder leads the path through a helper of the package: still the tool's output folder.
  assert.deepEqual(of("export_site").map((f) => f.severity), ["medium"]);
});

test("a tool whose arguments come wrapped in one object the scan cannot read declares its statement by the field the code takes out", async () => {
  const wrapped = await scan(join(CORPUS, "sql-tool-arguments-in-one-wrapper-object"), { offline: true });
  const sev = (tool: string) => wrapped.findings.filter((f) => f.ruleId === "sql-injection" && f.message.includes(`\`${tool}\``)).map((f) => f.severity);
  assert.deepEqual(sev("execute_statement"), ["medium"]);
  // The same wrapper around a table name or a condition written into the code's own statement is still an injection.
  assert.deepEqual(sev("count_rows"), ["high"]);
  assert.deepEqual(sev("filter_orders"), ["high"]);
  const rules = permissionPolicy(wrapped).rules;
  assert.equal(rules.find((r) => r.tool === "execute_statement")?.decision, "ask");
});
