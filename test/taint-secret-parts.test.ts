// Which part of a value carries a secret: a URL's address parts are marked as
// such (they hold no userinfo or query), a Map's stored value does not carry
// its key, a global the program sets to a constant is no source, and key
// derivation is one-way. Each point has a twin that must still carry the secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ALL_MODELS } from "../rules/models/index.js";
import { pairs, runTaint, TEST_MODEL } from "./support/taint-harness.js";

const run = (code: string) => pairs(runTaint({ "main.js": code }));

test("URL parts: protocol, host, hostname, port, origin and pathname are address parts; href, password, search are not", () => {
  const code = [
    `const u = new URL(process.env.A);`,
    `sink(u.hostname);`,
    `sink(u.host);`,
    `sink(u.port);`,
    `sink(u.pathname);`,
    `sink(u.protocol);`,
    `sink(u.origin);`,
    `sink(u.href);`,
    `sink(u.password);`,
    `sink(u.search);`,
    `sink(u.toString());`,
  ].join("\n");
  assert.deepEqual(run(code), [
    "A→test@10",
    "A→test@11",
    "A→test@2 (sanitized:url-address)",
    "A→test@3 (sanitized:url-address)",
    "A→test@4 (sanitized:url-address)",
    "A→test@5 (sanitized:url-address)",
    "A→test@6 (sanitized:url-address)",
    "A→test@7 (sanitized:url-address)",
    "A→test@8",
    "A→test@9",
  ]);
});

test("Map: the value stored under a tainted key is clean whole, the map's entries still carry the key", () => {
  const code = [`const m = new Map();`, `m.set(process.env.A, { opened: 1 });`, `sink(m.get("k"));`, `sink([...m.keys()]);`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});

test("a global member the program sets to a constant is the program's value; one it sets conditionally or from data is still a source", () => {
  const code = [
    `process.env.A = "fixed";`,
    `sink(process.env.A);`,
    `if (!process.env.B) process.env.B = "default";`,
    `sink(process.env.B);`,
    `process.env.C = readArgv();`,
    `sink(process.env.C);`,
    `function setup() { process.env.D = \`constant\`; }`,
    `sink(process.env.D);`,
  ].join("\n");
  assert.deepEqual(run(code), ["B→test@4", "C→test@6"]);
});

test("key derivation is one-way: pbkdf2Sync/scryptSync output is masked, the password itself is not", () => {
  const code = [
    `import crypto from "node:crypto";`,
    `sink(crypto.pbkdf2Sync(process.env.A, "salt", 1000, 32, "sha256").toString("hex"));`,
    `sink(crypto.scryptSync(process.env.B, "salt", 32).toString("base64"));`,
    `sink(Buffer.from(process.env.C).toString("hex"));`,
  ].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": code }, {}, [TEST_MODEL, ...ALL_MODELS])), [
    // hex and base64 also spell out their alphabets (shapes.ts encodingShape).
    `A→test@2 (sanitized:chars:[]+secret-masked+shape:no-dot-dot+shape:no-leading-dash+shape:no-separator+shape:relative+shape:shell-inert+shape:word-chars)`,
    `B→test@3 (sanitized:chars:["/","="]+secret-masked+shape:no-dot-dot+shape:no-leading-dash+shape:shell-inert)`,
    `C→test@4 (sanitized:chars:[]+shape:no-dot-dot+shape:no-leading-dash+shape:no-separator+shape:relative+shape:shell-inert+shape:word-chars)`,
  ]);
});

test("a sanitizer row holds for the callback form: scrypt's derived key and readFile's contents are marked; another library's callback still carries its arguments", () => {
  const code = [
    `import crypto from "node:crypto";`,
    `import fs from "node:fs";`,
    `import lib from "some-lib";`,
    `crypto.scrypt(process.env.A, "salt", 32, (err, derived) => sink(derived.toString("hex")));`,
    `fs.readFile(process.env.B, "utf8", (err, text) => sink(text));`,
    `lib.compute(process.env.C, (err, out) => sink(out));`,
  ].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": code }, {}, [TEST_MODEL, ...ALL_MODELS])), [`A→test@4 (sanitized:chars:[]+secret-masked+shape:no-dot-dot+shape:no-leading-dash+shape:no-separator+shape:relative+shape:shell-inert+shape:word-chars)`, "B→path-traversal@5", "B→test@5 (sanitized:read-from-path)", "C→test@6"]);
});

test("property names: Object.keys, the keys of Object.entries and for...in are marked as names; Object.values is not", () => {
  // A destructured entry's key is the entry's first position only: the value's taint stays in `v`.
  const code = [
    `const env = JSON.parse(process.env.A);`,
    `for (const k of Object.keys(env)) sink(k);`,
    `for (const [k, v] of Object.entries(env)) { sink(k); }`,
    `for (const k in env) sink(k);`,
    `for (const v of Object.values(env)) sink(v);`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@2 (sanitized:property-names)", "A→test@3 (sanitized:property-names)", "A→test@4 (sanitized:property-names)", "A→test@5"]);
});

test("property names: an object literal's constant keys carry none of its values' taint, directly or through a parameter; an iterated or joined entry still carries both", () => {
  const code = [
    `const files = { "a.json": { name: process.env.A }, "b.txt": "x" + process.env.B };`,
    `for (const [k, v] of Object.entries(files)) { sink(k); sink(v); }`,
    `function keys(o) { for (const k of Object.keys(o)) sink(k); }`,
    `function names(o) { for (const k in o) sink(k); }`,
    `function entries(o) { for (const [k] of Object.entries(o)) sink(k); }`,
    `keys(files); names(files); entries(files);`,
    `for (const e of Object.entries(files)) sink(e.join("="));`,
    `const seen = JSON.parse(process.env.C);`,
    `keys(seen); names(seen); entries(seen);`,
  ].join("\n");
  const noDash = "(sanitized:shape:after-text+shape:no-leading-dash+shape:not-at-start)";
  assert.deepEqual(run(code), [
    "A→test@2",
    "A→test@7",
    `B→test@2 ${noDash}`,
    `B→test@7 ${noDash}`,
    "C→test@3 (sanitized:property-names)",
    "C→test@4 (sanitized:property-names)",
    "C→test@5 (sanitized:property-names)",
  ]);
});

test("an emitter's error event hands over an Error, not the emitter's config; its other events still carry its data", () => {
  const code = [`import pg from "pg";`, `const pool = new pg.Pool({ connectionString: process.env.A });`, `pool.on("error", (err) => sink(err));`, `pool.on("notice", (msg) => sink(msg));`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});

test("a JWT carries its payload, not the key that signs it", () => {
  const code = [
    `import jwt from "jsonwebtoken";`,
    `sink(jwt.sign({ sub: "svc" }, process.env.A));`,
    `sink(jwt.sign({ pass: process.env.B }, "k"));`,
  ].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": code }, {}, [...ALL_MODELS, TEST_MODEL])).filter((p) => p.includes("→test@")), ["B→test@3"]);
});

test("a Map's keys are its keys, not the values stored under them; an array's keys are indices", () => {
  const code = [
    `const m = new Map();`,
    `m.set("primary", { client: process.env.A });`,
    `sink([...m.keys()]);`,
    `sink(Array.from(m.values()));`,
    `const byKey = new Map();`,
    `byKey.set(process.env.B, 1);`,
    `sink(Array.from(byKey.keys()).join(","));`,
    `const list = [process.env.C];`,
    `sink([...list.keys()]);`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@4", "B→test@7"]);
});
