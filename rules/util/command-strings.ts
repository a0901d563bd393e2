// The command lines a child-process call runs, as far as they are constant:
// `exec("curl … | sh")`, `spawn("sh", ["-c", cmd])`, `execSync(\`nohup ${bin} &\`)`.
// Interpolations become the placeholder `$X`, so `curl ${url} | sh` still reads
// as a download piped into a shell.
import type { TSESTree } from "@typescript-eslint/types";
import { stringLiteralValue, unwrapExpression } from "../../analyzer/parse/ast.js";
import type { TaintResult } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { PACKAGE_CAPABILITIES } from "../models/package-capabilities.js";
import { matchesAnyRow } from "./api-rows.js";
import { calleeApi, moduleFacts } from "./module-apis.js";

type Node = TSESTree.Node;

const PROCESS_ROWS = PACKAGE_CAPABILITIES.filter((r) => r.capability === "process");

/** The API key of a call when it starts a process (child_process, execa, cross-spawn, shelljs, zx). */
export function processCallApi(call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule): string | undefined {
  const api = calleeApi(call, module);
  if (!api) return undefined;
  return matchesAnyRow(PROCESS_ROWS, api) ? api : undefined;
}

/** Constant text of an expression, with `$X` for what is not constant; undefined when nothing is constant. */
export function templateText(node: Node | undefined, module: ParsedModule, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const n = unwrapExpression(node);
  const literal = stringLiteralValue(n);
  if (literal !== undefined) return literal;
  if (n.type === "TemplateLiteral") {
    let out = "";
    n.quasis.forEach((q, i) => {
      out += q.value.cooked ?? q.value.raw;
      if (i < n.expressions.length) out += templateText(n.expressions[i], module, depth + 1) ?? "$X";
    });
    return out;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const l = templateText(n.left, module, depth + 1);
    const r = templateText(n.right, module, depth + 1);
    if (l === undefined && r === undefined) return undefined;
    return `${l ?? "$X"}${r ?? "$X"}`;
  }
  if (n.type === "Identifier") {
    const init = moduleFacts(module).inits.get(n.name);
    return init ? templateText(init, module, depth + 1) : undefined;
  }
  return undefined;
}

/** Command lines a process call runs: each constant string argument, and program + argument array joined. */
export function commandLinesOf(call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule, taint?: TaintResult): string[] {
  const out = new Set<string>();
  const words: string[] = [];
  call.arguments.forEach((arg, i) => {
    const a = unwrapExpression(arg);
    if (a.type === "ArrayExpression") {
      for (const el of a.elements) {
        const t = el && el.type !== "SpreadElement" ? templateText(el, module) : undefined;
        if (t !== undefined) out.add(t);
        if (i === 1) words.push(t ?? "$X");
      }
      return;
    }
    if (a.type === "ObjectExpression") return;
    const t = templateText(a, module);
    if (t !== undefined) out.add(t);
    for (const c of taint?.constantsOf(a, module) ?? []) out.add(c);
    if (i === 0) words.unshift(t ?? "$X");
  });
  if (words.length > 1) out.add(words.map((w) => (/\s/.test(w) ? `'${w.replace(/'/g, "")}'` : w)).join(" "));
  return [...out];
}
