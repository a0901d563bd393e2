// Joins that keep values small without losing a flow: a piece of taint that
// carries every mark of another piece from the same place adds nothing next to
// it; a URL object's views add nothing to its text; a summary's writes to one
// shared cell are one effect. Each was a cost that grew with real bundles.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Label } from "../analyzer/taint/spec.js";
import { type Atom, deepTaint, join, type ParamRef, sanitize, type Value } from "../analyzer/taint/values.js";
import { urlObject } from "../analyzer/taint/builtins.js";
import { Ctx } from "../analyzer/taint/context.js";
import type { ModuleState } from "../analyzer/taint/modules.js";
import type { Frame, Scope } from "../analyzer/taint/scope.js";
import { pairs, runTaint } from "./support/taint-harness.js";

const label = (id: number): Label => ({ id, kind: "tool-argument", name: `t${id}`, location: { file: "a.js", line: id, column: 0 } }) as unknown as Label;
const atom = (id: number, sanitized: string[] = [], guards: string[] = []): Atom => ({ label: label(id), path: undefined, sanitized, guards: guards as Atom["guards"] });
const ref = (index: number, sanitized: string[] = [], guards: string[] = []): ParamRef => ({ fnId: 7, index, access: [], path: undefined, sanitized, guards: guards as ParamRef["guards"] });
const marksOf = (v: Value) => [...(v.atoms ?? []), ...(v.refs ?? [])].map((x) => `${"label" in x ? x.label.id : `p${x.index}`}:${x.sanitized.join("+")}/${x.guards.join("+")}`).sort();

test("a piece with more marks than one from the same place adds nothing, in either order", () => {
  const plain = { atoms: [atom(1)] };
  const marked = { atoms: [atom(1, ["url-address"], ["allow-list"])] };
  assert.deepEqual(marksOf(join(plain, marked)), ["1:/"]);
  assert.deepEqual(marksOf(join(marked, plain)), ["1:/"]);
});

test("pieces whose marks do not include each other stay apart, as do other sources and parameters", () => {
  const a = { atoms: [atom(1, ["url-address"])], refs: [ref(0, ["url-path"])] };
  const b = { atoms: [atom(1, ["url-path"]), atom(2, ["url-address"])], refs: [ref(0, [], ["allow-list"]), ref(1, ["url-address", "url-path"])] };
  assert.deepEqual(marksOf(join(a, b)), ["1:url-address/", "1:url-path/", "2:url-address/", "p0:/allow-list", "p0:url-path/", "p1:url-address+url-path/"]);
});

test("a less marked piece replaces every variant it covers, even in a full list", () => {
  const variants: Value = { refs: Array.from({ length: 16 }, (_, i) => ref(0, [`m${String(i).padStart(2, "0")}`])) };
  assert.equal(variants.refs?.length, 16);
  assert.deepEqual(marksOf(join(variants, { refs: [ref(0)] })), ["p0:/"]);
});

test("a URL object's whole taint is its text's, not once more per view", () => {
  const text: Value = { refs: [ref(0)], consts: ["https://\u0000"], prefix: true };
  const u = urlObject(text);
  assert.ok((u.props?.size ?? 0) >= 8);
  assert.deepEqual(marksOf(deepTaint(u)), ["p0:/"]);
  // Narrowed as a whole (a check on its host), the whole stays narrowed: stale views do not undo it.
  assert.deepEqual(marksOf(deepTaint(sanitize(u, ["shape:url-public-host"]))), ["p0:shape:url-public-host/"]);
  // An object that only looks like one (a name added by the code) still walks its properties.
  const withExtra: Value = { ...u, props: new Map([...(u.props ?? []), ["extra", { atoms: [atom(3)] }]]) };
  assert.deepEqual(marksOf(deepTaint(withExtra)), ["3:/", "p0:/"]);
});

test("a summary's writes to one cell are one effect; other cells and fields stay their own", () => {
  const ctx = new Ctx({} as ModuleState, {} as Frame, {} as Scope, undefined, {}, true, 0);
  for (let i = 0; i < 100; i++) ctx.addEffect("cell-a", { refs: [ref(0)] }, "url");
  ctx.addEffect("cell-a", { refs: [ref(1)] }, "url");
  ctx.addEffect("cell-a", { refs: [ref(1)] }, undefined);
  ctx.addEffect("cell-b", { refs: [ref(0)] }, "url");
  assert.deepEqual(
    ctx.effects.map((e) => `${String(e.key)}.${e.field ?? ""}=${marksOf(e.value).join(",")}`),
    ["cell-a.url=p0:/,p1:/", "cell-a.=p1:/", "cell-b.url=p0:/"],
  );
});

test("a field a method writes in a loop is still written at every call, on its own instance", () => {
  const code = [
    "class Session { constructor() { this.key = ''; } login(k) { for (const p of ['a', 'b', 'c']) { this.key = String(k) + p; this.key = this.key + '!'; } } current() { return this.key; } }",
    "const s = new Session();",
    "const t = new Session();",
    "t.login('plain');",
    "s.login(process.env.A);",
    "sink(s.current());",
    "sink(t.current());",
  ].join("\n");
  assert.deepEqual(pairs(runTaint({ "main.js": code })), ["A→test@6"]);
});
