// Object rest patterns: `{ a, ...rest }` gives `rest` every own property but
// `a`, so a secret destructured out is not in what is passed on; the other
// fields, and taint of the whole object, still are.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const js: [string, string, string[]][] = [
  ["local rest drops the named field", `const o = { t: process.env.A, n: process.env.B };\nconst { t, ...rest } = o;\nsink(rest);`, ["B→test@3"]],
  ["local rest of an unnamed field keeps the token", `const o = { t: process.env.A, n: "x" };\nconst { n, ...rest } = o;\nsink(rest);`, ["A→test@3"]],
  ["rest of a parameter drops the named field at each call", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink(JSON.stringify(rest));\n}\nf({ t: process.env.A, n: "x" });`, []],
  ["rest of a parameter keeps the other secret fields", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink(JSON.stringify(rest));\n}\nf({ t: process.env.A, n: process.env.B });`, ["B→test@3"]],
  ["rest of a parameter naming another field keeps the token", `function f(opts) {\n  const { n, ...rest } = opts;\n  sink(JSON.stringify(rest));\n}\nf({ t: process.env.A, n: "x" });`, ["A→test@3"]],
  ["renamed binding still excludes the property", `function f(opts = {}) {\n  const { t: _hidden, ...safe } = opts;\n  sink(\`opts \${JSON.stringify(safe)}\${_hidden ? " [t=REDACTED]" : ""}\`);\n}\nf({ t: process.env.A, n: "x" });`, []],
  ["rest in the parameter list", `function f({ t, ...rest }) {\n  sink(rest);\n}\nf({ t: process.env.A, n: "x" });\nf({ t: "x", n: process.env.B });`, ["B→test@2"]],
  ["rest in an assignment pattern", `let t, rest;\n({ t, ...rest } = { t: process.env.A, n: process.env.B });\nsink(rest);`, ["B→test@3"]],
  ["rest of a parameter in an assignment pattern", `function f(opts) {\n  let t, rest;\n  ({ t, ...rest } = opts);\n  sink(rest);\n}\nf({ t: process.env.A, n: "x" });`, []],
  ["a computed key not known excludes nothing", `function f(opts, k) {\n  const { [k]: x, ...rest } = opts;\n  sink(rest);\n}\nf({ t: process.env.A }, String(Date.now()));`, ["A→test@3"]],
  ["a constant computed key excludes its field", `const K = "t";\nfunction f(opts) {\n  const { [K]: x, ...rest } = opts;\n  sink(rest);\n}\nf({ t: process.env.A, n: "x" });`, []],
  ["taint of the whole object stays in the rest", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink(rest);\n}\nf(JSON.parse(process.env.A));`, ["A→test@3"]],
  ["the excluded field read from the rest is not there", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink(rest.t);\n  sink(rest.n);\n}\nf({ t: process.env.A, n: process.env.B });`, ["B→test@4"]],
  ["the rest passed on to a helper still lacks the field", `function log(x) { sink(x); }\nfunction f(opts) {\n  const { t, ...rest } = opts;\n  log(rest);\n}\nf({ t: process.env.A, n: "x" });\nlog({ m: process.env.B });`, ["B→test@1"]],
  ["putting the field back into a copy of the rest carries it", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink({ ...rest, t });\n}\nf({ t: process.env.A, n: "x" });`, ["A→test@3"]],
  ["a nested field of the same name is not excluded", `function f(opts) {\n  const { t, ...rest } = opts;\n  sink(rest);\n}\nf({ t: "x", inner: { t: process.env.A } });`, ["A→test@3"]],
];

for (const [name, code, expected] of js) {
  test(`object rest (js): ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.js": code })), expected);
  });
}

const ts: [string, string, string[]][] = [
  ["typed parameter rest drops the token", `interface Opts { token?: string; path: string; }\nfunction call(options: Opts = { path: "/" }): void {\n  const { token, ...safe } = options;\n  sink(JSON.stringify(safe));\n}\ncall({ token: process.env.A, path: "/me" });`, []],
  ["typed parameter rest keeps the other secret", `interface Opts { token?: string; cookie?: string; path: string; }\nfunction call(options: Opts): void {\n  const { token, ...safe } = options;\n  sink(JSON.stringify(safe));\n}\ncall({ token: process.env.A, cookie: process.env.B, path: "/me" });`, ["B→test@4"]],
  ["typed method rest naming another field keeps the token", `class Client {\n  request(options: { token?: string; path: string }): void {\n    const { path, ...rest } = options;\n    sink(rest);\n  }\n}\nnew Client().request({ token: process.env.A, path: "/me" });`, ["A→test@4"]],
  ["typed destructured parameter with rest", `function call({ token, ...rest }: { token: string; path: string }): void {\n  sink(rest);\n}\ncall({ token: process.env.A, path: "/x" });`, []],
  ["typed computed key not known excludes nothing", `function call(options: Record<string, string>, k: string): void {\n  const { [k]: _x, ...rest } = options;\n  sink(rest);\n}\ncall({ token: process.env.A as string }, String(Date.now()));`, ["A→test@3"]],
];

for (const [name, code, expected] of ts) {
  test(`object rest (ts): ${name}`, () => {
    assert.deepEqual(pairs(runTaint({ "main.ts": code })), expected);
  });
}
