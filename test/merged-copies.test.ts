// One finding per place: a package that ships two bundled copies of one
// source, each with a source map, gets one finding at the original line,
// listing both copies; without maps the copies stay separate findings.
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { SourceMapGenerator } from "source-map-js";
import { scan } from "../analyzer/scan.js";

const SOURCE = [
  'const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");',
  'const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");',
  'const { exec } = require("node:child_process");',
  'const { z } = require("zod");',
  'const server = new McpServer({ name: "runner", version: "1.0.0" });',
  'server.tool("run", "Runs a command", { cmd: z.string() }, async ({ cmd }) => {',
  "  exec(cmd);",
  '  return { content: [{ type: "text", text: "started" }] };',
  "});",
  "server.connect(new StdioServerTransport());",
].join("\n");
const EXEC_LINE = 7;

/** Each generated line comes from the same line of src/server.js (a bundler that only wrapped it). */
function lineMap(file: string): string {
  const gen = new SourceMapGenerator({ file });
  SOURCE.split("\n").forEach((_, i) => gen.addMapping({ generated: { line: i + 1, column: 0 }, original: { line: i + 1, column: 0 }, source: "../src/server.js" }));
  gen.setSourceContent("../src/server.js", SOURCE);
  return gen.toString();
}

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mcp-warden-copies-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function writePackage(name: string, withMaps: boolean): string {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, "dist"), { recursive: true });
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "dist/index.cjs", exports: { require: "./dist/index.cjs", import: "./dist/index.mjs" }, dependencies: { "@modelcontextprotocol/sdk": "1.0.0", zod: "3.0.0" } }));
  for (const copy of ["index.cjs", "index.mjs"]) {
    writeFileSync(path.join(root, "dist", copy), withMaps ? `${SOURCE}\n//# sourceMappingURL=${copy}.map\n` : `${SOURCE}\n`);
    if (withMaps) writeFileSync(path.join(root, "dist", `${copy}.map`), lineMap(copy));
  }
  return root;
}

test("merged copies: two bundled copies mapped to one original line give one finding listing both", async () => {
  const result = await scan(writePackage("two-copies", true), { offline: true, rules: ["command-injection"] });
  const found = result.findings.map((f) => [f.ruleId, f.location.file, f.location.line]);
  assert.deepEqual(found, [["command-injection", "src/server.js", EXEC_LINE]]);
  assert.deepEqual(
    (result.findings[0].related ?? []).filter((r) => r.message.startsWith("the same place in the bundled")).map((r) => [r.location.file, r.location.line]),
    [
      ["dist/index.cjs", EXEC_LINE],
      ["dist/index.mjs", EXEC_LINE],
    ],
  );
});

test("merged copies: without source maps each copy keeps its own finding", async () => {
  const result = await scan(writePackage("two-copies-unmapped", false), { offline: true, rules: ["command-injection"] });
  assert.deepEqual(
    result.findings.map((f) => [f.location.file, f.location.line]),
    [
      ["dist/index.cjs", EXEC_LINE],
      ["dist/index.mjs", EXEC_LINE],
    ],
  );
});
