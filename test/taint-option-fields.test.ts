// A field of an argument is the string the caller wrote there, as the argument
// itself is: a client built with `{ base: "https://api.example.com" }` (stored
// by its constructor, or copied by a factory) sends there. Twins: a field the
// caller fills from the environment stays unresolved, and a field written after
// a constant start only fills the rest of it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runTaint } from "./support/taint-harness.js";

const destinations = (code: string) =>
  runTaint({ "main.js": code })
    .hits.filter((h) => h.kind === "net")
    .map((h) => `${h.destination?.constants.join("|")}${h.destination?.prefixOnly ? "…" : ""}`);

test("an options field stored by a constructor keeps the caller's constant", () => {
  const code = [
    `class Http { constructor(o) { this.base = o.base; } send() { fetch(this.base, process.env.T); } }`,
    `const http = new Http({ base: "https://api.example.com" });`,
    `http.send();`,
  ].join("\n");
  assert.deepEqual(destinations(code), ["https://api.example.com"]);
  const destructured = code.replace("constructor(o) { this.base = o.base; }", "constructor({ base }) { this.base = base; }");
  assert.deepEqual(destinations(destructured), ["https://api.example.com"]);
});

test("a factory that copies an options field returns the caller's constant", () => {
  const code = [`function make(o) { return { base: o.base }; }`, `const c = make({ base: "https://api.example.com" });`, `fetch(c.base, process.env.T);`].join("\n");
  assert.deepEqual(destinations(code), ["https://api.example.com"]);
});

test("twins: a field filled from the environment is unresolved; a field after a constant start does not replace that start", () => {
  const fromEnv = [`function make(o) { return { base: o.base }; }`, `const c = make({ base: process.env.API_URL });`, `fetch(c.base, process.env.T);`].join("\n");
  assert.deepEqual(destinations(fromEnv), [""]);
  const tail = [`function send(o) { fetch("https://api.example.com/" + o.path, process.env.T); }`, `send({ path: "https://elsewhere.example.net" });`].join("\n");
  assert.deepEqual(destinations(tail), ["https://api.example.com/…"]);
});
