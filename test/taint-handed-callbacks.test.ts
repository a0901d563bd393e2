// A higher-order helper's calls of the functions it is handed belong to the
// caller that handed them: the APIs reachable from one caller are its own
// callbacks' and the helper's own, never another caller's callbacks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { link } from "../analyzer/program/index.js";
import { analyzeTaint, type TaintResult } from "../analyzer/taint/index.js";
import type { ParsedModule } from "../analyzer/types.js";
import { functionNamed, programOf, TEST_MODEL } from "./support/taint-harness.js";

function engineOn(code: string): { taint: TaintResult; modules: ParsedModule[] } {
  const { modules } = programOf({ "main.js": code });
  const program = link(modules, { entryPoints: { exports: [], bin: {} }, scripts: {}, dependencies: {}, devDependencies: {}, optionalDependencies: {}, peerDependencies: {}, filesSeen: 0, filesSkipped: 0 });
  return { taint: analyzeTaint(program, { models: [TEST_MODEL] }), modules };
}

function fsApisOf(code: string, names: string[]): Record<string, string[]> {
  const { taint, modules } = engineOn(code);
  return Object.fromEntries(
    names.map((name) => {
      const fn = functionNamed(modules, name);
      assert.ok(fn, `no function ${name}`);
      return [name, [...taint.reachableApis(fn)].filter((a) => a.startsWith("fs ")).sort()];
    }),
  );
}

const HELPERS = `import fs from "fs";
async function settle(work, tag) {
  try { return { ok: await work() }; } catch (e) { return { error: tag }; }
}
function withRetry({ attempt, times }) {
  for (let i = 0; i < times; i++) { try { return attempt(); } catch {} }
  return attempt();
}
function quietly(op, ...args) {
  try { return op(...args); } catch { return undefined; }
}
function outer(fn, note) { note("outer"); return settle(fn, "outer"); }
`;

test("handed callbacks: a shared result wrapper runs each caller's own callback, not every caller's", () => {
  const code = `${HELPERS}
function readOne() { return settle(() => fs.readFileSync("/srv/a.txt", "utf8"), "read"); }
function writeOne() { return settle(() => fs.writeFileSync("/srv/b.txt", "x"), "write"); }
function retryRead() { return withRetry({ attempt: () => fs.statSync("/srv/a.txt"), times: 3 }); }
function retryWrite() { return withRetry({ attempt: () => fs.appendFileSync("/srv/b.txt", "x"), times: 3 }); }
`;
  assert.deepEqual(fsApisOf(code, ["readOne", "writeOne", "retryRead", "retryWrite"]), {
    readOne: ["fs Member[readFileSync]"],
    writeOne: ["fs Member[writeFileSync]"],
    retryRead: ["fs Member[statSync]"],
    retryWrite: ["fs Member[appendFileSync]"],
  });
});

test("handed callbacks: a library function handed over as a value is called for the caller that handed it", () => {
  const code = `${HELPERS}
function peek() { return quietly(fs.readFileSync, "/srv/a.txt", "utf8"); }
function drop() { return quietly(fs.unlinkSync, "/srv/a.txt"); }
`;
  assert.deepEqual(fsApisOf(code, ["peek", "drop"]), { peek: ["fs Member[readFileSync]"], drop: ["fs Member[unlinkSync]"] });
});

test("handed callbacks: through two inlined helpers (one hands the other its own parameter) the callback is still the first caller's", () => {
  const code = `${HELPERS}
function nestedRead() { return outer(() => fs.readdirSync("/srv"), console.log); }
function nestedDelete() { return outer(() => fs.rmSync("/srv/tmp", { recursive: true }), console.log); }
`;
  assert.deepEqual(fsApisOf(code, ["nestedRead", "nestedDelete"]), { nestedRead: ["fs Member[readdirSync]"], nestedDelete: ["fs Member[rmSync]"] });
});

test("handed callbacks: what the helper does itself still belongs to every caller", () => {
  const code = `import fs from "fs";
function audited(work) { fs.appendFileSync("/var/log/srv.log", "call\\n"); return work(); }
function a() { return audited(() => fs.readFileSync("/srv/a.txt")); }
function b() { return audited(() => fs.existsSync("/srv/b.txt")); }
`;
  assert.deepEqual(fsApisOf(code, ["a", "b"]), {
    a: ["fs Member[appendFileSync]", "fs Member[readFileSync]"],
    b: ["fs Member[appendFileSync]", "fs Member[existsSync]"],
  });
});
