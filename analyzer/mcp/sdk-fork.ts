// A server class that comes from a package other than the SDK (a fork of it, a
// re-export under another package's name) is the SDK's API when it is named
// like the SDK's class and used like it. The module name says nothing (forks
// carry any name); what says MCP is the class (`McpServer`, `Server`) and what
// the code does with an instance: it calls the SDK's registration methods on
// it, or hands it to a function that registers on it (`registerTools(server,
// tools)`), whose code may live in that same dependency.
import type { TSESTree } from "@typescript-eslint/types";
import { parentOf } from "../program/constants.js";
import { packageOfSpecifier } from "../program/resolve.js";
import { unwrapExpression, type Node } from "../parse/ast.js";
import type { ParsedModule } from "../types.js";
import type { Extraction } from "./context.js";
import { calleeName } from "./high-level.js";

/** The SDK's server classes: the high-level one and the low-level one (a name many libraries use, so it needs its own method). */
const HIGH_LEVEL_CLASS = "McpServer";
const LOW_LEVEL_CLASS = "Server";
/** A function the server is handed to that registers on it: `registerTools`, `registerAllPrompts`, `setupToolRegistration`. */
const REGISTRATION_FUNCTION = /regist/i;

export interface RegistrationCall {
  call: TSESTree.CallExpression;
  method: string;
}

/**
 * The package (`@acme/mcp-kit`) whose server class the code constructs and uses as the SDK's,
 * when it is not the SDK itself; undefined when no such construction is used like a server.
 */
export function forkedServerPackage(
  x: Extraction,
  constructions: { node: TSESTree.NewExpression; module: ParsedModule }[],
  registrations: RegistrationCall[],
  isSdk: (specifier: string) => boolean,
): string | undefined {
  const highLevelCalled = registrations.some((r) => r.method !== "setRequestHandler");
  const lowLevelCalled = registrations.some((r) => r.method === "setRequestHandler");
  for (const { node, module } of constructions) {
    const name = calleeName(node.callee);
    if (name !== HIGH_LEVEL_CLASS && name !== LOW_LEVEL_CLASS) continue;
    const specifier = importedSpecifier(x, node.callee, module);
    if (!specifier || /^[./]/.test(specifier) || isSdk(specifier)) continue;
    const used = name === HIGH_LEVEL_CLASS ? highLevelCalled || handedToRegistration(x, node, module) : lowLevelCalled;
    if (used) return packageOfSpecifier(specifier);
  }
  return undefined;
}

/** The import specifier the constructed class comes from: `new McpServer(…)` of an import, `new kit.McpServer(…)` of a namespace. */
export function importedSpecifier(x: Extraction, callee: Node, module: ParsedModule): string | undefined {
  let root = unwrapExpression(callee);
  while (root.type === "MemberExpression") root = unwrapExpression(root.object);
  return root.type === "Identifier" ? x.folder.importOf(root, module)?.specifier : undefined;
}

/** `const server = new McpServer(…); registerTools(server, tools)`: the instance given to a registration function. */
function handedToRegistration(x: Extraction, node: TSESTree.NewExpression, module: ParsedModule): boolean {
  const parent = parentOf(module.ast, node);
  const bound = parent?.type === "VariableDeclarator" && parent.id.type === "Identifier" ? parent.id.name : undefined;
  if (!bound) return false;
  for (const [callee, uses] of x.callsByName) {
    if (!REGISTRATION_FUNCTION.test(callee)) continue;
    for (const use of uses) {
      if (use.module === module && use.call.arguments.some((a) => a.type === "Identifier" && a.name === bound)) return true;
    }
  }
  return false;
}
