// Membership in a registry the code keeps (guards.ts `isRegistry`,
// Refinement.keysSettledIf): a key looked up in a Map, Set or list the server
// fills is one of the keys it wrote, a guard only when none of those keys was
// the caller's. Each form with its twin where a tool writes the keys.
import assert from "node:assert/strict";
import { test } from "node:test";
import { functionNamed, pairs, programOf, TEST_MODEL } from "./support/taint-harness.js";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint } from "../analyzer/taint/index.js";
import { emptyFacts } from "../analyzer/acquire/manifest.js";

/** Runs `code` with `create(args)` and `use(args)` as tool handlers (labels "create" and "use"); the flows of "use" into `sink`. */
function useFlows(code: string): string[] {
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, emptyFacts());
  const sources = ["create", "use"].map((name) => ({ fn: functionNamed(modules, name)!, module: modules[0], params: [0], kind: "tool-argument" as const, name }));
  const result = analyzeTaint(program, { models: [TEST_MODEL], functionSources: sources });
  return pairs(result, { guards: true }).filter((p) => p.startsWith("use→"));
}

const serverKeys = `function makeId() { return "j" + Date.now().toString(36); }`;

const cases: [string, string, string[]][] = [
  [
    "a Map looked up and checked, keys the server made",
    `${serverKeys}\nconst jobs = new Map();\nfunction create(args) { const id = makeId(); jobs.set(id, { id, name: args.name }); return id; }\nfunction use(args) { const job = jobs.get(args.id); if (!job) throw new Error("no job"); sink(args.id); }`,
    ["use→test@4 (guard:allow-list)"],
  ],
  [
    "the same Map with keys a tool chose",
    `const jobs = new Map();\nfunction create(args) { jobs.set(args.name, { created: 1 }); }\nfunction use(args) { const job = jobs.get(args.id); if (!job) throw new Error("no job"); sink(args.id); }`,
    ["use→test@3"],
  ],
  [
    "has() on a Set the server fills",
    `${serverKeys}\nconst open = new Set();\nfunction create(args) { open.add(makeId()); }\nfunction use(args) { if (!open.has(args.id)) return; sink(args.id); }`,
    ["use→test@4 (guard:allow-list)"],
  ],
  [
    "has() on a Set a tool fills",
    `const open = new Set();\nfunction create(args) { open.add(args.label); }\nfunction use(args) { if (!open.has(args.id)) return; sink(args.id); }`,
    ["use→test@3"],
  ],
  [
    "find() on a list, the compared field the server's, checked against undefined",
    `${serverKeys}\nconst runs = [];\nfunction create(args) { runs.push({ runId: makeId(), title: args.title }); }\nfunction use(args) { const run = runs.find((r) => r.runId === args.id); if (run === undefined) throw new Error("no run"); sink(args.id); }`,
    ["use→test@4 (guard:allow-list)"],
  ],
  [
    "find() on a list whose compared field a tool wrote",
    `const runs = [];\nfunction create(args) { runs.push({ runId: args.name }); }\nfunction use(args) { const run = runs.find((r) => r.runId === args.id); if (!run) throw new Error("no run"); sink(args.id); }`,
    ["use→test@3"],
  ],
  [
    "a lookup whose answer is not checked is no guard",
    `${serverKeys}\nconst jobs = new Map();\nfunction create(args) { jobs.set(makeId(), 1); }\nfunction use(args) { const job = jobs.get(args.id); sink(args.id); }`,
    ["use→test@4"],
  ],
  [
    "a library's store looked up and checked: its keys are not the code's to know",
    `import Store from "settings-store";\nconst store = new Store();\nfunction create(args) { return 1; }\nfunction use(args) { const v = store.get(args.id); if (!v) throw new Error("unset"); sink(args.id); }`,
    ["use→test@4"],
  ],
  [
    "a class field filled through a method the tool calls with its own name",
    `class Pad { constructor() { this.notes = new Map(); } open(name) { this.notes.set(name, 1); } write(name) { if (!this.notes.has(name)) throw new Error("closed"); sink(name); } }\nconst pad = new Pad();\nfunction create(args) { pad.open(args.name); }\nfunction use(args) { pad.write(args.id); }`,
    ["use→test@1"],
  ],
  [
    "a class field filled by a method with ids it makes",
    `${serverKeys}\nclass Queue { constructor() { this.jobs = new Map(); } add() { const id = makeId(); this.jobs.set(id, 1); return id; } log(id) { const j = this.jobs.get(id); if (!j) throw new Error("no job"); sink(id); } }\nconst q = new Queue();\nfunction create(args) { return q.add(); }\nfunction use(args) { q.log(args.id); }`,
    ["use→test@2 (guard:allow-list)"],
  ],
];

for (const [name, code, expected] of cases) {
  test(`registry guards: ${name}`, () => {
    assert.deepEqual(useFlows(code), expected);
  });
}
