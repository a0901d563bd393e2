// Membership in a list the code listed itself (guards.ts `isLiveList`,
// `isLiveField`): behind a conditional (`dir ? list(dir) : []`), copied by a
// spread, or read as a field of each entry of a table of lists in a
// `for...of`. Each form with its twin where a tool fills the list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { functionNamed, pairs, programOf, TEST_MODEL } from "./support/taint-harness.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";

/** Runs `code` with `create(args)` and `use(args)` as tool handlers; the flows of "use" into `sink`. */
function useFlows(code: string): string[] {
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, emptyFacts());
  const sources = ["create", "use"].map((name) => ({ fn: functionNamed(modules, name)!, module: modules[0], params: [0], kind: "tool-argument" as const, name }));
  const result = analyzeTaint(program, { models: [TEST_MODEL], functionSources: sources });
  return pairs(result, { guards: true }).filter((p) => p.startsWith("use→"));
}

const lister = `function listNames(dir) { const found = new Set(); for (const e of scanFolder(dir)) found.add(e); return [...found].sort(); }\nfunction create(args) { return args; }`;

const cases: [string, string, string[]][] = [
  [
    "a listing behind a conditional",
    `${lister}\nconst dir = pick();\nconst names = dir ? listNames(dir) : [];\nfunction use(args) { if (!names.includes(args.id)) return; sink(args.id); }`,
    ["use→test@5 (guard:allow-list)"],
  ],
  [
    "a listing or nothing, through `??`",
    `${lister}\nconst names = listNames("x") ?? [];\nfunction use(args) { if (!names.includes(args.id)) return; sink(args.id); }`,
    ["use→test@4 (guard:allow-list)"],
  ],
  [
    "a spread copy of listings",
    `${lister}\nconst names = [...listNames("a"), ...listNames("b")];\nfunction use(args) { if (!names.includes(args.id)) return; sink(args.id); }`,
    ["use→test@4 (guard:allow-list)"],
  ],
  [
    "a field of each entry of a table of listings, filtered",
    `${lister}\nfunction use(args) {\n  const table = [{ kind: "a", names: listNames("a") }, { kind: "b", names: listNames("b") }];\n  const wanted = args.kind ? table.filter((t) => t.kind === args.kind) : table;\n  for (const { names } of wanted) { if (names.includes(args.id)) sink(args.id); }\n}`,
    ["use→test@6 (guard:allow-list)"],
  ],
  [
    "a table one of whose lists a tool fills",
    `const kept = [];\nfunction create(args) { kept.push(args.name); }\nfunction listNames(dir) { return scanFolder(dir); }\nfunction use(args) {\n  const table = [{ names: listNames("a") }, { names: kept }];\n  for (const { names } of table) { if (names.includes(args.id)) sink(args.id); }\n}`,
    ["use→test@6"],
  ],
  [
    "a table the code did not write (a parameter's entries)",
    `${lister}\nfunction use(args, table) {\n  for (const { names } of table) { if (names.includes(args.id)) sink(args.id); }\n}`,
    ["use→test@4"],
  ],
  [
    "a listing of a folder the caller names",
    `${lister}\nfunction use(args) { const names = args.dir ? listNames(args.dir) : []; if (!names.includes(args.id)) return; sink(args.id); }`,
    ["use→test@3"],
  ],
];

for (const [name, code, expected] of cases) {
  test(`listed names: ${name}`, () => {
    assert.deepEqual(useFlows(code), expected);
  });
}
