// Async functions compiled to generators (tsc's `__awaiter`, esbuild's `__async`,
// Babel's `_asyncToGenerator`): a `yield` in such a body is an `await`. Its value
// is what it waits for, and what it waits for is not the function's result: a
// method that awaits a request sent with the key and returns something else
// does not return the key. Each case has a twin that must still flow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const run = (code: string) => pairs(runTaint({ "main.js": code }));

const AWAITER = `var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) { return new (P || (P = Promise))(function (resolve, reject) { function step(result) { result.done ? resolve(result.value) : Promise.resolve(result.value).then((v) => step(generator.next(v))); } step((generator = generator.apply(thisArg, _arguments || [])).next()); }); };`;

test("tsc's __awaiter: what a body waits for is not what it returns", () => {
  const code = [
    AWAITER,
    `class Client {`,
    `  constructor(token) { this.token = token; }`,
    `  count() { return __awaiter(this, void 0, void 0, function* () { yield send({ auth: this.token }); return 5; }); }`,
    `  echo() { return __awaiter(this, void 0, void 0, function* () { const t = yield Promise.resolve(this.token); return t; }); }`,
    `}`,
    `const c = new Client(process.env.A);`,
    `c.count().then((n) => sink(n));`,
    `c.echo().then((t) => sink(t));`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@9"]);
});

test("an awaited value is the value of the yield: data read from it flows on", () => {
  const code = [
    AWAITER,
    `function read() { return __awaiter(this, void 0, void 0, function* () { const v = yield Promise.resolve(process.env.A); sink(v); const w = yield Promise.resolve("fixed"); sink(w); }); }`,
    `read();`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@2"]);
});

test("esbuild's __async and Babel's _asyncToGenerator are read the same way", () => {
  const code = [
    `var __async = (self, args, gen) => new Promise((resolve, reject) => { var ok = (v) => { try { step(gen.next(v)); } catch (e) { reject(e); } }; var step = (x) => (x.done ? resolve(x.value) : Promise.resolve(x.value).then(ok, reject)); step((gen = gen.apply(self, args)).next()); });`,
    `function stepOf(it, resolve, reject, next, fail, key, arg) { try { var info = it[key](arg), value = info.value; } catch (e) { reject(e); return; } if (info.done) resolve(value); else Promise.resolve(value).then(next, fail); }`,
    `function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var it = fn.apply(self, args); function next(v) { stepOf(it, resolve, reject, next, fail, "next", v); } function fail(e) { stepOf(it, resolve, reject, next, fail, "throw", e); } next(undefined); }); }; }`,
    `function viaEsbuild(key) { return __async(this, null, function* () { yield send(key); return "done"; }); }`,
    `function viaBabel(key) { return _asyncToGenerator(function* () { yield send(key); return key; })(); }`,
    `viaEsbuild(process.env.A).then((r) => sink(r));`,
    `viaBabel(process.env.B).then((r) => sink(r));`,
  ].join("\n");
  assert.deepEqual(run(code), ["B→test@7"]);
});

test("a body given `arguments` gets the enclosing function's parameters by position", () => {
  const code = [
    AWAITER,
    `function run(cmd_1) { return __awaiter(this, arguments, void 0, function* (cmd, opts = {}) { sink(cmd); sink(opts.cwd); }); }`,
    `run(process.env.A);`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@2"]);
});
