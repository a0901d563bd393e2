// Three engine rules a value model needs before it can say which part of a
// value carries a secret: `export *` as compilers emit it (a handler behind a
// barrel is a known function, not an unknown call carrying its arguments), a
// walk over a list that cannot be empty (it ends on a property, never on the
// object it started from), and a method on one of several instances (each
// runs with its own fields). Each point has a twin that must stay a flow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { envWholeAt, pairs, runTaint } from "./support/taint-harness.js";

const TSC_HELPERS = [
  `var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {`,
  `  if (k2 === undefined) k2 = k;`,
  `  var desc = Object.getOwnPropertyDescriptor(m, k);`,
  `  if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) { desc = { enumerable: true, get: function() { return m[k]; } }; }`,
  `  Object.defineProperty(o, k2, desc);`,
  `}) : (function(o, m, k, k2) { if (k2 === undefined) k2 = k; o[k2] = m[k]; }));`,
  `var __exportStar = (this && this.__exportStar) || function(m, exports) {`,
  `  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);`,
  `};`,
].join("\n");

const FEATURE = [
  `"use strict";`,
  `Object.defineProperty(exports, "__esModule", { value: true });`,
  `exports.summary = summary;`,
  `exports.echo = echo;`,
  `function summary(config) { return { id: 1, name: "org" }; }`,
  `function echo(config) { return { config }; }`,
].join("\n");

const MAIN = [
  `"use strict";`,
  `const features_1 = require("./features");`,
  `const config = { token: process.env.A };`,
  `sink((0, features_1.summary)(config));`,
  `sink((0, features_1.echo)(config));`,
].join("\n");

test("tsc's __exportStar barrel: the call reaches the feature function (its constant result is clean, its echo is not)", () => {
  const barrel = [`"use strict";`, TSC_HELPERS, `Object.defineProperty(exports, "__esModule", { value: true });`, `__exportStar(require("./feature"), exports);`].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": MAIN, "features/index.js": barrel, "features/feature.js": FEATURE })), ["A→test@5"]);
});

test("tslib.__exportStar and esbuild's __reExport(target, module): the same copy of exports", () => {
  const tslib = [`"use strict";`, `const tslib_1 = require("tslib");`, `tslib_1.__exportStar(require("./feature"), exports);`].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": MAIN, "features/index.js": tslib, "features/feature.js": FEATURE })), ["A→test@5"]);
  const esbuild = [`"use strict";`, `var __reExport = (target, mod, secondTarget) => target;`, `var features_exports = {};`, `module.exports = features_exports;`, `__reExport(features_exports, require("./feature"), module.exports);`].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": MAIN, "features/index.js": esbuild, "features/feature.js": FEATURE })), ["A→test@5"]);
});

test("a for...of over a split string runs its body once at least: what the body assigns replaces the value before the loop", () => {
  const code = [
    `function last(s) { let v = process.env.A; for (const p of s.split(",")) { v = p; } return v; }`,
    `sink(last(globalThis.s));`,
    `function lastOf(list) { let v = process.env.B; for (const p of list) { v = p; } return v; }`,
    `sink(lastOf(globalThis.list));`,
    `function skipEmpty(s) { let v = process.env.C; for (const p of s.split(",")) { if (!p) continue; v = p; } return v; }`,
    `sink(skipEmpty(globalThis.s));`,
    `function literal() { let v = process.env.D; const parts = ["a", "b"]; for (const p of parts) { v = p; } return v; }`,
    `sink(literal());`,
  ].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": code })), ["B→test@4", "C→test@6"]);
});

test("reduce over a split path with process.env as the initial value is one variable; over any list it may be the whole", () => {
  const code = [
    `const pick = (root, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), root);`,
    `sink(pick(process.env, globalThis.ref));`,
    `const pickAll = (root, keys) => keys.reduce((o, k) => o[k], root);`,
    `sink(pickAll(process.env, globalThis.keys));`,
  ].join("\n");
  assert.deepEqual(envWholeAt(code), ["2:part", "4:whole"]);
});

test("a method called on one of two instances runs with that instance's fields: one's key never meets the other's URL", () => {
  const client = [
    `class Client {`,
    `  constructor(o) { this.key = o.key; this.url = o.url; }`,
    `  send(body) { return fetch(this.url, { method: "POST", headers: { authorization: this.key }, body }); }`,
    `}`,
  ];
  /** For each flow into the request options: its label and who configures where it goes. */
  const sent = (lines: string[]): string[] => {
    const out = new Set<string>();
    for (const h of runTaint({ "main.js": [...client, ...lines].join("\n") }).hits) {
      if (h.kind !== "net") continue;
      for (const f of h.flows) out.add(`${f.label.name} to [${(h.destination?.configuredBy ?? []).join(",")}]`);
    }
    return [...out].sort();
  };
  const two = [`let c = new Client({ key: process.env.A, url: "https://api.example.com/v1" });`, `if (globalThis.flag) c = new Client({ key: "anonymous", url: process.env.B });`, `c.send("hello");`];
  assert.deepEqual(sent(two), ["A to []"]);
  // Twin: the instance that holds the key is the one whose URL B configures.
  const twin = [`let c = new Client({ key: "anonymous", url: "https://api.example.com/v1" });`, `if (globalThis.flag) c = new Client({ key: process.env.A, url: process.env.B });`, `c.send("hello");`];
  assert.deepEqual(sent(twin), ["A to [B]"]);
});
