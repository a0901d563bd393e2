// Which engine API keys are requests (error-detail-echo asks whether a
// function the engine reached sends one), and which OAuth client methods build
// a consent URL (the masking model's authorization-URL methods).
import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorContainment, isRequestApi } from "../rules/util/error-containment.js";
import { CodeIndex } from "../rules/util/code-index.js";
import type { ParsedModule } from "../analyzer/types.js";
import { buildsAuthorizationUrl, maskingCallKinds, SECRET_MASKED } from "../rules/models/masking.js";
import { parseFile } from "../analyzer/parse/index.js";
import { calleeName, walk, walkTypes } from "../analyzer/parse/ast.js";
import type { TSESTree } from "@typescript-eslint/types";

test("a request is a client call itself, not a factory, a type test, or a call on what a request returned", () => {
  assert.equal(isRequestApi("axios"), true);
  assert.equal(isRequestApi("axios Member[get]"), true);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[post]"), true);
  assert.equal(isRequestApi("axios Member[Axios].Instance.Member[request]"), true);
  assert.equal(isRequestApi("axios Member[create]"), false);
  assert.equal(isRequestApi("axios Member[isAxiosError]"), false);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[interceptors].Member[response].Member[use]"), false);
  assert.equal(isRequestApi("axios Member[create].ReturnValue.Member[get].ReturnValue.Member[data].Member[map]"), false);
  assert.equal(isRequestApi("got Member[extend].ReturnValue.Member[get,post]"), true);
});

function calls(code: string): TSESTree.CallExpression[] {
  const module = parseFile({ path: "index.js", bytes: Buffer.from(code) }, []);
  assert.ok(module);
  const out: TSESTree.CallExpression[] = [];
  walk(module.ast, { enter: (n) => void (n.type === "CallExpression" && out.push(n)) });
  return out;
}

test("consent-URL builders are methods of a client; a function of the package's own naming is not one", () => {
  const [a, b, c, d] = calls("client.generateAuthUrl({}); oidc.authorizationUrl({}); oauth.authorizeURL({}); generateAuthUrl(secret);");
  assert.equal(buildsAuthorizationUrl(a), true);
  assert.equal(buildsAuthorizationUrl(b), true);
  assert.equal(buildsAuthorizationUrl(c), true);
  assert.equal(buildsAuthorizationUrl(d), false);
  const [e] = calls("client.getAccessToken()");
  assert.equal(buildsAuthorizationUrl(e), false);
});

/** Each request (`http.get(...)`) of the module: whether ErrorContainment lets its error out of the function. */
function escapesByRequest(code: string): boolean[] {
  const module = parseFile({ path: "client.js", bytes: Buffer.from(code) }, []);
  assert.ok(module);
  const index = new CodeIndex();
  const visitors = index.visitors() as Record<string, ((node: unknown, m: ParsedModule) => void) | undefined>;
  walkTypes(module.ast, Object.keys(visitors), (node) => visitors[node.type]?.(node, module));
  const containment = new ErrorContainment(index);
  const requests = index.callsOf(module).filter((c) => c.callee.type === "MemberExpression" && calleeName(c) === "get" && index.clientOfCall(c, module));
  return [...requests].sort((a, b) => a.range[0] - b.range[0]).map((c) => containment.callEscapes(c, module, "axios"));
}

test("a catch that throws or rejects a value of its own contains the request's error; one that hands the error on does not", () => {
  const code = `
    import axios from "axios";
    const http = axios.create({ headers: { Authorization: "Bearer " + process.env.TOKEN } });
    const plain = (x) => new Error(x.message);
    const keep = (x) => x;
    export async function a() { try { return await http.get("/a"); } catch (e) { return Promise.reject(new Error(\`a failed: \${e.message}\`)); } }
    export async function b() { try { return await http.get("/b"); } catch (e) { throw { ...e }; } }
    export async function c() { try { return await http.get("/c"); } catch (e) { throw plain(e); } }
    export async function d() { try { return await http.get("/d"); } catch (e) { throw keep(e); } }
    export async function f() { try { return await http.get("/f"); } catch (e) { if (e instanceof axios.AxiosError) { throw new Error(String(e.response?.status)); } throw e; } }
    export async function g() { try { return await http.get("/g"); } catch (e) { if (e instanceof TypeError) { throw new Error("bad"); } throw e; } }
    export function h() { return new Promise((resolve, reject) => http.get("/h").then(resolve).catch((e) => reject(e))); }
    export function i() { return http.get("/i").catch((e) => { throw new Error(e.response?.statusText ?? "failed"); }); }
    export async function j() { const inner = async () => { try { return await http.get("/j"); } catch (e) { throw new Error("j"); } }; try { return await inner(); } catch (e) { throw e; } }
    export async function k() { try { return await http.get("/k"); } catch { throw new Error("k"); } }
    export async function l() { const run = async () => http.get("/l"); try { return await run(); } catch (e) { throw new Error("l"); } }
  `;
  // a: rejects a new Error; b: spreads the error's fields; c: a helper builds a new error; d: a helper hands it back;
  // f: the class guard throws its own, only non-axios errors pass; g: a guard of another class says nothing;
  // h: reject(e) hands it on; i: a new Error from its status text; j: the inner try in the same function contains it;
  // k: no binding, nothing handed on; l: the try is in the enclosing function, not the one making the request.
  assert.deepEqual(escapesByRequest(code), [false, true, false, true, false, true, true, false, false, false, true]);
});

test("a callback awaited through the calls it is passed to is caught by the try around them; one only registered is not", () => {
  const code = `
    import axios from "axios";
    const http = axios.create({ headers: { Authorization: "Bearer " + process.env.TOKEN } });
    async function withRetries(attempt) { return attempt(); }
    export async function retried(id) {
      try { return await withRetries(() => http.get("/a/" + id)); } catch (e) { return null; }
    }
    export async function fanned(ids) {
      try { return await Promise.all(ids.map(async (id) => (await http.get("/b/" + id)).data)); } catch (e) { console.error(e.message); return []; }
    }
    export function registered(emitter) {
      try { emitter.on("refresh", async () => { await http.get("/c"); }); } catch (e) { return null; }
    }
    export async function rethrown(id) {
      try { return await withRetries(() => http.get("/d/" + id)); } catch (e) { throw e; }
    }
  `;
  assert.deepEqual(escapesByRequest(code), [false, false, true, true]);
});

function indexOf(code: string, path = "api.js"): { index: CodeIndex; module: ParsedModule } {
  const module = parseFile({ path, bytes: Buffer.from(code) }, []);
  assert.ok(module);
  const index = new CodeIndex();
  const visitors = index.visitors() as Record<string, ((node: unknown, m: ParsedModule) => void) | undefined>;
  walkTypes(module.ast, Object.keys(visitors), (node) => visitors[node.type]?.(node, module));
  return { index, module };
}

test("headers given to one request on the library configure that request, not the library's other requests", () => {
  const { index, module } = indexOf(`
    import axios from "axios";
    export const keyed = () => axios.get("https://api.example.net/a", { headers: { "X-Api-Key": process.env.KEY } });
    export const open = () => axios.get("https://feeds.example.org/b");
    export const viaInstance = axios.create({ headers: { Authorization: process.env.TOKEN } });
    export const fromInstance = () => viaInstance.get("/c");
    export const isOurs = (e) => axios.isAxiosError(e);
  `);
  const byUrl = (needle: string) => index.callsOf(module).find((c) => c.arguments[0]?.type === "Literal" && String((c.arguments[0] as TSESTree.Literal).value).includes(needle));
  const keyed = index.requestClientOf(byUrl("api.example.net")!, module);
  const open = index.requestClientOf(byUrl("feeds.example.org")!, module);
  const instance = index.requestClientOf(byUrl("/c")!, module);
  assert.ok(keyed && open && instance);
  assert.notEqual(keyed.id, open.id);
  assert.equal(index.credentialed.has(keyed.id), true);
  assert.equal(index.credentialed.has(open.id), false);
  assert.equal(index.credentialed.has("axios"), false);
  assert.equal(CodeIndex.sharedIdOf(keyed.id), "axios");
  // An instance is one client for all its requests; a type test is no request of its own.
  assert.equal(index.credentialed.has(instance.id), true);
  const test = index.callsOf(module).find((c) => calleeName(c) === "isAxiosError")!;
  assert.equal(index.requestClientOf(test, module)?.id, "axios");
});

test("a response interceptor's error handler passed by name replaces the client's error when it rejects with its own", () => {
  const { index } = indexOf(`
    import axios from "axios";
    export const a = axios.create({ baseURL: "https://a.example" });
    a.interceptors.response.use(undefined, ownError);
    export const b = axios.create({ baseURL: "https://b.example" });
    b.interceptors.response.use((r) => r, passOn.bind(null));
    function ownError(e) { return Promise.reject(new Error("A failed: " + e.message)); }
    function passOn(e) { console.error(e.message); return Promise.reject(e); }
  `);
  const replaced = [...index.errorsReplaced];
  assert.equal(replaced.length, 1);
  assert.match(replaced[0], /^axios@/);
});

test("what a catch stores in a variable and throws is followed; a helper's returns past its own test of the client's error are some other error", () => {
  const code = `
    import axios from "axios";
    const http = axios.create({ headers: { Authorization: "Bearer " + process.env.TOKEN } });
    function convert(x) { if (axios.isAxiosError(x)) { return new Error(x.message); } return x instanceof Error ? x : new Error(String(x)); }
    function convertLate(x) { const out = x.response ? new Error(x.message) : x; if (axios.isAxiosError(x)) { return new Error("late"); } return out; }
    function unchecked(x) { return x instanceof Error ? x : new Error(String(x)); }
    export async function a() { let last; try { return await http.get("/a"); } catch (e) { last = convert(e); throw last; } }
    export async function b() { let last; try { return await http.get("/b"); } catch (e) { last = e; throw last; } }
    export async function c() { let last = null; for (let n = 0; n < 3; n++) { try { return await http.get("/c"); } catch (e) { last = e; } } throw last; }
    export async function d() { let last = null; for (let n = 0; n < 3; n++) { try { return await http.get("/d"); } catch (e) { last = new Error(e.message); } } throw last; }
    export async function f() { try { return await http.get("/f"); } catch (e) { throw unchecked(e); } }
    export async function g() { try { return await http.get("/g"); } catch (e) { const wrapped = { cause: e }; throw new Error("g", wrapped); } }
    export async function h() { try { return await http.get("/h"); } catch (e) { throw convertLate(e); } }
    export async function i() { let seen = null; try { return await http.get("/i"); } catch (e) { seen = e; } console.error(seen.message); return null; }
  `;
  // a: a converting helper's result, through a variable; b: the raw error, through a variable; c: kept in the catch, thrown after the loop;
  // d: a new error kept and thrown later; f: a helper that never tests the client's error hands it back; g: a variable holding it as cause;
  // h: a value returned past the test but built before it is still the client's; i: kept, never thrown.
  assert.deepEqual(escapesByRequest(code), [false, true, true, false, true, true, true, false]);
});

test("a library predicate's result (client.isReady(), session.hasScope(s)) is a boolean and reveals no secret; other methods and the package's own functions are not judged by name", () => {
  const [a, b, c, d, e, f] = calls("client.isReady(); session.hasScope('x'); user.canEdit(); client.describeSession(); isReady(token); client.island();");
  assert.deepEqual(maskingCallKinds(a), [SECRET_MASKED]);
  assert.deepEqual(maskingCallKinds(b), [SECRET_MASKED]);
  assert.deepEqual(maskingCallKinds(c), [SECRET_MASKED]);
  assert.deepEqual(maskingCallKinds(d), []);
  assert.deepEqual(maskingCallKinds(e), []);
  assert.deepEqual(maskingCallKinds(f), []);
});
