// The engine records the constant text each function hands a sink's
// destination: at the call, and where a caller fills in a helper's parameter;
// a text only stored or returned is handed to no sink.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TSESTree } from "@typescript-eslint/types";
import { walk } from "../analyzer/parse/ast.js";
import type { ParsedModule } from "../analyzer/types.js";
import { runTaint } from "./support/taint-harness.js";

const SOURCE = `
function send(target) { return fetch(target, { method: "POST" }); }
function ping() { return fetch("https://status.example.test/ping"); }
function purge() { return send("https://api.example.test/purge"); }
function advise() { const hint = "https://api.example.test/reset"; return { hint }; }
function built() { let u = "https://api.example.test"; u += "/rebuild"; return send(u); }
function unknown(x) { return send(x); }
ping(); purge(); advise(); built(); unknown(globalThis.q);
`;

function functionNamed(name: string, modules: readonly ParsedModule[]): TSESTree.Node {
  let found: TSESTree.Node | undefined;
  for (const m of modules) walk(m.ast, { enter(n) { if (n.type === "FunctionDeclaration" && n.id?.name === name) found = n; } });
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

test("sinkTexts: a sink's constant destination belongs to the function that gives it", () => {
  const taint = runTaint({ "main.js": SOURCE });
  // runTaint parses its own copy: find the functions in the module the engine saw (ping's call is a quiet hit).
  const fnModules = (taint.quietHits ?? []).map((h) => h.module).slice(0, 1);
  const texts = (name: string) => {
    const set = taint.sinkTexts?.("net-url", functionNamed(name, fnModules));
    return set === undefined ? undefined : [...set].sort();
  };
  assert.deepEqual(texts("ping"), ["https://status.example.test/ping"]);
  assert.deepEqual(texts("purge"), ["https://api.example.test/purge"]);
  assert.deepEqual(texts("built"), ["https://api.example.test/rebuild"]);
  // A literal the function keeps or returns reaches no sink; a parameter passed on is no constant.
  assert.equal(texts("advise"), undefined);
  assert.equal(texts("unknown"), undefined);
  // The helper evaluates the sink call: seen, with no constant of its own.
  assert.deepEqual(texts("send"), []);
});
