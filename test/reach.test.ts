// Which modules a package's entry points load (analyzer/program/reach.ts), and
// the surface extracted from those modules only (extractInstalledServer).
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { extractInstalledServer } from "../analyzer/mcp/index.js";
import { parse } from "../analyzer/parse/index.js";
import { link } from "../analyzer/program/index.js";
import { entryModules, reachability } from "../analyzer/program/reach.js";

function programOf(files: Record<string, string>) {
  const source = packageFromFiles("test", "directory", "/test", Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) })), [], { seen: 0, skipped: 0 });
  return link(parse(source).modules, source.facts);
}

function unreached(files: Record<string, string>): string[] {
  return reachability(programOf(files)).unreached.map((m) => m.path).sort();
}

const manifest = (fields: Record<string, unknown>) => JSON.stringify({ name: "pkg", version: "1.0.0", ...fields });

test("reach: a second build that no entry point loads is unreached; imports, re-exports and requires are followed", () => {
  assert.deepEqual(
    unreached({
      "package.json": manifest({ main: "dist/index.js", bin: { pkg: "bin/cli.cjs" } }),
      "bin/cli.cjs": 'require("../dist/index.js");',
      "dist/index.js": 'export * from "./tools.js"; import { x } from "./util.js"; export const y = x;',
      "dist/tools.js": "export const tools = [];",
      "dist/util.js": 'const path = require("./paths.cjs"); export const x = path;',
      "dist/paths.cjs": "module.exports = {};",
      "dist/worker/index.js": 'import "./tools.js"; export default {};',
      "dist/worker/tools.js": "export const tools = [];",
      "dist/index.cjs": 'module.exports = require("./tools.cjs");',
      "dist/tools.cjs": "module.exports = [];",
    }),
    ["dist/index.cjs", "dist/tools.cjs", "dist/worker/index.js", "dist/worker/tools.js"],
  );
});

test("reach: a constant dynamic import, a loader over a folder prefix and paths the code names are loads", () => {
  assert.deepEqual(
    unreached({
      "package.json": manifest({ bin: "bin/cli.js" }),
      "bin/cli.js": 'if (process.argv[2] === "http") await import("../dist/http.js"); else await import(`../dist/stdio.js`);',
      "dist/http.js": "export {};",
      "dist/stdio.js": 'for (const f of names) await import(`./tools/${f}`); new Worker(new URL("./worker.js", import.meta.url)); fork(path.join(__dirname, "child.cjs")); readdirSync(path.join(__dirname, "plugins"));',
      "dist/tools/a.js": "export {};",
      "dist/tools/nested/b.js": "export {};",
      "dist/worker.js": "export {};",
      "dist/child.cjs": "module.exports = {};",
      "dist/plugins/p.js": "export {};",
      "dist/other/c.js": "export {};",
    }),
    ["dist/other/c.js"],
  );
});

test("reach: the word naming a folder is not a path unless the code builds a path with it", () => {
  assert.deepEqual(
    unreached({
      "package.json": manifest({ main: "dist/index.js" }),
      "dist/index.js": 'export const mode = process.env.MODE === "worker" ? "worker" : "stdio";',
      "dist/worker/index.js": "export {};",
    }),
    ["dist/worker/index.js"],
  );
});

test("reach: exports patterns, conditions and tsc's .js for .ts name entry modules", () => {
  const program = programOf({
    "package.json": manifest({ exports: { ".": { import: "./src/index.js", require: "./cjs/index.cjs" }, "./tools/*": "./src/tools/*.js" } }),
    "src/index.ts": "export {};",
    "cjs/index.cjs": "module.exports = {};",
    "src/tools/a.js": "export {};",
    "src/tools/b.js": "export {};",
    "src/extra.js": "export {};",
  });
  assert.deepEqual(entryModules(program).map((m) => m.path).sort(), ["cjs/index.cjs", "src/index.ts", "src/tools/a.js", "src/tools/b.js"]);
  assert.deepEqual(reachability(program).unreached.map((m) => m.path), ["src/extra.js"]);
});

test("reach: with no entry point that resolves to a shipped module, every module is kept", () => {
  assert.deepEqual(
    unreached({
      "package.json": manifest({ main: "dist/index.js" }),
      "src/index.ts": 'import "./tools.js";',
      "src/tools.ts": "export {};",
      "src/other.ts": "export {};",
    }),
    [],
  );
  // A bin that is not a module we read (a shell script) may start any of them.
  assert.deepEqual(unreached({ "package.json": manifest({ main: "dist/lib.js", bin: "bin/start.sh" }), "bin/start.sh": 'exec node "$(dirname "$0")/../dist/index.js"', "dist/lib.js": "", "dist/index.js": "" }), []);
  // No `main`: Node loads index.js.
  assert.deepEqual(unreached({ "package.json": manifest({}), "index.js": 'require("./lib/a");', "lib/a.js": "", "lib/b.js": "" }), ["lib/b.js"]);
});

test("reach: tools registered only in an unreached build are not part of the surface", () => {
  const tools = (...names: string[]) => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"; const s = new McpServer({ name: "n", version: "1" }); ${names.map((n) => `s.tool("${n}", "d", {}, async () => ({ content: [] }));`).join(" ")}`;
  const { server, program, diagnostics } = extractInstalledServer(
    programOf({
      "package.json": manifest({ bin: "dist/index.js" }),
      "dist/index.js": tools("search"),
      "dist/cloudflare/index.js": tools("search", "worker_only"),
    }),
  );
  assert.deepEqual(server.model.tools.map((t) => `${t.name}@${t.handlerLocation?.file}`), ["search@dist/index.js"]);
  assert.deepEqual(program.modules.map((m) => m.path), ["dist/index.js"]);
  assert.equal(diagnostics[0]?.code, "unreached-modules-skipped");
});

test("reach: an entry that is a shim (its code registers nothing) keeps the package's other modules", () => {
  const { server, program, diagnostics } = extractInstalledServer(
    programOf({
      "package.json": manifest({ bin: "bin/start.js" }),
      "bin/start.js": 'const { run } = require("some-runner"); run(process.argv);',
      "lib/server.js": 'const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js"); const s = new McpServer({ name: "n", version: "1" }); s.tool("lookup", "d", {}, async () => ({ content: [] }));',
    }),
  );
  assert.deepEqual(server.model.tools.map((t) => t.name), ["lookup"]);
  assert.equal(program.modules.length, 2);
  assert.deepEqual(diagnostics, []);
});

test("reach: a folder handed to a static-file server is served to browsers, not loaded; the same folder joined for a loader is", () => {
  assert.deepEqual(
    unreached({
      "package.json": manifest({ bin: "dist/index.js" }),
      "dist/index.js": [
        'import path from "node:path"; import express from "express"; import serveStatic from "serve-static";',
        'const app = express(); app.use(express.static(path.join(import.meta.dirname, "assets"))); app.use(serveStatic(path.join(import.meta.dirname, "public")));',
        'const tool = require(path.join(__dirname, "tools", "git.js"));',
      ].join("\n"),
      "dist/assets/index-4c1d.js": "console.error(new Error('page'));",
      "dist/public/app.js": "export {};",
      "dist/tools/git.js": "module.exports = {};",
    }),
    ["dist/assets/index-4c1d.js", "dist/public/app.js"],
  );
});

test("reach: paths a reader takes and folders only held in a variable are data unless code that runs loads names it builds", () => {
  const docsServer = {
    "package.json": manifest({ bin: "dist/index.js" }),
    "dist/index.js": [
      'import path from "node:path"; import fs from "node:fs"; import { listFolder } from "./list.js";',
      'const paths = { guides: path.join(import.meta.dirname, "..", "guides"), samples: path.resolve(import.meta.dirname, "..", "samples") };',
      'export const inject = fs.readFileSync(path.join(import.meta.dirname, "page", "inject.js"), "utf8");',
      "export const names = () => listFolder(paths.samples);",
    ].join("\n"),
    "dist/list.js": 'import { readdir } from "node:fs/promises"; export class Lister { async all(dir) { return readdir(dir); } } export const listFolder = (d) => new Lister().all(d);',
    "dist/page/inject.js": "document.body.dataset.ready = '1';",
    "samples/weather/server.ts": 'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"; export {};',
    "guides/intro.js": "export {};",
  };
  assert.deepEqual(unreached(docsServer), ["dist/page/inject.js", "guides/intro.js", "samples/weather/server.ts"].sort());
  // The same folders beside a loader whose specifier is built at run time, in another module: its entries may be loaded.
  assert.deepEqual(
    unreached({ ...docsServer, "dist/list.js": 'import { readdir } from "node:fs/promises"; export async function listFolder(d) { for (const f of await readdir(d)) await import(`${d}/${f}`); }' }),
    [],
  );
  // A folder handed straight to a call we cannot see into may be loaded by it; a constant require of a joined path is no run-time loader.
  assert.deepEqual(
    unreached({
      "package.json": manifest({ main: "lib/index.cjs" }),
      "lib/index.cjs": 'const path = require("path"); const { loadCommands } = require("command-kit"); loadCommands(path.join(__dirname, "commands")); const seed = require(path.join(__dirname, "seed.cjs")); const data = path.join(__dirname, "fixtures");',
      "lib/commands/deploy.cjs": "module.exports = {};",
      "lib/seed.cjs": "module.exports = {};",
      "lib/fixtures/sample.cjs": "module.exports = {};",
    }),
    ["lib/fixtures/sample.cjs"],
  );
  // A launcher that keeps its library folder in a variable and requires a file under it: a loader fed from that folder.
  assert.deepEqual(
    unreached({
      "package.json": manifest({ bin: { tool: "bin/launch.cjs" } }),
      "bin/launch.cjs": 'const path = require("path"); const LIB = path.join(__dirname, "..", "lib"); if (process.argv[2] === "--setup") require(path.join(LIB, "setup.cjs"));',
      "lib/setup.cjs": 'require("./shared.cjs");',
      "lib/shared.cjs": "module.exports = {};",
    }),
    [],
  );
});
