// Class fields per instance: a field that depends on a constructor's or a
// method's arguments belongs to the instance it was set on (by allocation
// site), fields set from constants or the environment are shared by all
// instances, and an instance serialized whole shows its fields. Each case has
// a twin (the other instance, a field that holds no secret) that must stay clean.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const run = (code: string, file = "main.js") => pairs(runTaint({ [file]: code }));

test("two instances of one class keep their own constructor-set fields, read directly and through a method", () => {
  const code = [
    `class Client { constructor(token) { this.token = token; } auth() { return this.token; } }`,
    `const signed = new Client(process.env.A);`,
    `const anonymous = new Client("none");`,
    `sink(anonymous.token);`,
    `sink(anonymous.auth());`,
    `sink(signed.token);`,
    `sink(signed.auth());`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@6", "A→test@7"]);
});

test("TS parameter properties and fields set by a later method call are per instance too", () => {
  const code = [
    `class Client { constructor(private readonly token: string) {} auth(): string { return this.token; } }`,
    `class Session { key = ""; login(k: string): void { this.key = k; } current(): string { return this.key; } }`,
    `const signed = new Client(process.env.A!);`,
    `const anonymous = new Client("none");`,
    `const s1 = new Session(); s1.login(process.env.B!);`,
    `const s2 = new Session(); s2.login("guest");`,
    `sink(anonymous.auth());`,
    `sink(signed.auth());`,
    `sink(s2.current());`,
    `sink(s1.current());`,
  ].join("\n");
  assert.deepEqual(run(code, "main.ts"), ["A→test@8", "B→test@10"]);
});

test("constructor options: only the field that stores the secret carries it", () => {
  const code = [`class Client { constructor(o) { this.token = o.token; this.region = o.region; } }`, `const c = new Client({ token: process.env.A, region: "eu" });`, `sink(c.region);`, `sink(c.token);`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});

test("a field set from the environment is shared by every instance", () => {
  const code = [`class Client { constructor() { this.token = process.env.A; } auth() { return this.token; } }`, `const one = new Client();`, `const two = new Client();`, `sink(two.auth());`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});

test("an instance serialized whole shows its fields: JSON.stringify(client), a client passed to a sink, JSON.stringify(this)", () => {
  const code = [
    `class Client { constructor(o) { this.token = o.token; this.name = o.name; } dump() { sink(JSON.stringify(this)); } }`,
    `const signed = new Client({ token: process.env.A, name: "a" });`,
    `const anonymous = new Client({ token: "none", name: "b" });`,
    `sink(JSON.stringify(anonymous));`,
    `sink(JSON.stringify(signed));`,
    `sink(anonymous);`,
    `sink(signed);`,
    `anonymous.dump();`,
    `class Plain { constructor() { this.n = 1; } }`,
    `sink(JSON.stringify(new Plain()));`,
  ].join("\n");
  assert.deepEqual(run(code), ["A→test@5", "A→test@7"]);
  const dumped = [
    `class Client { constructor(t) { this.token = t; } dump() { sink(JSON.stringify(this)); } }`,
    `new Client("none").dump();`,
    `new Client(process.env.A).dump();`,
  ].join("\n");
  assert.deepEqual(run(dumped), ["A→test@1"]);
});
