// `${target ?? "https://fixed"}/v2`: the constant is one start of the URL, the
// value before `??` or `||` is the other. The destination keeps that value as a
// possible base (pathUnderUnknownHost), so the host is not fixed by the default.
import assert from "node:assert/strict";
import { test } from "node:test";
import { hostIsFixed } from "../rules/ssrf.js";
import { runTaint } from "./support/taint-harness.js";

const destinationsOf = (body: string) =>
  runTaint({ "main.js": `function send(target, id) {\n${body}\n}\nsend(globalThis.a, globalThis.b);` })
    .hitsOf("net")
    .map((h) => h.destination!);

for (const op of ["??", "||"]) {
  test(`a value ${op} a fixed base may be the base: the host is not fixed`, () => {
    const [d] = destinationsOf(`fetch(\`\${target ${op} "https://api.parcels.example"}/v2/notes\`, { body: process.env.A });`);
    assert.ok(d, "a hit");
    assert.equal(hostIsFixed(d), false, JSON.stringify(d));
  });
}

test("a base variable joined from a value and a fixed default, then a path: the host is not fixed", () => {
  const [d] = destinationsOf(`const base = target || "https://api.parcels.example";\nfetch(base + "/v2/notes", { body: process.env.A });`);
  assert.equal(hostIsFixed(d), false, JSON.stringify(d));
});

test("twin: the default joined value only fills the path after a fixed host", () => {
  const [d] = destinationsOf(`fetch(\`https://api.parcels.example/v2/\${id ?? "latest"}\`, { body: process.env.A });`);
  assert.equal(hostIsFixed(d), true, JSON.stringify(d));
});

test("twin: one fixed base alone fixes the host", () => {
  const [d] = destinationsOf(`fetch("https://api.parcels.example/v2/notes/" + id, { body: process.env.A });`);
  assert.equal(hostIsFixed(d), true, JSON.stringify(d));
});
