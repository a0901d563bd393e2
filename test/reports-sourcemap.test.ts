// Source maps: findings in a bundled file that ships a map with
// sourcesContent point at the original source, the bundle kept as related.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SourceMapGenerator } from "source-map-js";
import { mapToOriginalSources, originalPath } from "../analyzer/source-maps.js";
import { parseFile } from "../analyzer/parse/index.js";
import { attachSnippets } from "../analyzer/snippets.js";
import type { Diagnostic, Finding, ParsedModule, SourceFile } from "../analyzer/types.js";
import { renderSarif } from "../reports/sarif.js";
import { sarifSchemaErrors } from "./support/sarif-validate.js";

const ORIGINAL = ["import { exec } from \"node:child_process\";", "", "export function run(cmd: string) {", "  exec(cmd);", "}"].join("\n");
// The bundle puts everything on one line; `exec(cmd)` starts at column BUNDLE_EXEC (0-based).
const BUNDLE_LINE = 'var c=require("child_process");function run(e){(0,c.exec)(e)}exports.run=run;';
const BUNDLE_EXEC = BUNDLE_LINE.indexOf("(0,c.exec)");

function mapFor(sourceRoot?: string, source = "../src/index.ts"): string {
  const gen = new SourceMapGenerator({ file: "index.js", ...(sourceRoot ? { sourceRoot } : {}) });
  gen.addMapping({ generated: { line: 1, column: 0 }, original: { line: 1, column: 0 }, source });
  gen.addMapping({ generated: { line: 1, column: BUNDLE_LINE.indexOf("function run") }, original: { line: 3, column: 0 }, source });
  gen.addMapping({ generated: { line: 1, column: BUNDLE_EXEC }, original: { line: 4, column: 2 }, source });
  gen.setSourceContent(source, ORIGINAL);
  return gen.toString();
}

function moduleOf(text: string, file = "dist/index.js"): ParsedModule {
  const diagnostics: Diagnostic[] = [];
  const m = parseFile({ path: file, bytes: Buffer.from(text) }, diagnostics);
  assert.ok(m, JSON.stringify(diagnostics));
  return m;
}

function findingAtExec(): Finding {
  return {
    ruleId: "command-injection",
    severity: "high",
    message: "A tool argument reaches exec",
    location: { file: "dist/index.js", line: 1, column: BUNDLE_EXEC + 1, endLine: 1, endColumn: BUNDLE_EXEC + 11 },
    path: [{ location: { file: "dist/index.js", line: 1, column: BUNDLE_LINE.indexOf("run(e)") + 5 }, label: "parameter e" }, { location: { file: "dist/index.js", line: 1, column: BUNDLE_EXEC + 1 }, label: "exec(e)" }],
    fingerprint: "f",
  };
}

test("source maps: a map file next to the bundle moves the finding to the original source", () => {
  const bundle = `${BUNDLE_LINE}\n//# sourceMappingURL=index.js.map\n`;
  const module = moduleOf(bundle);
  assert.equal(module.sourceMap, "dist/index.js.map");
  const files: SourceFile[] = [
    { path: "dist/index.js", bytes: Buffer.from(bundle) },
    { path: "dist/index.js.map", bytes: Buffer.from(mapFor()) },
  ];
  const f = findingAtExec();
  const mapping = mapToOriginalSources([f], [module], files);
  assert.deepEqual(f.location, { file: "src/index.ts", line: 4, column: 3 });
  assert.deepEqual(f.related, [{ location: { file: "dist/index.js", line: 1, column: BUNDLE_EXEC + 1, endLine: 1, endColumn: BUNDLE_EXEC + 11 }, message: "the same place in the bundled dist/index.js" }]);
  assert.deepEqual(
    f.path?.map((s) => [s.location.file, s.location.line]),
    [
      ["src/index.ts", 3],
      ["src/index.ts", 4],
    ],
  );
  // The original's text comes from sourcesContent: snippets work though src/ is not shipped.
  attachSnippets([f], (file) => module.path === file ? module.text : mapping.textOf(file));
  assert.equal(f.location.snippet, "exec(cmd);");
  const bundled: Finding["location"] | undefined = f.related?.[0]?.location;
  assert.equal(bundled?.regionText, "(0,c.exec)");
  const sarif = renderSarif({
    schemaVersion: "1.0.0", tool: { name: "mcp-warden", version: "0.0.0" }, target: "x", targetKind: "directory",
    package: { entryPoints: { exports: [], bin: {} }, scripts: {}, dependencies: {}, devDependencies: {}, optionalDependencies: {}, peerDependencies: {}, filesSeen: 2, filesSkipped: 0, filesScanned: 1 },
    findings: [f], credentials: [], server: { tools: [], prompts: [], resources: [], sdks: [] }, diagnostics: [], timings: { acquireMs: 0, parseMs: 0, analysisMs: 0, totalMs: 0 },
  }, { rules: [] });
  assert.deepEqual(sarifSchemaErrors(sarif), []);
  assert.match(JSON.stringify(sarif), /See also: \[the same place in the bundled dist\/index.js\]\(2\)/);
});

test("source maps: inline data: maps work; maps without sourcesContent and unknown maps leave the bundle location", () => {
  const inline = `${BUNDLE_LINE}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(mapFor(undefined, "src/index.ts")).toString("base64")}\n`;
  const module = moduleOf(inline, "index.js");
  assert.equal(module.sourceMap, "inline");
  const f = findingAtExec();
  f.location.file = "index.js";
  f.path = undefined;
  mapToOriginalSources([f], [module], [{ path: "index.js", bytes: Buffer.from(inline) }]);
  assert.equal(`${f.location.file}:${f.location.line}:${f.location.column}`, "src/index.ts:4:3");

  const noContent = JSON.parse(mapFor()) as { sourcesContent?: string[] };
  delete noContent.sourcesContent;
  const bundle = `${BUNDLE_LINE}\n//# sourceMappingURL=index.js.map\n`;
  const g = findingAtExec();
  mapToOriginalSources([g], [moduleOf(bundle)], [{ path: "dist/index.js.map", bytes: Buffer.from(JSON.stringify(noContent)) }]);
  assert.equal(g.location.file, "dist/index.js", "without sourcesContent there is nothing to show: keep the bundle");
  const h = findingAtExec();
  const missing = mapToOriginalSources([h], [moduleOf(bundle)], []);
  assert.equal(h.location.file, "dist/index.js", "the map is not shipped");
  const broken = mapToOriginalSources([h], [moduleOf(bundle)], [{ path: "dist/index.js.map", bytes: Buffer.from("{not json") }]);
  assert.equal(h.location.file, "dist/index.js");
  assert.deepEqual(missing.diagnostics, []);
  assert.deepEqual(broken.diagnostics.map((d) => d.code), ["source-map-invalid"]);
});

test("source maps: sources resolve against the map's folder, bundler URLs keep their path, nothing leaves the package", () => {
  assert.equal(originalPath("dist", "../src/index.ts"), "src/index.ts");
  assert.equal(originalPath("dist", "./index.ts"), "dist/index.ts");
  assert.equal(originalPath("dist", "webpack://my-server/./src/tools.ts"), "src/tools.ts");
  assert.equal(originalPath("dist", "webpack:///src/tools.ts"), "src/tools.ts");
  assert.equal(originalPath("dist", "../../outside.ts"), undefined);
  assert.equal(originalPath("", "/abs/path.ts"), undefined);
  assert.equal(originalPath("dist", "file:///home/me/src/x.ts"), undefined);
});
