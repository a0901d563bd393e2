// Every JSON output other than the scan report carries a schemaVersion and
// validates against its schema in docs/: real outputs of real runs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { audit, AUDIT_SCHEMA_VERSION, renderAuditJson } from "../analyzer/audit/index.js";
import { scanServers } from "../analyzer/audit/servers.js";
import { scan } from "../analyzer/scan.js";
import { diffSnapshots } from "../analyzer/workflows/diff.js";
import { permissionPolicy } from "../analyzer/workflows/permissions.js";
import { snapshotOf } from "../analyzer/workflows/snapshot.js";
import { DIFF_SCHEMA_VERSION, renderDiff } from "../reports/diff.js";
import { INVENTORY_SCHEMA_VERSION, renderInventory } from "../reports/inventory.js";
import { PERMISSIONS_SCHEMA_VERSION, renderPermissions } from "../reports/permissions.js";
import { CORPUS_DIR } from "./support/corpus.js";

const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));
const WORKFLOWS = fileURLToPath(new URL("../../test/fixtures/workflows/", import.meta.url));
const AUDIT_HOME = fileURLToPath(new URL("../../test/fixtures/audit-home/", import.meta.url));

function validator(file: string): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(DOCS, file), "utf8")) as object);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`));
}

test("schemas: inventory and permissions JSON carry their schemaVersion and match docs/", async () => {
  const result = await scan(join(CORPUS_DIR, "untrusted-content-mail-reader-with-file-export"), { offline: true });
  const inventory = JSON.parse(renderInventory(result, "json")) as { schemaVersion: string };
  assert.equal(inventory.schemaVersion, INVENTORY_SCHEMA_VERSION);
  assert.deepEqual(validator("inventory.schema.json")(inventory), []);
  const policy = JSON.parse(renderPermissions(permissionPolicy(result), "json")) as { schemaVersion: string; rules: unknown[] };
  assert.equal(policy.schemaVersion, PERMISSIONS_SCHEMA_VERSION);
  assert.ok(policy.rules.length > 0);
  assert.deepEqual(validator("permissions.schema.json")(policy), []);
  // A schema that accepted anything would pass the above: it must refuse a wrong decision.
  assert.deepEqual(validator("permissions.schema.json")({ ...policy, rules: [{ ...(policy.rules[0] as object), decision: "maybe" }] }), ["/rules/0/decision: must be equal to one of the allowed values"]);
});

test("schemas: diff JSON carries its schemaVersion and matches docs/", async () => {
  const [before, after] = await Promise.all([scan(join(WORKFLOWS, "notes-v1"), { offline: true }), scan(join(WORKFLOWS, "notes-v2"), { offline: true })]);
  const diff = JSON.parse(renderDiff(diffSnapshots(snapshotOf(before), snapshotOf(after)), "json")) as { schemaVersion: string; additions: unknown[] };
  assert.equal(diff.schemaVersion, DIFF_SCHEMA_VERSION);
  assert.ok(diff.additions.length > 0);
  assert.deepEqual(validator("diff.schema.json")(diff), []);
});

test("schemas: audit JSON carries its schemaVersion and matches docs/", async () => {
  const env = { home: join(AUDIT_HOME, "home"), appData: join(AUDIT_HOME, "appdata"), xdgConfigHome: join(AUDIT_HOME, "xdg"), cwd: join(AUDIT_HOME, "project") };
  const result = await audit({ env });
  result.servers = await scanServers(result, { offline: true, cacheDir: join(AUDIT_HOME, "no-cache") });
  const parsed = JSON.parse(renderAuditJson(result)) as { schemaVersion: string; configs: unknown[]; servers: unknown[] };
  assert.equal(parsed.schemaVersion, AUDIT_SCHEMA_VERSION);
  assert.ok(parsed.configs.length > 5 && parsed.servers.length > 0);
  assert.deepEqual(validator("audit.schema.json")(parsed), []);
});
