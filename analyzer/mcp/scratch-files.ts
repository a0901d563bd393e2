// Deleting a scratch file is not a delete capability. A server that saves
// atomically writes `<target>.<random>.tmp`, renames it over the target and
// unlinks the temp file when that fails; a tool that hands kubectl a manifest
// writes `manifest-${Date.now()}.yaml` and removes it afterwards. Neither can
// delete a file the user has: the name is fresh. This finds the delete APIs
// (`fs Member[promises].Member[unlink]`) whose every use in the package is
// such a cleanup, judged per call from its path argument: built from a
// unique-name source (crypto.randomBytes/randomUUID, uuid, nanoid, Date.now,
// Math.random, process.pid, an mkdtemp result) on every path that assigns it,
// or rooted in the system's temp folder (`join(os.tmpdir(), "app-chunks", f)`)
// where no tool argument reaches the call: the temp folder holds working
// copies programs leave behind, never a document the user keeps, so clearing
// the server's own leftovers there (an expiry sweep, a cache limit) is
// housekeeping. A name a tool argument gives there could still climb out
// (`../`), so those calls stay deletes.
// Any other use of the API (another path, passed around as a value, a
// delete-named call whose API cannot be named) keeps it a capability.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, FUNCTION_TYPES, isIdentifier, propertyName, returnStatements, unwrapExpression, walkTypes, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { Program } from "../program/index.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode } from "./context.js";
import { addedTo, assignedValues, declares } from "./local-values.js";
import { nameWords } from "../../rules/models/secret-names.js";
import { apiKeyOf } from "./reachable.js";

/** Member names of node's fs deletes: a call of one the scan cannot name could be any of them. */
const FS_DELETE_NAMES = new Set(["unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync"]);
/** Other delete members (fs-extra) judged when their API can be named. */
const OTHER_DELETE_NAMES = new Set(["remove", "removeSync", "emptyDir", "emptyDirSync"]);
const MODULE_TEXT = /\b(unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|remove|removeSync|emptyDir|emptyDirSync|rimraf|del|trash)\b/;

/** Calls whose result is a name nobody else has: random bytes, UUIDs, a fresh temp directory, the clock. */
const UNIQUE_CALLS = new Set(["randomBytes", "randomUUID", "uuid", "uuidv4", "v4", "v7", "nanoid", "mkdtemp", "mkdtempSync", "tmpName", "tmpNameSync"]);
/** `Date.now()`, `performance.now()`, `Math.random()`, `process.hrtime()`: only on these objects. */
// A Map, not an object literal: the method name comes from the scanned code, and
// `toString` or `constructor` must not find Object.prototype's members.
const UNIQUE_MEMBER_CALLS = new Map<string, Set<string>>([
  ["now", new Set(["Date", "performance"])],
  ["random", new Set(["Math"])],
  ["hrtime", new Set(["process"])],
]);
/** Calls that build a path or string from their receiver and arguments. */
const BUILDERS = new Set(["join", "resolve", "format", "concat"]);
const MAX_DEPTH = 8;

type Verdict = "unique" | "nullish" | "other";
/** A function (or the module) around the call, and what it is passed to (`files.forEach(f => ...)`). */
export interface Scope {
  node: Node;
  parent: Node | undefined;
}

/**
 * The delete API keys (as `apiKeyOf` and the engine spell them) every use of
 * which in the program removes a scratch file. `isDeleteApi` says which keys
 * delete (from the capability rows).
 */
export function scratchOnlyDeletes(program: Program, folder: ConstantFolder, isDeleteApi: (api: string) => boolean, modelReached: ReadonlySet<Node> = new Set()): Set<string> {
  const scratch = new Set<string>();
  const other = new Set<string>();
  for (const m of program.modules) {
    if (m.text !== undefined && !MODULE_TEXT.test(m.text)) continue;
    if (!usesOf(m, folder, isDeleteApi, scratch, other, modelReached)) return new Set();
  }
  for (const api of other) scratch.delete(api);
  return scratch;
}

/**
 * The delete uses one function holds (its nested functions included), sorted
 * as `scratchOnlyDeletes` sorts a module's: what a tool's handler deletes when
 * it reaches this function, whatever other tools delete through the same API.
 * `named` is false when a delete-named call there cannot be named.
 */
export function deleteUsesIn(fn: { node: Node; module: ParsedModule }, folder: ConstantFolder, isDeleteApi: (api: string) => boolean, modelReached: ReadonlySet<Node>): { scratch: Set<string>; other: Set<string>; named: boolean } {
  const scratch = new Set<string>();
  const other = new Set<string>();
  const named = usesOf(fn.module, folder, isDeleteApi, scratch, other, modelReached, fn.node);
  return { scratch, other, named };
}

/** The node types a delete is named by (a member, an imported name), and the functions around them. */
const DELETE_USE_TYPES: ReadonlySet<string> = new Set([...FUNCTION_TYPES, "MemberExpression", "Identifier"]);

/** Sorts one module's delete uses into `scratch` and `other`; false when a delete call cannot be named (give up). */
function usesOf(m: ParsedModule, folder: ConstantFolder, isDeleteApi: (api: string) => boolean, scratch: Set<string>, other: Set<string>, modelReached: ReadonlySet<Node>, root: Node = m.ast): boolean {
  let named = true;
  walkInScopes(root, m, DELETE_USE_TYPES, (n, parent, functions) => {
    if (!named) return false;
    if (isFunctionNode(n)) return undefined;
    const candidate = n.type === "MemberExpression" ? memberCandidate(n) : n.type === "Identifier" ? identifierCandidate(n, parent, m, folder) : undefined;
    if (candidate === undefined) return undefined;
    const api = apiKeyOf(folder, n, m, 0);
    if (api === undefined || !isDeleteApi(api)) {
      if (api === undefined && candidate === "fs-name") named = false;
      return undefined;
    }
    const call = parent && parent.type === "CallExpression" && parent.callee === n ? parent : undefined;
    const target = call?.arguments[0];
    const fresh = call !== undefined && target !== undefined && target.type !== "SpreadElement" && (pathVerdict(target, m, folder, functions, 0) === "unique" || (!modelReached.has(call) && underTmpdir(target, m, folder, 0)));
    (fresh ? scratch : other).add(api);
    return undefined;
  });
  return named;
}

/**
 * walkTypes over `types` (function types among them), with the functions
 * around each node visited (the module first, innermost last; a function's own
 * visit comes after it is pushed). A function is open while its source range
 * has not ended: the stack a walk of every node keeps with a `leave`, without
 * visiting every node (these judgements walk every module of a bundle).
 */
export function walkInScopes(root: Node, module: ParsedModule, types: ReadonlySet<string>, visit: (node: Node, parent: Node | undefined, scopes: Scope[]) => void | false): void {
  const scopes: Scope[] = [{ node: module.ast, parent: undefined }];
  walkTypes(root, types, (n, parent) => {
    while (scopes.length > 1 && scopes[scopes.length - 1].node.range[1] <= n.range[0]) scopes.pop();
    if (isFunctionNode(n)) scopes.push({ node: n, parent: parent ?? undefined });
    return visit(n, parent, scopes);
  });
}

/** `x.unlink`: an fs name (unnamed: give up) or an fs-extra name (unnamed: someone's own method). */
function memberCandidate(n: TSESTree.MemberExpression): "fs-name" | "other-name" | undefined {
  const name = propertyName(n);
  if (name === undefined) return undefined;
  return FS_DELETE_NAMES.has(name) ? "fs-name" : OTHER_DELETE_NAMES.has(name) ? "other-name" : undefined;
}

/** A reference to an imported binding (`unlink` from fs/promises, `rimraf`): named by its import. */
function identifierCandidate(n: TSESTree.Identifier, parent: Node | undefined, m: ParsedModule, folder: ConstantFolder): "other-name" | undefined {
  if (!parent || isBindingPosition(n, parent)) return undefined;
  return folder.importOf(n, m) ? "other-name" : undefined;
}

function isBindingPosition(n: Node, parent: Node): boolean {
  if (parent.type === "MemberExpression") return parent.property === n && !parent.computed;
  if (parent.type === "Property") return parent.key === n && !parent.computed && !parent.shorthand;
  if (parent.type === "VariableDeclarator") return parent.id === n;
  return parent.type === "ImportSpecifier" || parent.type === "ImportDefaultSpecifier" || parent.type === "ImportNamespaceSpecifier" || parent.type === "ExportSpecifier";
}

/**
 * Verdicts already reached, per expression, per innermost scope its names are
 * read from (the rest of the scope list follows from it) and per depth, so a
 * memo hit answers exactly what the walk would. A bundle's module scope can
 * assign one short name hundreds of times; without this every chain through
 * those assignments was walked again, exponential in the depth, and the scan
 * of such a bundle did not end (this stage does not look at the time budget).
 */
type VerdictMemo = WeakMap<Node, Map<Node | undefined, Verdict[]>>;
const pathVerdicts: VerdictMemo = new WeakMap();
const elementsVerdicts: VerdictMemo = new WeakMap();

function remembered(memo: VerdictMemo, node: Node, functions: readonly Scope[], depth: number, compute: () => Verdict): Verdict {
  const scope = functions.length ? functions[functions.length - 1].node : undefined;
  let byScope = memo.get(node);
  if (!byScope) memo.set(node, (byScope = new Map()));
  let byDepth = byScope.get(scope);
  if (!byDepth) byScope.set(scope, (byDepth = []));
  const known = byDepth[depth];
  if (known !== undefined) return known;
  return (byDepth[depth] = compute());
}

/** Whether a path expression is a fresh name on every path that builds it. */
function pathVerdict(node: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  if (depth > MAX_DEPTH) return "other";
  return remembered(pathVerdicts, node, functions, depth, () => walkedPathVerdict(node, m, folder, functions, depth));
}

function walkedPathVerdict(node: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  let n = unwrapExpression(node);
  while (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  const next = (x: Node): Verdict => pathVerdict(x, m, folder, functions, depth + 1);
  switch (n.type) {
    case "Literal":
      return n.value === null ? "nullish" : "other";
    case "Identifier":
      return n.name === "undefined" ? "nullish" : variableVerdict(n, m, folder, functions, depth);
    case "TemplateLiteral":
      return n.expressions.some((e) => next(e) === "unique") ? "unique" : "other";
    case "BinaryExpression":
      return n.operator === "+" && (next(n.left) === "unique" || next(n.right) === "unique") ? "unique" : "other";
    case "ConditionalExpression":
      return all([next(n.consequent), next(n.alternate)]);
    case "LogicalExpression":
      return all([next(n.left), next(n.right)]);
    case "MemberExpression":
      // `process.pid`; a member of a fresh value (`tmp.fileSync().name`).
      if (isIdentifier(n.object, "process") && propertyName(n) === "pid") return "unique";
      return next(n.object) === "unique" ? "unique" : "other";
    case "NewExpression":
      return isIdentifier(n.callee, "Date") ? "unique" : "other";
    case "CallExpression":
      return callVerdict(n, next);
    default:
      return "other";
  }
}

function callVerdict(n: TSESTree.CallExpression, next: (x: Node) => Verdict): Verdict {
  const callee = unwrapExpression(n.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
  if (name === undefined) return "other";
  if (UNIQUE_CALLS.has(name)) return "unique";
  if (callee.type === "MemberExpression") {
    const objects = UNIQUE_MEMBER_CALLS.get(name);
    const object = unwrapExpression(callee.object);
    if (objects && object.type === "Identifier" && objects.has(object.name)) return "unique";
    // `randomBytes(8).toString("hex")`, `id.slice(0, 8)`: a method of a fresh value.
    if (next(callee.object) === "unique") return "unique";
  }
  if (BUILDERS.has(name) && n.arguments.some((a) => a.type !== "SpreadElement" && next(a) === "unique")) return "unique";
  return "other";
}

/**
 * A local variable: every value assigned to it in the function that declares
 * it (the initializer and each `=`, including in nested closures). A
 * parameter, or a name declared nowhere we can see, is not fresh.
 */
function variableVerdict(id: TSESTree.Identifier, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  const init = folder.initializerOf(id, m);
  if (init) return pathVerdict(init, m, folder, functions, depth + 1);
  for (let i = functions.length - 1; i >= 0; i--) {
    const { node: scope, parent } = functions[i];
    if (isFunctionNode(scope)) {
      const index = scope.params.findIndex((p) => declares(p, id.name));
      // `tempFiles.forEach((f) => unlinkSync(f))`: the elements of the list.
      if (index === 0 && parent?.type === "CallExpression" && parent.arguments[0] === scope && isIterationCall(parent)) {
        return elementsVerdict((parent.callee as TSESTree.MemberExpression).object, m, folder, functions.slice(0, i), depth + 1);
      }
      if (index >= 0) return "other";
    }
    const values = assignedValues(scope, id.name);
    if (values === undefined) continue;
    return values.length === 0 ? "other" : all(values.map((v) => (v.elementsOf ? elementsVerdict(v.node, m, folder, functions, depth + 1) : pathVerdict(v.node, m, folder, functions, depth + 1))));
  }
  return "other";
}

function isIterationCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === "MemberExpression" && ["forEach", "map", "filter"].includes(propertyName(callee) ?? "");
}

/**
 * The elements of a list: an array literal, or a local list whose every
 * `push`/`unshift` adds a fresh name (`tempFiles.push(tempFile)`).
 */
function elementsVerdict(node: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  if (depth > MAX_DEPTH) return "other";
  return remembered(elementsVerdicts, node, functions, depth, () => walkedElementsVerdict(node, m, folder, functions, depth));
}

function walkedElementsVerdict(node: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  const n = unwrapExpression(node);
  const next = (x: Node): Verdict => pathVerdict(x, m, folder, functions, depth + 1);
  if (n.type === "ArrayExpression") return n.elements.length === 0 ? "nullish" : all(n.elements.map((e) => (e && e.type !== "SpreadElement" ? next(e) : "other")));
  if (n.type !== "Identifier") return "other";
  for (let i = functions.length - 1; i >= 0; i--) {
    const scope = functions[i].node;
    if (isFunctionNode(scope) && scope.params.some((p) => declares(p, n.name))) return "other";
    const values = assignedValues(scope, n.name);
    if (values === undefined) continue;
    const verdicts = values.map((v) => (v.elementsOf ? "other" : elementsVerdict(v.node, m, folder, functions, depth + 1)));
    for (const call of addedTo(scope, n.name)) verdicts.push(...call.arguments.map((a) => (a.type === "SpreadElement" ? "other" : next(a))));
    return verdicts.length === 0 ? "other" : all(verdicts);
  }
  return "other";
}

/** Unique when every non-null alternative is unique (`tmp ?? null` is still fresh). */
function all(verdicts: Verdict[]): Verdict {
  if (verdicts.some((v) => v === "other")) return "other";
  return verdicts.some((v) => v === "unique") ? "unique" : "nullish";
}

/**
 * A write that changes none of the user's files: its path is a fresh name
 * (see `pathVerdict`) or lies under the system's temp folder (`os.tmpdir()`),
 * or it appends to a log file (`….log`). `functions` are the scopes around the
 * call, outermost first.
 */
export function writesScratchOrLog(call: TSESTree.CallExpression, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], append: boolean, index = 0): boolean {
  const target = call.arguments[index];
  if (!target || target.type === "SpreadElement") return false;
  return isScratchOrLogPath(target, m, folder, functions, append);
}

/** The path a write is given (at the write, or at a call of a wrapper that passes it on) is scratch, a log or bookkeeping. */
export function isScratchOrLogPath(target: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], append: boolean): boolean {
  if (pathVerdict(target, m, folder, functions, 0) === "unique" || underTmpdir(target, m, folder, 0)) return true;
  if (append && (endsWithLog(target, m, folder, 0) || namedLogFile(target, m, folder, 0))) return true;
  return isBookkeepingPath(target, m, folder);
}

/** Names that say a log file: `logFile`, `LOG_PATH`, `getLogFile()`, `this.logFilePath`. */
function saysLogFile(name: string): boolean {
  const words = nameWords(name).map((w) => w.toLowerCase());
  return words.some((w) => w === "log" || w === "logs") && words.some((w) => w === "file" || w === "path" || w === "filename" || w === "filepath");
}

/** An append to a file the code names its log (`const file = getLogFile()`): the code's own word for what the file is. */
function namedLogFile(node: Node, m: ParsedModule, folder: ConstantFolder, depth: number): boolean {
  if (depth > 3) return false;
  let n = unwrapExpression(node);
  while (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (n.type === "Identifier") {
    if (saysLogFile(n.name)) return true;
    const init = folder.initializerOf(n, m);
    return !!init && namedLogFile(init, m, folder, depth + 1);
  }
  if (n.type === "MemberExpression") return saysLogFile(propertyName(n) ?? "");
  if (n.type === "CallExpression") return saysLogFile(calleeName(n) ?? "");
  return false;
}

/**
 * Where a path the code fixes starts: the temp folder, the user's home, an
 * application-data folder (`XDG_CACHE_HOME`, `APPDATA`, an env var that names
 * a log, cache or state folder), or somewhere else (a literal, the working
 * folder). `segments` are the constant names after it.
 */
interface FixedPath {
  root: "tmp" | "home" | "app" | "other";
  segments: string[];
  /** The code calls the folder a cache (`XDG_CACHE_HOME`, `getCacheDir()`, `CACHE_DIR`): what it holds can be thrown away. */
  cache?: boolean;
}

const HOME_ENV = new Set(["HOME", "USERPROFILE"]);
const APP_ENV = new Set(["XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "APPDATA", "LOCALAPPDATA", "TMPDIR", "TEMP", "TMP"]);
/** An env var that names the server's own log, cache or state folder (`MY_SERVER_LOG_DIR`). */
const APP_ENV_NAME = /(^|_)(LOG|LOGS|CACHE|STATE|TMP|TEMP)(_|$)/i;
/** Words of a file or folder name that say it is the server's bookkeeping: a cache, a log, a token or session store. */
const BOOKKEEPING_WORD = /^(cache|caches|cached|log|logs|debug|token|tokens|oauth|auth|session|sessions|state|history|tmp|temp|credentials?)$/i;
/**
 * The user's own dotfiles and stores, and other programs' settings (an MCP
 * client's config among them): writing them is never the server's bookkeeping.
 */
const USER_STORE = /^\.?(ssh|aws|gnupg|kube|docker|azure|gcloud|bashrc|zshrc|profile|bash_profile|zprofile|gitconfig|git|npmrc|netrc|pgpass|claude|claude\.json|cursor|codex|gemini|continue|vscode|windsurf|zed|code|autostart|systemd|launchagents)$/i;

/**
 * A write the server makes to its own bookkeeping: a path the code fixes
 * entirely (no parameter, no tool argument in it) under the temp or an
 * application-data folder, or whose names say cache, log, token or session
 * (`~/.config/app/oauth-token.json`, `<logDir>/error.log`,
 * `~/.cache/app/devices.json`). Every way the path can be built must be one.
 */
export function isBookkeepingPath(node: Node, m: ParsedModule, folder: ConstantFolder): boolean {
  const alternatives = fixedPaths(node, m, folder, 0);
  return alternatives !== undefined && alternatives.length > 0 && alternatives.every(isBookkeeping);
}

function isBookkeeping(fixed: FixedPath): boolean {
  const split = fixed.segments.flatMap((s) => (s === UNNAMED ? [s] : s.split(/[\\/]+/))).filter((s) => s !== "" && s !== ".");
  // A path the code starts with `~` (`HOME || "~"`, `"~/.app/config.json"`) is the shell's spelling of the home
  // folder: Node does not expand it, so the file lands in a folder named `~` or in the home, a folder the code
  // names either way, never one a tool argument picks. It is judged as under the home.
  const tilde = fixed.root === "other" && /^~(?:[\\/]|$)/.test(fixed.segments[0] ?? "");
  const p: FixedPath = tilde ? { ...fixed, root: "home" } : fixed;
  const all = tilde ? split.slice(1) : split;
  if (all.some((n) => USER_STORE.test(n) || n === "..")) return false;
  // `join(cacheDir, version, "api.json")`: names the code does not fix, in a folder the code calls a cache
  // (or the temp folder), are a download cache's entries: thrown away at no loss. A `..` among them is a
  // path-traversal finding, not this. Under any other folder (the server's settings, a project's `logs`)
  // a name the code does not fix may be any file there.
  const unnamed = all.indexOf(UNNAMED);
  if (unnamed >= 0) return p.root === "tmp" || p.cache === true || all.slice(0, unnamed).some((n) => nameWords(n).some((w) => CACHE_WORD.test(w)));
  const names = all;
  if (p.root === "tmp" || p.root === "app") return true;
  // `~/.my-server/…`, `~/.config/my-server/…`: a hidden folder of the home is an application's own state.
  if (p.root === "home" && names[0]?.startsWith(".")) return true;
  return names.some((n) => /\.log$/i.test(n) || nameWords(n).some((w) => BOOKKEEPING_WORD.test(w)));
}

/** A name the code does not fix (a parameter, an argument), joined on as a folder or file name of its own. */
const UNNAMED = "\u0000unnamed";
const CACHE_WORD = /^(cache|caches|cached)$/i;
/** The code's own word for a folder: a name that says cache (`cacheDir`, `API_CACHE`, `getCacheRoot()`). */
function saysCache(name: string | undefined): boolean {
  return name !== undefined && nameWords(name).some((w) => CACHE_WORD.test(w));
}
/** The same paths, each marked a cache when `yes`. */
function cached(paths: FixedPath[] | undefined, yes: boolean): FixedPath[] | undefined {
  return yes && paths ? paths.map((p) => ({ ...p, cache: true })) : paths;
}

function envName(n: Node): string | undefined {
  const u = unwrapExpression(n);
  if (u.type !== "MemberExpression") return undefined;
  const obj = unwrapExpression(u.object);
  if (obj.type !== "MemberExpression" || propertyName(obj) !== "env" || !isIdentifier(obj.object, "process")) return undefined;
  return propertyName(u) ?? undefined;
}

function isNothing(n: Node): boolean {
  return (n.type === "UnaryExpression" && n.operator === "void") || (n.type === "Identifier" && n.name === "undefined") || (n.type === "Literal" && n.value === null);
}

/** `process.env[name]` in a helper called with the variable's name (`env("APP_CACHE_DIR")`): that variable. */
function envNameBound(n: Node, params: Bound | undefined): string | undefined {
  if (!params || n.type !== "MemberExpression" || !n.computed || n.property.type !== "Identifier") return undefined;
  const obj = unwrapExpression(n.object);
  if (obj.type !== "MemberExpression" || propertyName(obj) !== "env" || !isIdentifier(obj.object, "process")) return undefined;
  const bound = params.get(n.property.name);
  return bound?.length === 1 && bound[0].root === "other" && bound[0].segments.length === 1 ? bound[0].segments[0] : undefined;
}

/** A path built through two helpers (`join(cacheRoot(), version)` returned by `cacheDir(version)`) takes a dozen steps. */
const FIXED_PATH_DEPTH = 12;
/** The ways a path can be built, each a root and constant names; undefined when some part is not fixed by the code. */
type Bound = ReadonlyMap<string, FixedPath[]>;
function fixedPaths(node: Node, m: ParsedModule, folder: ConstantFolder, depth: number, params?: Bound): FixedPath[] | undefined {
  if (depth > FIXED_PATH_DEPTH) return undefined;
  const n = unwrapExpression(node);
  const next = (x: Node, mm = m) => fixedPaths(x, mm, folder, depth + 1, mm === m ? params : undefined);
  if (n.type === "Identifier" && params?.has(n.name)) return params.get(n.name);
  // `void 0`, `undefined`, `null`: an alternative that is no path (`value ? value : void 0`).
  if (isNothing(n)) return [];
  const constant = folder.string(n, m);
  if (constant !== undefined) return [{ root: "other", segments: [constant] }];
  const env = envName(n) ?? envNameBound(n, params);
  if (env !== undefined) return HOME_ENV.has(env) ? [{ root: "home", segments: [] }] : APP_ENV.has(env) || APP_ENV_NAME.test(env) ? [{ root: "app", segments: [], cache: saysCache(env) || /^(TMPDIR|TEMP|TMP)$/.test(env) }] : undefined;
  switch (n.type) {
    case "Identifier": {
      if (isDirectoryEntry(n, m, folder)) return [{ root: "other", segments: [DIRECTORY_ENTRY] }];
      const target = folder.resolve(n, m);
      if (!target || target.node === n || target.node.type === "Identifier" || isFunctionNode(target.node)) return undefined;
      return cached(next(target.node, target.module), saysCache(n.name));
    }
    case "LogicalExpression":
    case "ConditionalExpression": {
      const parts = n.type === "LogicalExpression" ? [n.left, n.right] : [n.consequent, n.alternate];
      const all = parts.map((x) => next(x));
      return all.some((a) => a === undefined) ? undefined : all.flat() as FixedPath[];
    }
    case "TemplateLiteral":
    case "BinaryExpression": {
      const pieces: (Node | string)[] = n.type === "BinaryExpression" ? (n.operator === "+" ? [n.left as Node, n.right] : []) : interleave(n);
      return pieces.length === 0 ? undefined : concatenated(pieces, next);
    }
    case "CallExpression": {
      const name = calleeName(n);
      if (name === "tmpdir" || name === "mkdtemp" || name === "mkdtempSync") return [{ root: "tmp", segments: [] }];
      if (name === "homedir") return [{ root: "home", segments: [] }];
      // `.` marks the working folder as where the path starts (a `~` joined after it is a folder of that name).
      if (name === "cwd") return [{ root: "other", segments: ["."] }];
      if (name === "dirname" && n.arguments[0] && n.arguments[0].type !== "SpreadElement") return next(n.arguments[0])?.map((p) => ({ ...p, segments: p.segments.slice(0, -1) }));
      // `join` keeps every later argument under the first (`resolve` does not: an absolute one replaces it), so a later name it does not fix is an unnamed entry.
      if ((name === "join" || name === "resolve") && n.arguments.length > 0 && n.arguments.every((a) => a.type !== "SpreadElement")) return concatenated(n.arguments as Node[], next, name === "join");
      // A fresh name (`Date.now()`, `randomUUID()`) is a name of the code's own.
      if (callVerdict(n, (x) => (fixedPaths(x, m, folder, depth + 1, params) ? "unique" : "other")) === "unique") return [{ root: "other", segments: [] }];
      return cached(helperPaths(n, m, folder, depth, params), saysCache(name));
    }
    case "AwaitExpression":
      return next(n.argument);
    default:
      return undefined;
  }
}

/** A name read from a directory listing: it holds no separator and is never `..`, so it stays in the folder it is joined to. */
const DIRECTORY_ENTRY = "*";
const LISTINGS = new Set(["readdir", "readdirSync"]);

/** `for (const f of fs.readdirSync(dir))`, also through a local holding the listing. */
function isDirectoryEntry(id: TSESTree.Identifier, m: ParsedModule, folder: ConstantFolder): boolean {
  const d = folder.declarationOf(id, m);
  if (!d || d.parent.type !== "ForOfStatement" || d.parent.left !== d.binder) return false;
  let list = unwrapExpression(d.parent.right);
  if (list.type === "Identifier") list = unwrapExpression(folder.initializerOf(list, m) ?? list);
  while (list.type === "AwaitExpression") list = unwrapExpression(list.argument);
  // `readdirSync(dir, { withFileTypes: true })` gives entries, not names.
  return list.type === "CallExpression" && LISTINGS.has(calleeName(list) ?? "") && list.arguments.length === 1;
}

/**
 * A call of a package function that builds the path (`configFile("wallet.json")`
 * with `configFile = (name) => join(BASE, name)`): every value it returns,
 * with its parameters bound to what this call passes.
 */
function helperPaths(call: TSESTree.CallExpression, m: ParsedModule, folder: ConstantFolder, depth: number, params?: Bound): FixedPath[] | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "Identifier" && callee.type !== "MemberExpression") return undefined;
  const target = folder.resolve(callee, m);
  if (!target || !isFunctionNode(target.node)) return undefined;
  const fn = target.node as TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
  const bound = new Map<string, FixedPath[]>();
  for (const [i, param] of fn.params.entries()) {
    const id = param.type === "AssignmentPattern" ? param.left : param;
    if (id.type !== "Identifier") return undefined;
    const arg = call.arguments[i];
    if (arg && arg.type === "SpreadElement") return undefined;
    const value = arg ? fixedPaths(arg, m, folder, depth + 1, params) : param.type === "AssignmentPattern" ? fixedPaths(param.right, target.module, folder, depth + 1) : undefined;
    if (value) bound.set(id.name, value);
  }
  const returns = returnStatements(fn);
  if (returns.some((r) => !r.argument)) return undefined;
  const returned: Node[] = fn.body.type !== "BlockStatement" ? [fn.body] : returns.map((r) => r.argument as Node);
  if (returned.length === 0) return undefined;
  const out: FixedPath[] = [];
  for (const r of returned) {
    const paths = fixedPaths(r, target.module, folder, depth + 1, bound);
    if (!paths) return undefined;
    out.push(...paths);
    if (out.length > 16) return undefined;
  }
  return out;
}

/** A template's constant text and expressions, in order. */
function interleave(t: TSESTree.TemplateLiteral): (Node | string)[] {
  const out: (Node | string)[] = [];
  t.quasis.forEach((q, i) => {
    if (q.value.cooked) out.push(q.value.cooked);
    if (t.expressions[i]) out.push(t.expressions[i]);
  });
  return out;
}

/**
 * The root of the first piece, and the names of every piece (each must be
 * fixed). With `unnamedTail`, a later piece the code does not fix is an
 * unnamed entry (`UNNAMED`) rather than an unknown path: a separator comes before it.
 */
function concatenated(pieces: readonly (Node | string)[], next: (x: Node) => FixedPath[] | undefined, unnamedTail = false): FixedPath[] | undefined {
  let out: FixedPath[] | undefined;
  for (const [i, piece] of pieces.entries()) {
    const previous = pieces[i - 1];
    const entry = i > 0 && (unnamedTail || (typeof previous === "string" && /[\\/]$/.test(previous)));
    const alternatives = typeof piece === "string" ? [{ root: "other" as const, segments: [piece] }] : (next(piece) ?? (entry && out !== undefined ? [{ root: "other" as const, segments: [UNNAMED] }] : undefined));
    if (alternatives === undefined) return undefined;
    if (out === undefined) {
      out = alternatives;
      continue;
    }
    // A later piece adds names; its own root (`join(dir, tmpdir())` is odd) does not move the path.
    out = out.flatMap((p) => alternatives.map((a) => ({ root: p.root, segments: [...p.segments, ...a.segments], ...(p.cache || a.cache ? { cache: true } : {}) })));
    if (out.length > 16) return undefined;
  }
  return out;
}

/**
 * The path lies in a scratch place of the call's own: a fresh name (`mkdtemp`, random bytes, the
 * clock) or the system's temp folder. What is written there is the call's working copy.
 */
export function isScratchPlace(node: Node, m: ParsedModule, folder: ConstantFolder): boolean {
  return pathVerdict(node, m, folder, [], 0) === "unique" || underTmpdir(node, m, folder, 0);
}

/** `join(os.tmpdir(), "x.json")`, `${tmpdir()}/x`, a const holding one. */
function underTmpdir(node: Node, m: ParsedModule, folder: ConstantFolder, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const n = unwrapExpression(node);
  if (n.type === "CallExpression") {
    const name = calleeName(n);
    if (name === "tmpdir") return true;
    const first = n.arguments[0];
    return (name === "join" || name === "resolve") && !!first && first.type !== "SpreadElement" && underTmpdir(first, m, folder, depth + 1);
  }
  if (n.type === "TemplateLiteral") return n.quasis[0].value.cooked === "" && n.expressions.length > 0 && underTmpdir(n.expressions[0], m, folder, depth + 1);
  if (n.type === "BinaryExpression" && n.operator === "+") return underTmpdir(n.left, m, folder, depth + 1);
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, m);
    if (init) return underTmpdir(init, m, folder, depth + 1);
    const list = iteratedBy(n, m, folder);
    return !!list && elementsUnderTmpdir(list, undefined, m, folder, depth + 1, 0);
  }
  // `for (const entry of old) unlink(entry.path)`: a field of each element of a list the code built under the temp folder.
  if (n.type === "MemberExpression" && !n.computed) {
    const object = unwrapExpression(n.object);
    const list = object.type === "Identifier" ? iteratedBy(object, m, folder) : undefined;
    return !!list && elementsUnderTmpdir(list, propertyName(n), m, folder, depth + 1, 0);
  }
  return false;
}

/** The list a `for…of` loop variable walks. */
function iteratedBy(id: TSESTree.Identifier, m: ParsedModule, folder: ConstantFolder): Node | undefined {
  const declared = folder.declarationOf(id, m);
  return declared && declared.parent.type === "ForOfStatement" && declared.parent.left === declared.binder ? declared.parent.right : undefined;
}

/** List methods whose elements are some of their receiver's. */
const SUBSET_METHODS = new Set(["slice", "filter", "sort", "reverse", "toSorted", "toReversed"]);

/**
 * Every element of the list (its `field`, when named) lies under the temp
 * folder: a list sliced, filtered or sorted from one mapped to such paths
 * (`entries.map((f) => ({ path: join(cacheDir, f) }))`).
 */
function elementsUnderTmpdir(node: Node, field: string | undefined, m: ParsedModule, folder: ConstantFolder, depth: number, steps: number): boolean {
  // The list's own steps (a name, a slice, a sort) have their own budget: a chain of five is common.
  if (steps > MAX_DEPTH) return false;
  const n = unwrapExpression(node);
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, m);
    return !!init && elementsUnderTmpdir(init, field, m, folder, depth, steps + 1);
  }
  if (n.type !== "CallExpression") return false;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== "MemberExpression") return false;
  const method = propertyName(callee);
  if (method !== undefined && SUBSET_METHODS.has(method)) return elementsUnderTmpdir(callee.object, field, m, folder, depth, steps + 1);
  const mapper = n.arguments[0];
  if (method !== "map" || !mapper || !isFunctionNode(mapper)) return false;
  const results = mapper.body.type === "BlockStatement" ? returnStatements(mapper).map((r) => r.argument) : [mapper.body];
  return results.length > 0 && results.every((r) => !!r && elementUnderTmpdir(r, field, m, folder, depth));
}

/** One element the mapper returns (`null` dropped by a later filter counts as nothing). */
function elementUnderTmpdir(node: Node, field: string | undefined, m: ParsedModule, folder: ConstantFolder, depth: number): boolean {
  const n = unwrapExpression(node);
  if (n.type === "Literal" && n.value === null) return true;
  if (field === undefined) return underTmpdir(n, m, folder, depth);
  if (n.type !== "ObjectExpression") return false;
  const value = n.properties.find((p): p is TSESTree.Property => p.type === "Property" && propertyName(p) === field)?.value;
  return !!value && underTmpdir(value, m, folder, depth);
}

/** The path's constant end is a log file's (`debug.log`, `${dir}/server.log`). */
function endsWithLog(node: Node, m: ParsedModule, folder: ConstantFolder, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const constant = folder.string(node, m);
  if (constant !== undefined) return /\.log$/i.test(constant);
  const n = unwrapExpression(node);
  if (n.type === "TemplateLiteral") return /\.log$/i.test(n.quasis[n.quasis.length - 1].value.cooked ?? "");
  if (n.type === "BinaryExpression" && n.operator === "+") return endsWithLog(n.right, m, folder, depth + 1);
  if (n.type === "CallExpression" && (calleeName(n) === "join" || calleeName(n) === "resolve")) {
    const last = n.arguments[n.arguments.length - 1];
    return !!last && last.type !== "SpreadElement" && endsWithLog(last, m, folder, depth + 1);
  }
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, m);
    return !!init && endsWithLog(init, m, folder, depth + 1);
  }
  return false;
}
