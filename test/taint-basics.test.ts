// The engine on small programs: exact (source, sink) pairs, and no flow where none exists.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const cases: [string, string, string[]][] = [
  ["direct", `sink(process.env.A);`, ["A→test@1"]],
  ["computed env key", `sink(process.env["A"]);`, ["A→test@1"]],
  ["variable", `const a = process.env.A;\nsink(a);`, ["A→test@2"]],
  ["overwritten variable", `let a = process.env.A;\na = "x";\nsink(a);`, []],
  ["branch keeps both", `let a = "x";\nif (c) a = process.env.A;\nsink(a);`, ["A→test@3"]],
  // Glued after `k=`, the piece cannot start the string: a position mark (position-shapes.ts).
  ["concatenation and template", `const u = "k=" + process.env.A;\nsink(\`\${u}!\`);`, ["A→test@2 (sanitized:shape:after-text+shape:no-leading-dash+shape:not-at-start)"]],
  ["object property", `const o = { t: process.env.A, n: "x" };\nsink(o.t);`, ["A→test@2"]],
  ["different property of the same object", `const o = { t: process.env.A, n: "x" };\nsink(o.n);`, []],
  ["property write then read", `const o = {};\no.t = process.env.A;\nsink(o.t);`, ["A→test@3"]],
  ["nested destructuring", `const { a: { b } } = { a: { b: process.env.A } };\nsink(b);`, ["A→test@2"]],
  ["destructuring from env", `const { A, B } = process.env;\nsink(A);`, ["A→test@2"]],
  ["const env = process", `const { env } = process;\nsink(env.A);`, ["A→test@2"]],
  ["spread", `const o = { ...{ t: process.env.A } };\nsink(o.t);`, ["A→test@2"]],
  ["Object.assign", `const o = {};\nObject.assign(o, { t: process.env.A });\nsink(o.t);`, ["A→test@3"]],
  ["array map join", `const xs = [process.env.A, "b"];\nsink(xs.map((x) => x.trim()).join(","));`, ["A→test@2"]],
  ["array push", `const xs = [];\nxs.push(process.env.A);\nsink(xs[0]);`, ["A→test@3"]],
  ["Map set get", `const m = new Map();\nm.set("k", process.env.A);\nsink(m.get("k"));`, ["A→test@3"]],
  ["Map key does not taint the value stored under it", `const m = new Map();\nm.set(process.env.A, { path: "/tmp/x" });\nsink(m.get("k").path);`, []],
  ["Map keys still reach a sink with the whole map", `const m = new Map();\nm.set(process.env.A, 1);\nsink(JSON.stringify([...m.entries()]));`, ["A→test@3 (sanitized:shape:no-leading-dash)"]],
  ["JSON.stringify deep", `sink(JSON.stringify({ a: { b: process.env.A } }));`, ["A→test@1 (sanitized:shape:no-leading-dash)"]],
  ["Buffer base64", `sink(Buffer.from(process.env.A).toString("base64"));`, [`A→test@1 (sanitized:chars:["/","="]+shape:no-dot-dot+shape:no-leading-dash+shape:shell-inert)`]],
  ["encodeURIComponent", `sink(encodeURIComponent(process.env.A));`, ["A→test@1 (sanitized:shape:no-separator+shape:relative+uri-component)"]],
  ["function call and return", `function f(x) { return x + "!"; }\nsink(f(process.env.A));`, ["A→test@2"]],
  ["helper shared by two callers keeps them apart", `function id(x) { return x; }\nconst a = id(process.env.A);\nconst b = id("plain");\nsink(b);`, []],
  ["sink inside helper", `function send(x) { sink(x); }\nsend(process.env.A);\nsend("plain");`, ["A→test@1"]],
  ["closure over module variable", `const key = process.env.A;\nfunction go() { sink(key); }\ngo();`, ["A→test@2"]],
  ["callback", `function each(xs, cb) { for (const x of xs) cb(x); }\neach([process.env.A], (v) => sink(v));`, ["A→test@2"]],
  ["call/apply/bind", `function f(x) { sink(x); }\nf.call(null, process.env.A);\nconst g = f.bind(null);\ng(process.env.B);`, ["A→test@1", "B→test@1"]],
  ["IIFE", `(function (k) { sink(k); })(process.env.A);`, ["A→test@1"]],
  ["recursive walker hands its callback the data, with each tree its own", `function walk(n, visit) { visit(n.v); for (const c of n.kids) walk(c, visit); }\nwalk({ v: process.env.A, kids: [] }, (x) => sink(x));\nwalk({ v: "plain", kids: [] }, (x) => sink(x));`, ["A→test@2"]],
  ["closure reads a local assigned after it was made", `function f() { let k = "x"; const g = () => sink(k); k = process.env.A; g(); }\nf();`, ["A→test@1"]],
  ["recursion terminates", `function r(x, n) { if (n > 0) return r(x, n - 1); sink(x); return x; }\nr(process.env.A, 3);`, ["A→test@1"]],
  ["class field and this", `class C { constructor() { this.t = process.env.A; } send() { sink(this.t); } }\nnew C().send();`, ["A→test@1"]],
  ["class field initializer flushed from a timer", `class Q { items = []; add(x) { this.items.push(x); } flush() { sink(JSON.stringify(this.items)); } }\nconst q = new Q();\nq.add(process.env.A);\nsetInterval(() => q.flush(), 1000);`, ["A→test@1"]],
  ["getter", `const o = { get t() { return process.env.A; } };\nsink(o.t);`, ["A→test@2"]],
  ["default parameter", `function f(x = process.env.A) { sink(x); }\nf();`, ["A→test@1"]],
  ["await and then", `async function get() { return process.env.A; }\nget().then((v) => sink(v));\n(async () => { sink(await get()); })();`, ["A→test@2", "A→test@3"]],
  ["Promise.all", `Promise.all([Promise.resolve(process.env.A)]).then(([v]) => sink(v));`, ["A→test@1"]],
  ["new Promise resolve", `const p = new Promise((resolve) => resolve(process.env.A));\np.then((v) => sink(v));`, ["A→test@2"]],
  ["throw to catch", `function f() { throw new Error("bad " + process.env.A); }\ntry { f(); } catch (e) { sink(e.message); }`, ["A→test@2 (sanitized:shape:after-first-word+shape:after-text+shape:not-at-start)"]],
  ["promise catch", `async function f() { throw new Error(process.env.A); }\nf().catch((e) => sink(e.message));`, ["A→test@2"]],
  ["test of a conditional is not a flow", `sink(process.env.A ? "set" : "missing");`, []],
  ["typeof is not a flow", `sink(typeof process.env.A);`, []],
  ["length is not content", `sink(process.env.A.length);`, []],
  ["sanitizer row", `sink(clean(process.env.A));`, ["A→test@1 (sanitized:test)"]],
  ["unknown library keeps taint", `import lib from "somelib";\nsink(lib.wrap(process.env.A));`, ["A→test@2"]],
  ["util.promisify keeps the api", `import { promisify } from "node:util";\nimport { exec } from "node:child_process";\nconst run = promisify(exec);\nrun(process.env.A);`, ["A→cmd@4"]],
  ["requiresMatch source", `const fs = require("fs");\nconst os = require("os");\nsink(fs.readFileSync(os.homedir() + "/.ssh/id_rsa", "utf8"));\nsink(fs.readFileSync("./package.json", "utf8"));\nsink(fs.readFileSync(process.env.HOME + "/.ssh/config"));`, ["*/.ssh/config→test@5", "HOME→test@5", "~/.ssh/id_rsa→test@3"]],
  ["axios instance carries its headers", `import axios from "axios";\nconst c = axios.create({ headers: { Authorization: process.env.A } });\nc.get("https://x.example/y");`, ["A→net@3"]],
  ["switch dispatch", `function handle(name, args) { switch (name) { case "a": sink(args.x); break; case "b": return 1; } }\nhandle("a", { x: process.env.A });`, ["A→test@1"]],
  ["Object.entries and fromEntries", `const e = Object.fromEntries(Object.entries(process.env).filter(([k]) => /KEY/.test(k)));\nsink(JSON.stringify(e));`, ["process.env→test@2"]],
];

for (const [name, code, expected] of cases) {
  test(`taint: ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": code })), expected);
  });
}
