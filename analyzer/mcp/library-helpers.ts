// Registration helpers a library exports: a function handed the server first and then
// what the SDK's own method takes, `registerAppTool(server, name, config, handler)` or
// `registerAppResource(server, name, uri, config, read)`. The helper's code is in the
// dependency, not in the package, so its calls are read by their arguments: the library
// (its name says MCP) and the helper's name (what it registers) say which method it stands for.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression } from "../parse/ast.js";
import type { ParsedModule } from "../types.js";
import type { Extraction } from "./context.js";
import { extractRegistration } from "./high-level.js";

/** The SDK method a helper's name ends with, and how many arguments that method takes after the server. */
const HELPER_METHODS: [RegExp, string, number][] = [
  [/^(register|add)\w*Tool$/, "registerTool", 3],
  [/^(register|add)\w*Prompt$/, "registerPrompt", 3],
  [/^(register|add)\w*Resource$/, "registerResource", 4],
];

/** Returns true when `call` is a library's registration helper and registered what it was given. */
export function extractLibraryHelper(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule): boolean {
  const helper = importedHelper(x, call, module);
  if (!helper) return false;
  const args = call.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
  // The server comes first, never a constant (`createTool("search", "Searches…", schema, run)` is a definition, not this).
  if (args.length !== call.arguments.length || x.folder.value(args[0], module) !== undefined) return false;
  for (const [pattern, method, count] of HELPER_METHODS) {
    if (pattern.test(helper) && args.length === count + 1) return extractRegistration(x, args.slice(1), method, module);
  }
  return false;
}

/** The exported name of a function imported from a package whose name says MCP (`import { registerAppTool } from "…-mcp/server"`). */
function importedHelper(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule): string | undefined {
  let callee = unwrapExpression(call.callee);
  if (callee.type === "SequenceExpression") callee = unwrapExpression(callee.expressions[callee.expressions.length - 1]);
  let from: { specifier: string; imported: string } | undefined;
  if (callee.type === "Identifier") from = x.folder.importOf(callee, module);
  else if (callee.type === "MemberExpression" && callee.object.type === "Identifier") {
    const ns = x.folder.importOf(callee.object, module);
    const key = propertyName(callee);
    if (ns && ns.imported === "*" && key !== undefined) from = { specifier: ns.specifier, imported: key };
  }
  if (!from || from.imported === "*" || from.specifier.startsWith(".") || from.specifier.startsWith("/")) return undefined;
  return /mcp|modelcontextprotocol/i.test(from.specifier) ? from.imported : undefined;
}
