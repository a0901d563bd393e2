// Maintainer scripts are not the server: `scripts/`, `examples/`,
// `test-server/` that no entry point, install hook or server code reaches are
// left out with a note; the same files reached from the server are scanned.
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { maintainerFolder } from "../analyzer/maintainer-scripts.js";
import { scan } from "../analyzer/scan.js";

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-maintainer-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

// A release helper that carries a token literal: a hardcoded-secret finding wherever it is scanned.
const RELEASE = 'const PUBLISH_TOKEN = "ghp_U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oool8D";\nmodule.exports = { PUBLISH_TOKEN };\n';

function writePackage(name: string, files: Record<string, string>, manifest: Record<string, unknown> = {}): string {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "index.js", ...manifest }));
  return root;
}

test("maintainer scripts: the folders are top-level scripts/, examples/, test-server/ and their kin", () => {
  assert.deepEqual(
    ["scripts/release.js", "examples/basic.ts", "test-server/index.js", "demo/x.js", "src/scripts/x.js", "tools/run.js", "index.js"].map(maintainerFolder),
    ["scripts", "examples", "test-server", "demo", undefined, undefined, undefined],
  );
});

test("web assets: a browser bundle under dist/assets/ or public/ that no server code imports is left out; one the server imports is scanned", async () => {
  assert.deepEqual(["dist/assets/index-3f2a.js", "public/app.js", "build/static/js/main.js", "src/assets.js", "src/publication.js"].map(maintainerFolder), ["dist/assets", "public", "build/static", undefined, undefined]);
  const root = writePackage("spa", { "index.js": 'console.log("server");\n', "dist/assets/index-3f2a.js": RELEASE });
  const result = await scan(root, { offline: true });
  assert.equal(result.package.filesScanned, 1);
  assert.equal(result.diagnostics.find((d) => d.code === "maintainer-scripts-skipped")?.message, "1 file in dist/assets/ not scanned: maintainer scripts or web assets that no entry point (main, bin, exports) or server code reaches");
  const imported = await scan(writePackage("imports-static", { "index.js": 'require("./static/helpers.js");\n', "static/helpers.js": RELEASE }), { offline: true });
  assert.ok(imported.findings.some((f) => f.location.file === "static/helpers.js"));
});

test("maintainer scripts: unreached scripts/, examples/ and test-server/ are left out with a note", async () => {
  const root = writePackage("unreached", {
    "index.js": 'console.log("server");\n',
    "scripts/release.js": RELEASE,
    "examples/client.js": RELEASE,
    "test-server/server.js": RELEASE,
  });
  const result = await scan(root, { offline: true });
  assert.deepEqual(result.findings.filter((f) => f.location.file !== "package.json").map((f) => f.location.file), []);
  assert.equal(result.package.filesScanned, 1);
  const note = result.diagnostics.find((d) => d.code === "maintainer-scripts-skipped");
  assert.equal(note?.level, "note");
  assert.equal(note?.message, "3 files in examples/, scripts/, test-server/ not scanned: maintainer scripts that no entry point (main, bin, exports) or server code reaches");
  // --include-tests scans everything.
  const all = await scan(root, { offline: true, includeTests: true });
  assert.equal(all.package.filesScanned, 4);
  assert.ok(all.findings.some((f) => f.location.file === "scripts/release.js"));
});

test("maintainer scripts: a folder reached by an import, a bin entry or an install hook is scanned", async () => {
  const imported = await scan(writePackage("imported", { "index.js": 'require("./scripts/release.js");\n', "scripts/release.js": RELEASE }), { offline: true });
  assert.ok(imported.findings.some((f) => f.location.file === "scripts/release.js"));
  assert.equal(imported.diagnostics.find((d) => d.code === "maintainer-scripts-skipped"), undefined);

  const bin = await scan(writePackage("bin-in-scripts", { "index.js": "module.exports = {};\n", "scripts/cli.js": RELEASE }, { bin: { tool: "scripts/cli.js" } }), { offline: true });
  assert.ok(bin.findings.some((f) => f.location.file === "scripts/cli.js"));

  const hook = await scan(writePackage("hook", { "index.js": "module.exports = {};\n", "scripts/setup.js": RELEASE }, { scripts: { postinstall: "node ./scripts/setup.js" } }), { offline: true });
  assert.equal(hook.package.filesScanned, 2);
  assert.equal(hook.diagnostics.find((d) => d.code === "maintainer-scripts-skipped"), undefined);
});
