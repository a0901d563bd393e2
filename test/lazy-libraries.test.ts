// A batch starts one process per package: libraries only some scans need are
// loaded on first use, not at start-up (lazy-libraries.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scan } from "../analyzer/scan.js";

const loaded = () => Object.keys(createRequire(import.meta.url).cache);

test("an offline scan of a package without source maps loads neither all of semver nor source-map-js", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "warden-lazy-"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "lazy-probe", version: "1.0.0", main: "index.js", dependencies: { zod: "^3.22.0" } }));
  writeFileSync(path.join(dir, "index.js"), "console.log('hello');\n");
  const result = await scan(dir, { offline: true });
  assert.ok(result.diagnostics.some((d) => d.code === "advisories-skipped-offline"), "the declared range is still recognised as a registry range");
  assert.deepEqual(loaded().filter((f) => /[\\/]semver[\\/]index\.js$|[\\/]source-map-js[\\/]/.test(f)), []);
});
