// The library API as a user imports it: by the package's name, through the
// `exports` map of package.json, from the built files.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { CORPUS_DIR } from "./support/corpus.js";

type Api = typeof import("../analyzer/index.js");

test("api: `import { scan } from \"mcp-warden\"` scans a package and returns the result the JSON report serializes", async () => {
  // A variable specifier keeps TypeScript from resolving the package by name at build time, before dist exists.
  const specifier = "mcp-warden";
  const api = (await import(specifier)) as Api;
  assert.equal(typeof api.scan, "function");
  const result = await api.scan(path.join(CORPUS_DIR, "install-script-postinstall-downloader"));
  assert.equal(result.schemaVersion, api.SCHEMA_VERSION);
  assert.equal(result.tool.name, "mcp-warden");
  assert.equal(result.package.name, "mcp-server-pdf-tools");
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.location.file, f.location.line]),
    [
      ["install-script", "package.json", 7],
      ["install-script", "package.json", 8],
    ],
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
  await assert.rejects(api.scan(path.join(CORPUS_DIR, "no-such-case")), (err: unknown) => err instanceof api.AcquireError);
});
