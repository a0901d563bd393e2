// A small constant folder: what string (or number, boolean, literal array) an
// expression is, when the package's own code pins it. Used wherever a name,
// description, SQL text or URL must be known statically: identifiers bound
// once to constant initializers, imports of exported constants from other
// modules of the package (ESM, CommonJS, tsc output), `+`, templates,
// `.join()` of literal arrays, `String.fromCharCode` and base64/hex decoding of
// literals. Anything else is "not constant" (undefined), never a guess.
import type { TSESTree } from "@typescript-eslint/types";
import { childrenOf, FUNCTION_TYPES, isIdentifier, propertyName, stringLiteralValue, unwrapExpression, walkTypes, type Node } from "../parse/ast.js";
import type { ParsedModule } from "../types.js";

/** A folded value: primitives and arrays of them. */
export type ConstValue = string | number | boolean | null | ConstValue[];

/** Finds the package module an import specifier names, as seen from `fromPath`. */
export type ModuleResolver = (fromPath: string, specifier: string) => ParsedModule | undefined;

/** A node together with the module it lives in (resolution may cross modules). */
export interface NodeIn {
  node: Node;
  module: ParsedModule;
}

/** What a name is bound to, as far as constant folding cares. */
type Binding =
  | { kind: "value"; init: Node; reassigned: boolean; scope: Node }
  | { kind: "declaration"; node: Node; scope: Node }
  | { kind: "import"; specifier: string; imported: string | "*"; scope: Node }
  | { kind: "require-member"; specifier: string; imported: string; scope: Node }
  /** `decl`: the for-in/of declaration or the function whose parameter this is; `declParent`: the loop, when known at indexing. */
  | { kind: "opaque"; scope: Node; decl?: Node; declParent?: Node; destructuredBy?: TSESTree.VariableDeclarator };

interface ModuleIndex {
  bindings: Map<string, Binding[]>;
  /** Export name → the expression or declaration it exports (`*` re-exports listed separately). */
  exports: Map<string, Node | { from: string; imported: string }>;
  starExports: string[];
  /** Compiled enums (`var E; (function (E) { E["A"] = "a"; })(E || (E = {}));`): the name → the call that fills it. */
  enums: Map<string, TSESTree.CallExpression>;
  /**
   * `Tool.toolName = "count"` at a module's top level (how tsc and bundlers emit a class's static field):
   * name → key → the value; `null` when the key is assigned more than once (no single value).
   */
  staticAssignments: Map<string, Map<string, Node | null>>;
}

const MAX_DEPTH = 40;
const MAX_LENGTH = 100_000;

export class ConstantFolder {
  private readonly indexes = new Map<ParsedModule, ModuleIndex>();

  constructor(private readonly resolveModule: ModuleResolver) {}

  /** The constant string an expression evaluates to, if the code pins it. */
  string(node: Node, module: ParsedModule): string | undefined {
    const v = this.value(node, module);
    return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
  }

  /** The constant value of an expression, if any. */
  value(node: Node, module: ParsedModule, depth = 0): ConstValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unwrapExpression(node);
    const literal = stringLiteralValue(n);
    if (literal !== undefined) return literal;
    switch (n.type) {
      case "Literal":
        if (typeof n.value === "number" || typeof n.value === "boolean" || n.value === null) return n.value;
        return undefined;
      case "TemplateLiteral": {
        let out = n.quasis[0].value.cooked ?? "";
        for (let i = 0; i < n.expressions.length; i++) {
          const part = this.value(n.expressions[i], module, depth + 1);
          if (part === undefined || Array.isArray(part)) return undefined;
          out += String(part) + (n.quasis[i + 1].value.cooked ?? "");
          if (out.length > MAX_LENGTH) return undefined;
        }
        return out;
      }
      case "BinaryExpression": {
        if (n.operator !== "+") return undefined;
        const l = this.value(n.left as Node, module, depth + 1);
        const r = this.value(n.right, module, depth + 1);
        if (l === undefined || r === undefined || Array.isArray(l) || Array.isArray(r)) return undefined;
        if (typeof l === "number" && typeof r === "number") return l + r;
        const s = String(l) + String(r);
        return s.length > MAX_LENGTH ? undefined : s;
      }
      case "ArrayExpression": {
        const out: ConstValue[] = [];
        for (const el of n.elements) {
          if (!el) return undefined;
          if (el.type === "SpreadElement") {
            const inner = this.value(el.argument, module, depth + 1);
            if (!Array.isArray(inner)) return undefined;
            out.push(...inner);
          } else {
            const v = this.value(el, module, depth + 1);
            if (v === undefined) return undefined;
            out.push(v);
          }
        }
        return out;
      }
      case "LogicalExpression": {
        // A constant left side decides, as JavaScript does: `false || !true` is false, `"x" || other` is "x".
        const left = this.value(n.left, module, depth + 1);
        if (left === undefined) return undefined;
        if (n.operator === "??") return left === null ? this.value(n.right, module, depth + 1) : left;
        const decides = n.operator === "||" ? Boolean(left) : !left;
        return decides ? left : this.value(n.right, module, depth + 1);
      }
      case "UnaryExpression":
        if (n.operator === "!") {
          const operand = this.value(n.argument, module, depth + 1);
          return operand === undefined ? undefined : !operand;
        }
        if (n.operator === "-" && n.argument.type === "Literal" && typeof n.argument.value === "number") return -n.argument.value;
        return undefined;
      case "CallExpression":
        return this.callValue(n, module, depth);
      case "Identifier":
      case "MemberExpression": {
        const target = this.resolve(n, module, depth + 1);
        if (!target || target.node === n) return undefined;
        return this.value(target.node, target.module, depth + 1);
      }
      default:
        return undefined;
    }
  }

  /**
   * Follows an identifier or member access to the node that defines it: a
   * const's initializer, an exported declaration in another module, a
   * property of a constant object literal, a function or class declaration.
   * Returns the node itself when there is nothing to follow.
   */
  resolve(node: Node, module: ParsedModule, depth = 0): NodeIn | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unwrapExpression(node);
    if (n.type === "Identifier") {
      const b = this.bindingOf(n, module);
      // A compiled enum's name is declared bare and filled by the call after it: the call stands for the enum.
      const compiledEnum = this.indexOf(module).enums.get(n.name);
      if (compiledEnum && (!b || (b.kind === "value" && b.reassigned))) return { node: compiledEnum, module };
      if (!b) return undefined;
      return this.resolveBinding(b, module, depth + 1);
    }
    if (n.type === "MemberExpression") {
      const key = propertyName(n) ?? (n.computed ? this.string(n.property, module) : undefined);
      if (key === undefined) return undefined;
      // `exports.TOOL_NAMES.X` in the module that exports it: CommonJS reads its own exports like any other module's.
      if (isExportsObject(n.object) && !(isIdentifier(n.object, "exports") && this.isDeclared(n.object as TSESTree.Identifier, module))) return this.exportOf(module, key, depth + 1);
      const ns = this.namespaceOf(n.object, module, depth + 1);
      if (ns) return this.exportOf(ns, key, depth + 1);
      const obj = this.resolve(n.object, module, depth + 1);
      if (!obj) return undefined;
      return this.memberOf(obj, key, depth + 1);
    }
    return { node: n, module };
  }

  private readonly getterIndexes = new Map<ParsedModule, Map<Node, Map<string, Node>>>();

  /**
   * Top-level `f(ns, { a: () => a, b: () => b })` calls on a name bound to `{}`: how bundlers
   * (esbuild's `__export`) build a module namespace of getters. Per module, on first use.
   */
  private namespaceGetters(module: ParsedModule): Map<Node, Map<string, Node>> {
    let out = this.getterIndexes.get(module);
    if (out) return out;
    out = new Map();
    for (const st of module.ast.body) {
      const call = st.type === "ExpressionStatement" ? unwrapExpression(st.expression) : undefined;
      if (call?.type !== "CallExpression" || call.arguments.length !== 2) continue;
      const [target, getters] = call.arguments;
      if (target.type !== "Identifier" || getters.type !== "ObjectExpression") continue;
      const entries = new Map<string, Node>();
      for (const p of getters.properties) {
        const key = p.type === "Property" ? propertyName(p) : undefined;
        const v = p.type === "Property" ? unwrapExpression(p.value as Node) : undefined;
        if (key === undefined || v?.type !== "ArrowFunctionExpression" || v.params.length > 0 || v.body.type === "BlockStatement") break;
        entries.set(key, v.body);
      }
      if (entries.size !== getters.properties.length) continue;
      const ns = this.resolve(target, module);
      if (ns && ns.module === module && ns.node.type === "ObjectExpression") out.set(ns.node, entries);
    }
    this.getterIndexes.set(module, out);
    return out;
  }

  /** The module a `import * as ns` / `const ns = require("./x")` name stands for. */
  namespaceOf(node: Node, module: ParsedModule, depth = 0): ParsedModule | undefined {
    const n = unwrapExpression(node);
    if (n.type === "CallExpression") {
      // `__importDefault(require("./x"))`, `__importStar(…)`, `__toESM(…)`: the interop wrapper's module.
      const inner = n.arguments.length >= 1 && n.callee.type === "Identifier" && n.callee.name !== "require" && n.arguments[0].type === "CallExpression" ? n.arguments[0] : undefined;
      return inner && depth <= MAX_DEPTH ? this.namespaceOf(inner, module, depth + 1) : this.requiredModule(n, module);
    }
    if (n.type !== "Identifier" || depth > MAX_DEPTH) return undefined;
    const b = this.bindingOf(n, module);
    if (!b) return undefined;
    if (b.kind === "import" && b.imported === "*") return this.resolveModule(module.path, b.specifier);
    if (b.kind === "value" && !b.reassigned) return this.namespaceOf(b.init, module, depth + 1);
    return undefined;
  }

  /**
   * Where a name comes from when it is another package: `import x from "pkg"`,
   * `import { a } from "pkg"`, `const x = require("pkg")` (also through tsc's
   * and bundlers' interop wrappers), `const { a } = require("pkg")`.
   * `imported` is "*" for the whole module (a default import counts as the module).
   */
  importOf(id: TSESTree.Identifier, module: ParsedModule): { specifier: string; imported: string } | undefined {
    // Callers ask of every identifier of a bundle, where one short name is declared hundreds of times:
    // when none of its declarations names another package, no scope search can find one that does.
    const candidates = this.indexOf(module).bindings.get(id.name);
    if (!candidates || !someBindingImports(candidates)) return undefined;
    const b = this.bindingOf(id, module);
    return b && importOfBinding(b);
  }

  /** The initializer a never-reassigned local name is bound to, if any. */
  initializerOf(id: TSESTree.Identifier, module: ParsedModule): Node | undefined {
    const b = this.bindingOf(id, module);
    return b && b.kind === "value" && !b.reassigned ? b.init : undefined;
  }

  /** The initializer of a local name's declaration, even when the name is assigned again later (`let tools = [...]; tools = tools.map(…)`). */
  declaredInitializerOf(id: TSESTree.Identifier, module: ParsedModule): Node | undefined {
    const b = this.bindingOf(id, module);
    return b && b.kind === "value" ? b.init : undefined;
  }

  /** True when the name is declared somewhere in the module (so it is not a global). */
  isDeclared(id: TSESTree.Identifier, module: ParsedModule): boolean {
    return this.indexOf(module).bindings.has(id.name);
  }

  /** For loop variables and callback parameters: the declaring node (a `for…of` declaration, a function) and its parent. */
  declarationOf(id: TSESTree.Identifier, module: ParsedModule): { binder: Node; parent: Node } | undefined {
    const index = this.indexOf(module);
    const candidates = index.bindings.get(id.name);
    if (!candidates) return undefined;
    const scope = innermostScope(candidates, id);
    const b = scope && byScopeOf(candidates).get(scope)?.[0];
    if (!b || b.kind !== "opaque" || !b.decl) return undefined;
    const parent = b.declParent ?? parentOf(module.ast, b.decl);
    return parent ? { binder: b.decl, parent } : undefined;
  }

  /** For a name a destructuring declaration binds (`const [a, b] = make()`, `const { a } = make()`): that declarator. */
  destructuringOf(id: TSESTree.Identifier, module: ParsedModule): TSESTree.VariableDeclarator | undefined {
    const candidates = this.indexOf(module).bindings.get(id.name);
    if (!candidates) return undefined;
    const scope = innermostScope(candidates, id);
    const inScope = scope && byScopeOf(candidates).get(scope);
    const b = inScope?.length === 1 ? inScope[0] : undefined;
    return b?.kind === "opaque" ? b.destructuredBy : undefined;
  }

  /** The declaration an identifier reference is bound to in its module (innermost scope wins). */
  private bindingOf(id: TSESTree.Identifier, module: ParsedModule): Binding | undefined {
    const index = this.indexOf(module);
    const candidates = index.bindings.get(id.name);
    if (!candidates) return undefined;
    if (candidates.length === 1) return candidates[0].kind === "opaque" ? undefined : candidates[0];
    // Several declarations of the name (shadowing, minified bundles): the one whose scope encloses the reference most closely.
    const scope = innermostScope(candidates, id);
    const inScope = scope && byScopeOf(candidates).get(scope);
    if (!inScope) return undefined;
    return inScope.length === 1 && inScope[0].kind !== "opaque" ? inScope[0] : undefined;
  }

  private resolveBinding(b: Binding, module: ParsedModule, depth: number): NodeIn | undefined {
    switch (b.kind) {
      case "value":
        if (b.reassigned) return undefined;
        if (b.init.type === "Identifier" || b.init.type === "MemberExpression") return this.resolve(b.init, module, depth + 1) ?? { node: b.init, module };
        return { node: unwrapExpression(b.init), module };
      case "declaration":
        return { node: b.node, module };
      case "import": {
        const target = this.resolveModule(module.path, b.specifier);
        if (!target || b.imported === "*") return undefined;
        return this.exportOf(target, b.imported, depth + 1);
      }
      case "require-member": {
        const target = this.resolveModule(module.path, b.specifier);
        return target ? this.exportOf(target, b.imported, depth + 1) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** What module `target` exports under `name`, followed to its definition. */
  exportOf(target: ParsedModule, name: string, depth = 0): NodeIn | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const index = this.indexOf(target);
    const e = index.exports.get(name);
    if (e && "type" in e) {
      const n = e as Node;
      if (n.type === "Identifier" || n.type === "MemberExpression") return this.resolve(n, target, depth + 1);
      // `exports.E = E = {}` (a compiled enum's export): the name assigned, which the enum's call fills.
      if (n.type === "AssignmentExpression" && n.operator === "=" && n.left.type === "Identifier") return this.resolve(n.left, target, depth + 1) ?? { node: unwrapExpression(n), module: target };
      return { node: unwrapExpression(n), module: target };
    }
    if (e) {
      const from = this.resolveModule(target.path, e.from);
      return from ? this.exportOf(from, e.imported, depth + 1) : undefined;
    }
    for (const spec of index.starExports) {
      const from = this.resolveModule(target.path, spec);
      const hit = from && from !== target ? this.exportOf(from, name, depth + 1) : undefined;
      if (hit) return hit;
    }
    return undefined;
  }

  /** A property of a resolved object literal (or element of an array literal by index). */
  /** A property of the value a node stands for (an object literal, a bundler's namespace, an array index, an enum member). */
  member(obj: NodeIn, key: string): NodeIn | undefined {
    return this.memberOf(obj, key, 0);
  }

  private memberOf(obj: NodeIn, key: string, depth: number): NodeIn | undefined {
    const n = unwrapExpression(obj.node);
    if (n.type === "ObjectExpression" && n.properties.length === 0) {
      // A bundler's module namespace: `var ns = {}; __export(ns, { handleTool: () => handleTool })`.
      const getter = this.namespaceGetters(obj.module).get(n)?.get(key);
      if (getter) return getter.type === "Identifier" || getter.type === "MemberExpression" ? (this.resolve(getter, obj.module, depth + 1) ?? { node: getter, module: obj.module }) : { node: getter, module: obj.module };
    }
    if (n.type === "ObjectExpression") {
      for (let i = n.properties.length - 1; i >= 0; i--) {
        const p = n.properties[i];
        if (p.type === "Property" && propertyName(p) === key) {
          const v = p.value as Node;
          if (v.type === "Identifier" || v.type === "MemberExpression") return this.resolve(v, obj.module, depth + 1) ?? { node: v, module: obj.module };
          return { node: unwrapExpression(v), module: obj.module };
        }
        if (p.type === "SpreadElement") {
          const inner = this.resolve(p.argument, obj.module, depth + 1);
          const hit = inner ? this.memberOf(inner, key, depth + 1) : undefined;
          if (hit) return hit;
        }
      }
      return undefined;
    }
    if (n.type === "ArrayExpression" && /^\d+$/.test(key)) {
      const el = n.elements[Number(key)];
      return el && el.type !== "SpreadElement" ? (this.resolve(el, obj.module, depth + 1) ?? { node: el, module: obj.module }) : undefined;
    }
    if (n.type === "CallExpression") {
      const value = compiledEnumMembers(n)?.get(key);
      if (value) return this.resolve(value, obj.module, depth + 1) ?? { node: unwrapExpression(value), module: obj.module };
    }
    // A class's static member, or a property hung on a function after its declaration (`summarize.description = "…"`).
    if (n.type === "ClassDeclaration" || n.type === "ClassExpression" || n.type === "FunctionDeclaration") {
      const value = this.staticMember(n, key, obj.module);
      if (value) return value.type === "Identifier" || value.type === "MemberExpression" ? (this.resolve(value, obj.module, depth + 1) ?? { node: value, module: obj.module }) : { node: unwrapExpression(value), module: obj.module };
    }
    if (n.type === "TSEnumDeclaration") {
      const members = (n as unknown as { members?: TSESTree.TSEnumMember[]; body?: { members: TSESTree.TSEnumMember[] } }).members ?? (n as unknown as { body: { members: TSESTree.TSEnumMember[] } }).body.members;
      for (const m of members) {
        const name = m.id.type === "Identifier" ? m.id.name : stringLiteralValue(m.id);
        if (name === key && m.initializer) return { node: m.initializer, module: obj.module };
      }
    }
    return undefined;
  }

  /**
   * A class's static member: `static TOOL_NAME = "x"`, `static get toolName() { return "x" }`, or
   * `Cls.toolName = "x"` at the top level of the class's module (tsc's and bundlers' output for a static field).
   */
  private staticMember(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression | TSESTree.FunctionDeclaration, key: string, module: ParsedModule): Node | undefined {
    for (const m of cls.type === "FunctionDeclaration" ? [] : cls.body.body) {
      if (!("static" in m) || !m.static || propertyName(m as TSESTree.PropertyDefinition) !== key) continue;
      if (m.type === "PropertyDefinition") return m.value ?? undefined;
      if (m.type === "MethodDefinition" && m.kind === "get" && m.value.body) {
        const body = m.value.body.body;
        const ret = body.length === 1 && body[0].type === "ReturnStatement" ? body[0].argument : undefined;
        return ret ?? undefined;
      }
      return undefined;
    }
    const name = cls.id?.name;
    return (name !== undefined && this.indexOf(module).staticAssignments.get(name)?.get(key)) || undefined;
  }

  /** `require("./x")` → the module, for package-relative specifiers. */
  private requiredModule(call: TSESTree.CallExpression, module: ParsedModule): ParsedModule | undefined {
    const spec = requireSpecifier(call);
    return spec === undefined ? undefined : this.resolveModule(module.path, spec);
  }

  private callValue(n: TSESTree.CallExpression, module: ParsedModule, depth: number): ConstValue | undefined {
    const callee = unwrapExpression(n.callee);
    if (callee.type !== "MemberExpression") {
      if (isIdentifier(callee, "atob") && n.arguments.length === 1) {
        const s = this.value(n.arguments[0], module, depth + 1);
        return typeof s === "string" ? decodeBase64(s) : undefined;
      }
      return undefined;
    }
    const method = propertyName(callee);
    const args = n.arguments.map((a) => (a.type === "SpreadElement" ? undefined : this.value(a, module, depth + 1)));
    if (isMemberAccess(callee, "String", "fromCharCode")) {
      if (n.arguments.length === 1 && n.arguments[0].type === "SpreadElement") {
        const arr = this.value(n.arguments[0].argument, module, depth + 1);
        return Array.isArray(arr) && arr.every((c) => typeof c === "number") ? String.fromCharCode(...(arr as number[])) : undefined;
      }
      return args.every((c) => typeof c === "number") ? String.fromCharCode(...(args as number[])) : undefined;
    }
    // Buffer.from("…", "base64").toString()
    if (method === "toString" && callee.object.type === "CallExpression" && isMemberAccess(unwrapExpression(callee.object.callee), "Buffer", "from")) {
      const inner = callee.object.arguments.map((a) => (a.type === "SpreadElement" ? undefined : this.value(a, module, depth + 1)));
      const encoding = inner[1] ?? "utf8";
      if (typeof inner[0] !== "string") return undefined;
      if (encoding === "base64" || encoding === "base64url") return decodeBase64(inner[0]);
      if (encoding === "hex") return /^(?:[0-9a-f]{2})*$/i.test(inner[0]) ? Buffer.from(inner[0], "hex").toString("utf8") : undefined;
      return inner[0];
    }
    const receiver = this.value(callee.object, module, depth + 1);
    if (receiver === undefined) return undefined;
    if (Array.isArray(receiver)) {
      if (method === "join" && (args.length === 0 || typeof args[0] === "string")) {
        if (!receiver.every((x) => !Array.isArray(x))) return undefined;
        return receiver.map((x) => (x === null ? "" : String(x))).join(args.length === 0 ? "," : (args[0] as string));
      }
      if (method === "concat" && args.every((a) => a !== undefined)) return receiver.concat(...(args as ConstValue[]));
      return undefined;
    }
    if (typeof receiver !== "string") return undefined;
    switch (method) {
      case "trim":
      case "trimStart":
      case "trimEnd":
      case "toLowerCase":
      case "toUpperCase":
        return args.length === 0 ? receiver[method]() : undefined;
      case "concat":
        return args.every((a) => a !== undefined && !Array.isArray(a)) ? receiver.concat(...args.map(String)) : undefined;
      case "split":
        return typeof args[0] === "string" ? receiver.split(args[0]) : undefined;
      case "replace":
      case "replaceAll": {
        // `version.replace(/\./g, "_")`: a string or a plain regex literal, replaced by a string.
        const pattern = n.arguments[0] ? literalPattern(unwrapExpression(n.arguments[0]), args[0]) : undefined;
        if (pattern === undefined || typeof args[1] !== "string") return undefined;
        if (method === "replaceAll" && pattern instanceof RegExp && !pattern.global) return undefined;
        const out = method === "replace" ? receiver.replace(pattern, args[1]) : receiver.replaceAll(pattern, args[1]);
        return out.length > MAX_LENGTH ? undefined : out;
      }
      default:
        return undefined;
    }
  }

  private indexOf(module: ParsedModule): ModuleIndex {
    let index = this.indexes.get(module);
    if (!index) {
      index = moduleIndexOf(module.ast);
      this.indexes.set(module, index);
    }
    return index;
  }
}

/**
 * A `replace` pattern we can apply without running the scanned code's own logic: a string, or a regex
 * literal made of plain characters, escapes, classes and anchors only. No quantifier, group or
 * alternation, so matching is linear however hostile the pattern.
 */
function literalPattern(node: Node, value: ConstValue | undefined): string | RegExp | undefined {
  if (typeof value === "string") return value;
  if (node.type !== "Literal" || !("regex" in node) || !node.regex) return undefined;
  const { pattern, flags } = node.regex;
  if (pattern.length > 64 || /[*+?{}()|]/.test(pattern.replace(/\\./g, "")) || !/^[gimsu]*$/.test(flags)) return undefined;
  try {
    return new RegExp(pattern, flags);
  } catch {
    return undefined;
  }
}

function isMemberAccess(node: Node, object: string, property: string): boolean {
  return node.type === "MemberExpression" && isIdentifier(node.object, object) && propertyName(node) === property;
}

function decodeBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return undefined;
  return Buffer.from(clean, "base64").toString("utf8");
}

/** `require("x")` (also `require(`x`)`) → "x". */
export function requireSpecifier(call: TSESTree.CallExpression): string | undefined {
  if (!isIdentifier(call.callee, "require") || call.arguments.length !== 1) return undefined;
  return stringLiteralValue(call.arguments[0]);
}

// ---------------------------------------------------------------- indexing

const BLOCK_TYPES = new Set(["BlockStatement", "Program", "ForStatement", "ForInStatement", "ForOfStatement", "SwitchStatement", "StaticBlock"]);
const FN_OR_PROGRAM = new Set([...FUNCTION_TYPES, "Program"]);
/** The node types buildIndex looks at: declarations, exports, reassignments, and the blocks and functions that scope them. */
const INDEX_TYPES: ReadonlySet<string> = new Set([
  ...BLOCK_TYPES,
  ...FN_OR_PROGRAM,
  "VariableDeclaration",
  "VariableDeclarator",
  "ClassDeclaration",
  "TSEnumDeclaration",
  "CatchClause",
  "ImportDeclaration",
  "AssignmentExpression",
  "UpdateExpression",
  "ExportNamedDeclaration",
  "ExportDefaultDeclaration",
  "ExportAllDeclaration",
  "CallExpression",
]);

/** The package and name a binding imports, when it is an import, a `require` (also through interop wrappers) or a member of one. */
function importOfBinding(b: Binding): { specifier: string; imported: string } | undefined {
  if (b.kind === "import") return { specifier: b.specifier, imported: b.imported === "default" ? "*" : b.imported };
  if (b.kind === "require-member") return { specifier: b.specifier, imported: b.imported };
  if (b.kind === "value" && !b.reassigned) {
    let init = unwrapExpression(b.init);
    let member: string | undefined;
    if (init.type === "MemberExpression") {
      member = propertyName(init);
      init = unwrapExpression(init.object);
    }
    // __importDefault(require("x")), __importStar(...), __toESM(...), _interopRequireDefault(...)
    while (init.type === "CallExpression" && init.arguments.length >= 1 && init.callee.type === "Identifier" && init.callee.name !== "require" && init.arguments[0].type === "CallExpression") init = init.arguments[0];
    const spec = init.type === "CallExpression" ? requireSpecifier(init) : undefined;
    if (spec === undefined) return undefined;
    return { specifier: spec, imported: member === undefined || member === "default" ? "*" : member };
  }
  return undefined;
}

/** Per list of a name's declarations: whether any of them imports (importOfBinding), worked out once per list. */
const importingLists = new WeakMap<readonly Binding[], boolean>();
function someBindingImports(candidates: readonly Binding[]): boolean {
  let known = importingLists.get(candidates);
  if (known === undefined) {
    known = candidates.some((c) => importOfBinding(c) !== undefined);
    importingLists.set(candidates, known);
  }
  return known;
}

/**
 * The index depends on the syntax tree alone, so every folder of a scan (the
 * extractor's, the capability pass's, the rules') shares one per module.
 */
const moduleIndexes = new WeakMap<TSESTree.Program, ModuleIndex>();
function moduleIndexOf(ast: TSESTree.Program): ModuleIndex {
  let index = moduleIndexes.get(ast);
  if (!index) {
    index = buildIndex(ast);
    moduleIndexes.set(ast, index);
  }
  return index;
}

/**
 * One walk over a module: its bindings with their scopes, its exports. The
 * enclosing blocks and functions are kept by range on two stacks instead of a
 * parent for every node: a 5 MB bundle has a million nodes, and a parent map
 * over them cost more than the rest of the index.
 */
function buildIndex(ast: TSESTree.Program): ModuleIndex {
  const index: ModuleIndex = { bindings: new Map(), exports: new Map(), starExports: [], enums: new Map(), staticAssignments: new Map() };
  const reassigned = new Set<string>();
  const values: { name: string; binding: Extract<Binding, { kind: "value" }> }[] = [];
  /** Top-level `var x;` with no value, and per name the one `x = …` the module writes (none kept once written twice). */
  const bare: { name: string; binding: Binding }[] = [];
  const assignedOnce = new Map<string, Node>();
  /** Names a pattern or a loop head writes: never a single value. */
  const multiplyAssigned = new Set<string>();
  const add = (name: string, b: Binding) => {
    const list = index.bindings.get(name);
    if (list) list.push(b);
    else index.bindings.set(name, [b]);
  };

  // Scopes open at the current node, innermost last. In walk order a scope's
  // descendants come right after it, so the open scopes that enclose a node are
  // exactly those whose range contains it; the others are closed and popped.
  const blocks: Node[] = [ast];
  const functions: Node[] = [ast];
  /** Each declarator's declaration and each for-in/of head declaration's loop, noted when the parent is visited (it comes first). */
  const declarationOfDeclarator = new Map<Node, TSESTree.VariableDeclaration>();
  const loopOfDeclaration = new Map<Node, Node>();
  walkTypes(ast, INDEX_TYPES, visit);
  function visit(node: Node): void {
    if (node === ast) return;
    const start = node.range[0];
    const end = node.range[1];
    while (blocks.length > 1 && !encloses(blocks[blocks.length - 1], start, end)) blocks.pop();
    while (functions.length > 1 && !encloses(functions[functions.length - 1], start, end)) functions.pop();
    const block = blocks[blocks.length - 1];
    const fn = functions[functions.length - 1];
    switch (node.type) {
      case "VariableDeclaration":
        for (const d of node.declarations) declarationOfDeclarator.set(d, node);
        break;
      case "ForInStatement":
      case "ForOfStatement":
        if (node.left.type === "VariableDeclaration") loopOfDeclaration.set(node.left, node);
        else for (const name of patternNames(node.left as Node)) multiplyAssigned.add(name);
        break;
      case "VariableDeclarator": {
        const decl = declarationOfDeclarator.get(node)!;
        // The declaration is not itself a block or a function, so its enclosing ones are the declarator's.
        const scope = decl.kind === "var" ? fn : block;
        if (node.id.type === "Identifier") {
          const loop = loopOfDeclaration.get(decl);
          if (loop) add(node.id.name, { kind: "opaque", scope, decl, declParent: loop });
          else if (node.init) {
            const binding = { kind: "value" as const, init: node.init, reassigned: false, scope };
            values.push({ name: node.id.name, binding });
            add(node.id.name, binding);
          } else {
            const binding: Binding = { kind: "opaque", scope };
            if (decl.kind === "var" && scope === ast) bare.push({ name: node.id.name, binding });
            add(node.id.name, binding);
          }
        } else if (node.id.type === "ObjectPattern" && node.init && node.init.type === "CallExpression" && requireSpecifier(node.init) !== undefined) {
          const spec = requireSpecifier(node.init)!;
          for (const p of node.id.properties) {
            if (p.type === "Property" && p.value.type === "Identifier") {
              const imported = propertyName(p);
              if (imported !== undefined) add(p.value.name, { kind: "require-member", specifier: spec, imported, scope });
            } else for (const name of patternNames(p)) add(name, { kind: "opaque", scope });
          }
        } else for (const name of patternNames(node.id)) add(name, { kind: "opaque", scope, destructuredBy: node });
        break;
      }
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (node.id) add(node.id.name, { kind: "declaration", node, scope: node.type === "FunctionDeclaration" ? fn : block });
        if (node.type === "FunctionDeclaration") for (const p of node.params) for (const name of patternNames(p)) add(name, { kind: "opaque", scope: node, decl: node });
        break;
      case "TSEnumDeclaration":
        add(node.id.name, { kind: "declaration", node, scope: block });
        break;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        for (const p of node.params) for (const name of patternNames(p)) add(name, { kind: "opaque", scope: node, decl: node });
        if (node.type === "FunctionExpression" && node.id) add(node.id.name, { kind: "opaque", scope: node });
        break;
      case "CatchClause":
        if (node.param) for (const name of patternNames(node.param)) add(name, { kind: "opaque", scope: node });
        break;
      case "ImportDeclaration": {
        const spec = node.source.value;
        for (const s of node.specifiers) {
          if (s.type === "ImportNamespaceSpecifier") add(s.local.name, { kind: "import", specifier: spec, imported: "*", scope: ast });
          else if (s.type === "ImportDefaultSpecifier") add(s.local.name, { kind: "import", specifier: spec, imported: "default", scope: ast });
          else {
            const imported = s.imported.type === "Identifier" ? s.imported.name : String(s.imported.value);
            add(s.local.name, { kind: "import", specifier: spec, imported, scope: ast });
          }
        }
        break;
      }
      case "AssignmentExpression":
        if (node.left.type === "Identifier") {
          if (reassigned.has(node.left.name) || node.operator !== "=") assignedOnce.delete(node.left.name);
          else assignedOnce.set(node.left.name, node.right);
          reassigned.add(node.left.name);
        } else if (node.left.type === "ArrayPattern" || node.left.type === "ObjectPattern") {
          for (const name of patternNames(node.left)) multiplyAssigned.add(name);
        }
        else {
          recordCommonJsExport(node, index);
          if (fn === ast) recordStaticAssignment(node, index);
        }
        break;
      case "UpdateExpression":
        if (node.argument.type === "Identifier") {
          reassigned.add(node.argument.name);
          assignedOnce.delete(node.argument.name);
        }
        break;
      case "ExportNamedDeclaration":
        recordEsmExport(node, index);
        break;
      case "ExportDefaultDeclaration":
        index.exports.set("default", node.declaration as Node);
        break;
      case "ExportAllDeclaration":
        if (node.exported) index.exports.set(exportedName(node.exported), { from: node.source.value, imported: "*" });
        else index.starExports.push(node.source.value);
        break;
      case "CallExpression": {
        recordDefinePropertyExport(node, index);
        const enumName = compiledEnumName(node);
        if (enumName !== undefined && compiledEnumMembers(node)) index.enums.set(enumName, node);
        // `__exportStar(require("./tool-definitions"), exports)` (tsc), `__reExport(exports, require("./x"))` (esbuild): `export * from`.
        const callee = unwrapExpression(node.callee);
        const helper = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
        if (helper && /(^|_)(exportStar|reExport)$/.test(helper)) {
          for (const a of node.arguments) {
            const spec = a.type === "CallExpression" ? requireSpecifier(a) : undefined;
            if (spec !== undefined) index.starExports.push(spec);
          }
        }
        break;
      }
    }
    if (BLOCK_TYPES.has(node.type)) blocks.push(node);
    if (FN_OR_PROGRAM.has(node.type)) functions.push(node);
  }
  for (const { name, binding } of values) if (reassigned.has(name)) binding.reassigned = true;
  // `var tool$x; var init_x = __esm(() => { tool$x = { name: … } })`: a bundler declares a lazily initialised
  // module's top-level names bare and assigns each once inside its init function. A name declared only there
  // and written only once holds that value wherever it is read (before the init runs it is not read at all).
  for (const { name, binding } of bare) {
    const value = assignedOnce.get(name);
    if (value && !multiplyAssigned.has(name) && index.bindings.get(name)?.length === 1) Object.assign(binding, { kind: "value", init: value, reassigned: false });
  }
  // `const`, never-reassigned `let`/`var` are the same to a folder; a name declared twice in one scope is not.
  return index;
}

/** `Name.key = value` outside any function: a static field written after its class (or a property of a named object). */
function recordStaticAssignment(node: TSESTree.AssignmentExpression, index: ModuleIndex): void {
  if (node.operator !== "=" || node.left.type !== "MemberExpression" || node.left.object.type !== "Identifier") return;
  const key = propertyName(node.left);
  if (key === undefined) return;
  const owner = node.left.object.name;
  let keys = index.staticAssignments.get(owner);
  if (!keys) index.staticAssignments.set(owner, (keys = new Map()));
  keys.set(key, keys.has(key) ? null : node.right);
}

function encloses(scope: Node, start: number, end: number): boolean {
  return scope.range[0] <= start && end <= scope.range[1];
}

/**
 * Parents found so far, by node (null: none). The tree never changes, and the
 * extractor asks for the same function again for every read of one of its
 * parameters (`ctx.a`, `ctx.b`, and once per call it filters by that function):
 * in a bundle each descent crosses thousands of siblings per level, and
 * repeating it was a third of a large scan.
 */
const parents = new WeakMap<Node, Node | null>();

/** The parent of a node, found once by descending from the module root through the children whose ranges hold it. */
export function parentOf(root: Node, target: Node): Node | undefined {
  const known = parents.get(target);
  if (known !== undefined) return known ?? undefined;
  const found = descendToParent(root, target);
  parents.set(target, found ?? null);
  descents++;
  return found;
}

let descents = 0;

/** How many times a parent was looked for from the module root, in this process (work counted by tests and benchmarks). */
export function parentDescentCount(): number {
  return descents;
}

function descendToParent(root: Node, target: Node): Node | undefined {
  const [start, end] = target.range;
  let node = root;
  for (;;) {
    let next: Node | undefined;
    for (const child of childrenOf(node)) {
      if (child === target) return node;
      if (!next && child.range[0] <= start && end <= child.range[1]) next = child;
    }
    if (!next) return undefined;
    node = next;
  }
}

function exportedName(n: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return n.type === "Identifier" ? n.name : n.value;
}

/** Every name a binding pattern declares. */
export function patternNames(p: Node): string[] {
  switch (p.type) {
    case "Identifier":
      return [p.name];
    case "ObjectPattern":
      return p.properties.flatMap((q) => (q.type === "RestElement" ? patternNames(q.argument) : patternNames(q.value as Node)));
    case "ArrayPattern":
      return p.elements.flatMap((e) => (e ? patternNames(e) : []));
    case "RestElement":
      return patternNames(p.argument);
    case "AssignmentPattern":
      return patternNames(p.left);
    case "TSParameterProperty":
      return patternNames(p.parameter);
    default:
      return [];
  }
}

function recordEsmExport(node: TSESTree.ExportNamedDeclaration, index: ModuleIndex): void {
  const d = node.declaration;
  if (d) {
    if (d.type === "VariableDeclaration") {
      for (const v of d.declarations) if (v.id.type === "Identifier" && v.init) index.exports.set(v.id.name, v.init);
    } else if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration" || d.type === "TSEnumDeclaration") && d.id) {
      index.exports.set(d.id.name, d);
    }
    return;
  }
  for (const s of node.specifiers) {
    if (s.type !== "ExportSpecifier") continue;
    const exported = s.exported.type === "Identifier" ? s.exported.name : String(s.exported.value);
    const local = s.local.type === "Identifier" ? s.local.name : String(s.local.value);
    if (node.source) index.exports.set(exported, { from: node.source.value, imported: local });
    else if (s.local.type === "Identifier") index.exports.set(exported, s.local);
  }
}

/** `exports` or `module.exports`: the object a CommonJS module exports through. */
function isExportsObject(n: Node): boolean {
  return isIdentifier(n, "exports") || isMemberAccess(n, "module", "exports");
}

/**
 * The name a compiled enum fills: tsc's `(function (E) { … })(E || (E = {}))` (or `(E || (exports.E = E = {}))`)
 * and bundlers' `((E2) => { …; return E2; })(E || {})`.
 */
function compiledEnumName(call: TSESTree.CallExpression): string | undefined {
  const arg = call.arguments.length === 1 ? unwrapExpression(call.arguments[0] as Node) : undefined;
  if (arg?.type !== "LogicalExpression" || arg.operator !== "||" || arg.left.type !== "Identifier") return undefined;
  return arg.left.name;
}

const enumMembers = new WeakMap<TSESTree.CallExpression, Map<string, Node> | null>();

/**
 * The members a compiled enum's function sets on its one parameter: `E["A"] = "a"` (string members) and
 * `E[E["A"] = 0] = "A"` (numeric members, with their reverse mapping). Undefined when the call is not one.
 */
function compiledEnumMembers(call: TSESTree.CallExpression): Map<string, Node> | undefined {
  const known = enumMembers.get(call);
  if (known !== undefined) return known ?? undefined;
  const out = readCompiledEnum(call);
  enumMembers.set(call, out ?? null);
  return out;
}

function readCompiledEnum(call: TSESTree.CallExpression): Map<string, Node> | undefined {
  if (compiledEnumName(call) === undefined) return undefined;
  const fn = unwrapExpression(call.callee);
  if ((fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression") || fn.params.length !== 1 || fn.params[0].type !== "Identifier" || fn.body.type !== "BlockStatement") return undefined;
  const param = fn.params[0].name;
  const members = new Map<string, Node>();
  const memberKey = (left: Node): string | undefined => (left.type === "MemberExpression" && isIdentifier(left.object, param) ? (propertyName(left) ?? stringLiteralValue(left.property)) : undefined);
  for (const st of fn.body.body) {
    if (st.type === "ReturnStatement") continue;
    const e = st.type === "ExpressionStatement" ? unwrapExpression(st.expression) : undefined;
    if (e?.type !== "AssignmentExpression" || e.operator !== "=" || e.left.type !== "MemberExpression" || !isIdentifier(e.left.object, param)) return undefined;
    const inner = e.left.computed ? unwrapExpression(e.left.property) : undefined;
    if (inner?.type === "AssignmentExpression") {
      const key = memberKey(inner.left);
      if (key !== undefined) members.set(key, inner.right);
      continue;
    }
    const key = memberKey(e.left);
    if (key === undefined) return undefined;
    members.set(key, e.right);
  }
  return members.size > 0 ? members : undefined;
}

/** `exports.X = v`, `module.exports.X = v`, `module.exports = { X }` (tsc's `exports.X = void 0` is skipped). */
function recordCommonJsExport(node: TSESTree.AssignmentExpression, index: ModuleIndex): void {
  if (node.operator !== "=" || node.left.type !== "MemberExpression") return;
  const left = node.left;
  const right = unwrapExpression(node.right);
  if (right.type === "UnaryExpression" && right.operator === "void") return;
  if (isMemberAccess(left, "module", "exports")) {
    if (right.type === "ObjectExpression") {
      for (const p of right.properties) {
        if (p.type !== "Property") continue;
        const key = propertyName(p);
        if (key !== undefined) index.exports.set(key, p.value as Node);
      }
    } else index.exports.set("default", right);
    return;
  }
  if (isExportsObject(left.object)) {
    const key = propertyName(left);
    if (key !== undefined) index.exports.set(key, right);
  }
}

/** tsc's re-exports: `Object.defineProperty(exports, "X", { get: function () { return m.X; } })`. */
function recordDefinePropertyExport(node: TSESTree.CallExpression, index: ModuleIndex): void {
  if (!isMemberAccess(unwrapExpression(node.callee), "Object", "defineProperty") || node.arguments.length < 3) return;
  if (!isIdentifier(node.arguments[0], "exports")) return;
  const key = stringLiteralValue(node.arguments[1]);
  const desc = node.arguments[2];
  if (key === undefined || key === "__esModule" || desc.type !== "ObjectExpression") return;
  for (const p of desc.properties) {
    if (p.type !== "Property") continue;
    const name = propertyName(p);
    if (name === "value") index.exports.set(key, p.value as Node);
    if (name === "get" && (p.value.type === "FunctionExpression" || p.value.type === "ArrowFunctionExpression")) {
      const body = p.value.body;
      if (body.type !== "BlockStatement") index.exports.set(key, body);
      else {
        const ret = body.body.find((s): s is TSESTree.ReturnStatement => s.type === "ReturnStatement");
        if (ret?.argument) index.exports.set(key, ret.argument);
      }
    }
  }
}

// ---------------------------------------------------------------- module lookup

const PROBE_SUFFIXES = ["", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", "/index.js", "/index.ts", "/index.mjs", "/index.cjs"];

/**
 * A resolver for package-relative specifiers over the parsed modules (with
 * tsc's `./x.js` → `./x.ts`). `program.resolve` supersedes it where present.
 */
export function relativeResolver(byPath: Map<string, ParsedModule>): ModuleResolver {
  return (fromPath, specifier) => {
    if (!specifier.startsWith(".")) return undefined;
    const dir = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")) : "";
    const parts: string[] = dir ? dir.split("/") : [];
    for (const seg of specifier.split("/")) {
      if (seg === "" || seg === ".") continue;
      if (seg === "..") parts.pop();
      else parts.push(seg);
    }
    const base = parts.join("/");
    const stem = base.replace(/\.(c|m)?js$/, "");
    for (const b of stem === base ? [base] : [base, stem]) {
      for (const suffix of PROBE_SUFFIXES) {
        const hit = byPath.get(b + suffix);
        if (hit) return hit;
      }
    }
    return undefined;
  };
}

/**
 * Declarations of one name grouped by scope, built once per name: minified
 * bundles declare `e` or `t` thousands of times, and a linear scan per
 * reference made extraction quadratic.
 */
const scopeIndex = new WeakMap<readonly Binding[], Map<Node, Binding[]>>();
function byScopeOf(candidates: readonly Binding[]): Map<Node, Binding[]> {
  let m = scopeIndex.get(candidates);
  if (!m) {
    m = new Map();
    for (const c of candidates) {
      const list = m.get(c.scope);
      if (list) list.push(c);
      else m.set(c.scope, [c]);
    }
    scopeIndex.set(candidates, m);
  }
  return m;
}

/**
 * The innermost of the candidates' scopes that encloses the reference, as the
 * nearest ancestor would be found walking up from it. Scopes are syntax nodes,
 * so their ranges nest: sorted by start (outer first on a tie), the last scope
 * starting at or before the reference either encloses it or sits inside the
 * one that does, reached through each scope's nearest enclosing candidate.
 */
interface ScopeTree {
  scopes: Node[];
  /** Index in `scopes` of the nearest scope enclosing each one, -1 at the top. */
  up: number[];
}
const scopeTrees = new WeakMap<readonly Binding[], ScopeTree>();
function innermostScope(candidates: readonly Binding[], ref: Node): Node | undefined {
  let tree = scopeTrees.get(candidates);
  if (!tree) {
    tree = scopeTreeOf([...byScopeOf(candidates).keys()]);
    scopeTrees.set(candidates, tree);
  }
  const [start, end] = ref.range;
  const { scopes, up } = tree;
  let lo = 0;
  let hi = scopes.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (scopes[mid].range[0] <= start) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  while (i >= 0 && scopes[i].range[1] < end) i = up[i];
  return i >= 0 ? scopes[i] : undefined;
}

function scopeTreeOf(nodes: Node[]): ScopeTree {
  // Outer first: earlier start, then later end; a Program shares its range with a lone top-level block and is outermost.
  const scopes = nodes.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1] || (a.type === "Program" ? -1 : b.type === "Program" ? 1 : 0));
  const up: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < scopes.length; i++) {
    while (open.length > 0 && scopes[open[open.length - 1]].range[1] < scopes[i].range[1]) open.pop();
    up.push(open.length > 0 ? open[open.length - 1] : -1);
    open.push(i);
  }
  return { scopes, up };
}
