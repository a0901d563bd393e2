// The leakage models' helpers: what an error read reveals, which calls mask a
// value, which calls are logs.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { TSESTree } from "@typescript-eslint/types";
import { parse as acornParse } from "acorn";
import { classifyErrorRead, httpErrorShape } from "../rules/models/errors.js";
import { isMaskingCall, KEY_PREFIX_KEPT, LONG_TOKEN_PREFIX_KEPT, maskingCallKinds, SECRET_MASKED } from "../rules/models/masking.js";
import { namesIssuedKey } from "../rules/models/secret-names.js";
import { walk, type Node } from "../analyzer/parse/ast.js";
import { knownNotError, knownNotLibraryError } from "../rules/util/error-narrowing.js";
import { isLogCall } from "../rules/util/log-calls.js";

function callOf(code: string): TSESTree.CallExpression {
  const program = acornParse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as TSESTree.Program;
  const stmt = program.body[0];
  assert.equal(stmt.type, "ExpressionStatement");
  const expr = (stmt as TSESTree.ExpressionStatement).expression;
  assert.equal(expr.type, "CallExpression");
  return expr as TSESTree.CallExpression;
}

test("classifyErrorRead: axios errors carry the request in config, request, response.config, toJSON", () => {
  const axios = httpErrorShape("axios");
  const cases: [string[], string][] = [
    [[], "whole"],
    [["message"], "clean"],
    [["status"], "clean"],
    [["code"], "clean"],
    [["response", "status"], "clean"],
    [["response", "data"], "clean"],
    [["response", "data", "error", "message"], "clean"],
    [["config"], "request"],
    [["config", "headers"], "request"],
    [["request"], "request"],
    [["response"], "request"],
    [["response", "config", "headers"], "request"],
    [["toJSON"], "request"],
    [["stack"], "stack"],
    [["cause"], "whole"],
    [["somethingElse"], "other"],
  ];
  for (const [access, expected] of cases) assert.equal(classifyErrorRead(access, axios), expected, access.join("."));
});

test("classifyErrorRead: the URL, method and timeout inside a request part hold no header", () => {
  const axios = httpErrorShape("axios");
  assert.equal(classifyErrorRead(["config", "url"], axios), "clean");
  assert.equal(classifyErrorRead(["config", "method"], axios), "clean");
  assert.equal(classifyErrorRead(["config", "baseURL"], axios), "clean");
  assert.equal(classifyErrorRead(["response", "config", "url"], axios), "clean");
  // Their neighbours still carry the request: the headers, the body, the params, the whole config.
  assert.equal(classifyErrorRead(["config", "headers"], axios), "request");
  assert.equal(classifyErrorRead(["config", "data"], axios), "request");
  assert.equal(classifyErrorRead(["config", "params"], axios), "request");
  assert.equal(classifyErrorRead(["config"], axios), "request");
  assert.equal(classifyErrorRead(["options", "url"], httpErrorShape("got")), "clean");
  assert.equal(classifyErrorRead(["options", "headers"], httpErrorShape("got")), "request");
  assert.equal(classifyErrorRead(["request", "url"], httpErrorShape("ky")), "clean");
  assert.equal(classifyErrorRead(["request", "headers"], httpErrorShape("ky")), "request");
  // Origin unknown: any library's headerless part is clean.
  assert.equal(classifyErrorRead(["config", "method"]), "clean");
  assert.equal(classifyErrorRead(["config", "headers"]), "request");
});

test("classifyErrorRead: got errors carry options; fetch errors carry nothing of the request", () => {
  assert.equal(classifyErrorRead(["options"], httpErrorShape("got")), "request");
  assert.equal(classifyErrorRead(["options", "headers"], httpErrorShape("got")), "request");
  assert.equal(classifyErrorRead(["config"], httpErrorShape("global")), "other");
  assert.equal(httpErrorShape("global")?.carriesRequest.length, 0);
  // An error of unknown origin: any library's request-carrying parts count.
  assert.equal(classifyErrorRead(["config"]), "request");
  assert.equal(classifyErrorRead(["options"]), "request");
});

/** Parses `code`, finds the identifier `e` marked by the call `use(e)`, and asks whether `e` can be an Error there. */
function notErrorAtUse(code: string): boolean {
  const { ref, parents } = useOf(code);
  return knownNotError(ref, "e", parents);
}

/** The same, asking whether `e` can be axios's own error there. */
function notAxiosErrorAtUse(code: string): boolean {
  const { ref, parents } = useOf(code);
  const guards = httpErrorShape("axios")?.guards;
  assert.ok(guards);
  return knownNotLibraryError(ref, "e", parents, guards);
}

/** `check` answers true for each snippet of `yes` and false for each of `no`. */
function answers(check: (code: string) => boolean, yes: string[], no: string[]): void {
  for (const c of yes) assert.equal(check(c), true, c);
  for (const c of no) assert.equal(check(c), false, c);
}

function useOf(code: string): { ref: Node; parents: Map<Node, Node | undefined> } {
  const program = acornParse(code, { ecmaVersion: "latest", sourceType: "module", allowReturnOutsideFunction: true }) as unknown as TSESTree.Program;
  const parents = new Map<Node, Node | undefined>();
  let ref: Node | undefined;
  walk(program, {
    enter(node, parent) {
      parents.set(node, parent);
      if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "use" && node.arguments[0]?.type === "Identifier") ref = node.arguments[0];
    },
  });
  assert.ok(ref, code);
  return { ref, parents };
}

test("knownNotLibraryError: the library's own type test, negated, leaves only other errors", () => {
  const notAxios = [
    "if (axios.isAxiosError(e)) throw new Error(e.message); use(e);",
    "if (isAxiosError(e)) { log(e.message); return; } use(e);",
    "if (isAxiosError(e)) { log(e.message); process.exit(1); } use(e);",
    "if (e instanceof AxiosError) return reply(e.message); else use(e);",
    "if (!(e instanceof axios.AxiosError)) use(e);",
    "if (!axios.isAxiosError(e)) { use(e); }",
    "axios.isAxiosError(e) ? e.message : use(e);",
    "if (e instanceof Error) return e.message; use(e);",
  ];
  const maybeAxios = [
    "use(e);",
    "if (axios.isAxiosError(e)) use(e);",
    "if (axios.isAxiosError(e)) log(e.message); use(e);",
    "if (axios.isAxiosError(x)) return; use(e);",
    "if (e.response) return e.response.status; use(e);",
    "if (axios.isAxiosError(e) && e.response) return; use(e);",
    "if (e instanceof HttpError) return; use(e);",
    "if (!axios.isAxiosError(e)) throw e; use(e);",
  ];
  answers(notAxiosErrorAtUse, notAxios, maybeAxios);
  // The library's test says nothing about being an Error at all.
  assert.equal(notErrorAtUse("if (axios.isAxiosError(e)) throw e; use(e);"), false);
});

test("knownNotError: type tests and early exits that leave only non-Error values", () => {
  const notError = [
    "if (e instanceof Error) return e.message; use(e);",
    "if (e instanceof Error) { log(e.message); throw e; } use(e);",
    "if (!(e instanceof Error)) use(e);",
    "e instanceof Error ? e.message : use(e);",
    "typeof e === 'string' ? use(e) : e.message;",
    "if ('string' == typeof e) { use(e); }",
    "if (typeof e !== 'string') return e.message; use(e);",
    "!(e instanceof Error) && use(e);",
    "e instanceof Error || use(e);",
  ];
  const maybeError = [
    "use(e);",
    "if (e instanceof Error) use(e);",
    "if (e instanceof Error) log(e.message); use(e);",
    "if (x instanceof Error) return; use(e);",
    "if (typeof e === 'object') use(e);",
    "typeof e === 'string' ? e : use(e);",
    "if (e instanceof TypeError) return; use(e);",
    "e instanceof Error && use(e);",
  ];
  answers(notErrorAtUse, notError, maybeError);
});

test("isMaskingCall: helpers named for masking and slices that keep a few characters", () => {
  const masking = ["maskKey(k)", "redact(k)", "sanitizeHeaders(h)", "util.obfuscate(k)", "k.slice(0, 4)", "k.slice(0, 10)", "k.substring(0, 8)", "k.substr(0, 10)", "k.slice(-4)", "k.slice(k.length - 4)", "this.key.substring(this.key.length - 6)", "k.substr(k.length - 4)", "k.substring(0, 6)", "k.substr(0, 3)", "k.replace(/./g, '*')", "k.replaceAll(/\\w/g, '•')"];
  const notMasking = ["k.slice(0, 40)", "k.slice(0, 11)", "k.slice(2, 12)", "k.substr(4, 10)", "k.slice(-8)", "k.slice(other.length - 4)", "k.slice(k.length - 12)", "k.slice(4)", "k.slice(-12)", "k.substring(0, n)", "k.replace(/-/g, '')", "k.trim()", "format(k)", "k.toString()"];
  for (const c of masking) assert.equal(isMaskingCall(callOf(c)), true, c);
  for (const c of notMasking) assert.equal(isMaskingCall(callOf(c)), false, c);
});

test("maskingCallKinds: a leading slice of 11 to 12 characters keeps a key's prefix, judged by the secret's name at the sink", () => {
  assert.deepEqual(maskingCallKinds(callOf("k.slice(0, 10)")), [SECRET_MASKED]);
  for (const c of ["k.slice(0, 11)", "k.substring(0, 12)", "k.substr(0, 12)"]) assert.deepEqual(maskingCallKinds(callOf(c)), [KEY_PREFIX_KEPT], c);
  for (const c of ["k.slice(0, 25)", "k.slice(2, 12)", "k.slice(-12)", "k.slice(0, n)", "k.slice(12)"]) assert.deepEqual(maskingCallKinds(callOf(c)), [], c);
  // 13 to 24 characters hide only a token of a vendor whose tokens are all long (judged at the sink by the vendor).
  for (const c of ["k.slice(0, 13)", "k.slice(0, 20)", "k.substring(0, 24)"]) assert.deepEqual(maskingCallKinds(callOf(c)), [LONG_TOKEN_PREFIX_KEPT], c);
});

test("namesIssuedKey: tokens and API keys a service issued, not what a person chose", () => {
  for (const n of ["GITHUB_TOKEN", "OPENAI_API_KEY", "META_ACCESS_TOKEN", "apiKey", "SERVICE_APIKEY", "GITLAB_PAT"]) assert.equal(namesIssuedKey(n), true, n);
  for (const n of ["DB_PASSWORD", "ADMIN_PASS", "WALLET_MNEMONIC", "SSH_PRIVATE_KEY", "PRIVATE_KEY", "JWT_SECRET", "SESSION_COOKIE", "ENCRYPTION_KEY", "MAX_TOKENS", "HOME"]) assert.equal(namesIssuedKey(n), false, n);
});

test("isLogCall: console, stderr and loggers by name", () => {
  const logs = ["console.error(x)", "console.log(x)", "process.stderr.write(x)", "logger.info(x)", "this.logger.error(x)", "log.warn(x)", "ctx.log.debug(x)", "appLogger.error(x)"];
  const notLogs = ["res.send(x)", "console.time(x)", "cache.set(x)", "server.error(x)", "Math.log(x)", "items.push(x)"];
  for (const c of logs) assert.equal(isLogCall(callOf(c)), true, c);
  for (const c of notLogs) assert.equal(isLogCall(callOf(c)), false, c);
});
