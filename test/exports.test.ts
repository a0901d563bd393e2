// Library mode's export resolution: which functions of a package a caller can reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { packageFromFiles } from "../analyzer/acquire/index.js";
import { parse } from "../analyzer/parse/index.js";
import { exportedFunctions, exportedParameterSources } from "../analyzer/program/exports.js";
import { link } from "../analyzer/program/index.js";

function programOf(files: Record<string, string>) {
  const source = packageFromFiles(
    "test",
    "directory",
    "/test",
    Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) })),
    [],
    { seen: 0, skipped: 0 },
  );
  const parsed = parse(source);
  return link(parsed.modules, source.facts);
}

/** `file#name(params)` for each exported function, sorted. */
function exported(files: Record<string, string>): string[] {
  return exportedFunctions(programOf(files))
    .map((e) => `${e.module.path}#${e.name}(${e.fn.params.map((p) => (p.type === "Identifier" ? p.name : p.type)).join(",")})`)
    .sort();
}

test("exports: CommonJS function, named exports and object literals", () => {
  assert.deepEqual(
    exported({
      "package.json": JSON.stringify({ name: "lib", main: "main.js" }),
      "main.js": [
        "function helper(x) { return x; }",
        "function run(cmd) { return helper(cmd); }",
        "exports.stop = function (pid) {};",
        "module.exports.kill = (signal) => {};",
        "module.exports = { run, check: function (host) {} };",
      ].join("\n"),
    }),
    ["main.js#check(host)", "main.js#kill(signal)", "main.js#run(cmd)", "main.js#stop(pid)"],
  );
});

test("exports: constructor with prototype methods and a factory's returned middleware", () => {
  assert.deepEqual(
    exported({
      "package.json": JSON.stringify({ name: "lib", main: "index.js" }),
      "index.js": [
        "function Client(opts) {}",
        "Client.prototype.exec = function (command) {};",
        "Client.prototype = Object.create(null);",
        "Client.create = function (o) { return new Client(o); };",
        "module.exports = Client;",
        "module.exports.serve = function (root) { return function (req, res) {}; };",
      ].join("\n"),
    }),
    ["index.js#Client.create(o)", "index.js#Client.exec(command)", "index.js#default(opts)", "index.js#serve(req,res)", "index.js#serve(root)"],
  );
});

test("exports: re-exports through require and ESM, TS classes without private members", () => {
  assert.deepEqual(
    exported({
      "package.json": JSON.stringify({ name: "lib", main: "index.js", exports: { ".": "./index.js" } }),
      "index.js": "module.exports = require('./lib/impl');",
      "lib/impl.js": "exports.go = function (where) {};",
      "lib/unlisted.js": "exports.hidden = function (x) {};",
    }),
    ["lib/impl.js#go(where)"],
  );
  assert.deepEqual(
    exported({
      "package.json": JSON.stringify({ name: "lib", type: "module", main: "dist/index.js", exports: "./dist/index.js" }),
      "dist/index.ts": "export * from './tools.js';\nexport { default as Runner } from './runner.js';\nexport default function main(argv: string[]) {}",
      "dist/tools.ts": "export function read(file: string) {}\nexport const write = (file: string, data: string) => {};",
      "dist/runner.ts": "export default class Runner { run(cmd: string) {} private secret(x: string) {} #hidden(y: string) {} }",
    }),
    ["dist/index.ts#default(argv)", "dist/runner.ts#Runner.run(cmd)", "dist/tools.ts#read(file)", "dist/tools.ts#write(file,data)"],
  );
});

test("exports: without an exports map every module is reachable; sources carry kind and name", () => {
  const program = programOf({
    "package.json": JSON.stringify({ name: "lib" }),
    "index.js": "module.exports = function (a) {};",
    "lib/deep.js": "exports.deep = function (b, c) {};\nfunction internal(d) {}",
  });
  assert.deepEqual(
    exportedParameterSources(program).map((s) => `${s.module.path} ${s.name} ${s.kind} ${JSON.stringify(s.params)}`).sort(),
    ['index.js default exported-parameter "all"', 'lib/deep.js deep exported-parameter "all"'],
  );
});

test("exports: a constructor's this-methods, and the new (function () {...})() singleton", () => {
  assert.deepEqual(
    exported({
      "package.json": JSON.stringify({ name: "lib", main: "index.js" }),
      "index.js": [
        "function Queue(name) {",
        "  this.push = function (job) {};",
        "  this.size = 0;",
        "  setTimeout(function () { this.tick = function (n) {}; });",
        "}",
        "exports.Queue = Queue;",
        "module.exports.log = new (function () {",
        "  this.setTheme = function (theme) {};",
        "  var hidden = function (x) {};",
        "})();",
      ].join("\n"),
    }),
    ["index.js#Queue(name)", "index.js#Queue.push(job)", "index.js#log()", "index.js#log.setTheme(theme)"],
  );
});
