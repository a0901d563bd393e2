// error-detail-echo: a caught error is shown whole (or its config, request,
// response, stack) in a tool's result or a log. An AxiosError from a client
// configured with a token carries `config.headers.Authorization`; a 401 later,
// the token is in the transcript or in the client's log file. `err.message`
// of an HTTP client error is fine: no library puts headers there.
import type { TSESTree } from "@typescript-eslint/types";
import { builtinModules } from "node:module";
import { locationOf, unwrapExpression, walk, type Node } from "../analyzer/parse/ast.js";
import type { ConstantFolder } from "../analyzer/program/constants.js";
import type { FunctionNode } from "../analyzer/taint/spec.js";
import type { ParsedModule, Severity } from "../analyzer/types.js";
import { HTTP_CLIENT_CREDENTIAL_KIND, httpErrorShape, type HttpErrorShape } from "./models/errors.js";
import type { Rule, RuleContext } from "./types.js";
import { CodeIndex, type CatchSite, type ClientRef } from "./util/code-index.js";
import { ErrorContainment, isRequestApi } from "./util/error-containment.js";
import { errorUses, type ErrorUse } from "./util/error-uses.js";
import { isSecretLabel } from "./util/secret-labels.js";
import { isSilentLogCall } from "./util/log-calls.js";
import { failsOnCircularRecord } from "./util/log-records.js";
import { folderFor } from "./util/outbound.js";

const GENERIC_FIX = "Return or log err.message (and a status code), not the whole error or its stack.";

function describeRead(u: ErrorUse, library: string | undefined): string {
  const what = library && library !== "global" ? `error from ${library}` : "caught error";
  if (u.access.length === 0) return u.read === "stack" ? `the stack trace of the ${what}` : `the whole ${what}`;
  return `\`err.${u.access.join(".")}\` of the ${what}`;
}

function describeSink(u: ErrorUse): string {
  if (u.sink === "log") return "a log (stdio clients keep stderr in their log files)";
  return u.sinkNode.type === "NewExpression" ? "an Error message that becomes the tool's result" : "the tool's result";
}

/** Why the error carries a credential, for the message. */
function carriedCredential(shape: HttpErrorShape): string {
  const parts = shape.carriesRequest.map((p) => p.join(".")).slice(0, 2);
  return `its ${parts.join(" and ")} carry the request headers`;
}

export const errorDetailEcho: Rule = {
  meta: {
    id: "error-detail-echo",
    title: "Whole error echoed to the client or the log",
    defaultSeverity: "low",
    threat: "credential-leakage",
    cwe: [209, 532],
    summary: "A caught error (or its config, request, response, stack) is serialized into tool output or logs.",
    description:
      "HTTP client errors carry the request that failed: an AxiosError has `config.headers` (with the instance's Authorization header), `request` and `response.config`; a got error has `options`; a ky error has `request`. Serializing such an error (`JSON.stringify(err)`, `util.inspect(err)`, `console.error(err)`, spreading it, returning `err.config`) puts the API key into the tool's result, which the model and the transcript see, or into the log file the MCP client keeps. High when the client is configured with a credential; low for a stack trace or a whole error that carries no credential returned to the client (paths and internals in the transcript). `err.message` is fine: axios says only \"Request failed with status code 401\". An error the package converts before callers see it (`catch (e) { throw new ApiError(e.message, e.response?.status) }`, or an `axios.isAxiosError(e)` branch that throws its own error) is the package's error there: logging it whole shows no request; keeping the original as `cause` keeps the request. What a catch keeps in a variable is followed to where the function throws it (`lastError = e` in a retry loop, `throw lastError` after it, throws the client's error), and a converting helper's returns past its own test of the client's error (`if (axios.isAxiosError(e)) return new Error(e.message); return e;`) hand back some other error. So is what a response interceptor rejects with in place of the client's error, whether its handler is written in place or named (`use(undefined, toApiError)`). Past the client's own type test (`if (axios.isAxiosError(e)) { ...; throw/return }`, the `else` of `e instanceof AxiosError`), the value is some other error: logging it whole shows no request. Headers given to one request made on the library itself (`axios.get(url, { headers })`) configure that request only: the library's other requests, and instances made without headers, carry no credential. A catch receives what its try block can throw: a try around `JSON.parse`, or around a helper whose own catch logs its request's error and returns null, catches no HTTP client error; nor does a try that only builds and connects the server (the SDK answers a tool's error as its result), nor a `main().catch` after main's own catch logs the error and exits (it sees only what that catch block throws itself, and what main's calls outside any try throw: connecting the transport runs no request). A try nested in the guarded block keeps what its own catch keeps: when every request sits in an inner try whose catch logs and falls through, or throws a new error built from the message (`String(e)` included), the outer catch sees only that new error; so does a try around the language's own calls (a `URLSearchParams` read, `isNaN`, `JSON.parse`). The parts of a request that hold no header are fine to show: `err.config.url` and `err.config.method` are the address and verb the code wrote. What a log writes is what the logger does with the error: a logger the package wrote that joins its arguments as text prints \"AxiosError: message\"; a winston logger whose transports all `JSON.stringify` the record in a `printf` throws on the error's request and writes nothing.",
    help: [
      "**Why it matters.** The MCP SDK sends a tool's result to the model and keeps it in the conversation; stdio clients write the server's stderr to log files. An API error serialized whole carries the request, Authorization header included.",
      "",
      "**How to fix.** Show what the user needs: the message and the status.",
      "",
      "```ts",
      "} catch (err) {",
      "  // not: JSON.stringify(err) — an AxiosError carries config.headers",
      "  const status = axios.isAxiosError(err) ? err.response?.status : undefined;",
      "  return { isError: true, content: [{ type: \"text\", text: `API error ${status ?? \"\"}: ${(err as Error).message}` }] };",
      "}",
      "```",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const index = new CodeIndex();
    indexes.set(ctx, index);
    return index.visitors();
  },
  check(ctx) {
    const index = indexes.get(ctx);
    if (!index) return;
    const credentials = credentialedClients(ctx, index);
    const containment = new ErrorContainment(index);
    index.requestEscapes = (call, module, library, region) => containment.callEscapes(call, module, library, region);
    const handlerFns = new Set(ctx.handlers.map((h) => h.fn));
    const folder = folderFor(ctx.program);
    const isSilentLog = (call: TSESTree.CallExpression, module: ParsedModule) => isSilentLogCall(call, module, folder);
    const ownLogger = (call: TSESTree.CallExpression) => ownFunctionsOf(ctx, index, call);
    const failsOnCircular = (call: TSESTree.CallExpression, module: ParsedModule) => failsOnCircularRecord(call, module, folder);
    const best = new Map<string, { use: ErrorUse; severity: Severity; library?: string }>();
    for (const site of index.catches) {
      const origin = index.originOf(site.guarded, site.module) ?? guardedOrigin(ctx, index, site, folder, containment);
      const shape = origin ? httpErrorShape(origin.library) : undefined;
      const scopeFn = site.callback ?? index.enclosingFunction(site.node, site.module);
      // `return client.get(...).catch((e) => ...)` in a handler: the callback's value is the handler's.
      const returner = site.promiseCall ? index.functionReturning(site.promiseCall) : undefined;
      const callbackIsResult = !!returner && handlerFns.has(returner);
      const env = { resolve: index.resolve.bind(index), isHandler: (fn: FunctionNode) => handlerFns.has(fn) || (callbackIsResult && fn === site.callback), isSilentLog, ownLogger, failsOnCircularRecord: failsOnCircular };
      for (const use of errorUses(site.body, site.name, site.module, env, shape, scopeFn)) {
        const carriesCredential = !use.notFromClient && !!origin && !!shape && shape.carriesRequest.length > 0 && credentials.carries(origin) && (use.read === "request" || use.read === "whole");
        let severity: Severity | undefined;
        if (carriesCredential) severity = "high";
        // A stack or an error with no credential in it: paths and internals in the transcript, a note.
        else if (use.sink === "tool-output") severity = "low";
        if (!severity) continue;
        const key = `${use.module.path}:${use.sinkNode.range[0]}`;
        const prev = best.get(key);
        if (!prev || (prev.severity === "low" && severity === "high")) best.set(key, { use, severity, library: use.notFromClient ? undefined : shape?.library });
      }
    }
    for (const { use, severity, library } of best.values()) report(ctx, use, severity, library);
  },
};

const indexes = new WeakMap<RuleContext, CodeIndex>();

/** A client an error comes from: known (`id`), or only its library (the engine saw it reached). */
type ErrorOrigin = Pick<ClientRef, "library"> & Partial<Pick<ClientRef, "id">>;

/**
 * Which clients' errors carry a credential: clients configured with one, by
 * their options (index) or by a secret flowing into them (engine), unless
 * their response interceptor replaces the error with one of its own. An
 * instance's default headers are its own: `axios.create({ headers })` does not
 * make a plain `axios.get(...)` carry them.
 */
function credentialedClients(ctx: RuleContext, index: CodeIndex): { carries(origin: ErrorOrigin): boolean } {
  const ids = new Set(index.credentialed.keys());
  const libraries = new Set([...index.credentialed.values()].map((c) => c.client.library));
  // A secret in a call the index cannot place: any client of that library may carry it.
  const anyClientOf = new Set<string>();
  for (const hit of ctx.taint.hitsOf(HTTP_CLIENT_CREDENTIAL_KIND)) {
    if (!hit.flows.some((f) => isSecretLabel(f.label))) continue;
    const client = hit.node.type === "CallExpression" ? index.requestClientOf(hit.node, hit.module) : undefined;
    const lib = client?.library ?? hit.callee.split(/[.(]/)[0];
    if (!lib) continue;
    libraries.add(lib);
    if (client) ids.add(client.id);
    else anyClientOf.add(lib);
  }
  // One request's own client (`axios.get(url, { headers })`) answers to the library's interceptors.
  const replaced = (id: string) => index.errorsReplaced.has(id) || index.errorsReplaced.has(CodeIndex.sharedIdOf(id));
  const carried = (id: string) => ids.has(id) && !replaced(id);
  return {
    carries(origin) {
      if (origin.id && replaced(origin.id)) return false;
      // The library's own defaults (`axios.defaults.headers`) are merged into the instances it creates.
      if (anyClientOf.has(origin.library) || carried(origin.library)) return true;
      if (origin.id) return carried(origin.id);
      // Only the library is known: any of its clients that carries one.
      return libraries.has(origin.library) && [...ids].some((id) => carried(id) && (id === origin.library || id.startsWith(`${origin.library}@`)));
    },
  };
}

/** Global objects and functions of the language whose calls throw their own errors (`JSON.parse`), never an HTTP client's. */
const LANGUAGE_GLOBALS = new Set(["JSON", "Math", "Object", "Array", "Number", "String", "Boolean", "Date", "RegExp", "Symbol", "BigInt", "Buffer", "URL", "URLSearchParams", "parseInt", "parseFloat", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "structuredClone", "atob", "btoa", "Error", "TypeError", "isNaN", "isFinite"]);

/** Names a region binds to an instance of the language (`const params = new URLSearchParams(q)`, `const seen = new Map()`). */
function languageInstancesIn(region: Node, module: ParsedModule, folder: ConstantFolder): Set<string> {
  const names = new Set<string>();
  walk(region, {
    enter(node) {
      if (node.type !== "VariableDeclarator" || node.id.type !== "Identifier" || !node.init) return;
      const init = unwrapExpression(node.init);
      if (init.type !== "NewExpression") return;
      const cls = unwrapExpression(init.callee);
      if (cls.type === "Identifier" && !folder.isDeclared(cls, module) && (LANGUAGE_GLOBALS.has(cls.name) || LANGUAGE_COLLECTIONS.has(cls.name))) names.add(node.id.name);
    },
  });
  return names;
}

/** Collections of the language, whose methods throw only the language's errors. */
const LANGUAGE_COLLECTIONS = new Set(["Map", "Set", "WeakMap", "WeakSet", "TextEncoder", "TextDecoder"]);

/** The root identifier of a call's callee: `JSON` of `JSON.parse(x)`, `readFileSync` of `readFileSync(p)`. */
function calleeRoot(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Identifier | undefined {
  let n: Node = unwrapExpression(call.callee);
  while (n.type === "MemberExpression") n = unwrapExpression(n.object);
  return n.type === "Identifier" ? n : undefined;
}

/**
 * Methods of the language's own values (arrays, strings, maps, numbers,
 * dates, regexps): `lines.push(x)`, `` `${a}`.replace(...) ``. They throw the
 * language's errors, never an HTTP client's, whatever object they are called on.
 */
const LANGUAGE_METHODS = new Set([
  "push", "pop", "shift", "unshift", "slice", "splice", "concat", "join", "reverse", "sort", "fill", "flat", "flatMap", "map", "filter", "forEach", "reduce", "reduceRight",
  "some", "every", "find", "findIndex", "findLast", "findLastIndex", "indexOf", "lastIndexOf", "includes", "at", "keys", "values", "entries",
  "replace", "replaceAll", "split", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "startsWith", "endsWith", "padStart", "padEnd",
  "substring", "substr", "charAt", "charCodeAt", "codePointAt", "match", "matchAll", "normalize", "repeat", "localeCompare",
  "toFixed", "toPrecision", "toISOString", "toLocaleString", "toLocaleDateString", "getTime", "valueOf", "test", "exec", "add", "clear",
]);

/** Node's own globals, which throw their own errors: `process.cwd()`, `console.log(...)`, `setTimeout(...)`. */
const NODE_GLOBALS = new Set(["process", "console", "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "queueMicrotask", "TextEncoder", "TextDecoder"]);

/**
 * Which HTTP client's errors a guarded region can throw, when no client call
 * is in it: calls of the language, of Node and of its builtin modules throw
 * their own errors; a call of a function of the package throws what that
 * function reaches (the engine's call graph), and so does a method of an
 * object the index cannot name when the engine saw that call reach only
 * functions of the package. Only a call neither can place (a dependency's
 * export, a function value) falls back to everything the enclosing function reaches: a
 * `try { writeFileSync(...) } catch` after an `axios.get` elsewhere in the
 * function catches the file system's error, not the request's.
 */
function guardedOrigin(ctx: RuleContext, index: CodeIndex, site: CatchSite, folder: ConstantFolder, containment: ErrorContainment): ErrorOrigin | undefined {
  let unplaced = false;
  const targets: FunctionNode[] = [];
  const languageValues = languageInstancesIn(site.guarded, site.module, folder);
  walk(site.guarded, {
    enter(node) {
      if (node.type !== "CallExpression" && node.type !== "NewExpression") return;
      // A call in a try nested in the region whose catch keeps the client's error: the region never sees it.
      if (node.type === "CallExpression" && containment.containedInside(node, site.module, site.guarded)) return;
      const callee = unwrapExpression(node.callee);
      // `new ApiError(msg)`: building an error object sends no request.
      if (node.type === "NewExpression" && isErrorClassName(callee)) return;
      if (isLanguageMethodCall(node) && !isClientCall(index, node, site.module)) return;
      // `params.get("page")` on `const params = new URLSearchParams(q)`: a method of the language's own object.
      if (callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "Identifier" && languageValues.has((unwrapExpression(callee.object) as TSESTree.Identifier).name)) return;
      if (isGlobalCall(node, site.module, folder)) return;
      const root = calleeRoot(node);
      const imported = root ? folder.importOf(root, site.module) : undefined;
      if (imported && (imported.specifier.startsWith("node:") || builtinModules.includes(imported.specifier))) return;
      // A function of the package, called by its name or as `this.method()`: what it reaches.
      const local = node.type === "CallExpression" && !imported && (callee.type === "Identifier" || (callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "ThisExpression"));
      const found = local ? index.resolve(node, site.module) : [];
      if (found.length) {
        targets.push(...found.map((t) => t.fn));
        return;
      }
      if (unplaced) return;
      // `api.fetchReport(id)` on an object the index cannot name: the functions the engine saw it call,
      // when it saw nothing else (no library API, no code it could not see into).
      const seen = ctx.taint.callTargets?.(node);
      if (seen && !seen.opaque && seen.apis.size === 0 && seen.fns.size > 0) targets.push(...seen.fns);
      else unplaced = true;
    },
  });
  // `main().catch(...)`: the tools main registers run on later requests; their errors do not reject main.
  const handlers = new Set(ctx.handlers.map((h) => h.fn));
  // The SDK calls a registered handler and turns what it throws into the tool's result: a handler's
  // error reaches no catch of the code that built or connected the server, unless that code calls
  // the handler itself in the guarded region.
  const runBySdk = new Set([...handlers].filter((fn) => !targets.includes(fn)));
  const enclosing = site.callback ?? index.enclosingFunction(site.node, site.module);
  if (unplaced) return engineOrigin(ctx, enclosing, containment, runBySdk);
  // A function the engine did not finish says nothing about what it reaches.
  if (targets.some((fn) => !ctx.taint.analyzed(fn))) return engineOrigin(ctx, enclosing, containment, runBySdk);
  for (const fn of targets) {
    // A function whose requests all sit in try blocks that swallow their errors (log, return null) throws none of them.
    const module = index.moduleOfFunction(fn);
    const origin = engineOrigin(ctx, fn, containment, handlers, (library) => !!module && containment.containsAll(fn, module, library, (call) => throwsNoErrorOf(ctx, call, library), (call) => isLanguageCall(call, module, folder) && !isClientCall(index, call, module)));
    if (origin) return origin;
  }
  return undefined;
}

/**
 * Whether a call, as the engine saw it, cannot throw an error of `library`:
 * it runs no request of that library, directly or through the functions of
 * the package it runs, and no code the engine could not see into.
 */
function throwsNoErrorOf(ctx: RuleContext, call: TSESTree.CallExpression, library: string): boolean {
  const seen = ctx.taint.callTargets?.(call);
  if (!seen || seen.opaque) return false;
  const requests = (apis: Iterable<string>) => [...apis].some((a) => a.split(" ")[0] === library && isRequestApi(a));
  if (requests(seen.apis)) return false;
  return [...seen.fns].every((fn) => ctx.taint.analyzed(fn) && !requests(ctx.taint.reachableApis(fn)));
}

/**
 * The package functions a call runs, when the engine saw it run only those
 * (no library API, no code it could not see into) and finished each of them.
 */
function ownFunctionsOf(ctx: RuleContext, index: CodeIndex, call: TSESTree.CallExpression): { fn: FunctionNode; module: ParsedModule }[] | undefined {
  const seen = ctx.taint.callTargets?.(call);
  if (!seen || seen.opaque || seen.apis.size > 0 || seen.fns.size === 0) return undefined;
  const out: { fn: FunctionNode; module: ParsedModule }[] = [];
  for (const fn of seen.fns) {
    const module = index.moduleOfFunction(fn);
    if (!module || !ctx.taint.analyzed(fn)) return undefined;
    out.push({ fn, module });
  }
  return out;
}

/** `McpError`, `errors.ApiError`: a class named as an error, whose constructor only builds the value. */
function isErrorClassName(callee: Node): boolean {
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" ? callee.property.name : undefined;
  return !!name && /^[A-Z]\w*Error$/.test(name);
}

/**
 * `String(e)`, `JSON.stringify(e)`, `id.split(".")`, `console.error(...)`: a call of the language's (or
 * Node's) globals or of a method of the language's values, which builds a new value and throws only its
 * own errors, never an HTTP client's (the caller rules out a client's own `get`).
 */
function isLanguageCall(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): boolean {
  return isLanguageMethodCall(call) || isGlobalCall(call, module, folder);
}

/** `lines.push(x)`, `id.split(".")`: a call of a method of the language's values (LANGUAGE_METHODS), on whatever object. */
function isLanguageMethodCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" && LANGUAGE_METHODS.has(callee.property.name);
}

/** `JSON.parse(x)`, `process.cwd()`: a call rooted in a global of the language or of Node the module does not shadow. */
function isGlobalCall(call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule, folder: ConstantFolder): boolean {
  const root = calleeRoot(call);
  return !!root && !folder.isDeclared(root, module) && (LANGUAGE_GLOBALS.has(root.name) || NODE_GLOBALS.has(root.name));
}

function isClientCall(index: CodeIndex, node: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule): boolean {
  return node.type === "CallExpression" && !!index.clientOfCall(node, module);
}

/**
 * When the guarded code calls into other modules, ask the engine which HTTP
 * clients the function reaches: a library counts when it sends a request
 * (`axios.create` and `axios.isAxiosError` send none) from a function that
 * lets its error out. A function whose every request sits in a try block that
 * throws a value of its own (`throw new ApiError(e.message)`) hands its
 * callers that value, not the library's error. `contained(library)` says that
 * `fn` itself lets nothing of that library out (its catches swallow it).
 */
function engineOrigin(ctx: RuleContext, fn: FunctionNode | undefined, containment: ErrorContainment, avoid?: ReadonlySet<FunctionNode>, contained?: (library: string) => boolean): ErrorOrigin | undefined {
  if (!fn) return undefined;
  const apis = avoid && ctx.taint.reachableApisAvoiding ? ctx.taint.reachableApisAvoiding(fn, avoid) : ctx.taint.reachableApis(fn);
  let byFunction: Map<FunctionNode, ReadonlySet<string>> | undefined;
  for (const api of apis) {
    const pkg = api.split(" ")[0];
    if (!httpErrorShape(pkg) || pkg === "global" || !isRequestApi(api) || contained?.(pkg)) continue;
    // The same functions the APIs came from: a handler `avoid` skips must not answer for `fn` here either.
    byFunction ??= ctx.taint.apisByFunction?.(fn, avoid);
    if (!byFunction) return { library: pkg };
    for (const [f, own] of byFunction) {
      if ([...own].some((a) => a.split(" ")[0] === pkg && isRequestApi(a)) && containment.escapes(f, pkg) !== false) return { library: pkg };
    }
  }
  return undefined;
}

function report(ctx: RuleContext, use: ErrorUse, severity: Severity, library: string | undefined): void {
  const shape = library ? httpErrorShape(library) : undefined;
  const why = severity === "high" && shape ? `: ${carriedCredential(shape)}, and the client is configured with a credential` : use.read === "stack" ? ": a stack trace shows paths and internals" : "";
  const file = use.module.path;
  const path = [
    ...use.via.map((v) => ({ location: locationOf(v.module.path, v.node), label: `passed to ${v.name}()` })),
    { location: locationOf(file, use.useNode), label: use.read === "stack" ? "the stack trace read" : use.access.length ? `err.${use.access.join(".")} read` : "error used whole" },
    { location: locationOf(file, use.sinkNode), label: use.sink === "log" ? "logged" : "returned to the client" },
  ];
  ctx.report({
    severity,
    message: `${capitalize(describeRead(use, library))} reaches ${describeSink(use)}${why}`,
    // The place the error is serialized: in a multi-line result or log call, the line a reader must change.
    location: locationOf(file, use.useNode),
    path,
    fix: shape && shape.carriesRequest.length > 0 ? capitalize(`${shape.fix}.`) : GENERIC_FIX,
    fingerprintKey: `${use.sink}|${library ?? "error"}|${use.read}|${use.access.join(".")}`,
    properties: { read: use.read, sink: use.sink, ...(library ? { library } : {}) },
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
