// Instances made by a factory (`function make(o) { return new C(o) }`) are the
// call site's own: two calls of the factory give two instances with their own
// fields, while what the factory sets from constants or the environment stays
// shared. Each case has a twin instance that must stay clean.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const run = (code: string) => pairs(runTaint({ "main.js": code }));

test("two instances from one factory keep their own constructor-set fields, read directly and through a method", () => {
  const code = [
    `class Client { constructor(token) { this.token = token; } auth() { return this.token; } }`,
    `function make(token) { return new Client(token); }`,
    `const signed = make(process.env.A);`,
    `const anonymous = make("none");`,
    `sink(anonymous.token);`,
    `sink(anonymous.auth());`,
    `sink(signed.token);`,
    `sink(signed.auth());`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@7", "A→test@8"]);
});

test("a factory that sets a field through a method, and a factory calling a factory, give per-call instances", () => {
  const code = [
    `class Session { login(k) { this.key = k; } current() { return this.key; } }`,
    `function open(k) { const s = new Session(); s.login(k); return s; }`,
    `function createClient(o) { return { session: open(o.key) }; }`,
    `const one = open(process.env.A);`,
    `const two = open("guest");`,
    `const c1 = createClient({ key: process.env.B });`,
    `const c2 = createClient({ key: "guest" });`,
    `sink(two.current());`,
    `sink(c2.session.current());`,
    `sink(one.current());`,
    `sink(c1.session.current());`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@10", "B→test@11"]);
});

test("what a factory sets from the environment is every instance's", () => {
  const code = [
    `class Client { constructor(name) { this.name = name; this.token = process.env.A; } auth() { return this.token; } }`,
    `function make(name) { return new Client(name); }`,
    `const one = make("a");`,
    `const two = make("b");`,
    `sink(one.name);`,
    `sink(two.auth());`,
    `sink(one.token);`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@6", "A→test@7"]);
});

test("instances from more factory calls than a value keeps apart stand for every instance: no field is lost", () => {
  const calls = Array.from({ length: 12 }, (_, i) => (i === 7 ? `make(process.env.A)` : `make("n${i}")`)).join(", ");
  const code = [`class Client { constructor(token) { this.token = token; } }`, `function make(token) { return new Client(token); }`, `const all = [${calls}];`, `for (const c of all) sink(c.token);`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});
