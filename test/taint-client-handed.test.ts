// A remote client handed to code the scan cannot see is a handle, not a record:
// the unknown code's answer carries the data it was given, but not the options
// the client keeps (CLIENT_OPTIONS), which only serializing the client shows.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CLIENT_OPTIONS, instantiate } from "../analyzer/taint/value-ops.js";
import { type Atom, deepTaint, deepTaintExceptHeld, type ParamRef, type Value } from "../analyzer/taint/values.js";

const atom = (id: number, name: string): Atom => ({ label: { id, kind: "env", name, location: { file: "main.js", line: 1, column: 1 } }, path: undefined, sanitized: [], guards: [] });
const names = (v: Value) => (v.atoms ?? []).map((a) => a.label.name).sort();
const ref = (extra: Partial<ParamRef> = {}): ParamRef => ({ fnId: 7, index: 0, access: [], path: undefined, sanitized: [], guards: [], ...extra });

const client: Value = { apis: ["sdk Member[Client].Instance"], props: new Map([[CLIENT_OPTIONS, { props: new Map([["apiKey", { atoms: [atom(1, "SDK_API_KEY")] }]]) }]]) };
const context: Value = { props: new Map<string, Value>([["client", client], ["workspace", { atoms: [atom(2, "SDK_WORKSPACE")] }]]) };

test("client handed: deep taint of a context keeps the client's options, what unknown code gets back does not", () => {
  assert.deepEqual(names(deepTaint(context)), ["SDK_API_KEY", "SDK_WORKSPACE"]);
  assert.deepEqual(names(deepTaintExceptHeld(context, CLIENT_OPTIONS)), ["SDK_WORKSPACE"]);
});

test("client handed: the parameters inside are marked handed, so a caller's client is left out at the call", () => {
  const summarized = deepTaintExceptHeld({ refs: [ref()] }, CLIENT_OPTIONS);
  assert.equal(summarized.refs?.[0].handed, true);
  const atCall = instantiate(summarized, 7, [context], {}, undefined);
  assert.deepEqual(names(atCall), ["SDK_WORKSPACE"]);
});

test("client handed: a parameter that is not handed still stands for the whole argument", () => {
  const atCall = instantiate({ refs: [ref()] }, 7, [context], {}, undefined);
  assert.deepEqual(names(deepTaint(atCall)), ["SDK_API_KEY", "SDK_WORKSPACE"]);
});
