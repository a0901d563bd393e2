// The program a shared run helper starts for one flow. A helper such as
// `run(command, args)` calls `spawn(command, args)` for every tool; the engine
// knows every program it is handed (`gemini`, `echo`), not which one a given
// argument went with. The flow's path says through which call of the helper
// the value came (`passed to run()`), and that call names the program.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk } from "../../analyzer/parse/ast.js";
import type { Flow, SinkHit, TaintResult } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import type { Program } from "../../analyzer/program/index.js";
import { functionsAround } from "./functions-around.js";

/**
 * The program names (basenames) the helper call this flow passed through
 * hands to the sink's program parameter, when the sink's program is a plain
 * parameter of the function around it and the call writes it as constants;
 * undefined otherwise (the sink's own reading stands).
 */
export function programAtHelperCall(hit: SinkHit, flow: Flow, taint: TaintResult, program: Program): string[] | undefined {
  const call = hit.node;
  if (call.type !== "CallExpression" || !call.arguments[0] || call.arguments[0].type === "SpreadElement") return undefined;
  const programArg = unwrapExpression(call.arguments[0]);
  if (programArg.type !== "Identifier") return undefined;
  // The function whose parameter the program is (a callback inside it, `new Promise((resolve) => …)`, may sit between).
  const isProgramParam = (p: TSESTree.Parameter) => p.type === "Identifier" && p.name === programArg.name;
  const helper = functionsAround(hit.module.ast, call).find((fn) => fn.params.some(isProgramParam));
  if (!helper) return undefined;
  const index = helper.params.findIndex(isProgramParam);
  const name = helperName(hit.module.ast, helper);
  if (index < 0 || !name) return undefined;
  // The call nearest the sink: the one that handed this flow to the helper.
  for (const step of [...flow.path].reverse()) {
    if (step.label !== `passed to ${name}()`) continue;
    const module = program.byPath.get(step.location.file);
    const site = module && callOnLine(module, step.location.line, name);
    const arg = site?.arguments[index];
    if (!arg || arg.type === "SpreadElement" || !module) return undefined;
    const names = taint.constantsOf(arg, module).map((c) => c.slice(Math.max(c.lastIndexOf("/"), c.lastIndexOf("\\")) + 1));
    return names.length > 0 && names.every((n) => n.length > 0) ? names : undefined;
  }
  return undefined;
}

/** The name a function is called by: its own, or the method, property or variable it is the value of. */
function helperName(root: TSESTree.Node, fn: TSESTree.Node): string | undefined {
  if ((fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression") && fn.id) return fn.id.name;
  let name: string | undefined;
  walk(root, {
    enter(n) {
      if (name !== undefined || n.range[0] > fn.range[0] || n.range[1] < fn.range[1]) return false;
      if ((n.type === "MethodDefinition" || n.type === "Property" || n.type === "PropertyDefinition") && n.value === fn) name = propertyName(n);
      else if (n.type === "VariableDeclarator" && n.init === fn && n.id.type === "Identifier") name = n.id.name;
      return undefined;
    },
  });
  return name;
}

/** The one call of `name` (a function or a method of that name) on `line`; undefined when none or several. */
function callOnLine(module: ParsedModule, line: number, name: string): TSESTree.CallExpression | undefined {
  const found: TSESTree.CallExpression[] = [];
  walk(module.ast, {
    enter(n) {
      if (n.loc.end.line < line || n.loc.start.line > line) return false;
      if (n.type === "CallExpression") {
        const callee = unwrapExpression(n.callee);
        const called = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
        if (called === name && n.loc.start.line === line) found.push(n);
      }
      return undefined;
    },
  });
  return found.length === 1 ? found[0] : undefined;
}
