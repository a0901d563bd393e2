// Deleting a scratch file is not a delete capability. A server that saves
// atomically writes `<target>.<random>.tmp`, renames it over the target and
// unlinks the temp file when that fails; a tool that hands kubectl a manifest
// writes `manifest-${Date.now()}.yaml` and removes it afterwards. Neither can
// delete a file the user has: the name is fresh. This finds the delete APIs
// (`fs Member[promises].Member[unlink]`) whose every use in the package is
// such a cleanup, judged per call from its path argument: built from a
// unique-name source (crypto.randomBytes/randomUUID, uuid, nanoid, Date.now,
// Math.random, process.pid, an mkdtemp result) on every path that assigns it.
// Any other use of the API (another path, passed around as a value, a
// delete-named call whose API cannot be named) keeps it a capability.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { Program } from "../program/index.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode } from "./context.js";
import { assignedValues, declares } from "./local-values.js";
import { apiKeyOf } from "./reachable.js";

/** Member names of node's fs deletes: a call of one the scan cannot name could be any of them. */
const FS_DELETE_NAMES = new Set(["unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync"]);
/** Other delete members (fs-extra) judged when their API can be named. */
const OTHER_DELETE_NAMES = new Set(["remove", "removeSync", "emptyDir", "emptyDirSync"]);
const MODULE_TEXT = /\b(unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|remove|removeSync|emptyDir|emptyDirSync|rimraf|del|trash)\b/;

/** Calls whose result is a name nobody else has: random bytes, UUIDs, a fresh temp directory, the clock. */
const UNIQUE_CALLS = new Set(["randomBytes", "randomUUID", "uuid", "uuidv4", "v4", "v7", "nanoid", "mkdtemp", "mkdtempSync", "tmpName", "tmpNameSync"]);
/** `Date.now()`, `performance.now()`, `Math.random()`, `process.hrtime()`: only on these objects. */
const UNIQUE_MEMBER_CALLS: Record<string, Set<string>> = {
  now: new Set(["Date", "performance"]),
  random: new Set(["Math"]),
  hrtime: new Set(["process"]),
};
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
export function scratchOnlyDeletes(program: Program, folder: ConstantFolder, isDeleteApi: (api: string) => boolean): Set<string> {
  const scratch = new Set<string>();
  const other = new Set<string>();
  for (const m of program.modules) {
    if (m.text !== undefined && !MODULE_TEXT.test(m.text)) continue;
    if (!usesOf(m, folder, isDeleteApi, scratch, other)) return new Set();
  }
  for (const api of other) scratch.delete(api);
  return scratch;
}

/** Sorts one module's delete uses into `scratch` and `other`; false when a delete call cannot be named (give up). */
function usesOf(m: ParsedModule, folder: ConstantFolder, isDeleteApi: (api: string) => boolean, scratch: Set<string>, other: Set<string>): boolean {
  const functions: Scope[] = [{ node: m.ast, parent: undefined }];
  let named = true;
  walk(m.ast, {
    enter(n, parent) {
      if (!named) return false;
      if (isFunctionNode(n)) functions.push({ node: n, parent });
      const candidate = n.type === "MemberExpression" ? memberCandidate(n) : n.type === "Identifier" ? identifierCandidate(n, parent, m, folder) : undefined;
      if (candidate === undefined) return undefined;
      const api = apiKeyOf(folder, n, m, 0);
      if (api === undefined || !isDeleteApi(api)) {
        if (api === undefined && candidate === "fs-name") named = false;
        return undefined;
      }
      const call = parent && parent.type === "CallExpression" && parent.callee === n ? parent : undefined;
      const target = call?.arguments[0];
      const fresh = target !== undefined && target.type !== "SpreadElement" && pathVerdict(target, m, folder, functions, 0) === "unique";
      (fresh ? scratch : other).add(api);
      return undefined;
    },
    leave(n) {
      if (isFunctionNode(n)) functions.pop();
    },
  });
  return named;
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

/** Whether a path expression is a fresh name on every path that builds it. */
function pathVerdict(node: Node, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], depth: number): Verdict {
  if (depth > MAX_DEPTH) return "other";
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
    const objects = UNIQUE_MEMBER_CALLS[name];
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

/** `name.push(...)` and `name.unshift(...)` calls in a scope. */
function addedTo(scope: Node, name: string): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  walk(scope, {
    enter(n) {
      if (n.type !== "CallExpression") return;
      const callee = unwrapExpression(n.callee);
      if (callee.type === "MemberExpression" && isIdentifier(callee.object, name) && ["push", "unshift"].includes(propertyName(callee) ?? "")) out.push(n);
    },
  });
  return out;
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
export function writesScratchOrLog(call: TSESTree.CallExpression, m: ParsedModule, folder: ConstantFolder, functions: readonly Scope[], append: boolean): boolean {
  const target = call.arguments[0];
  if (!target || target.type === "SpreadElement") return false;
  if (pathVerdict(target, m, folder, functions, 0) === "unique" || underTmpdir(target, m, folder, 0)) return true;
  return append && endsWithLog(target, m, folder, 0);
}

function calleeName(n: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(n.callee);
  return callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
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
    return !!init && underTmpdir(init, m, folder, depth + 1);
  }
  return false;
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
