// What a logger that builds a record from a log call (rules/models/logging.ts,
// RECORD_FORMATTING_LOGGERS) writes when the record holds a cycle: read from
// the options the logger was created with. Every transport must fail for the
// call to write nothing; anything not pinned down is a transport that writes.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, propertyName, unwrapExpression, walk, type Node } from "../../analyzer/parse/ast.js";
import { propertyOf } from "../../analyzer/mcp/context.js";
import type { ConstantFolder, NodeIn } from "../../analyzer/program/constants.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { RECORD_FORMATTING_LOGGERS, type RecordFormattingLogger } from "../models/logging.js";
import { loggerCreation } from "./log-calls.js";

const MAX_FORMAT_DEPTH = 6;

/**
 * True when the logger of `call` (`logger.error(...)`) was created by a
 * record-building logger whose every transport serializes the record with
 * `JSON.stringify` (a `printf` callback) and so throws, writing nothing, when
 * an argument copied into the record holds a cycle.
 */
export function failsOnCircularRecord(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): boolean {
  const created = loggerCreation(call, module, folder);
  if (!created || created.node.type !== "CallExpression") return false;
  const model = factoryModel(created.node, created.module, folder);
  const first = created.node.arguments[0];
  if (!model || !first || first.type === "SpreadElement") return false;
  const options = objectAt(first, created.module, folder);
  if (!options) return false;
  const loggerFails = formatFails(option(options, model.formatOption), model, folder, 0);
  const transports = option(options, model.transportsOption);
  const list = transports && folder.resolve(transports.node, transports.module);
  const array = list && unwrapExpression(list.node);
  if (!list || array?.type !== "ArrayExpression" || array.elements.length === 0) return false;
  return array.elements.every((el) => {
    if (!el || el.type === "SpreadElement") return false;
    if (loggerFails) return true;
    const made = unwrapExpression(el as Node);
    if (made.type !== "NewExpression" && made.type !== "CallExpression") return false;
    const arg = made.arguments[0];
    const transportOptions = arg && arg.type !== "SpreadElement" ? objectAt(arg, list.module, folder) : undefined;
    return !!transportOptions && formatFails(option(transportOptions, model.formatOption), model, folder, 0);
  });
}

/** The model whose factory `call` is: `winston.createLogger(...)`, `createLogger(...)` imported from it. */
function factoryModel(call: TSESTree.CallExpression, module: ParsedModule, folder: ConstantFolder): RecordFormattingLogger | undefined {
  const callee = unwrapExpression(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
  const root = callee.type === "Identifier" ? callee : callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "Identifier" ? (unwrapExpression(callee.object) as TSESTree.Identifier) : undefined;
  if (!name || !root) return undefined;
  const imported = folder.importOf(root, module);
  if (!imported) return undefined;
  return RECORD_FORMATTING_LOGGERS.find((m) => m.package === imported.specifier && m.factories.includes(name) && (callee.type === "MemberExpression" ? imported.imported === "*" : imported.imported === name));
}

function objectAt(node: Node, module: ParsedModule, folder: ConstantFolder): NodeIn | undefined {
  const found = folder.resolve(node, module) ?? { node, module };
  return unwrapExpression(found.node).type === "ObjectExpression" ? found : undefined;
}

/** The value of an option written in the object (the last one when it is written twice, as JavaScript keeps). */
function option(object: NodeIn, key: string): NodeIn | undefined {
  const o = unwrapExpression(object.node);
  const value = o.type === "ObjectExpression" ? propertyOf(o, key) : undefined;
  return value ? { node: value, module: object.module } : undefined;
}

/** A format that throws on a record holding a cycle: a template whose callback stringifies the record, alone or among combined formats. */
function formatFails(format: NodeIn | undefined, model: RecordFormattingLogger, folder: ConstantFolder, depth: number): boolean {
  if (!format || depth > MAX_FORMAT_DEPTH) return false;
  const found = folder.resolve(format.node, format.module) ?? format;
  const n = unwrapExpression(found.node);
  if (n.type !== "CallExpression") return false;
  const name = calleeName(n);
  if (name && model.combinators.includes(name)) return n.arguments.some((a) => a.type !== "SpreadElement" && formatFails({ node: a, module: found.module }, model, folder, depth + 1));
  if (!name || !model.templates.includes(name)) return false;
  const callback = n.arguments[0];
  if (!callback || callback.type === "SpreadElement") return false;
  const fn = folder.resolve(callback, found.module) ?? { node: callback, module: found.module };
  const f = unwrapExpression(fn.node);
  return (f.type === "ArrowFunctionExpression" || f.type === "FunctionExpression" || f.type === "FunctionDeclaration") && stringifiesRecord(f);
}

/** The callback passes its record (`info`, or the rest of it: `({ level, message, ...meta })`) whole to `JSON.stringify` with no replacer. */
function stringifiesRecord(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration): boolean {
  const param = fn.params[0];
  let record: string | undefined;
  if (param?.type === "Identifier") record = param.name;
  else if (param?.type === "ObjectPattern") {
    const rest = param.properties.find((p): p is TSESTree.RestElement => p.type === "RestElement");
    if (rest?.argument.type === "Identifier") record = rest.argument.name;
  }
  if (!record) return false;
  let found = false;
  walk(fn.body as Node, {
    enter(node) {
      if (found || node.type !== "CallExpression" || calleeName(node) !== "stringify") return;
      const [value, replacer] = node.arguments;
      const callee = unwrapExpression(node.callee);
      const onJson = callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "Identifier" && (unwrapExpression(callee.object) as TSESTree.Identifier).name === "JSON";
      // A replacer may drop what repeats; `null` and `undefined` are none.
      const noReplacer = !replacer || (replacer.type === "Literal" && replacer.value === null) || (replacer.type === "Identifier" && replacer.name === "undefined");
      if (onJson && noReplacer && value?.type === "Identifier" && value.name === record) found = true;
    },
  });
  return found;
}
