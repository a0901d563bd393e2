// A remote client (RemoteClientRow: built with a credential option from outside) handed to a helper
// as a parameter: what a method of the client, or of a part it hands out (`client.images.create`),
// answers is the service's answer there too, as it is where the client is built; the client itself,
// serialized or read by a field no code lists, still shows its options.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint, TEST_MODEL } from "./support/taint-harness.js";

const CLIENTS = { remoteClients: [{ options: ["apiKey"], factories: /^create/, note: "test: a constructor given apiKey builds a client" }] };
const run = (code: string) => pairs(runTaint({ "main.js": code }, {}, [TEST_MODEL, CLIENTS]));

// The key is a field of a parsed settings object, so the client's options carry it as that field.
const built = [`import { Sketcher } from "sketch-cloud";`, `import { parse } from "settings-schema";`, `const settings = parse({ apiKey: process.env.A });`, `const client = new Sketcher({ apiKey: settings.apiKey });`].join("\n");

test("a method of a part of a client handed to a helper answers without the client's key", () => {
  const code = [built, `async function draw(c) { const reply = await c.images.create({ prompt: "x" }); return { text: reply.url }; }`, `sink(await draw(client));`].join("\n");
  assert.deepEqual(run(code), []);
});

test("the same answer called where the client is built carries no key either", () => {
  assert.deepEqual(run([built, `sink(client.images.create({ prompt: "x" }).url);`].join("\n")), []);
});

test("a client kept in a class field and handed on from there answers without the key", () => {
  const code = [
    `import { Sketcher } from "sketch-cloud";`,
    `class Settings { values = null; client = null; load() { this.values = { apiKey: process.env.A }; this.client = new Sketcher({ apiKey: this.values.apiKey }); } }`,
    `class App { constructor() { this.settings = new Settings(); this.settings.load(); } run() { return draw(this.settings.client); } }`,
    `function draw(c) { return c.images.create({ prompt: "x" }); }`,
    `sink(new App().run());`,
  ].join("\n");
  assert.deepEqual(run(code), []);
});

test("a helper that serializes the client, or reads a field it does not list, still hands out the key", () => {
  const code = [built, `function dump(c) { return JSON.stringify(c); }`, `function secret(c) { return c._apiKey; }`, `sink(dump(client));`, `sink(secret(client));`].join("\n");
  assert.deepEqual(run(code), ["A→test@7", "A→test@8"]);
});

test("a method of a plain object's field handed to a helper still carries that field", () => {
  const code = [`import { parse } from "settings-schema";`, `const settings = parse({ apiKey: process.env.A });`, `function trimmed(s) { return s.apiKey.trim(); }`, `sink(trimmed(settings));`].join("\n");
  assert.deepEqual(run(code), ["A→test@4"]);
});
