// Which delete APIs only ever remove a scratch file the code named itself.
import assert from "node:assert/strict";
import { test } from "node:test";
import { deleteUsesIn, isBookkeepingPath, scratchOnlyDeletes } from "../analyzer/mcp/scratch-files.js";
import { walk, type Node } from "../analyzer/parse/ast.js";
import { ConstantFolder, relativeResolver } from "../analyzer/program/constants.js";
import { apiMatches } from "../analyzer/taint/spec.js";
import { CAPABILITY_ROWS } from "../rules/models/capabilities.js";
import { programOf } from "./support/program.js";

const isDelete = (api: string) => CAPABILITY_ROWS.some((r) => r.capability === "fs-delete" && apiMatches(api, r));

function scratch(code: string, reachedByModel: readonly string[] = []): string[] {
  const program = programOf({ "src/index.js": code });
  // The delete calls a tool argument reaches, by callee name (the engine's path-traversal hits, in a scan).
  const reached = new Set<Node>();
  for (const m of program.modules)
    walk(m.ast, {
      enter(n) {
        if (n.type === "CallExpression" && n.callee.type === "Identifier" && reachedByModel.includes(n.callee.name)) reached.add(n);
      },
    });
  return [...scratchOnlyDeletes(program, new ConstantFolder(relativeResolver(program.byPath)), isDelete, reached)].sort();
}

const HEAD = `import { promises as fs, unlinkSync, rmSync, mkdtempSync } from "node:fs";\nimport { randomBytes, randomUUID } from "node:crypto";\nimport os from "node:os";\nimport path from "node:path";\n`;

test("scratch deletes: fresh names from random bytes, UUIDs, the clock, mkdtemp, Math.random, process.pid", () => {
  assert.deepEqual(scratch(HEAD + `export async function save(file, text) { const t = path.join(path.dirname(file), \`\${path.basename(file)}.\${randomBytes(16).toString("hex")}.tmp\`); try { await fs.writeFile(t, text); await fs.rename(t, file); } catch (e) { await fs.unlink(t).catch(() => {}); throw e; } }`), ["fs Member[promises].Member[unlink]"]);
  assert.deepEqual(scratch(HEAD + `export function a() { const d = mkdtempSync(path.join(os.tmpdir(), "x-")); rmSync(d, { recursive: true }); }\nexport function b() { let f = null; if (Math.random() > 0.5) f = "/tmp/m-" + Date.now(); if (f) unlinkSync(f); }`), ["fs Member[rmSync]", "fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(HEAD + `export function c() { const id = Math.random().toString(36).slice(2); unlinkSync(path.join(os.tmpdir(), \`k-\${id}-\${process.pid}\`)); }`), ["fs Member[unlinkSync]"]);
});

test("scratch deletes: the server's own leftovers in the temp folder, named by its listing or by the code", () => {
  // An expiry sweep over the temp folder's listing, and a capped cache folder under it.
  assert.deepEqual(scratch(HEAD + `import { readdirSync } from "node:fs";\nconst SPOOL = path.join(os.tmpdir(), "spool-x");\nexport function sweep() { const root = os.tmpdir(); for (const n of readdirSync(root)) { if (n.startsWith("job-")) unlinkSync(path.join(root, n)); } }\nexport async function cap(entries) { for (const e of entries) await fs.rm(\`\${SPOOL}/\${e}\`, { force: true }); }`), ["fs Member[promises].Member[rm]", "fs Member[unlinkSync]"]);
  // Under a folder the code names anywhere else, the same sweep removes the user's files.
  assert.deepEqual(scratch(HEAD + `import { readdirSync } from "node:fs";\nexport function sweep(root) { for (const n of readdirSync(root)) unlinkSync(path.join(root, n)); }`), []);
});

test("scratch deletes: a name a tool argument gives, joined onto the temp folder, can climb out of it", () => {
  const code = HEAD + `export function forget(name) { unlinkSync(path.join(os.tmpdir(), "cache", name)); }\nexport function sweep() { rmSync(path.join(os.tmpdir(), "cache"), { recursive: true }); }`;
  assert.deepEqual(scratch(code), ["fs Member[rmSync]", "fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(code, ["unlinkSync"]), ["fs Member[rmSync]"]);
});

test("scratch deletes: lists of fresh names, through forEach and for…of", () => {
  assert.deepEqual(scratch(HEAD + `export function run(items) { const files = []; for (const i of items) { const f = path.join(os.tmpdir(), \`i-\${randomUUID()}\`); files.push(f); } files.forEach((f) => unlinkSync(f)); for (const f of files) unlinkSync(f); }`), ["fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(HEAD + `export function run(items) { const files = [...items]; files.forEach((f) => unlinkSync(f)); }`), []);
});

test("scratch deletes: a path from a parameter, a member, one non-fresh branch or another use of the API keeps it a delete", () => {
  assert.deepEqual(scratch(HEAD + `export function rm1(p) { unlinkSync(p); }`), []);
  assert.deepEqual(scratch(HEAD + `export function rm2(o) { unlinkSync(o.path); }`), []);
  assert.deepEqual(scratch(HEAD + `export function rm3(name) { let t = path.join(os.tmpdir(), name); if (name.endsWith(".tmp")) t = t + Date.now(); unlinkSync(t); }`), []);
  assert.deepEqual(scratch(HEAD + `export function rm4(name) { unlinkSync("/tmp/x-" + Date.now()); unlinkSync(path.join("/data", name)); }`), []);
  assert.deepEqual(scratch(HEAD + `export function rm5() { const del = unlinkSync; del("/tmp/x-" + Date.now()); }`), []);
});

test("scratch deletes: a delete-named call whose API cannot be named gives up on all of them", () => {
  assert.deepEqual(scratch(HEAD + `export function a(store) { unlinkSync("/tmp/x-" + Date.now()); store.unlink("/tmp/y-" + Date.now()); }`), []);
  // fs-extra-style names on someone's own object are not fs.
  assert.deepEqual(scratch(HEAD + `export function b(list) { unlinkSync("/tmp/x-" + Date.now()); list.remove(3); }`), ["fs Member[unlinkSync]"]);
});

test("scratch deletes: a method named like Object.prototype's members is a method, not a table entry", () => {
  // `toString`, `constructor`, `hasOwnProperty` are names in the scanned code; they must not find the table's prototype.
  assert.deepEqual(scratch(HEAD + `export function a(o) { unlinkSync("/tmp/x-" + o.toString()); unlinkSync("/tmp/y-" + o.constructor()); unlinkSync("/tmp/z-" + o.hasOwnProperty("k")); }`), []);
  assert.deepEqual(scratch(HEAD + `export function b() { unlinkSync("/tmp/x-" + Date.now().toString()); }`), ["fs Member[unlinkSync]"]);
});

test("scratch deletes: many variables in one large scope are each judged from the same scope's assignments", () => {
  // A bundle's module scope is the whole file: every variable is read off one walk of it.
  const decls = Array.from({ length: 200 }, (_, i) => `let t${i} = "/tmp/x-" + Date.now();\nif (${i} % 2) t${i} = "/tmp/y-" + randomUUID();`).join("\n");
  const uses = Array.from({ length: 200 }, (_, i) => `unlinkSync(t${i});`).join("\n");
  assert.deepEqual(scratch(HEAD + decls + `\nexport function run() {\n${uses}\n}`), ["fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(HEAD + decls + `\nt7 = process.argv[2];\nexport function run() {\n${uses}\n}`), []);
});

test("scratch deletes: names assigned many times from one another are judged as the walk would, at every depth", () => {
  // a0 takes four values built from a1, a1 four from a2, …: thousands of chains through a few states, each
  // state answered once. The answer is the walk's: fresh only when every chain ends fresh, and a chain
  // longer than the walk's depth bound is not followed to its end.
  const chain = (levels: number, end: string) =>
    Array.from({ length: levels }, (_, i) => `let a${i} = a${i + 1} + "-p";\na${i} = a${i + 1} + "-q";\na${i} = \`\${a${i + 1}}.tmp\`;\na${i} = a${i + 1} + "-r";`).join("\n") + `\nlet a${levels} = ${end};`;
  const use = `\nexport function run() { unlinkSync(a0); }`;
  assert.deepEqual(scratch(HEAD + chain(3, `"/tmp/x-" + Date.now()`) + use), ["fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(HEAD + chain(3, `process.argv[2]`) + use), []);
  assert.deepEqual(scratch(HEAD + chain(3, `"/tmp/x-" + Date.now()`) + `\na2 = process.argv[2];` + use), []);
  assert.deepEqual(scratch(HEAD + chain(12, `"/tmp/x-" + Date.now()`) + use), []);
});

/** Whether the path `fs.writeFile` gets in `code` is the server's own bookkeeping. */
function bookkeeping(code: string): boolean {
  const program = programOf({ "src/index.js": HEAD + code });
  const m = program.modules.find((x) => x.path === "src/index.js")!;
  let last: Node | undefined;
  walk(m.ast, {
    enter(n) {
      if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && n.callee.property.type === "Identifier" && n.callee.property.name === "writeFile") last = n.arguments[0];
    },
  });
  return isBookkeepingPath(last!, m, new ConstantFolder(relativeResolver(program.byPath)));
}

test("bookkeeping paths: a cache, token or log of the server's own, fixed by the code", () => {
  assert.equal(bookkeeping(`const DIR = path.join(os.homedir(), ".config", "my-server");\nfs.writeFile(path.join(DIR, "settings.json"), "");`), true);
  assert.equal(bookkeeping(`fs.writeFile(path.join(os.homedir(), "Documents", "oauth-token.json"), "");`), true);
  assert.equal(bookkeeping(`const LOG_DIR = process.env.MY_SERVER_LOG_DIR ?? path.join(process.cwd(), "logs");\nfs.writeFile(\`\${LOG_DIR}/last-response.json\`, "");`), true);
  assert.equal(bookkeeping(`fs.writeFile(path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "srv", "devices.json"), "");`), true);
});

test("bookkeeping paths: the user's files, dotfiles, other clients' settings, parameters and reassigned names are not", () => {
  assert.equal(bookkeeping(`fs.writeFile(path.join(process.cwd(), "report.md"), "");`), false);
  assert.equal(bookkeeping(`fs.writeFile(path.join(os.homedir(), ".bashrc"), "");`), false);
  assert.equal(bookkeeping(`fs.writeFile(path.join(os.homedir(), ".claude", "settings.json"), "");`), false);
  assert.equal(bookkeeping(`fs.writeFile(path.join(os.homedir(), ".cache", "..", "notes.txt"), "");`), false);
  assert.equal(bookkeeping(`export function save(dir) { fs.writeFile(path.join(dir, "cache.json"), ""); }`), false);
  assert.equal(bookkeeping(`export function save(out) { let f = path.join(os.homedir(), ".srv", "cache.json"); if (out) f = out; fs.writeFile(f, ""); }`), false);
});

test("bookkeeping paths: through a helper of the package that names the file, with its parameters bound to what the call passes", () => {
  const helper = `const BASE = path.join(os.homedir(), ".my-server");\nfunction configFile(name) { const p = path.join(BASE, name); return p; }\nconst stateFile = (name = "state.json") => path.join(BASE, name);\n`;
  assert.equal(bookkeeping(helper + `fs.writeFile(configFile("wallet.json"), "");`), true);
  assert.equal(bookkeeping(helper + `const WALLET = configFile("wallet.json");\nfs.writeFile(WALLET, "");`), true);
  assert.equal(bookkeeping(helper + `fs.writeFile(stateFile(), "");`), true);
  // What the helper is given decides: a name that climbs out, a parameter, a helper that returns something else.
  assert.equal(bookkeeping(helper + `fs.writeFile(configFile("../.bashrc"), "");`), false);
  assert.equal(bookkeeping(helper + `export function save(name) { fs.writeFile(configFile(name), ""); }`), false);
  assert.equal(bookkeeping(`function outFile(name) { return path.join(process.cwd(), name); }\nfs.writeFile(outFile("report.md"), "");`), false);
  assert.equal(bookkeeping(`function pick(name, alt) { if (alt) return alt; return path.join(os.homedir(), ".srv", name); }\nexport function save(alt) { fs.writeFile(pick("cache.json", alt), ""); }`), false);
});

test("bookkeeping paths: a name read from a directory listing stays in the folder it is joined to", () => {
  const dirs = `const OLD = path.join(os.homedir(), ".old-server");\nconst NEW = path.join(os.homedir(), ".new-server");\n`;
  assert.equal(bookkeeping(dirs + `import { readdirSync } from "node:fs";\nfor (const f of readdirSync(OLD)) fs.writeFile(path.join(NEW, f), "");`), true);
  assert.equal(bookkeeping(dirs + `import { readdirSync } from "node:fs";\nconst names = readdirSync(OLD);\nfor (const f of names) fs.writeFile(path.join(NEW, f), "");`), true);
  // The user's folder, or names from somewhere else, are not.
  assert.equal(bookkeeping(`import { readdirSync } from "node:fs";\nfor (const f of readdirSync(process.cwd())) fs.writeFile(path.join(process.cwd(), f), "");`), false);
  assert.equal(bookkeeping(dirs + `export function copy(list) { for (const f of list) fs.writeFile(path.join(NEW, f), ""); }`), false);
});

test("bookkeeping paths: names the code does not fix, inside a folder the code calls a cache, are a download cache's entries", () => {
  // The folder's own name, the variable or helper holding it, or the env var naming it says cache; or it is the temp folder.
  assert.equal(bookkeeping(`export function save(version) { fs.writeFile(path.join(os.homedir(), ".srv", "cache", version, "api.json"), ""); }`), true);
  assert.equal(bookkeeping(`const CACHE_DIR = path.join(os.homedir(), ".srv");\nexport function save(name) { fs.writeFile(path.join(CACHE_DIR, name), ""); }`), true);
  assert.equal(bookkeeping(`function cacheRoot() { return process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), "AppData", "Local", "srv"); }\nexport function save(v) { fs.writeFile(path.join(cacheRoot(), v), ""); }`), true);
  assert.equal(bookkeeping(`const dir = process.env.SRV_CACHE_DIR;\nexport function save(page) { fs.writeFile(\`\${dir}/\${page}.md\`, ""); }`), true);
  // The name's words are split as everywhere else: an acronym or a digit before the word still says cache.
  assert.equal(bookkeeping(`const APICacheDir = path.join(os.homedir(), ".srv");\nexport function save(name) { fs.writeFile(path.join(APICacheDir, name), ""); }`), true);
  assert.equal(bookkeeping(`const v2Cache = path.join(os.homedir(), ".srv");\nexport function save(name) { fs.writeFile(path.join(v2Cache, name), ""); }`), true);
  // Not a cache: the server's settings folder, a project's logs, the shared settings root; nor a name that replaces the folder (`resolve`) or runs on from it.
  assert.equal(bookkeeping(`export function save(name) { fs.writeFile(path.join(os.homedir(), ".config", name), ""); }`), false);
  assert.equal(bookkeeping(`export function save(name) { fs.writeFile(path.join(process.cwd(), "logs", name), ""); }`), false);
  assert.equal(bookkeeping(`export function save(name) { fs.writeFile(path.join(process.env.XDG_CONFIG_HOME, name), ""); }`), false);
  assert.equal(bookkeeping(`const CACHE_DIR = path.join(os.homedir(), ".srv");\nexport function save(name) { fs.writeFile(path.resolve(CACHE_DIR, name), ""); }`), false);
  assert.equal(bookkeeping(`const CACHE_DIR = path.join(os.homedir(), ".srv");\nexport function save(name) { fs.writeFile(\`\${CACHE_DIR}\${name}\`, ""); }`), false);
  assert.equal(bookkeeping(`export function save(dir, name) { fs.writeFile(path.join(dir, "cache", name), ""); }`), false);
  // Every way the folder is built must be placed: an env var that names no application folder may point anywhere.
  assert.equal(bookkeeping(`function cacheRoot() { return process.env.SRV_HOME ?? path.join(os.homedir(), "AppData", "Local", "srv"); }\nexport function save(v) { fs.writeFile(path.join(cacheRoot(), v), ""); }`), false);
  assert.equal(bookkeeping(`const CACHE_DIR = path.join(os.homedir(), ".ssh");\nexport function save(name) { fs.writeFile(path.join(CACHE_DIR, name), ""); }`), false);
});

test("bookkeeping paths: a path the code starts with `~` is judged as under the home folder", () => {
  // `~` is the shell's spelling of the home: a fallback for HOME, or a literal path the code fixes.
  assert.equal(bookkeeping(`const DIR = path.join(process.env.HOME || "~", ".my-server");\nfs.writeFile(path.join(DIR, "accounts.json"), "");`), true);
  assert.equal(bookkeeping(`fs.writeFile("~/.my-server/settings.json", "");`), true);
  assert.equal(bookkeeping(`fs.writeFile(\`\${process.env.USERPROFILE ?? "~"}/.my-server/state.json\`, "");`), true);
  // Under it, the same limits as under the home: a visible folder, a dotfile of the user's, a name the code does not fix, a climb out.
  assert.equal(bookkeeping(`fs.writeFile(path.join(process.env.HOME || "~", "Documents", "notes.md"), "");`), false);
  assert.equal(bookkeeping(`fs.writeFile("~/.bashrc", "");`), false);
  assert.equal(bookkeeping(`export function save(name) { fs.writeFile(path.join("~", ".my-server", name), ""); }`), false);
  assert.equal(bookkeeping(`fs.writeFile("~/../other/.srv/x.json", "");`), false);
  // Only a leading `~`: a folder named `~` further down a path the code fixes under the working folder is no home.
  assert.equal(bookkeeping(`fs.writeFile(path.join(process.cwd(), "~", ".my-server", "x.json"), "");`), false);
});

test("bookkeeping paths: an env var read through a helper given its name, and an alternative that is no path", () => {
  const setting = `function setting(key) { const v = process.env[key]; return v && v.length > 0 ? v : void 0; }\n`;
  assert.equal(bookkeeping(setting + `function root() { return setting("SRV_CACHE_DIR") ?? path.resolve(process.cwd(), ".srv-cache"); }\nexport function save(entry) { fs.writeFile(path.join(root(), entry), ""); }`), true);
  assert.equal(bookkeeping(setting + `fs.writeFile(path.join(setting("SRV_STATE_DIR") ?? path.join(os.homedir(), ".srv"), "state.json"), "");`), true);
  // The helper is given a variable that names no folder of the server's, or a name the code does not know.
  assert.equal(bookkeeping(setting + `export function save(entry) { fs.writeFile(path.join(setting("PROJECT_DIR") ?? process.cwd(), entry), ""); }`), false);
  assert.equal(bookkeeping(setting + `export function save(key, entry) { fs.writeFile(path.join(setting(key), entry), ""); }`), false);
});

test("scratch deletes: a field of each element of a list mapped from the temp folder's listing, sliced and sorted", () => {
  const trim = (mapped: string) => HEAD + `import { readdirSync, statSync } from "node:fs";\nconst STORE = path.join(os.tmpdir(), "pages-x");\nexport function trim() { const files = readdirSync(STORE).map((f) => { try { return ${mapped}; } catch { return null; } }).filter((f) => f !== null).sort((a, b) => a.at - b.at); const old = files.slice(0, files.length - 10); for (const file of old) unlinkSync(file.path); }`;
  assert.deepEqual(scratch(trim(`{ path: path.join(STORE, f), at: statSync(path.join(STORE, f)).mtimeMs }`)), ["fs Member[unlinkSync]"]);
  // The same list mapped onto a folder the code does not fix removes the user's files; so does another field.
  assert.deepEqual(scratch(trim(`{ path: path.join(process.cwd(), f), at: 0 }`)), []);
  assert.deepEqual(scratch(trim(`{ file: path.join(STORE, f), path: f }`)), []);
});

test("delete uses of one function: another function's delete through the same API is not counted", () => {
  const program = programOf({ "src/index.js": HEAD + `const STORE = path.join(os.tmpdir(), "pages-x");\nexport function tidy() { unlinkSync(path.join(STORE, "old.json")); }\nexport function drop(name) { unlinkSync(path.join("/data", name)); }` });
  const folder = new ConstantFolder(relativeResolver(program.byPath));
  const m = program.modules[0];
  const fn = (name: string) => {
    let found: Node | undefined;
    walk(m.ast, {
      enter(n) {
        if (n.type === "FunctionDeclaration" && n.id?.name === name) found = n;
      },
    });
    return { node: found!, module: m };
  };
  const tidy = deleteUsesIn(fn("tidy"), folder, isDelete, new Set());
  assert.deepEqual([[...tidy.scratch], [...tidy.other], tidy.named], [["fs Member[unlinkSync]"], [], true]);
  const drop = deleteUsesIn(fn("drop"), folder, isDelete, new Set());
  assert.deepEqual([[...drop.scratch], [...drop.other]], [[], ["fs Member[unlinkSync]"]]);
});

test("scratch deletes: each element itself of a list mapped onto the temp folder, as the loop variable", () => {
  const sweep = (root: string) => HEAD + `import { readdirSync } from "node:fs";\nconst STORE = ${root};\nexport function trim() { const old = readdirSync(STORE).map((f) => path.join(STORE, f)).sort().slice(0, 5); for (const file of old) unlinkSync(file); }`;
  assert.deepEqual(scratch(sweep(`path.join(os.tmpdir(), "pages-x")`)), ["fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(sweep(`process.cwd()`)), []);
});
