// The library API as a user imports it: by the package's name, through the
// `exports` map of package.json, from the built files.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

type Api = typeof import("../analyzer/index.js");

test("api: `import { scan } from \"mcp-warden\"` scans a package and returns the result the JSON report serializes", async () => {
  // A variable specifier keeps TypeScript from resolving the package by name at build time, before dist exists.
  const specifier = "mcp-warden";
  const api = (await import(specifier)) as Api;
  assert.equal(typeof api.scan, "function");
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-api-"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "api-demo", version: "3.1.4", scripts: { postinstall: "node setup.js" } }, null, 2));
  writeFileSync(path.join(dir, "setup.js"), "require('setup-helper').run();\n");
  const result = await api.scan(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(result.schemaVersion, api.SCHEMA_VERSION);
  assert.equal(result.tool.name, "mcp-warden");
  assert.equal(result.targetKind, "directory");
  assert.deepEqual([result.package.name, result.package.version, result.package.filesScanned], ["api-demo", "3.1.4", 1]);
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.severity, f.location.file, f.location.line]),
    [["install-script", "medium", "package.json", 5]],
  );
  // The JSON report is this result: parse it back and nothing but key order differs.
  assert.deepEqual(JSON.parse(api.renderJson(result)), JSON.parse(JSON.stringify(result)));
  // Every format renders from the same result.
  for (const format of api.FORMATS) assert.ok(api.render(result, format).length > 0, format);
  assert.ok(api.ALL_RULES.some((r) => r.meta.id === "install-script"));
});

test("api: a target that cannot be acquired rejects with AcquireError", async () => {
  const specifier = "mcp-warden";
  const api = (await import(specifier)) as Api;
  await assert.rejects(api.scan(path.join(tmpdir(), "mcp-warden-no-such-folder", "x")), (err: unknown) => err instanceof api.AcquireError);
});
