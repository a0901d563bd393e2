// Parsing only what an install runs (analyzer/installed-code.ts): files are
// parsed when an entry point's imports lead to them, files nothing loads are
// never parsed, and where what runs cannot be told every file is parsed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { installedCode, REACHED_DECLARES_NOTHING } from "../analyzer/installed-code.js";
import { LazyParser, parse } from "../analyzer/parse/index.js";
import { resolutionConfig } from "../analyzer/program/index.js";

function sourceOf(files: Record<string, string>) {
  return packageFromFiles("test", "directory", "/test", Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) })), [], { seen: 0, skipped: 0 });
}

function installed(files: Record<string, string>) {
  const source = sourceOf(files);
  const parser = new LazyParser(source);
  return { parser, result: installedCode(parser, source, resolutionConfig(source.files)) };
}

const manifest = (fields: Record<string, unknown>) => JSON.stringify({ name: "pkg", version: "1.0.0", ...fields });

/** A server with one tool, whose module loads `loads` (statements placed before the registration). */
const server = (loads: string) => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
${loads}
const server = new McpServer({ name: "pkg", version: "1.0.0" });
server.tool("lookup", "Looks a word up", async () => ({ content: [{ type: "text", text: "ok" }] }));
`;

test("lazy parse: a module reached only through a dynamic import with a constant folder prefix is parsed; a second build nothing loads is not", () => {
  const { parser, result } = installed({
    "package.json": manifest({ main: "build/main.js", type: "module" }),
    "build/main.js": server("export async function plugin(name) { return import(`./plugins/${name}.js`); }"),
    "build/plugins/weather.js": "export const forecast = () => 'sunny';",
    "build/plugins/nested/tides.js": "export const tide = () => 'high';",
    "legacy/main.cjs": "module.exports = require('./helpers.cjs');",
    "legacy/helpers.cjs": "module.exports = {};",
  });
  assert.ok(typeof result === "object", "the entry point's reach is known");
  assert.deepEqual(result.program.modules.map((m) => m.path), ["build/main.js", "build/plugins/weather.js", "build/plugins/nested/tides.js"]);
  assert.equal(parser.wasRead("legacy/main.cjs"), false);
  assert.equal(parser.wasRead("legacy/helpers.cjs"), false);
  assert.deepEqual(result.diagnostics.map((d) => d.code), ["unreached-modules-skipped"]);
  assert.match(result.diagnostics[0].message, /^2 files in legacy\//);
});

test("lazy parse: a file no import reaches but a bin names is parsed and kept", () => {
  const { parser, result } = installed({
    "package.json": manifest({ main: "lib/server.js", bin: { "pkg-setup": "tools/setup.js" } }),
    "lib/server.js": server(""),
    "tools/setup.js": "#!/usr/bin/env node\nconsole.log('configured');",
    "tools/unused.js": "this is not even valid javascript (",
  });
  assert.ok(typeof result === "object");
  assert.deepEqual(result.program.modules.map((m) => m.path), ["lib/server.js", "tools/setup.js"]);
  // Never read, so its syntax error is no diagnostic of this scan.
  assert.equal(parser.wasRead("tools/unused.js"), false);
  assert.deepEqual(parser.diagnostics(), []);
});

test("lazy parse: a package with no entry point that resolves falls back to every file", () => {
  const files = {
    "package.json": manifest({ main: "dist/missing.js" }),
    "src/server.js": server('import "./helper.js";'),
    "src/helper.js": "export const help = 1;",
    "scratch/notes.js": "export const n = 2;",
  };
  const { parser, result } = installed(files);
  assert.equal(result, undefined);
  assert.deepEqual(parser.all().modules.map((m) => m.path), parse(sourceOf(files)).modules.map((m) => m.path));
  assert.deepEqual(parser.all().modules.map((m) => m.path), ["src/server.js", "src/helper.js", "scratch/notes.js"]);
});

test("lazy parse: reached code that declares no tool gives way to the whole package, so the server is searched everywhere", () => {
  const { result } = installed({
    "package.json": manifest({ main: "index.js" }),
    "index.js": "export const version = '1';",
    "server/run.js": server(""),
  });
  assert.equal(result, REACHED_DECLARES_NOTHING);
});

test("lazy parse: the parser's whole-package answer equals the eager parse, diagnostics included", () => {
  const files = {
    "package.json": manifest({ main: "a.js" }),
    "a.js": "import './b.js';",
    "b.js": "export const b = (;",
    "c.ts": "export const c: number = 1;",
  };
  const source = sourceOf(files);
  const parser = new LazyParser(source);
  parser.get("c.ts");
  const eager = parse(sourceOf(files));
  const lazy = parser.all();
  assert.deepEqual(lazy.modules.map((m) => m.path), eager.modules.map((m) => m.path));
  assert.deepEqual(lazy.diagnostics, eager.diagnostics);
});
