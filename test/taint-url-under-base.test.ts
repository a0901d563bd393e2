// `new URL(route, base)`: the host is the base's whenever the route is a path.
// A constant path under a base the engine cannot read is not a URL whose host
// the path fixes, and a helper's route parameter filled by a caller with a path
// is a piece under the base's origin; a route the caller fills with a whole URL
// (text the model wrote) still leaves it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runTaint } from "./support/taint-harness.js";

const destinations = (code: string) =>
  runTaint({ "main.js": code })
    .hitsOf("net")
    .map((h) => ({ line: h.location.line, constants: h.destination!.constants, hostFixed: h.destination!.hostFixed, configuredBy: h.destination!.configuredBy, tainted: h.destination!.tainted.map((l) => l.name) }));

test("a constant path under a base read from the environment: the base configures the host", () => {
  const code = [
    `const base = \`http://\${process.env.PLUGIN_HOST}:\${process.env.PLUGIN_PORT}\`;`,
    `const cfg = { base };`,
    `function origin() { return cfg.base; }`,
    `const holder = { o: origin() };`,
    `fetch(new URL("/api/items", holder.o).toString(), { headers: { authorization: process.env.PLUGIN_TOKEN } });`,
  ].join("\n");
  const [d] = destinations(code);
  assert.equal(d.hostFixed, false);
  assert.ok(d.configuredBy.includes("PLUGIN_HOST"), JSON.stringify(d));
  assert.ok(!d.constants.includes("/api/items"), JSON.stringify(d));
});

test("a helper's route parameter under a constant origin: each caller's path stays under that origin", () => {
  const code = [
    `const ORIGIN = "https://api.tracker.example";`,
    `function get(route) { return fetch(new URL(route, ORIGIN).toString(), { headers: { authorization: process.env.TRACKER_TOKEN } }); }`,
    `get("/v1/items");`,
    `get("/v1/users");`,
  ].join("\n");
  const ds = destinations(code);
  assert.ok(ds.length > 0);
  for (const d of ds) assert.deepEqual(d.constants, ["https://api.tracker.example"], JSON.stringify(d));
});

test("twin: a route the caller takes from outside may be a whole URL, so the host is not fixed for it", () => {
  const code = [
    `const ORIGIN = "https://api.tracker.example";`,
    `function get(route) { return fetch(new URL(route, ORIGIN).toString(), { headers: { authorization: process.env.TRACKER_TOKEN } }); }`,
    `get(process.env.NEXT_LINK);`,
  ].join("\n");
  const ds = destinations(code);
  assert.ok(ds.length > 0);
  for (const d of ds) assert.ok(!d.hostFixed && [...d.configuredBy, ...d.tainted].includes("NEXT_LINK"), JSON.stringify(d));
});
