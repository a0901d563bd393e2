// Sinks a function hands to its callers because they depend on its parameters:
// one per sink call (merged, not one copy per path), and past the bound widened
// rather than dropped.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";
import { MAX_PENDING_COPIES, MAX_PENDING_SINKS } from "../analyzer/taint/context.js";

test("a sink reached many times through one helper is one pending sink: every caller's data is instantiated, no bound is hit", () => {
  const viaA = Array.from({ length: MAX_PENDING_SINKS + 6 }, () => `  send(a);`).join("\n");
  const code = `function send(b) {\n  sink(b);\n}\nfunction relay(a, c) {\n${viaA}\n  send(c);\n}\nrelay(process.env.A, process.env.C);`;
  const result = runTaint({ "main.js": code });
  assert.deepEqual(pairs(result), ["A→test@2", "C→test@2"]);
  assert.deepEqual(result.incomplete, []);
});

test("merged pending sinks whose destination depends on a parameter are instantiated by the caller, not emitted unresolved", () => {
  const code = [`function get(u) {`, `  fetch(u, process.env.T);`, `}`, `function twice(u) {`, `  get(u);`, `  get(u);`, `}`, `twice("https://api.example/v1");`].join("\n");
  const result = runTaint({ "main.js": code });
  const net = result.hits.filter((h) => h.kind === "net");
  assert.deepEqual(
    net.map((h) => h.destination?.constants),
    [["https://api.example/v1"]],
  );
  assert.deepEqual(pairs(result), ["T→net@2"]);
});

test("past the pending-sink bound, a sink call already pending takes the new data (destinations joined) instead of dropping it", () => {
  // The list is full and `post`'s fetch has MAX_PENDING_COPIES copies, one per destination: the next destination joins one of them.
  const sites = Array.from({ length: MAX_PENDING_SINKS - 1 }, (_, i) => `function s${i}(b) { sink(b); }`).join("\n");
  const calls = Array.from({ length: MAX_PENDING_SINKS - 1 }, (_, i) => `  s${i}(a);`).join("\n");
  const firsts = Array.from({ length: MAX_PENDING_COPIES }, (_, i) => `  post("https://one.example/x${i}", t);`).join("\n");
  const code = `function post(url, body) {\n  fetch(url, body);\n}\n${sites}\nfunction relay(a, t, u) {\n${firsts}\n${calls}\n  post("https://two.example/y", u);\n}\nrelay(process.env.A, process.env.T, process.env.U);`;
  const result = runTaint({ "main.js": code });
  assert.ok(pairs(result).includes("T→net@2"));
  assert.ok(pairs(result).includes("U→net@2"));
  const post = result.hits.filter((h) => h.kind === "net");
  assert.equal(post.length, MAX_PENDING_COPIES);
  const widened = post.filter((h) => h.destination?.constants.includes("https://two.example/y"));
  assert.equal(widened.length, 1);
  assert.equal(widened[0].destination?.constants.length, 2);
  assert.deepEqual(result.incomplete, []);
});

test("a dispatcher that reaches a few sink calls, each through many destinations its callers choose, keeps every copy apart and hits no bound", () => {
  // More copies in all than MAX_PENDING_SINKS, but each sink call has fewer than MAX_PENDING_COPIES: the bound counts sink calls.
  const sinkCalls = 30;
  const routes = ["users", "teams", "files", "tags", "jobs"];
  const senders = Array.from({ length: sinkCalls }, (_, i) => `function send${i}(url, body) {\n  fetch(url, body);\n}`).join("\n");
  const calls = Array.from({ length: sinkCalls }, (_, i) => routes.map((r) => `  send${i}(base + "/${r}/${i}", payload);`).join("\n")).join("\n");
  assert.ok(sinkCalls * routes.length > MAX_PENDING_SINKS && routes.length < MAX_PENDING_COPIES);
  const code = `${senders}\nfunction dispatch(base, payload) {\n${calls}\n}\ndispatch("https://api.example", process.env.A);`;
  const result = runTaint({ "main.js": code });
  assert.deepEqual(result.incomplete, []);
  const net = result.hits.filter((h) => h.kind === "net");
  assert.equal(new Set(net.map((h) => h.location.line)).size, sinkCalls);
  // Each request keeps the routes its own calls give it, not every route of the dispatcher.
  const first = net.filter((h) => h.location.line === 2).flatMap((h) => h.destination?.constants ?? []);
  assert.deepEqual([...new Set(first)].sort(), routes.map((r) => `https://api.example/${r}/0`).sort());
});

test("data wider than one value at one sink call and destination stays in copies, each holding what the others do not: every source reaches the sink", () => {
  // Seventeen sources, one more than a value holds, each sent twice: the second time adds nothing to the copies.
  const names = Array.from({ length: 17 }, (_, i) => `S${i}`);
  const code = [
    `function send(url, body) {`,
    `  fetch(url, body);`,
    `}`,
    `function relay(url, ${names.map((n) => n.toLowerCase()).join(", ")}) {`,
    ...names.map((n) => `  send(url, ${n.toLowerCase()});`),
    ...names.map((n) => `  send(url, ${n.toLowerCase()});`),
    `}`,
    `relay("https://api.example/x", ${names.map((n) => `process.env.${n}`).join(", ")});`,
  ].join("\n");
  const result = runTaint({ "main.js": code });
  assert.deepEqual(result.incomplete, []);
  assert.deepEqual(pairs(result), names.map((n) => `${n}→net@2`).sort());
});

test("past the bound, sinks that depend only on another function's parameters (read back from a shared cell) are still every one reported, and the bound is said", () => {
  // `start` has no parameters: its callers can fill in nothing in these sinks; the ones past the bound are judged where they are.
  const sinkCalls = MAX_PENDING_SINKS + 12;
  const senders = Array.from({ length: sinkCalls }, (_, i) => `function send${i}() {\n  fetch("https://api.example/r${i}", settings.region + process.env.KEY);\n}`).join("\n");
  const calls = Array.from({ length: sinkCalls }, (_, i) => `  send${i}();`).join("\n");
  const code = `const settings = {};\nfunction configure(opts) {\n  settings.region = opts.region;\n}\n${senders}\nfunction start() {\n${calls}\n}\nconfigure({ region: "eu" });\nstart();`;
  const result = runTaint({ "main.js": code });
  assert.equal(result.incomplete.length, 1);
  const net = result.hits.filter((h) => h.kind === "net");
  assert.equal(new Set(net.map((h) => h.location.line)).size, sinkCalls);
  assert.ok(net.every((h) => h.flows.some((f) => f.label.name === "KEY")));
});

test("a closure's sink that depends on its enclosing function's parameters is still handed to that function's callers, each with its own destination", () => {
  const code = [`function outer(u, body) {`, `  const go = () => fetch(u, body);`, `  go();`, `}`, `outer("https://api.example/x", process.env.T);`, `outer("https://other.example/y", process.env.V);`].join("\n");
  const result = runTaint({ "main.js": code });
  assert.deepEqual(pairs(result), ["T→net@2", "V→net@2"]);
  const net = result.hits.filter((h) => h.kind === "net");
  assert.deepEqual(net.map((h) => h.destination?.constants).sort(), [["https://api.example/x"], ["https://other.example/y"]]);
});

test("a function that reaches many sinks its callers cannot bind still hands its callers the sinks they can: the secret its caller passes reaches the request", () => {
  // The sinks bound to `configure`'s parameter fill `start`'s list; the last one, bound to `auth`, takes one of their places instead of being cut.
  const sinkCalls = MAX_PENDING_SINKS + 12;
  const senders = Array.from({ length: sinkCalls }, (_, i) => `function send${i}() {\n  fetch("https://api.example/r${i}", settings.region);\n}`).join("\n");
  const calls = Array.from({ length: sinkCalls }, (_, i) => `  send${i}();`).join("\n");
  const code = `const settings = {};\nfunction configure(opts) {\n  settings.region = opts.region;\n}\n${senders}\nfunction report(url, body) {\n  fetch(url, body);\n}\nfunction start(auth) {\n${calls}\n  report("https://collector.example/in", auth);\n}\nconfigure({ region: "eu" });\nstart(process.env.SECRET_TOKEN);`;
  const result = runTaint({ "main.js": code });
  const reportLine = code.split("\n").indexOf("  fetch(url, body);") + 1;
  assert.deepEqual(pairs(result), [`SECRET_TOKEN→net@${reportLine}`]);
  const sent = result.hits.filter((h) => h.kind === "net" && h.location.line === reportLine);
  assert.deepEqual(sent.map((h) => h.destination?.constants), [["https://collector.example/in"]]);
});
