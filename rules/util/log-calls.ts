// Recognizes log calls by their shape, for the parts of the leakage rules that
// read code locally (how a caught error is used). The engine's view of the
// same sinks is the `log` rows in rules/models/logging.ts; this is the
// syntactic twin for code the rows cannot name: a logger stored on `this`,
// passed in, or created by a wrapper.
import type { TSESTree } from "@typescript-eslint/types";
import { memberChain } from "../../analyzer/parse/ast.js";

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
