// Fills each item's capabilities and credentials from what its handler can
// reach: the engine's `reachableApis` plus the surface's own floor
// (reachable.ts), matched against capability rows (rules/models/capabilities.ts).
// SQL query APIs get read/write/delete from the kinds of the constant SQL the
// handler sends: the text the engine saw reach a query call in the handler's
// functions, a helper's filled in where the handler calls it (also a
// statement prepared at module level and run in the handler), never a literal
// it only returns; all three when the model writes the statement (a tool
// argument reaches the SQL text), only reads inside a read-only transaction,
// and `db-query` when the text is neither. Runs once, after the engine.
import type { TSESTree } from "@typescript-eslint/types";
import { apiMatches, splitPath, type TaintResult } from "../taint/spec.js";
import { constantsShape, confinedToFolder, NUMBER_SHAPE } from "../taint/shapes.js";
import { UNKNOWN_PART } from "../taint/values.js";
import { FUNCTION_TYPES, propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import { ConstantFolder } from "../program/constants.js";
import { internalModules, type Program } from "../program/index.js";
import type { Capability, ParsedModule, SurfaceItem } from "../types.js";
import type { ExtractedServer } from "./index.js";
import { originOf, recordDynamicOrigin, type DynamicOrigin } from "./dynamic-origin.js";
import { localReach, type ReachCache } from "./reachable.js";
import { Bookkeeping } from "./shared-effects.js";
import { deleteUsesIn, isScratchOrLogPath, isScratchPlace, scratchOnlyDeletes, walkInScopes, writesScratchOrLog, type Scope } from "./scratch-files.js";
import { isFunctionNode } from "./context.js";
import { declares } from "./local-values.js";
import { apiKeyOf } from "./reachable.js";
import { commandsOf } from "./commands.js";
import { DevOnlyApis } from "./dev-only.js";
import { onlySetsUp, runsOneStatement, type SqlStatementKinds } from "../../rules/models/sql.js";
import { SQL_SELECT_PREFIX_CHECK } from "../../rules/models/tool-purposes.js";
import { FOLDER_CREATING } from "../../rules/models/capabilities.js";

export interface CapabilityModel {
  rows: { package: string; path: string; capability: Capability | "db-sql"; onlyTheCall?: true }[];
  /** Env var names that are credentials. */
  credentialEnv: RegExp;
  /** What a constant statement does (rules/models/sql.ts). */
  sql: SqlStatementKinds;
}

const CAPABILITY_ORDER: Capability[] = ["fs-read", "fs-write", "fs-delete", "process-exec", "network-read", "network-send", "env-read", "credential-access", "db-read", "db-write", "db-delete", "db-query"];
const ENV_KEY = /^global Member\[process\]\.Member\[env\]\.Member\[([^\]]+)\]/;

/** The capabilities of the rows an API matches, in row order; remembered per API (handlers reach the same APIs). */
type RowMatches = Map<string, (Capability | "db-sql")[]>;
function rowCapabilities(api: string, model: CapabilityModel, memo: RowMatches): (Capability | "db-sql")[] {
  let caps = memo.get(api);
  if (!caps) {
    caps = model.rows.filter((row) => apiMatches(api, row) && (!row.onlyTheCall || isTheCall(api, row))).map((row) => row.capability);
    memo.set(api, caps);
  }
  return caps;
}

/** The API is the row's call itself, not a value around it (`….ReturnValue.Member[then]`, a callback's parameter). */
function isTheCall(api: string, row: { package: string; path: string }): boolean {
  const rest = api.slice(row.package.length + 1);
  return (rest === "" ? 0 : splitPath(rest).length) === (row.path === "" ? 0 : splitPath(row.path).length);
}

/**
 * What one handler can reach: matched capabilities and credential env vars.
 * `sqlTexts` are the handler's literals, or, with `heldTexts` (the literals,
 * read for a read-only transaction), the texts that reach its query calls:
 * those are SQL, and their leading keyword says what they do.
 */
export function capabilitiesOf(apis: Iterable<string>, sqlTexts: string[], model: CapabilityModel, memo: RowMatches = new Map(), sqlFromModel: boolean | "select" = false, heldTexts?: string[]): { capabilities: Capability[]; credentials: string[] } {
  const caps = new Set<Capability>();
  const credentials = new Set<string>();
  let sql = false;
  /** What query builder calls say (`db("t").where(…).del()` deletes). */
  const built = new Set<Capability>();
  for (const api of apis) {
    for (const capability of rowCapabilities(api, model, memo)) {
      if (capability !== "db-sql") caps.add(capability);
      else {
        sql = true;
        const kind = builderKind(api, model.sql);
        if (kind) built.add(kind);
      }
    }
    const env = ENV_KEY.exec(api);
    if (env && model.credentialEnv.test(env[1])) {
      credentials.add(env[1]);
      caps.add("credential-access");
    }
  }
  if (sql) {
    const kinds = model.sql;
    // A read-only transaction or session may be opened anywhere in the handler (an option, a helper's first statement).
    const readOnly = (heldTexts ?? sqlTexts).some((t) => kinds.readOnly.test(t));
    const run = heldTexts !== undefined;
    const reads = (t: string) => kinds.read.test(t) || (run && kinds.verb.read.test(t));
    const writes = (t: string) => kinds.write.test(t) || (run && kinds.verb.write.test(t));
    const deletes = (t: string) => kinds.delete.test(t) || (run && kinds.verb.delete.test(t));
    // The model writes the statement: anything the connection allows; one statement checked to be a SELECT reads.
    if (sqlFromModel) (readOnly || sqlFromModel === "select" ? ["db-read"] : ["db-read", "db-write", "db-delete"]).forEach((c) => caps.add(c as Capability));
    // A schema created where missing (`CREATE TABLE IF NOT EXISTS …` when the store opens) is known and changes nothing.
    const setup = sqlTexts.filter((t) => onlySetsUp(t, kinds));
    const known = sqlTexts.filter((t) => !setup.includes(t) && (reads(t) || writes(t) || deletes(t)));
    if (readOnly) caps.add("db-read");
    else if (known.length === 0 && setup.length === 0 && built.size === 0 && !sqlFromModel) caps.add("db-query");
    for (const c of built) if (c === "db-read" || !readOnly) caps.add(c);
    for (const t of known) {
      if (reads(t)) caps.add("db-read");
      if (writes(t) && !readOnly) caps.add("db-write");
      if (deletes(t) && !readOnly) caps.add("db-delete");
    }
  }
  return { capabilities: CAPABILITY_ORDER.filter((c) => caps.has(c)), credentials: [...credentials].sort() };
}

/**
 * The statement kind a query builder call says by its methods, the strongest
 * first (`knex("t").where(…).del()` and `db.deleteFrom("t").where(…)` delete).
 */
function builderKind(api: string, kinds: SqlStatementKinds): Capability | undefined {
  const members = [...api.matchAll(/Member\[([^\]]+)\]/g)].map((m) => m[1]);
  if (members.some((m) => kinds.builder.delete.test(m))) return "db-delete";
  if (members.some((m) => kinds.builder.write.test(m))) return "db-write";
  if (members.some((m) => kinds.builder.read.test(m))) return "db-read";
  return undefined;
}

/**
 * The SQL texts a handler's functions run: what the engine saw reach the text
 * of a query call in them (at the call, or filled into a helper's parameter
 * that reaches one), and the statements prepared elsewhere that they run
 * (`stmt.run()` with `const stmt = db.prepare("DELETE …")` at module level).
 * A literal the handler only returns or stores (`indexDdl: "ALTER TABLE …"` in
 * a recommendation) runs nothing. Undefined when the engine evaluated no query
 * call there (a query builder, a tagged template, a driver without a text
 * row, an older result): then the handler's literals are all there is.
 */
function sqlTextsRunBy(taint: TaintResult, functions: readonly { node: Node; module?: ParsedModule }[], preparedOf: (f: { node: Node; module: ParsedModule }) => string[], memo: Map<Node, string[] | null>): string[] | undefined {
  if (!taint.sinkTexts) return undefined;
  const out: string[] = [];
  let seen = false;
  for (const f of functions) {
    let texts = memo.get(f.node);
    if (texts === undefined) {
      texts = null;
      // Callbacks inside the function (`rows.map((r) => db.run(…))`, a Promise executor) are evaluated as functions of their own.
      walk(f.node, {
        enter(n) {
          if (!FUNCTION_TYPES.has(n.type)) return;
          const at = taint.sinkTexts!(SQL_TEXT_SINK, n);
          // An unknown part stands for a name or value the way a template's hole does (`UPDATE x SET …`).
          if (at) (texts ??= []).push(...[...at].map((t) => t.split(UNKNOWN_PART).join(" x ")));
        },
      });
      memo.set(f.node, texts);
    }
    if (texts) {
      seen = true;
      out.push(...texts);
    }
    if (f.module) out.push(...preparedOf({ node: f.node, module: f.module }));
  }
  return seen ? out : undefined;
}

/** The sink kind whose destination is SQL text (rules/models/sql.ts). */
const SQL_TEXT_SINK = "sql-injection";

/** The constant texts of statements prepared elsewhere that a function runs (see preparedText). */
function preparedTextsIn(root: Node, module: ParsedModule, folder: ConstantFolder): string[] {
  const out: string[] = [];
  walk(root, {
    enter(n) {
      if (n.type !== "CallExpression") return;
      const prepared = preparedText(n, module, folder);
      if (prepared !== undefined) out.push(prepared);
    },
  });
  return out;
}

/** String constants a handler holds (literals, and what the engine can fold at query calls). */
function sqlTextsOf(root: Node, module: ParsedModule, folder: ConstantFolder): string[] {
  const out: string[] = [];
  walk(root, {
    enter(n) {
      if (n.type === "Literal" && typeof n.value === "string") out.push(n.value);
      else if (n.type === "TemplateLiteral") out.push(n.quasis.map((q) => q.value.cooked ?? "").join(" x "));
      else if (n.type === "CallExpression") {
        if (n.arguments[0] && n.arguments[0].type === "Identifier") {
          const v = folder.string(n.arguments[0], module);
          if (v !== undefined) out.push(v);
        }
        // `stmt.all(id)` with `const stmt = db.prepare("SELECT …")` at module level (or in another module, or an object of statements).
        const prepared = preparedText(n, module, folder);
        if (prepared !== undefined) out.push(prepared);
      }
    },
  });
  return out;
}

/** The constant text of the statement a call runs, when its receiver is a `prepare(...)` result the code names. */
function preparedText(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type !== "Identifier" && receiver.type !== "MemberExpression") return undefined;
  const target = folder.resolve(receiver, module);
  if (!target || target.node === receiver) return undefined;
  const init = unwrapExpression(target.node);
  if (init.type !== "CallExpression") return undefined;
  const prep = unwrapExpression(init.callee);
  if (prep.type !== "MemberExpression" || propertyName(prep) !== "prepare" || !init.arguments[0]) return undefined;
  return folder.string(init.arguments[0], target.module);
}

/**
 * The write APIs of `apis` whose every call in the handler's functions writes
 * a scratch, log or bookkeeping file, or writes to a path its function takes
 * as a parameter that no call in this handler passes (a shared formatter that
 * writes only when another tool gives it an output path); an API the handler
 * reaches through a call we do not see here (the engine's reach) stays.
 */
interface WriteVerdict {
  harmless: Set<string>;
  other: Set<string>;
  /** Writes to the `index`th parameter of `fn`: judged by what the handler's calls of `fn` pass. */
  byCaller: { api: string; fn: Node; index: number; append: boolean }[];
}
type WriteVerdicts = Map<Node, WriteVerdict>;
/** The functions each function calls, with the calls (resolved once). */
type CallSites = Map<Node, CallSite[]>;
interface CallSite {
  target: Node;
  call: TSESTree.CallExpression;
  module: ParsedModule;
  /** The scopes around the call, outermost first. */
  scopes: Scope[];
}

/** Which argument names the file a write changes: the destination of a copy, rename or link. */
// A Map: the member name comes from the scanned code's API key, and `constructor` must not find Object.prototype's.
const WRITTEN_AT = new Map<string, number>(["copyFile", "copyFileSync", "cp", "cpSync", "rename", "renameSync", "link", "linkSync", "symlink", "symlinkSync"].map((m) => [m, 1]));

/** The node types the write judgements look at: calls, and the functions that hold them. */
const FUNCTION_OR_CALL: ReadonlySet<string> = new Set([...FUNCTION_TYPES, "CallExpression"]);

/** Each call under `root` in source order, with the functions around it (the module first). */
function forEachCallInScopes(root: Node, module: ParsedModule, visit: (call: TSESTree.CallExpression, scopes: Scope[]) => void): void {
  walkInScopes(root, module, FUNCTION_OR_CALL, (n, _parent, scopes) => {
    if (n.type === "CallExpression") visit(n, scopes);
  });
}

function verdictOf(folder: ConstantFolder, f: { node: Node; module: ParsedModule }, isWrite: (api: string) => boolean): WriteVerdict {
  const found: WriteVerdict = { harmless: new Set<string>(), other: new Set<string>(), byCaller: [] };
  forEachCallInScopes(f.node, f.module, (n, scopes) => {
    const api = apiKeyOf(folder, n.callee, f.module, 0);
    if (api === undefined || !isWrite(api)) return;
    const member = /Member\[(\w+)\]$/.exec(api)?.[1] ?? "";
    const append = member.startsWith("append");
    const at = WRITTEN_AT.get(member) ?? 0;
    const fn = scopes[scopes.length - 1].node;
    // `(surface, ...args) => appendFile(...args)`: a wrapper that forwards its rest parameter; the path is what its callers pass.
    const first = n.arguments[0];
    if (first?.type === "SpreadElement" && isFunctionNode(fn)) {
      const spread = unwrapExpression(first.argument);
      const rest = spread.type === "Identifier" ? fn.params.findIndex((p) => p.type === "RestElement" && p.argument.type === "Identifier" && p.argument.name === spread.name) : -1;
      if (rest >= 0 && !reassigns(fn, (spread as TSESTree.Identifier).name)) found.byCaller.push({ api, fn, index: rest + at, append });
      else found.other.add(api);
      return;
    }
    if (writesScratchOrLog(n, f.module, folder, scopes, append, at)) return void found.harmless.add(api);
    const target = n.arguments[at] ? unwrapExpression(n.arguments[at]) : undefined;
    const index = target?.type === "Identifier" && isFunctionNode(fn) ? fn.params.findIndex((p) => declares(p, target.name)) : -1;
    if (index >= 0 && !reassigns(fn, (target as TSESTree.Identifier).name)) found.byCaller.push({ api, fn, index, append });
    else found.other.add(api);
  });
  return found;
}

/** `name = …` anywhere in the function: the parameter may hold another path. */
function reassigns(fn: Node, name: string): boolean {
  let found = false;
  walk(fn, {
    enter(n) {
      if (found) return false;
      if (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name) found = true;
      return undefined;
    },
  });
  return found;
}

function callSitesOf(folder: ConstantFolder, f: { node: Node; module: ParsedModule }, memo: CallSites): CallSite[] {
  let sites = memo.get(f.node);
  if (!sites) {
    const found: CallSite[] = [];
    forEachCallInScopes(f.node, f.module, (n, scopes) => {
      const callee = unwrapExpression(n.callee);
      if (callee.type !== "Identifier" && callee.type !== "MemberExpression") return;
      const target = folder.resolve(callee, f.module);
      if (target && isFunctionNode(target.node)) found.push({ target: target.node, call: n, module: f.module, scopes: [...scopes] });
    });
    sites = found;
    memo.set(f.node, sites);
  }
  return sites;
}

/** The argument at `index` is absent (or `undefined`/`null`) at every call: the function never gets a path there. */
function passesNothing(call: TSESTree.CallExpression, index: number): boolean {
  if (call.arguments.slice(0, index + 1).some((a) => a.type === "SpreadElement")) return false;
  const arg = call.arguments[index];
  if (!arg) return true;
  const u = unwrapExpression(arg);
  return (u.type === "Identifier" && u.name === "undefined") || (u.type === "Literal" && u.value === null);
}

/** The call gives the wrapper no path there, or one that is scratch, a log or the server's bookkeeping. */
function passesHarmless(folder: ConstantFolder, site: CallSite, index: number, append: boolean): boolean {
  if (passesNothing(site.call, index)) return true;
  if (site.call.arguments.slice(0, index + 1).some((a) => a.type === "SpreadElement")) return false;
  return isScratchOrLogPath(site.call.arguments[index], site.module, folder, site.scopes, append);
}

/** Sorts the writes `functions` make into harmless and other; a wrapper's writes by what the calls among `callers` pass. */
function judgeWrites(folder: ConstantFolder, functions: readonly { node: Node; module: ParsedModule }[], callers: readonly { node: Node; module: ParsedModule }[], isWrite: (api: string) => boolean, memo: WriteVerdicts, callMemo: CallSites): { harmless: Set<string>; other: Set<string> } {
  const harmless = new Set<string>();
  const other = new Set<string>();
  // The callers' call sites by target, gathered once: per wrapper write, a pass over every call site of
  // the callers (all of a package's, for the package-wide verdict) made this quadratic on large servers.
  let sitesByTarget: Map<Node, CallSite[]> | undefined;
  const callsOf = (fn: Node): readonly CallSite[] => {
    if (!sitesByTarget) {
      sitesByTarget = new Map();
      for (const g of callers) {
        for (const site of callSitesOf(folder, g, callMemo)) {
          const list = sitesByTarget.get(site.target);
          if (list) list.push(site);
          else sitesByTarget.set(site.target, [site]);
        }
      }
    }
    return sitesByTarget.get(fn) ?? [];
  };
  for (const f of functions) {
    let verdicts = memo.get(f.node);
    if (!verdicts) {
      verdicts = verdictOf(folder, f, isWrite);
      memo.set(f.node, verdicts);
    }
    verdicts.harmless.forEach((a) => harmless.add(a));
    verdicts.other.forEach((a) => other.add(a));
    for (const w of verdicts.byCaller) {
      // A handler's own function called by the SDK (the handler itself) gets the tool's arguments: not judged here.
      const calls = callsOf(w.fn);
      (calls.length > 0 && calls.every((c) => passesHarmless(folder, c, w.index, w.append)) ? harmless : other).add(w.api);
    }
  }
  return { harmless, other };
}

/**
 * The write APIs the handler reaches that change none of the user's files.
 * An API whose calls the handler's own functions do not show (the engine
 * reached it through a callback, a module's initialization, a value it
 * followed) is judged by every call of it in the package (`packageWide`).
 */
function harmlessWrites(folder: ConstantFolder, functions: readonly { node: Node; module: ParsedModule }[], apis: ReadonlySet<string>, isWrite: (api: string) => boolean, memo: WriteVerdicts, callMemo: CallSites, packageWide: () => { harmless: Set<string>; other: Set<string> }): string[] {
  const writes = [...apis].filter(isWrite);
  if (writes.length === 0) return [];
  const { harmless, other } = judgeWrites(folder, functions, functions, isWrite, memo, callMemo);
  return writes.filter((api) => {
    if (harmless.has(api) || other.has(api)) return harmless.has(api) && !other.has(api);
    const whole = packageWide();
    return whole.harmless.has(api) && !whole.other.has(api);
  });
}

function isScratchDelete(api: string, scratch: ReadonlySet<string>): boolean {
  if (scratch.has(api)) return true;
  for (const key of scratch) if (api.startsWith(`${key}.`)) return true;
  return false;
}

/** `read` of a function, computed once per function node however many handlers share it. */
function textsPerFunction(read: (node: Node, module: ParsedModule) => string[]): (f: { node: Node; module: ParsedModule }) => string[] {
  const cache = new Map<Node, string[]>();
  return (f) => {
    let texts = cache.get(f.node);
    if (!texts) {
      texts = read(f.node, f.module);
      cache.set(f.node, texts);
    }
    return texts;
  };
}

export function fillCapabilities(server: ExtractedServer, taint: TaintResult, program: Program, model: CapabilityModel): void {
  // The resolver extraction used: a helper imported by the package's own name resolves the same way here.
  const folder = new ConstantFolder(internalModules(program));
  // Handlers share helpers and APIs: each function is walked, and each API matched against the rows, once.
  const reachCache: ReachCache = new Map();
  const runTexts = new Map<Node, string[] | null>();
  const preparedOf = textsPerFunction((node, module) => preparedTextsIn(node, module, folder));
  const rowMatches: RowMatches = new Map();
  const writeVerdicts: WriteVerdicts = new Map();
  const callSites: CallSites = new Map();
  const textsOf = textsPerFunction((node, module) => sqlTextsOf(node, module, folder));
  const deletes = (api: string) => rowCapabilities(api, model, rowMatches).includes("fs-delete");
  const runsProcesses = (api: string) => rowCapabilities(api, model, rowMatches).includes("process-exec");
  const writes = (api: string) => rowCapabilities(api, model, rowMatches).includes("fs-write");
  // Every write of the package judged once, when some handler reaches a write its own functions do not show.
  let wholePackage: { harmless: Set<string>; other: Set<string> } | undefined;
  const packageWrites = () => {
    if (!wholePackage) {
      const modules = program.modules.map((m) => ({ node: m.ast as Node, module: m }));
      wholePackage = judgeWrites(folder, modules, modules, writes, writeVerdicts, callSites);
    }
    return wholePackage;
  };
  // Tools whose arguments reach SQL text: the model writes their statements.
  // A call where some hit knows constant text before the argument (`"SELECT … LIKE '%" + name`) composes a statement the code chose.
  const sqlHits = taint.hitsOf("sql-injection");
  const at = (h: (typeof sqlHits)[number]) => `${h.location.file}:${h.location.line}:${h.location.column}`;
  const composed = new Set(sqlHits.filter((h) => (h.destination?.constants.length ?? 0) > 0).map(at));
  const modelWritesSql = new Set<string>();
  // Tools where some such call runs every statement of its text (a SELECT check on the start then says nothing of the rest).
  const severalStatements = new Set<string>();
  let programTexts: string[] | undefined;
  for (const hit of sqlHits) {
    if (composed.has(at(hit))) continue;
    for (const f of hit.flows) {
      if (f.label.kind !== "tool-argument" || f.guards.length > 0) continue;
      programTexts ??= program.modules.map((m) => m.text ?? "");
      const one = runsOneStatement(hit.callee, programTexts);
      for (const name of f.label.name.split(" | ")) {
        modelWritesSql.add(name);
        if (!one) severalStatements.add(name);
      }
    }
  }
  /** The model writes this tool's SQL: "select" when every call runs one statement and the handler checks that it starts with SELECT. */
  const modelSql = (name: string, functions: readonly { node: Node; module: ParsedModule }[]): boolean | "select" => {
    if (!modelWritesSql.has(name)) return false;
    if (severalStatements.has(name)) return true;
    const checks = functions.some((f) => f.node.range !== undefined && SQL_SELECT_PREFIX_CHECK.test(f.module.text?.slice(f.node.range[0], f.node.range[1]) ?? ""));
    return checks ? "select" : true;
  };
  // Tools whose arguments reach the path of a folder creation (`mkdir`, `ensureDir`): they make the folder the model names.
  // A creation no tool argument reaches makes the server's own place (a configured profile, cache or output folder)
  // before the tool's work: it changes no file there is, so it is setup, not what the tool does.
  const namesFolders = toolsCreatingFolders(taint, folder);
  const modelPathApis = apisAtModelPaths(taint, folder, server.model.tools);
  // Computed once, and only when some handler reaches a delete API.
  let scratch: Set<string> | undefined;
  let modelReachedCalls: Set<Node> | undefined;
  let modelReachedByTool: Map<string, Set<Node>> | undefined;
  const deleteUses = new Map<string, Map<Node, ReturnType<typeof deleteUsesIn>>>();
  let devOnly: DevOnlyApis | undefined;
  // What each handler reaches, gathered first: which code every tool goes through is known only once all are.
  const gathered = server.handlers.map((h) => {
    const root = h.branch ?? h.fn;
    const reach = localReach(folder, root, h.module, reachCache);
    devOnly ??= new DevOnlyApis(program, folder);
    const apis = new Set<string>();
    // APIs a function calls only under `if (process.env.NODE_ENV === "development")` are not the user's install.
    for (const f of reach.functions) for (const api of reachCache.get(f.node)?.apis ?? []) if (!devOnly.covers(f.node, api)) apis.add(api);
    // The engine sees the whole function; for a branch of a shared dispatcher that would mix every tool's APIs.
    let byFunction: ReturnType<NonNullable<TaintResult["apisByFunction"]>> | undefined;
    if (!h.branch) {
      byFunction = taint.apisByFunction?.(h.fn);
      if (byFunction) for (const [f, fApis] of byFunction) for (const api of fApis) if (!devOnly.covers(f, api)) apis.add(api);
      if (!byFunction) for (const api of taint.reachableApis(h.fn)) apis.add(api);
    }
    return { h, reach, apis, byFunction };
  });
  const isEffect = (api: string) => writes(api) || deletes(api) || runsProcesses(api);
  /** The calls of `api` in `fn` and the arguments naming what each acts on: every argument of a process start, the path of a write or delete. */
  const effectTargets = (fn: Node, module: ParsedModule, api: string): Node[][] => {
    const out: Node[][] = [];
    const member = /Member\[(\w+)\]$/.exec(api)?.[1] ?? "";
    forEachCallInScopes(fn, module, (call) => {
      if (apiKeyOf(folder, call.callee, module, 0) !== api) return;
      const args = call.arguments as Node[];
      out.push(runsProcesses(api) ? args : args.slice(WRITTEN_AT.get(member) ?? 0, (WRITTEN_AT.get(member) ?? 0) + 1));
    });
    return out;
  };
  const bookkeeping = new Bookkeeping(server.handlers, gathered, taint, (f) => reachCache.get(f)?.apis ?? [], program, effectTargets);
  for (const { h, reach, apis, byFunction } of gathered) {
    // The server's bookkeeping (an audit log, a token cache, a connection's set-up), reached only in code every tool
    // goes through and at a target no argument of this tool reaches, is not this tool's act.
    // The wrapper registered around each tool of a list is that layer itself: its inventory keeps what it does on every call.
    if (!h.item.perElement) for (const api of [...apis]) if (isEffect(api) && bookkeeping.isBookkeeping(h, api)) apis.delete(api);
    // Removing a temp file the code itself named (`<target>.<random>.tmp`) deletes nothing of the user's.
    let own: ReturnType<typeof ownDeletes> | undefined;
    for (const api of apis) {
      if (!deletes(api)) continue;
      modelReachedCalls ??= callsAtModelPaths(taint);
      scratch ??= scratchOnlyDeletes(program, folder, deletes, modelReachedCalls);
      // `fs Member[promises].Member[unlink].ReturnValue.Member[catch]` is still that unlink.
      if (isScratchDelete(api, scratch)) apis.delete(api);
      else {
        // Another tool's delete through the same API (a cache read that removes the entry the model names) is
        // that tool's act: this handler is judged by the delete calls its own functions make.
        modelReachedByTool ??= callsAtModelPathsByTool(taint);
        const memo = deleteUses.get(h.item.name) ?? new Map<Node, ReturnType<typeof deleteUsesIn>>();
        deleteUses.set(h.item.name, memo);
        own ??= ownDeletes(folder, reach.functions, deletes, modelReachedByTool.get(h.item.name) ?? new Set(), memo);
        if (own.named && isScratchDelete(api, own.scratch) && !isScratchDelete(api, own.other) && !heldElsewhere(api, byFunction, reach.functions)) apis.delete(api);
      }
    }
    for (const api of apis) if (createsFolder(api) && !namesFolders.has(h.item.name)) apis.delete(api);
    // Writing a fresh temp file or appending to a log changes none of the user's files; a write whose path
    // this tool's argument reaches is where the model points, wherever the code meant it to land.
    const modelPaths = modelPathApis.get(h.item.name);
    for (const api of harmlessWrites(folder, reach.functions, apis, writes, writeVerdicts, callSites, packageWrites)) if (!modelPaths?.has(api)) apis.delete(api);
    h.reachable = apis;
    h.functions = reach.functions;
    if ([...apis].some(runsProcesses)) {
      const commands = commandsOf(folder, reach.functions, runsProcesses, apis);
      if (commands && commands.length > 0) h.commands = commands;
    }
    const toolsOwn = (f: { node: Node }) => h.item.perElement || !bookkeeping.isShared(h, f.node);
    const held = reach.functions.filter(toolsOwn).flatMap(textsOf);
    // Functions the engine saw the handler reach that the local reach did not find (a method of an object it was handed).
    const local = new Set<Node>(reach.functions.map((f) => f.node));
    const engineOnly = byFunction ? [...byFunction.keys()].filter((fn) => !local.has(fn)).map((fn) => ({ node: fn as Node })) : [];
    let run = sqlTextsRunBy(taint, [...reach.functions, ...engineOnly].filter(toolsOwn), preparedOf, runTexts);
    // A branch of a shared dispatcher: the engine keeps its calls under the dispatcher, with every other tool's; its own literals stand in.
    if (run && h.branch) run = [...run, ...textsOf({ node: h.branch, module: h.module })];
    const { capabilities, credentials } = capabilitiesOf(apis, run ?? held, model, rowMatches, modelSql(h.item.name, reach.functions), run ? held : undefined);
    h.item.capabilities = [...new Set([...h.item.capabilities, ...capabilities])].sort((a, b) => CAPABILITY_ORDER.indexOf(a) - CAPABILITY_ORDER.indexOf(b));
    h.item.credentials = [...new Set([...h.item.credentials, ...credentials])].sort();
  }
  const classify = (api: string): DynamicOrigin["kind"] | undefined => {
    const caps = rowCapabilities(api, model, rowMatches);
    return caps.includes("network-read") || caps.includes("network-send") ? "network" : caps.includes("fs-read") ? "file" : undefined;
  };
  for (const { item, expression } of server.dynamicTexts ?? []) {
    const origin = originOf(folder, classify, expression.node, expression.module);
    if (origin) recordDynamicOrigin(item, origin);
  }
}

/** The delete uses of a handler's functions, each function sorted once. */
function ownDeletes(folder: ConstantFolder, functions: readonly { node: Node; module: ParsedModule }[], isDeleteApi: (api: string) => boolean, modelReached: ReadonlySet<Node>, memo: Map<Node, ReturnType<typeof deleteUsesIn>>): { scratch: Set<string>; other: Set<string>; named: boolean } {
  const out = { scratch: new Set<string>(), other: new Set<string>(), named: true };
  for (const f of functions) {
    let uses = memo.get(f.node);
    if (!uses) {
      uses = deleteUsesIn(f, folder, isDeleteApi, modelReached);
      memo.set(f.node, uses);
    }
    uses.scratch.forEach((a) => out.scratch.add(a));
    uses.other.forEach((a) => out.other.add(a));
    if (!uses.named) out.named = false;
  }
  return out;
}

/** The engine saw the handler reach `api` in a function its own functions do not hold: a call this judgement did not see. */
function heldElsewhere(api: string, byFunction: ReadonlyMap<Node, ReadonlySet<string>> | undefined, functions: readonly { node: Node }[]): boolean {
  if (!byFunction) return false;
  const own = new Set<Node>(functions.map((f) => f.node));
  for (const [fn, apis] of byFunction) if (apis.has(api) && !own.has(fn)) return true;
  return false;
}
/**
 * Per tool, the file APIs whose path this tool's argument reaches unchecked
 * (a path-traversal sink with a flow from the argument that no guard,
 * sanitizer or shape keeps in its folder). A cache file written at a name the
 * argument carries (`join(cacheDir, kind, \`${name}.json\`)`) is not the
 * server's bookkeeping: `../` in the name moves the write out of the cache.
 */
function apisAtModelPaths(taint: TaintResult, folder: ConstantFolder, tools: readonly SurfaceItem[]): Map<string, Set<string>> {
  const byTool = new Map<string, Set<string>>();
  // The schema keeps the argument in the folder (`z.string().regex(/^\d+\.\d+\.\d+$/)`, an enum, a number): the SDK checks it first.
  const schemaConfines = (tool: string, argument: string | undefined) => {
    const p = argument === undefined ? undefined : tools.find((t) => t.name === tool)?.parameters.find((x) => x.name === argument);
    if (!p) return false;
    return confinedToFolder(p.enum?.length ? constantsShape(p.enum) : p.type === "number" || p.type === "integer" || p.type === "boolean" ? NUMBER_SHAPE : (p.shape ?? []));
  };
  for (const hit of taint.hitsOf("path-traversal")) {
    if (hit.node.type !== "CallExpression") continue;
    const api = apiKeyOf(folder, hit.node.callee, hit.module, 0);
    if (api === undefined) continue;
    // A working copy in a folder the call made fresh, or in the temp folder, stays scratch (a temp file's name may echo an id the tool was given).
    const index = /^Argument\[(\d+)\]/.exec(hit.argument);
    const target = index ? hit.node.arguments[Number(index[1])] : undefined;
    if (target && target.type !== "SpreadElement" && isScratchPlace(target, hit.module, folder)) continue;
    for (const f of hit.flows) {
      if (f.label.kind !== "tool-argument" || f.guards.length > 0 || f.sanitizedFor.includes("path-traversal") || f.sanitizedFor.includes("*") || confinedToFolder(f.sanitizedFor)) continue;
      for (const name of f.label.name.split(" | ")) {
        if (schemaConfines(name, f.field) && !f.fields?.some((x) => !schemaConfines(name, x))) continue;
        const apis = byTool.get(name) ?? new Set<string>();
        apis.add(api);
        byTool.set(name, apis);
      }
    }
  }
  return byTool;
}

/**
 * File-system calls whose path a tool argument reaches with nothing that keeps
 * it in its folder: a delete there removes what the model names, wherever the
 * code meant it to land (the temp folder included: `../` climbs out of it).
 */
function callsAtModelPaths(taint: TaintResult): Set<Node> {
  const calls = new Set<Node>();
  for (const hit of taint.hitsOf("path-traversal")) {
    if (hit.flows.some((f) => f.label.kind === "tool-argument" && f.guards.length === 0 && !f.sanitizedFor.includes("path-traversal") && !f.sanitizedFor.includes("*") && !confinedToFolder(f.sanitizedFor))) calls.add(hit.node);
  }
  return calls;
}

/** `callsAtModelPaths` per tool: the calls whose path that tool's own argument reaches. */
function callsAtModelPathsByTool(taint: TaintResult): Map<string, Set<Node>> {
  const byTool = new Map<string, Set<Node>>();
  for (const hit of taint.hitsOf("path-traversal")) {
    for (const f of hit.flows) {
      if (f.label.kind !== "tool-argument" || f.guards.length > 0 || f.sanitizedFor.includes("path-traversal") || f.sanitizedFor.includes("*") || confinedToFolder(f.sanitizedFor)) continue;
      for (const name of f.label.name.split(" | ")) {
        const calls = byTool.get(name) ?? new Set<Node>();
        calls.add(hit.node);
        byTool.set(name, calls);
      }
    }
  }
  return byTool;
}

/** `fs Member[promises].Member[mkdir]`, `fs-extra Member[ensureDir]`: an API whose last member creates a folder. */
function createsFolder(api: string): boolean {
  const last = /Member\[([^\]]+)\]$/.exec(api)?.[1];
  return last !== undefined && FOLDER_CREATING.has(last);
}

/**
 * The tools whose arguments reach the path of a folder creation (a
 * path-traversal sink, guarded or not). A creation whose API the scan cannot
 * name counts as one when its callee is spelled like one, or for every tool
 * when it cannot be spelled at all.
 */
function toolsCreatingFolders(taint: TaintResult, folder: ConstantFolder): Set<string> {
  const tools = new Set<string>();
  for (const hit of taint.hitsOf("path-traversal")) {
    if (hit.node.type !== "CallExpression") continue;
    const api = apiKeyOf(folder, hit.node.callee, hit.module, 0);
    const callee = unwrapExpression(hit.node.callee);
    const spelled = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
    const creates = api !== undefined ? createsFolder(api) : spelled === undefined || FOLDER_CREATING.has(spelled);
    if (!creates) continue;
    for (const f of hit.flows) if (f.label.kind === "tool-argument") for (const name of f.label.name.split(" | ")) tools.add(name);
  }
  return tools;
}
