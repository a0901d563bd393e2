// Instances the engine carries through shared state: a class imported from
// another module, an adapter a factory picks, a module variable a setup
// function fills after the code that reads it was evaluated, and a field an
// async init() sets to a library client. Each case also has an instance of an
// unrelated class (or a library object that is no sink) that must stay clean.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LibraryModel } from "../analyzer/taint/index.js";
import { pairs, runTaint, TEST_MODEL } from "./support/taint-harness.js";

/** A database client whose `all`/`run` take SQL text; its `Cache` takes none. */
const DB_MODEL: LibraryModel = {
  sources: [],
  sinks: [{ package: "dblib", path: "Member[Database].Instance.Member[all,run].Argument[0]", kind: "sql" }],
  sanitizers: [],
};

const run = (files: Record<string, string>) => pairs(runTaint(files, {}, [TEST_MODEL, DB_MODEL]));

const cases: [string, Record<string, string>, string[]][] = [
  [
    "JS: a class imported from another module; a same-named method of another class stays clean",
    {
      "main.js": [`import { Store, Quiet } from "./store.js";`, `const store = new Store("x");`, `const quiet = new Quiet();`, `store.all(process.env.A);`, `quiet.all(process.env.B);`].join("\n"),
      "store.js": [`export class Store {`, `  constructor(p) { this.p = p; }`, `  all(q) { sink(q); }`, `}`, `export class Quiet {`, `  all(q) { return [q]; }`, `}`].join("\n"),
    },
    ["A→test@store.js:3"],
  ],
  [
    "TS: a class imported from another module; a same-named method of another class stays clean",
    {
      "main.ts": [`import { Store, Quiet } from "./store.js";`, `const store: Store = new Store("x");`, `const quiet = new Quiet();`, `store.all(process.env.A!);`, `quiet.all(process.env.B!);`].join("\n"),
      "store.ts": [
        `export class Store {`,
        `  constructor(private readonly p: string) {}`,
        `  all(q: string): void { sink(q); }`,
        `}`,
        `export class Quiet {`,
        `  all(q: string): string[] { return [q]; }`,
        `}`,
      ].join("\n"),
    },
    ["A→test@store.ts:3"],
  ],
  [
    "JS: a factory's adapter in a module variable set by an init function, its client set by an async init()",
    {
      "main.js": [
        `import { initDatabase, dbAll, cacheGet } from "./db/index.js";`,
        `export async function handle(q, k) {`,
        `  await dbAll(q);`,
        `  await cacheGet(k);`,
        `}`,
        `handle(process.env.A, process.env.B);`,
        `initDatabase("sqlite", "/tmp/x.db");`,
      ].join("\n"),
      "db/index.js": [
        `import { createAdapter } from "./factory.js";`,
        `let adapter = null;`,
        `let cache = null;`,
        `export async function initDatabase(type, path) {`,
        `  adapter = createAdapter(type, path);`,
        `  await adapter.init();`,
        `  cache = new Memo();`,
        `}`,
        `export function dbAll(q) { return adapter.all(q); }`,
        `export function cacheGet(k) { return cache.all(k); }`,
        `class Memo { all(k) { return [k]; } }`,
      ].join("\n"),
      "db/factory.js": [
        `import { SqlAdapter } from "./sql.js";`,
        `import { MemoryAdapter } from "./memory.js";`,
        `export function createAdapter(type, path) {`,
        `  switch (type.toLowerCase()) {`,
        `    case "sqlite":`,
        `      return new SqlAdapter(path);`,
        `    case "memory":`,
        `      return new MemoryAdapter();`,
        `    default:`,
        `      throw new Error("unsupported: " + type);`,
        `  }`,
        `}`,
      ].join("\n"),
      "db/sql.js": [
        `import dblib from "dblib";`,
        `export class SqlAdapter {`,
        `  constructor(path) { this.db = null; this.path = path; }`,
        `  async init() {`,
        `    return new Promise((resolve) => { this.db = new dblib.Database(this.path, resolve); });`,
        `  }`,
        `  async all(q) {`,
        `    return new Promise((resolve) => { this.db.all(q, (err, rows) => resolve(rows)); });`,
        `  }`,
        `}`,
      ].join("\n"),
      "db/memory.js": [`export class MemoryAdapter {`, `  async init() { this.rows = []; }`, `  async all(q) { return this.rows.filter((r) => r === q); }`, `}`].join("\n"),
    },
    ["A→sql@db/sql.js:8"],
  ],
  [
    "TS: a factory's adapter in a module variable set by an init function, its client set by an async init()",
    {
      "main.ts": [`import { initDatabase, dbAll } from "./db.js";`, `export async function handle(q: string): Promise<void> {`, `  await dbAll(q);`, `}`, `void handle(process.env.A!);`, `void initDatabase("sqlite");`].join("\n"),
      "db.ts": [
        `import dblib from "dblib";`,
        `interface Adapter { init(): Promise<void>; all(q: string): Promise<unknown[]>; }`,
        `class SqlAdapter implements Adapter {`,
        `  private db: dblib.Database | null = null;`,
        `  async init(): Promise<void> { this.db = new dblib.Database(":memory:"); }`,
        `  async all(q: string): Promise<unknown[]> { return this.db!.all(q); }`,
        `}`,
        `class NullAdapter implements Adapter {`,
        `  async init(): Promise<void> {}`,
        `  async all(q: string): Promise<unknown[]> { return [q]; }`,
        `}`,
        `function createAdapter(type: string): Adapter {`,
        `  switch (type) {`,
        `    case "sqlite": return new SqlAdapter();`,
        `    default: return new NullAdapter();`,
        `  }`,
        `}`,
        `let adapter: Adapter | null = null;`,
        `export async function initDatabase(type: string): Promise<void> {`,
        `  adapter = createAdapter(type);`,
        `  await adapter.init();`,
        `}`,
        `export function dbAll(q: string): Promise<unknown[]> {`,
        `  if (!adapter) throw new Error("not initialized");`,
        `  return adapter.all(q);`,
        `}`,
      ].join("\n"),
    },
    ["A→sql@db.ts:6"],
  ],
  [
    "JS: a module variable that a later-evaluated function sets to a library client; a non-sink client stays clean",
    {
      "main.js": [
        `import dblib from "dblib";`,
        `let db = null;`,
        `let cache = null;`,
        `function query(q) { return db.all(q); }`,
        `function lookup(k) { return cache.all(k); }`,
        `query(process.env.A);`,
        `lookup(process.env.B);`,
        `export function connect(path) {`,
        `  db = new dblib.Database(path);`,
        `  cache = new dblib.Cache(path);`,
        `}`,
      ].join("\n"),
    },
    ["A→sql@4"],
  ],
  [
    "TS: a module variable that a later-evaluated function sets to a library client; a non-sink client stays clean",
    {
      "main.ts": [
        `import dblib from "dblib";`,
        `let db: dblib.Database | undefined;`,
        `let cache: dblib.Cache | undefined;`,
        `const query = (q: string) => db!.run(q);`,
        `const lookup = (k: string) => cache!.all(k);`,
        `query(process.env.A!);`,
        `lookup(process.env.B!);`,
        `export async function connect(path: string): Promise<void> {`,
        `  db = new dblib.Database(path);`,
        `  cache = new dblib.Cache(path);`,
        `}`,
      ].join("\n"),
    },
    ["A→sql@4"],
  ],
  [
    "JS: a static method of a class imported from another module, and one it calls through `this`; a static that only returns stays clean",
    {
      "main.js": [`import { Sql } from "./sql.js";`, `Sql.run(process.env.A);`, `Sql.wrap(process.env.B);`, `Sql.quiet(process.env.C);`].join("\n"),
      "sql.js": [`export class Sql {`, `  static run(q) { sink(q); }`, `  static wrap(q) { return this.run("(" + q + ")"); }`, `  static quiet(q) { return [q]; }`, `}`].join("\n"),
    },
    ["A→test@sql.js:2", "B→test@sql.js:2 (sanitized:shape:after-text+shape:no-leading-dash+shape:not-at-start)"],
  ],
  [
    "TS: a static method inherited from a base class; a static field read on the class",
    {
      "main.ts": [`import { Child } from "./child.js";`, `Child.send(process.env.A!);`, `sink(Child.prefix);`].join("\n"),
      "child.ts": [`class Base {`, `  static send(q: string): void { sink(q); }`, `}`, `export class Child extends Base {`, `  static prefix = "fixed:";`, `}`].join("\n"),
    },
    ["A→test@child.ts:2"],
  ],
];

for (const [name, files, expected] of cases) {
  test(`taint instances: ${name}`, () => {
    assert.deepEqual(run(files), expected);
  });
}
