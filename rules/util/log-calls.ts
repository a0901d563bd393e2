// Recognizes log calls by their shape, for the parts of the leakage rules that
// read code locally (how a caught error is used). The engine's view of the
// same sinks is the `log` rows in rules/models/logging.ts; this is the
// syntactic twin for code the rows cannot name: a logger stored on `this`,
// passed in, or created by a wrapper.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, memberChain, propertyName, stringLiteralValue, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";
import type { ConstantFolder, NodeIn } from "../../analyzer/program/constants.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { REDACTING_LOGGERS, SILENT_LOGGER_OPTIONS } from "../models/logging.js";

const CONSOLE_METHODS = new Set(["log", "info", "warn", "error", "debug", "trace", "dir", "table"]);
const LEVEL_METHODS = new Set(["trace", "debug", "info", "warn", "warning", "error", "fatal", "critical", "notice", "verbose", "silly", "log"]);
/** Receivers that are loggers by name: `logger`, `this.log`, `ctx.logger`, `appLogger`, `LOG`. */
const LOGGER_NAME = /^_*(?:log|logger|[a-z]\w*Logger|LOG|LOGGER)$/;

export function isLogCall(call: TSESTree.CallExpression): boolean {
  const chain = memberChain(call.callee);
  if (!chain) return false;
  const { root, names } = chain;
  const method = names[names.length - 1];
  const rootName = root.type === "Identifier" ? root.name : root.type === "ThisExpression" ? "this" : undefined;
  if (rootName === undefined || method === undefined) return false;
  if (rootName === "console" && names.length === 1) return CONSOLE_METHODS.has(method);
  if (rootName === "process" && names.length === 2 && (names[0] === "stderr" || names[0] === "stdout") && method === "write") return true;
  if (!LEVEL_METHODS.has(method)) return false;
  const receiver = names.length >= 2 ? names[names.length - 2] : rootName;
  return LOGGER_NAME.test(receiver);
}

const MAX_HOPS = 6;

/** True when an options object sets one of SILENT_LOGGER_OPTIONS to its constant value. */
function silentOptions(options: NodeIn, folder: ConstantFolder): boolean {
  const o = unwrapExpression(options.node);
  if (o.type !== "ObjectExpression") return false;
  return o.properties.some((p) => {
    if (p.type !== "Property") return false;
    const key = propertyName(p);
    if (!key) return false;
    const value = folder.value(p.value as Node, options.module);
    return SILENT_LOGGER_OPTIONS.some((s) => s.option === key && s.value === value);
  });
}

/**
 * The call that created the logger of a log call (`logger.error(...)`): the
 * receiver followed through constants and imports, and from a `.child()` to
 * its parent (a child writes where its parent does). Undefined when it is
 * not pinned down.
 */
export function loggerCreation(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): { node: TSESTree.CallExpression | TSESTree.NewExpression; module: ParsedModule } | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "MemberExpression") return undefined;
  let cur: NodeIn | undefined = { node: unwrapExpression(callee.object), module };
  for (let hop = 0; cur && hop < MAX_HOPS; hop++) {
    const n = unwrapExpression(cur.node);
    if (n.type === "CallExpression" || n.type === "NewExpression") {
      const inner = unwrapExpression(n.callee);
      if (n.type === "CallExpression" && calleeName(n) === "child" && inner.type === "MemberExpression") {
        cur = { node: unwrapExpression(inner.object), module: cur.module };
        continue;
      }
      return { node: n, module: cur.module };
    }
    const next = folder.resolve(n, cur.module);
    if (!next || next.node === n) return undefined;
    cur = next;
  }
  return undefined;
}

/**
 * True when the receiver of a log call (`logger.error(...)`) is a logger made
 * silent where it was created: `pino({ enabled: false })`,
 * `winston.createLogger({ silent: true })`, or a `.child()` of one. Anything
 * not pinned down is a real log.
 */
export function isSilentLogCall(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): boolean {
  const created = loggerCreation(call, module, folder);
  const first = created?.node.arguments[0];
  if (!created || !first || first.type === "SpreadElement") return false;
  return silentOptions(folder.resolve(first, created.module) ?? { node: first, module: created.module }, folder);
}

/** The package a logger-creating call comes from: `pino(...)`, `pino.pino(...)`, a default import of it. */
function creatorPackage(created: { node: TSESTree.CallExpression | TSESTree.NewExpression; module: ParsedModule }, folder: ConstantFolder): string | undefined {
  let callee = unwrapExpression(created.node.callee);
  if (callee.type === "MemberExpression") callee = unwrapExpression(callee.object);
  if (callee.type === "CallExpression" && calleeName(callee) === "require") return stringLiteralValue(callee.arguments[0] as Node);
  return callee.type === "Identifier" ? folder.importOf(callee, created.module)?.specifier : undefined;
}

/** `a.b`, `a["x-y"]`, `a[*].b`, `["x-y"]` → key segments (`*`: any key or element). */
export function redactPathSegments(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/\[\s*(?:"([^"]*)"|'([^']*)'|(\*|\d+))\s*\]|([^.[\]]+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4].trim());
  return out;
}

/**
 * The key paths the logger of a log call masks, from where it was created
 * (REDACTING_LOGGERS: pino's `redact`), with the argument they apply to.
 * Undefined when the logger is not pinned down, is no redacting logger, or
 * its list is not constant.
 */
export function redactedKeyPaths(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): { argument: number; paths: string[][] } | undefined {
  const created = loggerCreation(call, module, folder);
  const first = created?.node.arguments[0];
  if (!created || !first || first.type === "SpreadElement") return undefined;
  const pkg = creatorPackage(created, folder);
  const model = REDACTING_LOGGERS.find((r) => r.package === pkg);
  if (!model) return undefined;
  const options = folder.resolve(first, created.module) ?? { node: first, module: created.module };
  let list = folder.member(options, model.option);
  if (list && unwrapExpression(list.node).type === "ObjectExpression") list = folder.member(list, model.pathsMember);
  const array = list ? unwrapExpression(list.node) : undefined;
  if (!list || array?.type !== "ArrayExpression") return undefined;
  const paths: string[][] = [];
  for (const el of array.elements) {
    const text = el && el.type !== "SpreadElement" ? folder.string(el as Node, list.module) : undefined;
    // A path the code builds at run time may mask anything or nothing: the list is not known.
    if (text === undefined) return undefined;
    paths.push(redactPathSegments(text));
  }
  return { argument: model.argument, paths };
}

/** Whether a key path (argument index first) lies under one of the masked paths of that argument. */
export function isRedactedKeyPath(keyPath: readonly string[], redacted: { argument: number; paths: string[][] }): boolean {
  if (keyPath[0] !== String(redacted.argument)) return false;
  const keys = keyPath.slice(1);
  return redacted.paths.some((p) => p.length > 0 && p.length <= keys.length && p.every((seg, i) => seg === "*" || seg === keys[i]));
}
