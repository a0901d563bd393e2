// Per-module state of the engine: the module scope, and what the module exports.
import type { TSESTree } from "@typescript-eslint/types";
import type { ParsedModule } from "../types.js";
import { Scope } from "./scope.js";

/** How an ESM export name is produced. */
export type ExportSource =
  | { kind: "binding"; name: string }
  | { kind: "cell"; key: string }
  | { kind: "reexport"; specifier: string; imported: string | "*" };

export interface ModuleState {
  id: number;
  module: ParsedModule;
  scope: Scope;
  /** ESM exports by name. */
  exports: Map<string, ExportSource>;
  /** `export * from "..."` specifiers. */
  starExports: string[];
  /** Cell key of `module.exports`. */
  cjsKey: string;
  state: "new" | "evaluating" | "done";
}

export function newModuleState(id: number, module: ParsedModule): ModuleState {
  return {
    id,
    module,
    scope: new Scope(undefined, undefined),
    exports: new Map(),
    starExports: [],
    cjsKey: `module#${module.path}#exports`,
    state: "new",
  };
}

/** Names declared by a binding pattern (`{ a, b: [c] }` → a, c), with their identifier nodes. */
export function patternIdentifiers(pattern: TSESTree.Node | null | undefined, out: TSESTree.Identifier[] = []): TSESTree.Identifier[] {
  if (!pattern) return out;
  switch (pattern.type) {
    case "Identifier":
      out.push(pattern);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties) patternIdentifiers(p.type === "RestElement" ? p.argument : p.value, out);
      break;
    case "ArrayPattern":
      for (const e of pattern.elements) patternIdentifiers(e, out);
      break;
    case "RestElement":
      patternIdentifiers(pattern.argument, out);
      break;
    case "AssignmentPattern":
      patternIdentifiers(pattern.left, out);
      break;
    case "TSParameterProperty":
      patternIdentifiers(pattern.parameter, out);
      break;
    default:
      break;
  }
  return out;
}
