// Input schemas and annotations, read from the source as written: zod (raw
// shapes, `z.object`, chains with `.describe()`/`.optional()`, `z.enum`,
// `z.literal`) and JSON Schema literals (`properties`, `required`, `enum`).
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, type Node } from "../parse/ast.js";
import type { ParsedModule, ToolAnnotations, ToolParameter } from "../types.js";
import { propertyOf, type Extraction } from "./context.js";
import { formatShape, patternShape } from "../taint/shapes.js";

/** zod constructors a schema chain starts with (`z.string()`, `zod.enum([...])`, `z.coerce.number()`). */
const ZOD_BASES = new Set([
  "string", "number", "boolean", "bigint", "date", "array", "object", "enum", "nativeEnum", "literal", "union", "discriminatedUnion",
  "any", "unknown", "record", "tuple", "null", "undefined", "optional", "nullable", "int", "email", "url", "uuid", "set", "map", "lazy", "strictObject", "looseObject",
]);
const OPTIONAL_METHODS = new Set(["optional", "nullish", "default", "catch", "prefault"]);

interface ZodField {
  type?: string;
  description?: { value?: string; node: Node; module: ParsedModule };
  required: boolean;
  enum?: string[];
  /** For `z.object({...})`: the shape literal. */
  shape?: { node: TSESTree.ObjectExpression; module: ParsedModule };
  /** Shape marks of the strings it admits (`.regex(/^\d+$/)`, `.uuid()`). */
  marks?: string[];
}

/** Shape marks of a zod refinement link (`.regex(re)`, `.uuid()`, `.datetime()`), if it is one. */
function zodLinkShape(x: Extraction, method: string, call: TSESTree.CallExpression, module: ParsedModule): string[] | undefined {
  if (method === "regex" && call.arguments[0]) {
    const r = unwrapExpression(x.resolve(call.arguments[0], module).node);
    return r.type === "Literal" && "regex" in r && r.regex ? patternShape(r.regex.pattern) : undefined;
  }
  const marks = formatShape(method);
  return marks.length > 0 ? marks : undefined;
}

/** Reads a zod chain (`z.string().min(1).describe("x").optional()`), or undefined when it is not zod. */
export function readZod(x: Extraction, node: Node, module: ParsedModule, depth = 0): ZodField | undefined {
  if (depth > 20) return undefined;
  const r = x.resolve(node, module);
  const n = unwrapExpression(r.node);
  if (n.type !== "CallExpression") {
    // `Schema.shape` of a z.object
    if (n.type === "MemberExpression" && propertyName(n) === "shape") {
      const inner = readZod(x, n.object, r.module, depth + 1);
      return inner?.shape ? { type: "object", required: true, shape: inner.shape } : undefined;
    }
    return undefined;
  }
  const callee = unwrapExpression(n.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const method = propertyName(callee);
  if (method === undefined) return undefined;
  // The base: `z.string()` where `z` is any receiver that is not itself a chain.
  // A receiver that is (or names) another schema makes this a chain link; otherwise it is the zod namespace.
  const receiver = x.resolve(callee.object, r.module).node;
  const receiverIsChain = receiver.type === "CallExpression" && unwrapExpression(receiver.callee).type === "MemberExpression";
  const receiverIsNamespace = !receiverIsChain && !(receiver.type === "MemberExpression" && propertyName(receiver) === "shape");
  if (receiverIsNamespace && ZOD_BASES.has(method)) return zodBase(x, method, n, r.module);
  const inner = readZod(x, callee.object, r.module, depth + 1);
  if (!inner) return undefined;
  if (method === "describe" && n.arguments[0]) inner.description = { value: x.folder.string(n.arguments[0], r.module), node: n.arguments[0], module: r.module };
  else if (method === "meta" && n.arguments[0]) {
    const obj = x.objectOf(n.arguments[0], r.module);
    const d = obj ? propertyOf(obj.node, "description") : undefined;
    if (d) inner.description = { value: x.folder.string(d, obj!.module), node: d, module: obj!.module };
  } else if (OPTIONAL_METHODS.has(method)) inner.required = false;
  else if (method === "transform" || method === "preprocess" || method === "pipe") inner.marks = undefined;
  else {
    // Refinements narrow: the value matches every one of them, so their marks add up.
    const marks = inner.type === "string" ? zodLinkShape(x, method, n, r.module) : undefined;
    if (marks) inner.marks = [...new Set([...(inner.marks ?? []), ...marks])];
  }
  // `extend`/`merge`: keep the first shape; extensions are read as part of parametersOf.
  return inner;
}

/** `z.nativeEnum(Kind)` with `enum Kind { A = "a", B }`: the members' values (a member without a string value is a number). */
function tsEnumValues(x: Extraction, node: Node, module: ParsedModule): string[] | undefined {
  const r = x.resolve(node, module);
  const n = r.node;
  if (n.type !== "TSEnumDeclaration") return undefined;
  const members = (n as { body?: { members: TSESTree.TSEnumMember[] }; members?: TSESTree.TSEnumMember[] }).body?.members ?? n.members ?? [];
  return members.map((m, i) => (m.initializer ? (x.folder.string(m.initializer, r.module) ?? String(i)) : String(i)));
}

function zodBase(x: Extraction, method: string, call: TSESTree.CallExpression, module: ParsedModule): ZodField {
  const field: ZodField = { type: method === "strictObject" || method === "looseObject" ? "object" : method, required: method !== "optional" };
  const arg = call.arguments[0];
  if ((method === "object" || method === "strictObject" || method === "looseObject") && arg) {
    const shape = x.objectOf(arg, module);
    if (shape) field.shape = shape;
  }
  if ((method === "enum" || method === "nativeEnum") && arg) {
    const values = x.folder.value(arg, module);
    if (Array.isArray(values)) field.enum = values.map(String);
    else {
      const obj = x.objectOf(arg, module);
      if (obj) field.enum = obj.node.properties.flatMap((p) => (p.type === "Property" ? [x.folder.string(p.value as Node, obj.module) ?? ""] : []));
      else field.enum = tsEnumValues(x, arg, module);
    }
    field.type = "string";
  }
  if (method === "literal" && arg) {
    const v = x.folder.value(arg, module);
    if (v !== undefined && !Array.isArray(v)) {
      field.enum = [String(v)];
      field.type = typeof v;
    }
  }
  // `z.uuid()` (zod 4's top-level formats).
  const format = formatShape(method);
  if (format.length > 0) {
    field.type = "string";
    field.marks = format;
  }
  if (method === "optional" && arg) {
    const inner = readZod(x, arg, module);
    if (inner) return { ...inner, required: false };
  }
  return field;
}

/** True when the expression is a zod raw shape: an object literal whose values are zod chains. */
export function isZodShape(x: Extraction, node: Node, module: ParsedModule): boolean {
  const obj = x.objectOf(node, module);
  if (!obj) return false;
  const props = obj.node.properties.filter((p): p is TSESTree.Property => p.type === "Property");
  if (props.length === 0) return false;
  return props.every((p) => readZod(x, p.value as Node, obj.module) !== undefined);
}

const ANNOTATION_KEYS = new Set(["title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"]);

/** `{ readOnlyHint: true, ... }`: an object literal with only annotation keys (the SDK's own test for the `tool` overloads). */
export function isAnnotations(x: Extraction, node: Node, module: ParsedModule): boolean {
  const obj = x.objectOf(node, module);
  if (!obj || obj.node.properties.length === 0) return false;
  return obj.node.properties.every((p) => p.type === "Property" && ANNOTATION_KEYS.has(propertyName(p) ?? ""));
}

export function readAnnotations(x: Extraction, node: Node | undefined, module: ParsedModule): ToolAnnotations {
  const out: ToolAnnotations = {};
  const obj = node ? x.objectOf(node, module) : undefined;
  if (!obj) return out;
  for (const key of ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"] as const) {
    const v = propertyOf(obj.node, key);
    if (!v) continue;
    const value = x.folder.value(v, obj.module);
    if (typeof value === "boolean") out[key] = value;
  }
  const title = propertyOf(obj.node, "title");
  if (title) {
    const t = x.folder.string(title, obj.module);
    if (t !== undefined) out.title = t;
  }
  return out;
}

/**
 * Parameters of any input schema the SDKs accept: a zod raw shape, a zod
 * object (possibly wrapped in `zodToJsonSchema(...)`), a JSON Schema literal,
 * or mcp-framework's `{ field: { type: z.string(), description } }`.
 */
export function parametersOf(x: Extraction, node: Node | undefined, module: ParsedModule, depth = 0): ToolParameter[] {
  if (!node || depth > 10) return [];
  const r = x.resolve(node, module);
  const n = unwrapExpression(r.node);
  // `MapSchema.shape`, the shape of a z.object declared in another module.
  if (n.type === "MemberExpression" && propertyName(n) === "shape") {
    const zod = readZod(x, n, r.module);
    return zod?.shape ? shapeParameters(x, zod.shape.node, zod.shape.module) : [];
  }
  if (n.type === "CallExpression") {
    const zod = readZod(x, n, r.module);
    if (zod?.shape) return shapeParameters(x, zod.shape.node, zod.shape.module);
    if (zod) return [];
    // zodToJsonSchema(S), z.toJSONSchema(S), toJsonSchema(S, opts), z.object(...).extend(...) handled above.
    if (n.arguments[0] && n.arguments[0].type !== "SpreadElement") return parametersOf(x, n.arguments[0], r.module, depth + 1);
    return [];
  }
  if (n.type !== "ObjectExpression") return [];
  if (propertyOf(n, "properties") || isJsonSchemaType(x, n, r.module)) return jsonSchemaParameters(x, n, r.module);
  return shapeParameters(x, n, r.module);
}

function isJsonSchemaType(x: Extraction, n: TSESTree.ObjectExpression, module: ParsedModule): boolean {
  const t = propertyOf(n, "type");
  return !!t && x.folder.string(t, module) === "object";
}

/** `{ a: z.string().describe("…"), b: z.number().optional() }` (or mcp-framework's `{ a: { type: z.string(), description: "…" } }`). */
function shapeParameters(x: Extraction, obj: TSESTree.ObjectExpression, module: ParsedModule): ToolParameter[] {
  const out: ToolParameter[] = [];
  for (const p of obj.properties) {
    if (p.type === "SpreadElement") {
      const inner = x.objectOf(p.argument, module);
      if (inner) out.push(...shapeParameters(x, inner.node, inner.module));
      continue;
    }
    const name = propertyName(p);
    if (name === undefined) continue;
    const param: ToolParameter = { name };
    const zod = readZod(x, p.value as Node, module);
    const legacy = !zod ? x.objectOf(p.value as Node, module) : undefined;
    if (zod) {
      applyZod(x, param, zod);
    } else if (legacy) {
      const type = propertyOf(legacy.node, "type");
      const inner = type ? readZod(x, type, legacy.module) : undefined;
      if (inner) applyZod(x, param, inner);
      const d = propertyOf(legacy.node, "description");
      if (d) setDescription(x, param, d, legacy.module);
    }
    out.push(param);
  }
  return out;
}

function applyZod(x: Extraction, param: ToolParameter, zod: ZodField): void {
  if (zod.type) param.type = zod.type;
  param.required = zod.required;
  if (zod.enum) param.enum = zod.enum;
  if (zod.marks?.length) param.shape = zod.marks;
  if (zod.description) setDescription(x, param, zod.description.node, zod.description.module);
}

function setDescription(x: Extraction, param: ToolParameter, node: Node, module: ParsedModule): void {
  const t = x.text(node, module);
  if (t.value !== undefined) param.description = t.value;
  param.descriptionLocation = t.location;
}

/** `{ type: "object", properties: { a: { type, description, enum } }, required: ["a"] }`. */
function jsonSchemaParameters(x: Extraction, schema: TSESTree.ObjectExpression, module: ParsedModule): ToolParameter[] {
  const props = x.objectOf(propertyOf(schema, "properties"), module);
  const requiredNode = propertyOf(schema, "required");
  const required = requiredNode ? x.folder.value(requiredNode, module) : undefined;
  const requiredSet = new Set(Array.isArray(required) ? required.map(String) : []);
  const out: ToolParameter[] = [];
  if (!props) return out;
  for (const p of props.node.properties) {
    if (p.type !== "Property") continue;
    const name = propertyName(p);
    if (name === undefined) continue;
    const param: ToolParameter = { name, required: requiredSet.has(name) };
    const def = x.objectOf(p.value as Node, props.module);
    if (def) {
      const type = propertyOf(def.node, "type");
      const t = type ? x.folder.value(type, def.module) : undefined;
      if (typeof t === "string") param.type = t;
      else if (Array.isArray(t)) param.type = t.join("|");
      const e = propertyOf(def.node, "enum");
      const values = e ? x.folder.value(e, def.module) : undefined;
      if (Array.isArray(values)) param.enum = values.map(String);
      const c = propertyOf(def.node, "const");
      const cv = c ? x.folder.value(c, def.module) : undefined;
      if (cv !== undefined && !Array.isArray(cv)) param.enum = [String(cv)];
      const d = propertyOf(def.node, "description");
      if (d) setDescription(x, param, d, def.module);
      const marks = jsonSchemaShape(x, def.node, def.module);
      if (marks.length > 0) param.shape = marks;
    }
    out.push(param);
  }
  return out;
}

/** Shape marks of a JSON Schema string property: `pattern` (anchored) and `format`. */
function jsonSchemaShape(x: Extraction, def: TSESTree.ObjectExpression, module: ParsedModule): string[] {
  const pattern = propertyOf(def, "pattern");
  const p = pattern ? x.folder.string(pattern, module) : undefined;
  const format = propertyOf(def, "format");
  const f = format ? x.folder.string(format, module) : undefined;
  return [...new Set([...(p !== undefined ? patternShape(p) : []), ...(f !== undefined ? formatShape(f) : [])])];
}
