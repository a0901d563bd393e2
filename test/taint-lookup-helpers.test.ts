// A lookup that must succeed, asked through a helper (guards.ts
// `lookupHelperRefinements`): `const job = await getJob(id); if (!job) throw`
// where every return of `getJob` is a lookup of its parameter proves what the
// lookup written in place proves, with the collection read where the helper
// is defined. Each form with a twin that must still flow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { functionNamed, pairs, programOf, TEST_MODEL } from "./support/taint-harness.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";

/** `create(args)` and `use(args)` are tool handlers in `main` (JS or TS); the flows of "use" into `sink`. */
function useFlows(main: string, store: string, ext: "js" | "ts"): string[] {
  const { modules } = programOf({ [`main.${ext}`]: main, [`store.${ext}`]: store });
  const program = link(modules, emptyFacts());
  const mainModule = modules.find((m) => m.path.startsWith("main"))!;
  const sources = ["create", "use"].map((name) => ({ fn: functionNamed([mainModule], name)!, module: mainModule, params: [0], kind: "tool-argument" as const, name }));
  const result = analyzeTaint(program, { models: [TEST_MODEL], functionSources: sources });
  return pairs(result, { guards: true }).filter((p) => p.startsWith("use→"));
}

const serverKeys = `function makeId() { return "j" + Date.now().toString(36); }`;
const main = (use: string) => `import { add, addNamed, find, findOr, findPlan } from "./store.js";\nexport function create(args) { add(); addNamed(args.name); }\nexport async function use(args) { ${use} }`;

const storeJs = `${serverKeys}
const jobs = new Map();
const named = new Map();
const PLANS = { free: 1, team: 2 };
export function add() { const id = makeId(); jobs.set(id, { id }); return id; }
export function addNamed(name) { named.set(name, 1); }
export async function find(id) { return jobs.get(id) ?? null; }
export function findNamed(name) { return named.get(name); }
export function findOr(id) { return jobs.get(id) ?? { id: "none" }; }
export function findPlan(key) { if (!key) return undefined; return PLANS[key]; }`;

const storeTs = storeJs.replace("const jobs = new Map();", "const jobs = new Map<string, { id: string }>();").replace("export async function find(id)", "export async function find(id: string): Promise<{ id: string } | null>");

const cases: [string, string, string[]][] = [
  ["a registry helper's answer checked with !", `const job = await find(args.id); if (!job) throw new Error("no job"); sink(args.id);`, ["use→test@3 (guard:allow-list)"]],
  ["the answer compared with the null the helper gives on a miss", `const job = await find(args.id); if (job === null) return; sink(args.id);`, ["use→test@3 (guard:allow-list)"]],
  ["compared with undefined, which the helper never answers", `const job = await find(args.id); if (job === undefined) return; sink(args.id);`, ["use→test@3"]],
  ["the answer not checked", `const job = await find(args.id); sink(args.id);`, ["use→test@3"]],
  ["a helper that falls back to its own default", `const job = findOr(args.id); if (!job) return; sink(args.id);`, ["use→test@3"]],
  ["a catalog helper with an early miss", `if (!findPlan(args.plan)) return; sink(args.plan);`, ["use→test@3 (guard:allow-list)"]],
];

for (const [ext, store] of [["js", storeJs], ["ts", storeTs]] as const) {
  for (const [name, use, expected] of cases) {
    test(`lookup helpers (${ext}): ${name}`, () => {
      assert.deepEqual(useFlows(main(use), store, ext), expected);
    });
  }
  test(`lookup helpers (${ext}): a registry a tool fills with names it chose`, () => {
    const m = `import { addNamed, findNamed } from "./store.js";\nexport function create(args) { addNamed(args.name); }\nexport function use(args) { const n = findNamed(args.id); if (!n) return; sink(args.id); }`;
    assert.deepEqual(useFlows(m, store, ext), ["use→test@3"]);
  });
}

/** One module: a class whose method answers its field's lookup, asked on the receiver the call names. */
function classFlows(fill: string): string[] {
  const code = `${serverKeys}
class Board {
  constructor() { this.cards = new Map(); }
  add() { const id = makeId(); this.cards.set(id, 1); return id; }
  pin(name) { this.cards.set(name, 1); }
  card(id) { return this.cards.get(id); }
}
const board = new Board();
function create(args) { ${fill} }
function use(args) { const c = board.card(args.id); if (!c) return; sink(args.id); }`;
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, emptyFacts());
  const sources = ["create", "use"].map((name) => ({ fn: functionNamed(modules, name)!, module: modules[0], params: [0], kind: "tool-argument" as const, name }));
  return pairs(analyzeTaint(program, { models: [TEST_MODEL], functionSources: sources }), { guards: true }).filter((p) => p.startsWith("use→"));
}

test("lookup helpers: a method answering its own field's lookup, keys the server made", () => {
  assert.deepEqual(classFlows("board.add();"), ["use→test@10 (guard:allow-list)"]);
});

test("lookup helpers: the same method when a tool pins cards under names it chose", () => {
  assert.deepEqual(classFlows("board.pin(args.name);"), ["use→test@10"]);
});
