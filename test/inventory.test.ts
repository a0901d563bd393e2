// `mcp-warden inventory`: rows per tool from a real scan of corpus cases, text and JSON.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { scan } from "../analyzer/scan.js";
import { INVENTORY_SCHEMA_VERSION, inventoryOf, renderInventoryText } from "../reports/inventory.js";
import { CORPUS_DIR } from "./support/corpus.js";

const CLI = fileURLToPath(new URL("../analyzer/cli.js", import.meta.url));

test("inventory rows: first description line, annotations, capabilities, credentials, findings per tool", async () => {
  const result = await scan(path.join(CORPUS_DIR, "annotation-not-destructive-but-deletes-rows"));
  const inv = inventoryOf(result);
  assert.deepEqual(
    inv.tools.map((t) => [t.name, t.description, t.annotations, t.capabilities, t.credentials, t.findings]),
    [
      ["count_sessions", "Count active sessions.", { readOnlyHint: true }, ["db-read"], [], 0],
      ["prune_sessions", "Tidy up the session table.", { destructiveHint: false, idempotentHint: true }, ["db-delete"], [], 2],
    ],
  );
  assert.equal(inv.otherFindings, 0);
  const text = renderInventoryText(inv);
  assert.match(text, /^annotation-not-destructive-but-deletes-rows@1\.0\.0: 2 tools \(@modelcontextprotocol\/sdk\)\n/);
  assert.match(text, /\nprune_sessions\s+Tidy up the session table\.\s+not destructive, idempotent\s+db-delete\s+-\s+2\n/);
});

test("inventory CLI: --format json lists every tool with credentials", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "inventory", path.join(CORPUS_DIR, "untrusted-content-mail-reader-with-file-export"), "--format", "json"]);
  const inv = JSON.parse(stdout) as { tools: { name: string; capabilities: string[]; credentials: string[]; findings: number }[] };
  assert.deepEqual(inv.tools.map((t) => [t.name, t.capabilities, t.credentials, t.findings]), [
    ["read_inbox", ["network-read", "env-read", "credential-access"], ["IMAP_PASSWORD"], 1],
    ["save_summary", ["fs-write"], [], 0],
  ]);
});

test("inventory CLI: a wrong format is a usage error (exit 2)", async () => {
  await assert.rejects(promisify(execFile)(process.execPath, [CLI, "inventory", path.join(CORPUS_DIR, "example-weather-server"), "--format", "sarif"]), (err: { code?: number; stderr?: string }) => err.code === 2 && /inventory --format must be text or json/.test(err.stderr ?? ""));
});

test("inventory: a finding on a tool's argument counts under that tool even when its sink is in a helper outside the handler", async () => {
  const { mkdirSync, writeFileSync } = await import("node:fs");
  const { tempDir } = await import("./support/tarballs.js");
  const dir = tempDir();
  mkdirSync(path.join(dir, "src"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "git-helper-mcp", version: "1.0.0", type: "module", main: "src/index.js", dependencies: { "@modelcontextprotocol/sdk": "^1.0.0" } }));
  writeFileSync(path.join(dir, "src/git.js"), 'import { execSync } from "node:child_process";\nexport function checkout(branch) {\n  return execSync(`git checkout ${branch}`).toString();\n}\n');
  writeFileSync(
    path.join(dir, "src/index.js"),
    'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { z } from "zod";\nimport { checkout } from "./git.js";\nconst server = new McpServer({ name: "git", version: "1.0.0" });\nserver.tool("checkout", "Check out a branch.", { branch: z.string() }, async ({ branch }) => ({ content: [{ type: "text", text: checkout(branch) }] }));\nserver.tool("status", "Say hello.", {}, async () => ({ content: [{ type: "text", text: "ok" }] }));\n',
  );
  const result = await scan(dir, { offline: true });
  const injection = result.findings.filter((f) => f.ruleId === "command-injection");
  assert.equal(injection.length, 1);
  assert.equal(injection[0].location.file, "src/git.js", "the sink is outside the handler");
  const inv = inventoryOf(result);
  assert.deepEqual(inv.tools.map((t) => [t.name, t.findings]), [["checkout", 1], ["status", 0]]);
  assert.equal(inv.otherFindings, result.findings.length - 1);
  assert.equal(inv.schemaVersion, INVENTORY_SCHEMA_VERSION);
});
