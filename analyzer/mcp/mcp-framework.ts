// mcp-framework: one class per tool, `class X extends MCPTool { name = "…";
// description = "…"; schema = {…}; async execute(input) {…} }` (likewise
// MCPPrompt / MCPResource). Class fields may also be compiled to
// `this.name = "…"` in the constructor.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule, SurfaceItem } from "../types.js";
import type { Extraction } from "./context.js";
import { calleeName } from "./high-level.js";
import { parametersOf, readAnnotations } from "./schema.js";

const BASES: Record<string, { kind: SurfaceItem["kind"]; method: string }> = {
  MCPTool: { kind: "tool", method: "execute" },
  MCPPrompt: { kind: "prompt", method: "generateMessages" },
  MCPResource: { kind: "resource", method: "read" },
};

export function extractFrameworkClass(x: Extraction, cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: ParsedModule): boolean {
  if (!cls.superClass) return false;
  const superName = calleeName(cls.superClass) ?? "";
  const base = Object.hasOwn(BASES, superName) ? BASES[superName] : undefined;
  if (!base) return false;
  const fields = new Map<string, Node>();
  let method: FunctionNode | undefined;
  for (const m of cls.body.body) {
    if (m.type === "PropertyDefinition" && m.value) {
      const key = propertyName(m);
      if (key) fields.set(key, m.value);
    } else if (m.type === "MethodDefinition") {
      const key = propertyName(m);
      if (key === base.method) method = m.value as FunctionNode;
      if (m.kind === "constructor") constructorFields(m.value, fields);
      if (m.kind === "get" && key && m.value.body) {
        const ret = m.value.body.body.find((s): s is TSESTree.ReturnStatement => s.type === "ReturnStatement");
        if (ret?.argument) fields.set(key, ret.argument);
      }
    }
  }
  const name = fields.get("name");
  if (!name) return false;
  x.sdks.add("mcp-framework");
  const desc = fields.get("description");
  const uri = fields.get("uri");
  const template = base.kind === "resource" && uri !== undefined && /\{[^}]+\}/.test(x.folder.string(uri, module) ?? "");
  x.add({
    kind: template ? "resource-template" : base.kind,
    name: x.text(name, module),
    description: desc ? x.text(desc, module) : undefined,
    parameters: base.kind === "resource" ? [] : parametersOf(x, fields.get("schema"), module),
    annotations: readAnnotations(x, fields.get("annotations"), module),
    registeredVia: `mcp-framework.${calleeName(cls.superClass)}`,
    handler: method && { fn: method, module, argumentParams: base.kind === "resource" ? [] : [0] },
  });
  return true;
}

/** `this.name = "…"` in a constructor (class fields as older tsc emits them). */
export function constructorFields(ctor: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression, fields: Map<string, Node>): void {
  if (!ctor.body) return;
  walk(ctor.body, {
    enter(n) {
      if (n.type !== "AssignmentExpression" || n.left.type !== "MemberExpression" || unwrapExpression(n.left.object).type !== "ThisExpression") return;
      const key = propertyName(n.left);
      if (key && !fields.has(key)) fields.set(key, n.right);
    },
  });
}
