// The engine across modules: ESM, CommonJS, TypeScript, tsc and esbuild output.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";

const cases: [string, Record<string, string>, string[]][] = [
  [
    "ESM named import of a helper in another module",
    { "main.js": `import { send } from "./net.js";\nsend(process.env.A);`, "net.js": `export function send(x) {\n  sink(x);\n}` },
    ["A→test@net.js:2"],
  ],
  [
    "same-named functions in different modules stay apart",
    {
      "main.js": `import { f } from "./a.js";\nimport { f as g } from "./b.js";\nsink(f(process.env.A));\nsink(g(process.env.B));`,
      "a.js": `export const f = (x) => x;`,
      "b.js": `export const f = (x) => "constant";`,
    },
    ["A→test@3"],
  ],
  [
    "default export and re-export",
    { "main.js": `import send from "./index.js";\nsend(process.env.A);`, "index.js": `export { default } from "./impl.js";`, "impl.js": `export default function (x) {\n  sink(x);\n}` },
    ["A→test@impl.js:2"],
  ],
  [
    "export star",
    { "main.js": `import { token } from "./all.js";\nsink(token);`, "all.js": `export * from "./config.js";`, "config.js": `export const token = process.env.A;` },
    ["A→test@2"],
  ],
  [
    "CommonJS module.exports and exports.x",
    { "main.js": `const { send } = require("./net");\nconst cfg = require("./cfg.js");\nsend(cfg.key);`, "net.js": `exports.send = function (x) {\n  sink(x);\n};`, "cfg.js": `module.exports = { key: process.env.A, other: "x" };` },
    ["A→test@net.js:2"],
  ],
  [
    "TypeScript source imported as .js",
    { "main.ts": `import { send } from "./net.js";\nconst k: string = process.env.A!;\nsend(k as string);`, "net.ts": `export function send(x: string): void {\n  sink(x);\n}` },
    ["A→test@net.ts:2"],
  ],
  [
    "TypeScript overload signatures and abstract methods (no bodies) beside the implementation",
    {
      "main.ts": `abstract class Base {\n  abstract send(x: string): void;\n}\nclass Client extends Base {\n  send(x: string): void;\n  send(x: number): void;\n  send(x: unknown): void { sink(x); }\n}\nnew Client().send(process.env.A!);`,
    },
    ["A→test@7"],
  ],
  [
    "tsc CommonJS output with interop helpers",
    {
      "main.js": `"use strict";\nvar __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };\nObject.defineProperty(exports, "__esModule", { value: true });\nconst axios_1 = __importDefault(require("axios"));\nconst net_1 = require("./net");\n(0, net_1.send)(process.env.A);\naxios_1.default.post("https://x.example", { k: process.env.B });`,
      "net.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.send = send;\nfunction send(x) {\n  sink(x);\n}`,
    },
    ["A→test@net.js:5", "B→net@7"],
  ],
  [
    "dynamic import and require of constants",
    { "main.js": `const m = await import("./net.js");\nm.send(process.env.A);\nrequire("./net.js").send(process.env.B);`, "net.js": `export function send(x) { sink(x); }` },
    ["A→test@net.js:1", "B→test@net.js:1"],
  ],
  [
    "esbuild-style bundle with mangled names",
    {
      "main.js": `var a=Object.defineProperty;var b=(t,e)=>{for(var r in e)a(t,r,{get:e[r],enumerable:!0})};var c={};b(c,{send:()=>d});function d(t){sink(t)}var f=class{constructor(t){this.k=t}go(){d(this.k)}};new f(process.env.A).go();`,
    },
    ["A→test@1"],
  ],
  [
    "minified method call on an unknown receiver resolves by property name",
    { "main.js": `const o = { uploadSecrets(x) { sink(x); } };\nfunction g(z) { z.uploadSecrets(process.env.A); }\ng(unknownThing());` },
    ["A→test@1"],
  ],
];

for (const [name, files, expected] of cases) {
  test(`taint modules: ${name}`, () => {
    assert.deepEqual(pairs(runTaint(files)), expected);
  });
}
