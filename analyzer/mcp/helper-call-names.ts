// A definition built inside a helper from the helper's parameters (`function addServiceTools(service) {
// tools.push({ name: `${service}_status`, … }) }`) is one definition per call of the helper: called with
// "billing" and "search", it lists `billing_status` and `search_status`. The names are read per call,
// each parameter bound to that call's argument, when every part folds to a string.
import type { TSESTree } from "@typescript-eslint/types";
import { enclosingFunction, unwrapExpression, type Node } from "../parse/ast.js";
import { parentOf, type NodeIn } from "../program/constants.js";
import type { ParsedModule } from "../types.js";
import type { Extraction } from "./context.js";

/** Calls of one helper read at most: a helper called more often is a loop's work, not a list of services. */
const MAX_HELPER_CALLS = 32;

/**
 * The names a definition's name expression takes, one per call of the function it is written in, when the
 * expression is a template or a concatenation that reads that function's parameters; undefined when it does
 * not, when the function has no call in sight, or when some call's argument does not fold to a string.
 */
export function namesPerHelperCall(x: Extraction, name: NodeIn): string[] | undefined {
  const expr = unwrapExpression(name.node);
  if (expr.type !== "TemplateLiteral" && !(expr.type === "BinaryExpression" && expr.operator === "+")) return undefined;
  const fn = enclosingFunction(name.module.ast, expr);
  if (!fn) return undefined;
  const params = new Map<string, number>();
  fn.params.forEach((p, i) => p.type === "Identifier" && params.set(p.name, i));
  if (!readsParameter(expr, params)) return undefined;
  const holder = fn.type === "FunctionDeclaration" ? fn : parentOf(name.module.ast, fn);
  if (!holder) return undefined;
  const calls = x.callsOf(fn, holder, name.module);
  if (calls.length === 0 || calls.length > MAX_HELPER_CALLS) return undefined;
  const names: string[] = [];
  for (const { call, module } of calls) {
    const argument = (param: string): string | undefined => {
      const a = call.arguments[params.get(param)!];
      return a && a.type !== "SpreadElement" ? x.folder.string(a, module) : undefined;
    };
    const value = fold(x, expr, name.module, params, argument);
    if (value === undefined) return undefined;
    if (!names.includes(value)) names.push(value);
  }
  return names;
}

function readsParameter(n: Node, params: Map<string, number>): boolean {
  const u = unwrapExpression(n);
  if (u.type === "Identifier") return params.has(u.name);
  if (u.type === "TemplateLiteral") return u.expressions.some((e) => readsParameter(e as Node, params));
  if (u.type === "BinaryExpression") return readsParameter(u.left as Node, params) || readsParameter(u.right as Node, params);
  return false;
}

/** The string an expression makes with the helper's parameters bound by `argument`. */
function fold(x: Extraction, n: Node, module: ParsedModule, params: Map<string, number>, argument: (param: string) => string | undefined): string | undefined {
  const u = unwrapExpression(n);
  if (u.type === "Identifier" && params.has(u.name)) return argument(u.name);
  if (u.type === "TemplateLiteral") {
    let out = "";
    for (let i = 0; i < u.quasis.length; i++) {
      out += u.quasis[i].value.cooked ?? "";
      if (i < u.expressions.length) {
        const part = fold(x, u.expressions[i] as Node, module, params, argument);
        if (part === undefined) return undefined;
        out += part;
      }
    }
    return out;
  }
  if (u.type === "BinaryExpression" && u.operator === "+") {
    const left = fold(x, u.left as Node, module, params, argument);
    const right = left === undefined ? undefined : fold(x, u.right as Node, module, params, argument);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  const constant = x.folder.value(u as TSESTree.Expression, module);
  return typeof constant === "string" || typeof constant === "number" ? String(constant) : undefined;
}
