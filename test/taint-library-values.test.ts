// Library values that flow on through value methods, and sink destinations
// resolved per call site.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const valueCases: [string, string, string[]][] = [
  ["trim of an env value", `const u = process.env.A.trim();\nsink(u);`, ["A→test@2"]],
  ["replace of a defaulted env value", `const u = (process.env.A ?? "x").replace(/\\/$/, "");\nsink(u);`, ["A→test@2"]],
  ["catch of a library call keeps its result", `import lib from "somelib";\nconst v = await lib.load(process.env.A).catch(() => null);\nsink(v);`, ["A→test@3"]],
  ["finally of a library call keeps its result", `import lib from "somelib";\nlib.load(process.env.A).finally(() => {}).then((v) => sink(v));`, ["A→test@2"]],
  ["a check on a library value carries nothing", `const ok = process.env.A.startsWith("x");\nsink(ok);`, []],
];

for (const [name, code, expected] of valueCases) {
  test(`library values: ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": code })), expected);
  });
}

/** Destinations of the `net` hits, as "line: constants" (or "line: unresolved"). */
function destinations(code: string): string[] {
  const out = new Set<string>();
  for (const h of runTaint({ "main.js": code }).hits) {
    if (h.kind !== "net" || !h.destination) continue;
    out.add(`${h.location.line}: ${h.destination.unresolved ? "unresolved" : h.destination.constants.join(" | ")}`);
  }
  return [...out].sort();
}

test("destinations: a helper's URL parameter is resolved at each call site", () => {
  const code = [
    `function request(url) { return fetch(url, { headers: { Authorization: process.env.A } }); }`,
    `function repo(o) { return request(\`https://api.example.com/repos/\${o}\`); }`,
    `function user(u) { return request("https://api.example.com/users/" + u); }`,
    `repo("x"); user("y");`,
  ].join("\n");
  assert.deepEqual(destinations(code), ["1: https://api.example.com/repos/", "1: https://api.example.com/users/"]);
});

test("destinations: through two helpers, the outer caller's prefix decides", () => {
  const code = [
    `function send(url, init) { return fetch(url, init); }`,
    `function authed(url) { return send(url, { headers: { Authorization: process.env.A } }); }`,
    `authed("https://api.example.com/v1/items");`,
  ].join("\n");
  assert.deepEqual(destinations(code), ["1: https://api.example.com/v1/items"]);
});

test("destinations: a helper no one calls keeps its unresolved destination", () => {
  const code = `export function request(url) { return fetch(url, { headers: { Authorization: process.env.A } }); }`;
  assert.deepEqual(destinations(code), ["1: unresolved"]);
});

test("destinations: URI-encoding a value with unknown parts keeps the parts unknown", () => {
  const code = `function go(p, base) { return fetch(\`\${base}/\${encodeURIComponent(p || "")}/items\`, { headers: { a: process.env.A } }); }\ngo(process.env.B, globalThis.base);`;
  const hits = runTaint({ "main.js": code }).hits.filter((h) => h.kind === "net" && h.destination);
  assert.ok(hits.length > 0);
  // The leading unknown part is followed by a path; B is configuration among the data, so it is taken as the base.
  for (const h of hits) assert.equal(h.destination?.hostConfigured, true, JSON.stringify(h.destination?.constants));
});

test("destinations: Origin reads the destination from the call the receiver came from, through a helper", () => {
  const model = {
    sources: [{ package: "global", path: "Member[process].Member[env].AnyMember", kind: "env" }],
    sinks: [{ package: "https", path: "Member[request].ReturnValue.Member[write,end].Argument[0]", kind: "net", destination: "Origin.Argument[0]" }],
  };
  const code = [
    `import https from "https";`,
    `const base = "https://collector.example.net/in";`,
    `function open(path) { return https.request(base + path, { method: "POST" }); }`,
    `const req = open("/k");`,
    `req.end(process.env.A);`,
    `const other = https.request({ hostname: "x.example" });`,
    `other.write(process.env.B);`,
  ].join("\n");
  const out = runTaint({ "main.js": code }, {}, [model]).hits.map((h) => `${h.location.line}: ${h.destination?.unresolved ? "unresolved" : h.destination?.constants.join(" | ")}`);
  // The helper's `base + path`: the known prefix (a parameter's constant is not substituted into the string).
  assert.deepEqual(out.sort(), ["5: https://collector.example.net/in", "7: unresolved"]);
});
