// A sink row that needs an option (`execFile(file, args, { shell: true })`)
// inside a wrapper that takes the options from its caller: each call site decides.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pairs, runTaint, TEST_MODEL } from "./support/taint-harness.js";
import type { LibraryModel } from "../analyzer/taint/index.js";

const MODEL: LibraryModel = {
  ...TEST_MODEL,
  sinks: [...TEST_MODEL.sinks!, { package: "child_process", path: "Member[execFile].Argument[1]", kind: "shell", destination: "Argument[0]", requires: "Argument[2].Member[shell]" }],
};

function shellPairs(lines: string[]): string[] {
  return pairs(runTaint({ "main.js": [`import { execFile } from "node:child_process";`, ...lines].join("\n") }, {}, [MODEL])).filter((p) => p.includes("→shell@"));
}

test("required option: a wrapper's caller without the option is no sink", () => {
  assert.deepEqual(shellPairs([`function run(f, a, o) { return execFile(f, a, o); }`, `run("kubectl", [process.env.A], { encoding: "utf8" });`]), []);
});

test("required option: a wrapper's caller that sets it is", () => {
  assert.deepEqual(shellPairs([`function run(f, a, o) { return execFile(f, a, o); }`, `run("kubectl", [process.env.A], { encoding: "utf8" });`, `run("hook", [process.env.B], { shell: true });`]), ["B→shell@2"]);
});

test("required option: decided through two wrappers", () => {
  assert.deepEqual(
    shellPairs([`function run(f, a, o) { return execFile(f, a, o); }`, `function helm(a, o) { return run("helm", a, o); }`, `helm([process.env.A], { env: {} });`, `helm([process.env.B], { shell: process.env.SHELL_ON });`]),
    ["B→shell@2"],
  );
});

test("required option: a falsy constant at the caller is no sink, a caller nobody sees still is", () => {
  assert.deepEqual(shellPairs([`function run(f, a, o) { return execFile(f, a, o); }`, `run("x", [process.env.A], { shell: false });`]), []);
  assert.deepEqual(shellPairs([`export function run(o) { return execFile("x", [process.env.B], o); }`]), ["B→shell@2"]);
});
