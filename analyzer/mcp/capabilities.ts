// Fills each item's capabilities and credentials from what its handler can
// reach: the engine's `reachableApis` plus the surface's own floor
// (reachable.ts), matched against capability rows (rules/models/capabilities.ts).
// SQL query APIs get read/write/delete from the kinds of the constant SQL the
// handler sends (also a statement prepared at module level and run in the
// handler), all three when the model writes the statement (a tool argument
// reaches the SQL text), only reads inside a read-only transaction, and
// `db-query` when the text is neither. Runs once, after the engine.
import type { TSESTree } from "@typescript-eslint/types";
import { apiMatches, type TaintResult } from "../taint/spec.js";
import { propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import { ConstantFolder } from "../program/constants.js";
import { internalModules, type Program } from "../program/index.js";
import type { Capability, ParsedModule } from "../types.js";
import type { ExtractedServer } from "./index.js";
import { originOf, recordDynamicOrigin, type DynamicOrigin } from "./dynamic-origin.js";
import { localReach, type ReachCache } from "./reachable.js";
import { scratchOnlyDeletes, writesScratchOrLog, type Scope } from "./scratch-files.js";
import { isFunctionNode } from "./context.js";
import { apiKeyOf } from "./reachable.js";
import { commandsOf } from "./commands.js";
import { DevOnlyApis } from "./dev-only.js";
import type { SqlStatementKinds } from "../../rules/models/sql.js";

export interface CapabilityModel {
  rows: { package: string; path: string; capability: Capability | "db-sql" }[];
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
    caps = model.rows.filter((row) => apiMatches(api, row)).map((row) => row.capability);
    memo.set(api, caps);
  }
  return caps;
}

/** What one handler can reach: matched capabilities and credential env vars. */
export function capabilitiesOf(apis: Iterable<string>, sqlTexts: string[], model: CapabilityModel, memo: RowMatches = new Map(), sqlFromModel = false): { capabilities: Capability[]; credentials: string[] } {
  const caps = new Set<Capability>();
  const credentials = new Set<string>();
  let sql = false;
  for (const api of apis) {
    for (const capability of rowCapabilities(api, model, memo)) {
      if (capability === "db-sql") sql = true;
      else caps.add(capability);
    }
    const env = ENV_KEY.exec(api);
    if (env && model.credentialEnv.test(env[1])) {
      credentials.add(env[1]);
      caps.add("credential-access");
    }
  }
  if (sql) {
    const kinds = model.sql;
    const readOnly = sqlTexts.some((t) => kinds.readOnly.test(t));
    // The model writes the statement: anything the connection allows.
    if (sqlFromModel) (readOnly ? ["db-read"] : ["db-read", "db-write", "db-delete"]).forEach((c) => caps.add(c as Capability));
    const known = sqlTexts.filter((t) => kinds.read.test(t) || kinds.write.test(t) || kinds.delete.test(t));
    if (readOnly) caps.add("db-read");
    else if (known.length === 0 && !sqlFromModel) caps.add("db-query");
    for (const t of known) {
      if (kinds.read.test(t)) caps.add("db-read");
      if (kinds.write.test(t) && !readOnly) caps.add("db-write");
      if (kinds.delete.test(t) && !readOnly) caps.add("db-delete");
    }
  }
  return { capabilities: CAPABILITY_ORDER.filter((c) => caps.has(c)), credentials: [...credentials].sort() };
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
 * a scratch or log file; an API the handler reaches through a call we do not
 * see here (the engine's reach) stays.
 */
type WriteVerdicts = Map<Node, { harmless: Set<string>; other: Set<string> }>;

function harmlessWrites(folder: ConstantFolder, functions: readonly { node: Node; module: ParsedModule }[], apis: ReadonlySet<string>, isWrite: (api: string) => boolean, memo: WriteVerdicts): string[] {
  const writes = [...apis].filter(isWrite);
  if (writes.length === 0) return [];
  const harmless = new Set<string>();
  const other = new Set<string>();
  for (const f of functions) {
    let verdicts = memo.get(f.node);
    if (!verdicts) {
      const found = { harmless: new Set<string>(), other: new Set<string>() };
      const scopes: Scope[] = [{ node: f.module.ast, parent: undefined }];
      walk(f.node, {
        enter(n, parent) {
          if (isFunctionNode(n)) scopes.push({ node: n, parent: parent ?? undefined });
          if (n.type !== "CallExpression") return;
          const api = apiKeyOf(folder, n.callee, f.module, 0);
          if (api === undefined || !isWrite(api)) return;
          const member = /Member\[(\w+)\]$/.exec(api)?.[1] ?? "";
          (writesScratchOrLog(n, f.module, folder, scopes, member.startsWith("append")) ? found.harmless : found.other).add(api);
        },
        leave(n) {
          if (isFunctionNode(n)) scopes.pop();
        },
      });
      verdicts = found;
      memo.set(f.node, verdicts);
    }
    verdicts.harmless.forEach((a) => harmless.add(a));
    verdicts.other.forEach((a) => other.add(a));
  }
  return writes.filter((api) => harmless.has(api) && !other.has(api));
}

function isScratchDelete(api: string, scratch: ReadonlySet<string>): boolean {
  if (scratch.has(api)) return true;
  for (const key of scratch) if (api.startsWith(`${key}.`)) return true;
  return false;
}

export function fillCapabilities(server: ExtractedServer, taint: TaintResult, program: Program, model: CapabilityModel): void {
  // The resolver extraction used: a helper imported by the package's own name resolves the same way here.
  const folder = new ConstantFolder(internalModules(program));
  // Handlers share helpers and APIs: each function is walked, and each API matched against the rows, once.
  const reachCache: ReachCache = new Map();
  const textsCache = new Map<Node, string[]>();
  const rowMatches: RowMatches = new Map();
  const writeVerdicts: WriteVerdicts = new Map();
  const textsOf = (f: { node: Node; module: ParsedModule }): string[] => {
    let texts = textsCache.get(f.node);
    if (!texts) {
      texts = sqlTextsOf(f.node, f.module, folder);
      textsCache.set(f.node, texts);
    }
    return texts;
  };
  const deletes = (api: string) => rowCapabilities(api, model, rowMatches).includes("fs-delete");
  const runsProcesses = (api: string) => rowCapabilities(api, model, rowMatches).includes("process-exec");
  // Tools whose arguments reach SQL text: the model writes their statements.
  // A call where some hit knows constant text before the argument (`"SELECT … LIKE '%" + name`) composes a statement the code chose.
  const sqlHits = taint.hitsOf("sql-injection");
  const at = (h: (typeof sqlHits)[number]) => `${h.location.file}:${h.location.line}:${h.location.column}`;
  const composed = new Set(sqlHits.filter((h) => (h.destination?.constants.length ?? 0) > 0).map(at));
  const modelWritesSql = new Set<string>();
  for (const hit of sqlHits) {
    if (composed.has(at(hit))) continue;
    for (const f of hit.flows) if (f.label.kind === "tool-argument" && f.guards.length === 0) for (const name of f.label.name.split(" | ")) modelWritesSql.add(name);
  }
  // Computed once, and only when some handler reaches a delete API.
  let scratch: Set<string> | undefined;
  let devOnly: DevOnlyApis | undefined;
  for (const h of server.handlers) {
    const root = h.branch ?? h.fn;
    const reach = localReach(folder, root, h.module, reachCache);
    devOnly ??= new DevOnlyApis(program, folder);
    const apis = new Set<string>();
    // APIs a function calls only under `if (process.env.NODE_ENV === "development")` are not the user's install.
    for (const f of reach.functions) for (const api of reachCache.get(f.node)?.apis ?? []) if (!devOnly.covers(f.node, api)) apis.add(api);
    // The engine sees the whole function; for a branch of a shared dispatcher that would mix every tool's APIs.
    if (!h.branch) {
      const byFunction = taint.apisByFunction?.(h.fn);
      if (byFunction) for (const [f, fApis] of byFunction) for (const api of fApis) if (!devOnly.covers(f, api)) apis.add(api);
      if (!byFunction) for (const api of taint.reachableApis(h.fn)) apis.add(api);
    }
    // Removing a temp file the code itself named (`<target>.<random>.tmp`) deletes nothing of the user's.
    for (const api of apis) {
      if (!deletes(api)) continue;
      scratch ??= scratchOnlyDeletes(program, folder, deletes);
      // `fs Member[promises].Member[unlink].ReturnValue.Member[catch]` is still that unlink.
      if (isScratchDelete(api, scratch)) apis.delete(api);
    }
    // Writing a fresh temp file or appending to a log changes none of the user's files.
    for (const api of harmlessWrites(folder, reach.functions, apis, (a) => rowCapabilities(a, model, rowMatches).includes("fs-write"), writeVerdicts)) apis.delete(api);
    h.reachable = apis;
    h.functions = reach.functions;
    if ([...apis].some(runsProcesses)) {
      const commands = commandsOf(folder, reach.functions, runsProcesses, apis);
      if (commands && commands.length > 0) h.commands = commands;
    }
    const texts = reach.functions.flatMap(textsOf);
    const { capabilities, credentials } = capabilitiesOf(apis, texts, model, rowMatches, modelWritesSql.has(h.item.name));
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
