// A key looked up in a catalog the code writes out (guards.ts
// `keyedLookupRefinements`): `const entry = PLANS[key]; if (!entry) return`
// keeps only the catalog's own names (and the names every object inherits),
// as `key in PLANS` does. Each form with a twin that must still flow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { functionNamed, pairs, programOf, TEST_MODEL } from "./support/taint-harness.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";

function useFlows(code: string): string[] {
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, emptyFacts());
  const sources = [{ fn: functionNamed(modules, "use")!, module: modules[0], params: [0], kind: "tool-argument" as const, name: "use" }];
  const result = analyzeTaint(program, { models: [TEST_MODEL], functionSources: sources });
  return pairs(result, { guards: true }).filter((p) => p.startsWith("use→"));
}

const catalog = `const PLANS = { free: { seats: 1 }, team: { seats: 10 } };`;

const cases: [string, string, string[]][] = [
  [
    "an entry looked up and checked before the key is used",
    `${catalog}\nfunction use(args) { const plan = PLANS[args.plan]; if (!plan) return; sink(args.plan); }`,
    ["use→test@2 (guard:allow-list)"],
  ],
  [
    "the lookup tested in place, a throw on a miss",
    `${catalog}\nfunction use(args) { if (!PLANS[args.plan]) throw new Error("unknown plan"); sink(args.plan); }`,
    ["use→test@2 (guard:allow-list)"],
  ],
  [
    "a lookup whose answer is not checked is no guard",
    `${catalog}\nfunction use(args) { const plan = PLANS[args.plan]; sink(args.plan); }`,
    ["use→test@2"],
  ],
  [
    "the branch where the lookup missed is not guarded",
    `${catalog}\nfunction use(args) { const plan = PLANS[args.plan]; if (plan) return; sink(args.plan); }`,
    ["use→test@2"],
  ],
  [
    "an empty object the code fills as it runs is no catalog",
    `const seen = {};\nfunction use(args) { seen[args.name] = 1; if (!seen[args.plan]) return; sink(args.plan); }`,
    ["use→test@2"],
  ],
  [
    "an object the caller handed in is no catalog",
    `function use(args) { const plan = args.plans[args.plan]; if (!plan) return; sink(args.plan); }`,
    ["use→test@1"],
  ],
];

for (const [name, code, expected] of cases) {
  test(`catalog lookups: ${name}`, () => {
    assert.deepEqual(useFlows(code), expected);
  });
}
