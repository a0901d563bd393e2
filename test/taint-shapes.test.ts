// Value shapes (docs/value-shapes.md): the marks transforms, dominating checks
// and schemas put on a value, each with a twin that must not get them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint } from "./support/taint-harness.js";
import { programOf } from "./support/program.js";
import { extractServer } from "../analyzer/mcp/index.js";
import { alphabetKnown, confinedToFolder, constantsShape, encodingShape, findsDotDotSegments, formatShape, NUMBER_SHAPE, patternShape, replaceOnAlphabet, replaceShape } from "../analyzer/taint/shapes.js";
import { DOUBLE_QUOTE_INERT, ONLY_IN_DOUBLE_QUOTES, SHELL_INERT, staysOneShellWord } from "../analyzer/taint/shell-shapes.js";
import { NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, WORD_CHARS } from "../analyzer/taint/spec.js";
import { AFTER_TEXT, positionMarks } from "../analyzer/taint/position-shapes.js";
import { URL_PATH } from "../analyzer/taint/url-shapes.js";

test("patternShape: what an anchored pattern lets through", () => {
  assert.deepEqual(patternShape("^\\d{4}-\\d{2}-\\d{2}$").sort(), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort());
  assert.deepEqual(patternShape("^[a-zA-Z0-9_-]+$").sort(), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(), "a `-` in the class may lead");
  assert.deepEqual(patternShape("^[a-z][a-z0-9-]*$").sort(), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(), "the first atom must match and holds no `-`");
  assert.deepEqual(patternShape("^[\\w.-]+$").sort(), [NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(), "`.` admits `..`");
  assert.deepEqual(patternShape("^[^/]+$").sort(), [], "a negated class admits `\\`, `.` and `-`");
  assert.deepEqual(patternShape("^[^/\\\\.]+$").sort(), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE].sort(), "a negated class admits `;`, `$` and spaces");
  assert.deepEqual(patternShape("^[\\w/]+$").sort(), [NO_DOT_DOT, NO_LEADING_DASH, SHELL_INERT].sort(), "a separator is allowed");
  assert.deepEqual(patternShape("[a-z]+"), [], "unanchored: says nothing");
  assert.deepEqual(patternShape("^a|b$"), [], "top-level alternation anchors only one side each");
  assert.deepEqual(patternShape("^.+$"), []);
  assert.deepEqual(patternShape("^(?:-x|y)[a-z]$").includes(NO_LEADING_DASH), false, "an alternative in a group may lead with `-`");
  assert.deepEqual(patternShape("^v?\\d+\\.\\d+$").includes(NO_LEADING_DASH), true);
  assert.deepEqual(patternShape("^-?\\d+$").includes(NO_LEADING_DASH), false);
});

test("patternShape: an identifier pattern holds word characters only", () => {
  assert.equal(patternShape("^[A-Za-z_][A-Za-z0-9_]*$").includes(WORD_CHARS), true);
  assert.equal(patternShape("^[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)?$").includes(WORD_CHARS), true, "a schema-qualified name: `.` ends no name");
  assert.equal(patternShape("^\\d+$").includes(WORD_CHARS), true);
  assert.equal(patternShape("^[\\w ,]+$").includes(WORD_CHARS), false, "spaces and commas add columns and clauses");
  assert.equal(patternShape("^[a-z][a-z0-9_-]*$").includes(WORD_CHARS), false, "`--` opens a comment");
  assert.equal(patternShape("^[\\w=]+$").includes(WORD_CHARS), false, "`=` compares");
  assert.equal(patternShape("^[^'\"]+$").includes(WORD_CHARS), false, "a negated class admits `;` and spaces");
  assert.equal(patternShape("[A-Za-z_]\\w*").includes(WORD_CHARS), false, "unanchored");
  assert.equal(encodingShape("base64").includes(WORD_CHARS), false, "base64 holds `/` and `=`");
});

test("replaceShape: what a character-class replace keeps", () => {
  assert.deepEqual(replaceShape("[^\\w-]", "g", "_").sort(), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort());
  assert.deepEqual(replaceShape("[^a-z0-9]", "g", "").sort(), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT, WORD_CHARS].sort(), "letters and digits only: one name in any language");
  assert.deepEqual(replaceShape("[\\/\\\\]", "g", "_").sort(), [NO_SEPARATOR, RELATIVE].sort(), "separators removed, dots kept");
  assert.deepEqual(replaceShape("[^\\w-]", "", "_"), [], "without g only the first is replaced");
  assert.deepEqual(replaceShape("[^\\w-]", "g", "/"), [NO_DOT_DOT, SHELL_INERT], "the replacement brings a separator back");
  assert.deepEqual(replaceShape("[^\\w-]", "g", " ").includes(SHELL_INERT), false, "a space splits the word");
  assert.deepEqual(replaceShape("[;&|]", "g", "").includes(SHELL_INERT), false, "removing some metacharacters leaves `$` and backticks");
  assert.deepEqual(replaceShape("\\.\\.", "g", ""), [], "removing `..` pairs is no shape (`....//`)");
  // Only what a class surely matches is surely removed: an escape read as "anything" removes nothing.
  assert.deepEqual(replaceShape("\\0", "g", ""), [], "a NUL is not every character");
  assert.deepEqual(replaceShape("[\\p{P}]", "gu", ""), [], "a Unicode class is not read");
  assert.deepEqual(replaceShape(".", "g", ""), [], "`.` leaves line breaks");
  assert.deepEqual(replaceShape("\\S", "g", "").sort(), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE].sort(), "`\\S` leaves only spaces");
  assert.deepEqual(patternShape("^[^\\p{L}]+$"), [], "the complement of an unread class bounds nothing");
  // A quantifier that lets the class match one character alone removes every one; one that needs two leaves a lone `/`.
  const separators = [NO_SEPARATOR, RELATIVE].sort();
  for (const q of ["+", "*", "?", "+?", "{1}", "{1,}", "{0,3}"]) assert.deepEqual(replaceShape(`[\\/\\\\]${q}`, "g", "_").sort(), separators, q);
  for (const q of ["{2}", "{2,}", "{0}"]) assert.deepEqual(replaceShape(`[\\/\\\\]${q}`, "g", "_"), [], q);
});

test("encodingShape and replaceOnAlphabet: an encoding's alphabet, narrowed or widened by a replace", () => {
  const shapeMarks = (m: readonly string[]) => m.filter((k) => k.startsWith("shape:")).sort();
  const hex = encodingShape("hex");
  assert.deepEqual(shapeMarks(hex), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT, WORD_CHARS].sort());
  assert.ok(alphabetKnown(hex));
  assert.deepEqual(shapeMarks(encodingShape("base64url")), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(), "base64url may lead with `-`");
  const b64 = encodingShape("base64");
  assert.deepEqual(shapeMarks(b64), [NO_DOT_DOT, NO_LEADING_DASH, SHELL_INERT].sort(), "standard base64 holds `/`");
  assert.equal(confinedToFolder(b64), false);
  assert.deepEqual(encodingShape("utf8"), [], "text stays text");
  // base64 → base64url by hand: `+` → `-`, `/` → `_`, padding cut.
  const plus = replaceOnAlphabet(b64, { source: "\\+", flags: "g" }, "-");
  const slash = replaceOnAlphabet(plus, { source: "\\/", flags: "g" }, "_");
  const cut = replaceOnAlphabet(slash, { source: "=+$", flags: "" }, "");
  assert.deepEqual(shapeMarks(cut), [NO_DOT_DOT, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort());
  assert.ok(confinedToFolder(cut));
  assert.equal(confinedToFolder(plus), false, "`/` left in");
  const back = replaceOnAlphabet(encodingShape("base64url"), { source: "_", flags: "g" }, "/");
  assert.equal(back.includes(NO_SEPARATOR), false, "a replace that writes `/` takes the mark away");
  assert.equal(replaceOnAlphabet(hex, { source: "0", flags: "" }, "..").includes(NO_DOT_DOT), false, "a replacement holding `..`");
  const unknown = replaceOnAlphabet(hex, { source: "0", flags: "g" }, undefined);
  assert.deepEqual(shapeMarks(unknown), [], "a replacement the code does not spell");
  assert.equal(alphabetKnown(unknown), false);
  assert.deepEqual(replaceOnAlphabet([NO_SEPARATOR], undefined, "/"), [NO_SEPARATOR], "no alphabet: the marks stay as they were");
  assert.equal(confinedToFolder(replaceOnAlphabet(b64, { source: "\\/{2}", flags: "g" }, "_")), false, "removing `//` pairs leaves a lone `/`");
});

test("findsDotDotSegments: a pattern that finds every `..` segment", () => {
  for (const re of ["\\.\\.", "(^|[\\\\/])\\.\\.([\\\\/]|$)", "(^|\\/)\\.", "(?:^|/)\\.\\.(?:/|$)"]) assert.equal(findsDotDotSegments(re, ""), true, re);
  // `../` only misses a bare or trailing `..`; `^\.\.` only a `..` inside; a `.` after a letter never a leading one.
  for (const re of ["\\.\\.\\/", "^\\.\\.", "\\w\\.", "[(", "x".repeat(201)]) assert.equal(findsDotDotSegments(re, ""), false, re);
});

test("formatShape and confinedToFolder", () => {
  assert.equal(confinedToFolder(formatShape("uuid")), true);
  assert.equal(formatShape("uuid").includes(NO_LEADING_DASH), true);
  assert.deepEqual(formatShape("email"), []);
  // A schema's format is text from the scanned package: `constructor` names no format, not Object.prototype's member.
  assert.deepEqual(formatShape("constructor"), []);
  assert.deepEqual(formatShape("toString"), []);
  // A URL may hold `/` and `..` and any shell character, but starts with its scheme's letter.
  assert.deepEqual(formatShape("url"), [NO_LEADING_DASH]);
  assert.deepEqual(formatShape("uri"), [NO_LEADING_DASH]);
  assert.equal(confinedToFolder(formatShape("url")), false);
  assert.equal(confinedToFolder([NO_DOT_DOT]), false);
  assert.equal(confinedToFolder([RELATIVE]), false);
  assert.equal(confinedToFolder([NO_DOT_DOT, RELATIVE]), true);
});

test("constantsShape: what every value of a finite set carries", () => {
  assert.deepEqual(constantsShape(["math", "reading"]).sort(), [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE].sort());
  assert.equal(confinedToFolder(constantsShape(["2024", "v1.2"])), true, "one dot is not `..`");
  assert.deepEqual(constantsShape(["a", "../b"]).includes(NO_DOT_DOT), false, "one member with `..` is enough");
  assert.deepEqual(constantsShape(["a", "/etc"]).includes(RELATIVE), false);
  assert.deepEqual(constantsShape(["a", "C:\\x"]).includes(RELATIVE), false, "a drive letter is absolute");
  assert.deepEqual(constantsShape(["a", "b/c"]).includes(NO_SEPARATOR), false);
  assert.deepEqual(constantsShape(["-rf"]).includes(NO_LEADING_DASH), false);
  assert.deepEqual(constantsShape([]), [], "no values: nothing known");
  assert.equal(confinedToFolder(NUMBER_SHAPE), true);
  assert.equal(NUMBER_SHAPE.includes(NO_LEADING_DASH), false, "a number may be negative");
});

test("schema enums: zod nativeEnum of a TypeScript enum or an object, enum and literal", () => {
  const x = extractServer(
    programOf({
      "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
enum Subject { Math = "math", Reading = "reading" }
enum Level { Low, High }
const Color = { Red: "red", Blue: "blue" } as const;
const server = new McpServer({ name: "s", version: "1.0.0" });
server.tool("t", {
  subject: z.nativeEnum(Subject),
  level: z.nativeEnum(Level),
  color: z.nativeEnum(Color),
  grade: z.enum(["k", "1"]),
  kind: z.literal("worksheet"),
  free: z.string(),
}, async () => ({ content: [] }));
`,
    }),
  );
  const enums = Object.fromEntries(x.model.tools.flatMap((t) => t.parameters.map((p) => [p.name, p.enum])));
  assert.deepEqual(enums, { subject: ["math", "reading"], level: ["0", "1"], color: ["red", "blue"], grade: ["k", "1"], kind: ["worksheet"], free: undefined });
});

/** [name, body (x is the source), marks expected at the sink, or undefined for none]. */
const narrowing: [string, string, string | undefined][] = [
  ["anchored regex check", `if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(x)) throw new Error("bad");\nsink(x);`, `${NO_DOT_DOT}+${NO_LEADING_DASH}+${NO_SEPARATOR}+${RELATIVE}+${SHELL_INERT}`],
  ["regex held in a const", `const DATE = /^\\d{4}-\\d{2}$/;\nif (!DATE.test(x)) throw new Error("bad");\nsink(x);`, `${NO_DOT_DOT}+${NO_LEADING_DASH}+${NO_SEPARATOR}+${RELATIVE}+${SHELL_INERT}`],
  ["unanchored regex: no marks", `if (!/\\d{4}/.test(x)) throw new Error("bad");\nsink(x);`, undefined],
  ["no `..` and not absolute", `if (x.includes("..") || path.isAbsolute(x)) throw new Error("bad");\nsink(path.join(root, x));`, `${NO_DOT_DOT}+${RELATIVE}`],
  ["no `..` only", `if (x.includes("..")) throw new Error("bad");\nsink(x);`, NO_DOT_DOT],
  ["`..` check on the other branch: no marks", `if (x.includes("..")) { sink(x); }`, undefined],
  ["leading slash rejected", `if (x.startsWith("/")) return;\nsink(x);`, RELATIVE],
  ["basename", `sink(path.join(root, path.basename(x)));`, `${NO_SEPARATOR}+${RELATIVE}`],
  ["replace with a negated class", `sink(path.join(root, x.replace(/[^\\w-]/g, "_") + ".json"));`, `${NO_DOT_DOT}+${NO_SEPARATOR}+${RELATIVE}+${SHELL_INERT}`],
  ["replace of one char: no marks", `sink(path.join(root, x.replace("/", "_")));`, undefined],
  ["a chain of one-class replaces", `sink(path.join(root, x.replace(/\\//g, "_").replace(/\\\\/g, "_")));`, `${NO_SEPARATOR}+${RELATIVE}`],
  ["replaceAll of each separator", `sink(path.join(root, x.replaceAll("\\\\", "-").replaceAll("/", "-")));`, `${NO_SEPARATOR}+${RELATIVE}`],
  ["one separator replaced: no marks", `sink(path.join(root, x.replaceAll("/", "-")));`, undefined],
  ["split at both separators, joined", `const flat = (s${"${annot}"}) => s.split(/[\\\\/]/).filter(Boolean).join("__");\nsink(path.join(root, flat(x)));`, `${NO_SEPARATOR}+${RELATIVE}`],
  ["split at `/`, joined back with `/`: no marks", `const same = (s${"${annot}"}) => s.split("/").join("/");\nsink(path.join(root, same(x)));`, undefined],
  ["a NUL removed: no marks", `sink(path.join(root, x.replace(/\\0/g, "")));`, undefined],
  ["a replacement that writes a separator takes the mark away", `sink(path.join(root, path.basename(x).replace(/_/g, "/")));`, undefined],
  ["no `..`, joined after a base: stays under it, absolute or not", `if (x.includes("..")) return;\nsink(path.join(root, x));`, `${NO_DOT_DOT}+${RELATIVE}`],
  ["a `..` pattern's test false", `if (/(^|\\/)\\.\\.(\\/|$)/.test(x)) return;\nsink(x);`, NO_DOT_DOT],
  ["a global `..` pattern's test false: no marks", `if (/\\.\\./g.test(x)) return;\nsink(x);`, undefined],
  ["no `..`, joined first: may be absolute", `if (x.includes("..")) return;\nsink(path.join(x, "a"));`, NO_DOT_DOT],
  ["no `..`, resolved: may restart at `/`", `if (x.includes("..")) return;\nsink(path.resolve(root, x));`, `${NO_DOT_DOT}+${NO_LEADING_DASH}`],
  ["joined after a base with `..` unchecked: no marks", `sink(path.join(root, x));`, undefined],
  ["past `new URL(x)`: starts with a scheme", `new URL(x);\nsink(x);`, NO_LEADING_DASH],
  ["past `const u = new URL(x.trim())`", `const u = new URL(x.trim());\nsink(x);`, NO_LEADING_DASH],
  ["`URL.canParse(x)` true", `if (!URL.canParse(x)) return;\nsink(x);`, NO_LEADING_DASH],
  ["parsed against a base: x may be relative", `new URL(x, "https://a.example/");\nsink(x);`, undefined],
  ["`URL.canParse(x)` asked, its answer unused: no marks", `const ok = URL.canParse(x);\nsink(x);`, undefined],
  ["no `..`, joined under the root itself: the whole disk, no mark of staying under", `if (x.includes("..")) return;\nsink(path.join("/", x));`, `${NO_DOT_DOT}+${NO_LEADING_DASH}`],
  ["`find` of a `..` or empty segment false: an empty one is falsy, no marks", `if (x.split("/").find((p) => p === ".." || p === "")) return;\nsink(x);`, undefined],
  ["encodeURIComponent", `sink(root + "/" + encodeURIComponent(x));`, `${AFTER_TEXT}+${NO_SEPARATOR}+${RELATIVE}+${URL_PATH}+uri-component`],
  ["path.resolve: absolute, no leading dash", `sink(path.resolve(x));`, NO_LEADING_DASH],
  ["path.join under a constant absolute base", `sink(path.join("/srv/data", x));`, NO_LEADING_DASH],
  ["path.join under a drive", `sink(path.join("C:\\\\data", x));`, NO_LEADING_DASH],
  ["path.join under a relative base: no marks", `sink(path.join("data", x));`, undefined],
  ["path.join with the value first: no marks", `sink(path.join(x, "/etc"));`, undefined],
  ["path.normalize: no marks", `sink(path.normalize(x));`, undefined],
  ["path.relative after resolve: the leading dash is back", `sink(path.relative("/srv", path.resolve("/srv", x)));`, undefined],
];

for (const lang of ["js", "ts"] as const) {
  for (const [name, body, marks] of narrowing) {
    test(`shape narrowing (${lang}): ${name}`, () => {
      const annot = lang === "ts" ? ": string" : "";
      const code = `import path from "path";\nfunction main(root${annot}) {\nconst x${annot} = process.env.A${lang === "ts" ? " ?? \"\"" : ""};\n${body}\n}\nmain("/r");`;
      // The `kept:` list a replace leaves (which probe characters may remain) is read by the next replace, not asked here.
      const got = pairs(runTaint({ [`main.${lang}`]: code.replaceAll("${annot}", annot) })).map((p) => /sanitized:([^,)]*)/.exec(p)?.[1].split("+").filter((m) => !m.startsWith("kept:")).join("+") || undefined);
      assert.deepEqual(got, [marks]);
    });
  }
}

test("schema shapes: zod refinements and formats, JSON Schema pattern and format", () => {
  const x = extractServer(
    programOf({
      "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
const server = new McpServer({ name: "s", version: "1.0.0" });
const SLUG = /^[a-z0-9-]+$/;
server.tool("t", {
  day: z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/).describe("YYYY-MM-DD"),
  slug: z.string().min(1).regex(SLUG),
  id: z.string().uuid().optional(),
  id4: z.uuid(),
  loose: z.string().regex(/^[\\w./-]+$/),
  partial: z.string().regex(/[a-z]+/),
  mail: z.string().email(),
  moved: z.string().uuid().transform((s) => "../" + s),
}, async () => ({ content: [] }));
const low = new Server({ name: "l", version: "1" }, { capabilities: { tools: {} } });
low.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [
  { name: "u", inputSchema: { type: "object", properties: { ref: { type: "string", pattern: "^[A-Z]{2,5}-\\\\d+$" }, when: { type: "string", format: "date-time" }, p: { type: "string" } } } },
] }));
`,
    }),
  );
  const shapes = Object.fromEntries(x.model.tools.flatMap((t) => t.parameters.map((p) => [`${t.name}.${p.name}`, (p.shape ?? []).slice().sort()])));
  const all4 = [NO_DOT_DOT, NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort();
  assert.deepEqual(shapes, {
    "t.day": all4,
    "t.slug": [NO_DOT_DOT, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(),
    "t.id": all4,
    "t.id4": all4,
    "t.loose": [SHELL_INERT],
    "t.partial": [],
    "t.mail": [],
    "t.moved": [],
    "u.ref": all4,
    "u.when": [NO_LEADING_DASH, NO_SEPARATOR, RELATIVE, SHELL_INERT].sort(),
    "u.p": [],
  });
});

/** [name, body (x is the source), guard expected at the sink, or undefined]. */
const liveLists: [string, string, string | undefined][] = [
  ["find in a listed set, then checked", `const devices = listDevices();\nconst d = devices.find((e) => e.id === x);\nif (!d) throw new Error("no such device");\nsink(x);`, "allow-list"],
  ["find on an awaited call", `const d = (await listDevices()).find((e) => e.serial === x && e.online);\nif (d) sink(x);`, "allow-list"],
  ["find in a list the caller passed: no guard", `const d = given.find((e) => e.id === x);\nif (!d) throw new Error("no");\nsink(x);`, undefined],
  ["loop over a listed set", `for (const dev of listDevices().filter((e) => e.up)) { if (dev.id === x) { sink(x); } }`, "allow-list"],
  ["loop over a parameter: no guard", `for (const dev of given) { if (dev.id === x) { sink(x); } }`, undefined],
  ["some with the element's field", `if (!listDevices().some((e) => x === e.id)) return;\nsink(x);`, "allow-list"],
  ["includes on a listing", `const names = readdirSync("/srv").filter((n) => !n.startsWith("."));\nif (!names.includes(x)) throw new Error("no such folder");\nsink(x);`, "allow-list"],
  ["has on a set of a listing", `const ids = new Set((await listDevices()).map((d) => d.id));\nif (ids.has(x)) sink(x);`, "allow-list"],
  ["includes true only on the other branch: no guard", `if (readdirSync("/srv").includes(x)) return;\nsink(x);`, undefined],
  ["includes on a list the caller passed: no guard", `if (given.includes(x)) sink(x);`, undefined],
  ["find with the element trimmed and lower-cased", `const hit = listDevices().find((d) => d.name.trim().toLowerCase() === x);\nif (hit) sink(x);`, "allow-list"],
];

for (const lang of ["js", "ts"] as const) {
  for (const [name, body, guardKind] of liveLists) {
    test(`live-list membership (${lang}): ${name}`, () => {
      const annot = lang === "ts" ? ": any" : "";
      const code = `async function main(given${annot}) {\nconst x${annot} = process.env.A;\n${body}\n}\nmain([]);`;
      const got = pairs(runTaint({ [`main.${lang}`]: code }), { guards: true }).map((p) => /guard:([^,)]*)/.exec(p)?.[1]);
      assert.deepEqual(got, [guardKind]);
    });
  }
}

// An element written right after a constant option carries the option (shell-shapes.ts AFTER_FLAG); the rule asks
// the command table whether the program reads it as that option's value.
const afterFlag: [string, string, string | undefined][] = [
  ["push of an option and its value", `const args = ["log", "show"];\nargs.push("--start", x);\nsink(args);`, "shape:after-flag:--start"],
  ["array literal", `sink(["-s", x, "shell"]);`, "shape:after-flag:-s"],
  ["through a helper", `function run(a) { sink(a); }\nconst args = [];\nargs.push("-p", x);\nrun(args);`, "shape:after-flag:-p"],
  ["after an operand: no mark", `sink(["status", x]);`, undefined],
  ["after an option with its value glued: no mark", `sink(["--depth=1", x]);`, undefined],
  ["after a spread: no mark", `sink(["-s", ...rest, x]);`, undefined],
  ["pushed alone: no mark", `const args = ["-s"];\nargs.push(x);\nsink(args);`, undefined],
  ["after a value that is not constant: no mark", `sink([process.env.FLAG, x]);`, undefined],
];

for (const lang of ["js", "ts"] as const) {
  for (const [name, body, marks] of afterFlag) {
    test(`after-flag mark (${lang}): ${name}`, () => {
      const annot = lang === "ts" ? ": string" : "";
      const anyArr = lang === "ts" ? ": any[]" : "";
      const code = `function main(rest${anyArr}) {\nconst x${annot} = process.env.A${lang === "ts" ? " ?? \"\"" : ""};\n${body.replace("const args = [];", `const args${anyArr} = [];`).replace("function run(a)", `function run(a${anyArr})`)}\n}\nmain([]);`;
      const got = pairs(runTaint({ [`main.${lang}`]: code })).filter((p) => p.startsWith("A→")).map((p) => /sanitized:([^,)]*)/.exec(p)?.[1]);
      assert.deepEqual(got, [marks]);
    });
  }
}

test("replaceShape: what stays inside double quotes once `$`, backticks and `\"` are gone", () => {
  assert.equal(replaceShape("[`$\"\\n\\r]", "g", "").includes(DOUBLE_QUOTE_INERT), false, "a kept `\\` with `;` kept: a shifted quote frees the next piece");
  assert.equal(replaceShape("[`$\"\\\\\\n\\r]", "g", "").includes(DOUBLE_QUOTE_INERT), true, "no `\\` left: the quotes hold");
  assert.equal(replaceShape("[`$\"'&;|<>\\n\\r]", "g", "").includes(DOUBLE_QUOTE_INERT), true, "a `\\` kept but no separator: nothing starts a command");
  assert.equal(replaceShape("[;&|]", "g", "").includes(DOUBLE_QUOTE_INERT), false, "substitutions still run");
  assert.equal(replaceShape("[^a-z]", "g", "").includes(DOUBLE_QUOTE_INERT), false, "an inert word says so with the stronger mark");
});

test("staysOneShellWord: double-quote-inert only inside double quotes in every alternative", () => {
  const inQuotes = positionMarks(['grep -r "']);
  assert.equal(inQuotes.includes(ONLY_IN_DOUBLE_QUOTES), true);
  assert.equal(staysOneShellWord([...inQuotes, DOUBLE_QUOTE_INERT]), true);
  const oneBranch = positionMarks(['grep -r "', "grep -r "]);
  assert.equal(oneBranch.includes(ONLY_IN_DOUBLE_QUOTES), false, "unquoted on one branch");
  assert.equal(staysOneShellWord([...oneBranch, DOUBLE_QUOTE_INERT]), false);
  assert.equal(staysOneShellWord([...positionMarks(["grep -r '"]), DOUBLE_QUOTE_INERT]), false, "inside single quotes the mark says nothing");
});
