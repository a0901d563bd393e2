// A property read from the whole environment is one variable, whatever the
// object is called: `process.env` itself, an alias, or a parameter defaulted
// or passed to it, and whether the key is a literal or a name from a list.
// A read by one of the object's own names (`for...in`, `Object.keys`) walks
// the whole object and stays the whole. Each point has a twin that is whole.
import assert from "node:assert/strict";
import { test } from "node:test";
import { envWholeAt } from "./support/taint-harness.js";

test("a parameter defaulted to process.env: a named read through a helper is a part, the parameter serialized is the whole", () => {
  const code = [
    `function pick(env, names) { for (const n of names) { const v = env[n]; if (v) return v; } return undefined; }`,
    `function load(env = process.env) { return { url: pick(env, ["A_URL"]), token: env.A_TOKEN, port: env["PORT"] }; }`,
    `sink(load());`,
    `function dump(env = process.env) { return JSON.stringify(env); }`,
    `sink(dump());`,
  ].join("\n");
  assert.deepEqual(envWholeAt(code), ["3:part", "5:whole"]);
});

test("a parameter passed process.env: env[name] is a part; for...in, Object.keys and spreading copy the whole", () => {
  const code = [
    `const NAMES = ["A", "B"];`,
    `function one(e, n) { return e[n]; }`,
    `sink(one(process.env, NAMES[0]));`,
    `function copy(e) { const out = {}; for (const k in e) out[k] = e[k]; return out; }`,
    `sink(copy(process.env));`,
    `function values(e) { const out = []; for (const k of Object.keys(e)) out.push(e[k]); return out; }`,
    `sink(values(process.env));`,
    `function spread(e) { return { ...e }; }`,
    `sink(spread(process.env));`,
    `function destructured(e, n) { const { [n]: v } = e; return v; }`,
    `sink(destructured(process.env, NAMES[1]));`,
  ].join("\n");
  assert.deepEqual(envWholeAt(code), ["11:part", "3:part", "5:whole", "7:whole", "9:whole"]);
});

test("an alias of process.env: a read by a listed name is one variable, Object.entries of it is the whole", () => {
  const code = [
    `const env = process.env;`,
    `for (const n of ["A", "B"]) sink(env[n]);`,
    `sink(Object.entries(env).map(([k, v]) => k + "=" + v).join("\\n"));`,
  ].join("\n");
  assert.deepEqual(envWholeAt(code).filter((x) => x.endsWith("whole")), ["3:whole"]);
  assert.ok(!envWholeAt(code).includes("2:whole"));
});
