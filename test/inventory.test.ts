// `mcp-warden inventory`: rows per tool from a real scan of corpus cases, text and JSON.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { scan } from "../analyzer/scan.js";
import { inventoryOf, renderInventoryText } from "../reports/inventory.js";
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
