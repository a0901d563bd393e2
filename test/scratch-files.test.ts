// Which delete APIs only ever remove a scratch file the code named itself.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scratchOnlyDeletes } from "../analyzer/mcp/scratch-files.js";
import { ConstantFolder, relativeResolver } from "../analyzer/program/constants.js";
import { apiMatches } from "../analyzer/taint/spec.js";
import { CAPABILITY_ROWS } from "../rules/models/capabilities.js";
import { programOf } from "./support/program.js";

const isDelete = (api: string) => CAPABILITY_ROWS.some((r) => r.capability === "fs-delete" && apiMatches(api, r));

function scratch(code: string): string[] {
  const program = programOf({ "src/index.js": code });
  return [...scratchOnlyDeletes(program, new ConstantFolder(relativeResolver(program.byPath)), isDelete)].sort();
}

const HEAD = `import { promises as fs, unlinkSync, rmSync, mkdtempSync } from "node:fs";\nimport { randomBytes, randomUUID } from "node:crypto";\nimport os from "node:os";\nimport path from "node:path";\n`;

test("scratch deletes: fresh names from random bytes, UUIDs, the clock, mkdtemp, Math.random, process.pid", () => {
  assert.deepEqual(scratch(HEAD + `export async function save(file, text) { const t = path.join(path.dirname(file), \`\${path.basename(file)}.\${randomBytes(16).toString("hex")}.tmp\`); try { await fs.writeFile(t, text); await fs.rename(t, file); } catch (e) { await fs.unlink(t).catch(() => {}); throw e; } }`), ["fs Member[promises].Member[unlink]"]);
  assert.deepEqual(scratch(HEAD + `export function a() { const d = mkdtempSync(path.join(os.tmpdir(), "x-")); rmSync(d, { recursive: true }); }\nexport function b() { let f = null; if (Math.random() > 0.5) f = "/tmp/m-" + Date.now(); if (f) unlinkSync(f); }`), ["fs Member[rmSync]", "fs Member[unlinkSync]"]);
  assert.deepEqual(scratch(HEAD + `export function c() { const id = Math.random().toString(36).slice(2); unlinkSync(path.join(os.tmpdir(), \`k-\${id}-\${process.pid}\`)); }`), ["fs Member[unlinkSync]"]);
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
