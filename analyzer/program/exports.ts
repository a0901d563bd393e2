// Library mode (`scan --sources exported`): which functions a package exposes
// to its callers. Whoever imports the package chooses these functions'
// arguments, so their parameters are untrusted sources (kind
// `exported-parameter`) for the injection rules.
//
// Entry points are package.json main/module/exports/bin (index.js when none
// is given). Without an `exports` map Node lets callers require any file of the
// package (`require("pkg/lib/x")`), so then every module's exports count.
// Followed: `module.exports = …` (functions, objects, classes, `new X()`,
// factories' returned functions, `require("./y")`), `exports.x = …`,
// constructors' `this.m = …` (also `new (function () {…})()` singletons),
// `X.prototype.m = …`, ESM `export` forms and re-exports, TS `export =`.
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, isMemberAccess, propertyName, stringLiteralValue, unwrapExpression, walk, walkTypes } from "../parse/ast.js";
import type { FunctionNode, FunctionSource } from "../taint/spec.js";
import type { ParsedModule } from "../types.js";
import type { Program } from "./index.js";
import { entryModules } from "./reach.js";

type Node = TSESTree.Node;

export interface ExportedFunction {
  fn: FunctionNode;
  module: ParsedModule;
  /** How a caller reaches it: `run`, `Client.exec`, `default`. */
  name: string;
}

/** How deep values are followed (factories returning factories, re-export chains). */
const MAX_DEPTH = 6;


/** Facts about one module, collected in a single walk. */
interface ModuleIndex {
  /** Declarations by name (first wins: top-level code comes first in a walk). */
  bindings: Map<string, Node>;
  /** `X.m = v` and `X.prototype.m = v` and `X.prototype = {...}`: values attached to X. */
  attached: Map<string, { name: string; value: Node }[]>;
  /** `module.exports = v` / `exports = v` right-hand sides. */
  moduleExports: Node[];
  /** `exports.x = v` / `module.exports.x = v`. */
  namedExports: { name: string; value: Node }[];
  esm: (TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration | TSESTree.ExportAllDeclaration | TSESTree.TSExportAssignment)[];
}

function isModuleExports(n: Node): boolean {
  return isMemberAccess(n, "module", "exports") || isIdentifier(n, "exports");
}

/** The node types indexModule looks at. */
const EXPORT_INDEX_TYPES: ReadonlySet<string> = new Set(["FunctionDeclaration", "ClassDeclaration", "VariableDeclarator", "ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration", "TSExportAssignment", "AssignmentExpression"]);

function indexModule(module: ParsedModule): ModuleIndex {
  const idx: ModuleIndex = { bindings: new Map(), attached: new Map(), moduleExports: [], namedExports: [], esm: [] };
  const bind = (name: string, node: Node) => {
    if (!idx.bindings.has(name)) idx.bindings.set(name, node);
  };
  const attach = (owner: string, name: string, value: Node) => {
    const list = idx.attached.get(owner) ?? [];
    list.push({ name, value });
    idx.attached.set(owner, list);
  };
  walkTypes(module.ast, EXPORT_INDEX_TYPES, (node) => {
    switch (node.type) {
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (node.id) bind(node.id.name, node);
        break;
      case "VariableDeclarator":
        if (node.id.type === "Identifier" && node.init) bind(node.id.name, node.init);
        break;
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
      case "TSExportAssignment":
        if (module.isModule || node.type === "TSExportAssignment" || module.language === "ts") idx.esm.push(node);
        break;
      case "AssignmentExpression": {
        if (node.operator !== "=") break;
        const left = node.left;
        if (isModuleExports(left)) {
          idx.moduleExports.push(node.right);
          break;
        }
        if (left.type !== "MemberExpression") break;
        const name = propertyName(left);
        if (name === undefined) break;
        if (isModuleExports(left.object)) {
          idx.namedExports.push({ name, value: node.right });
        } else if (left.object.type === "Identifier") {
          if (name === "prototype") attach(left.object.name, "", node.right);
          else attach(left.object.name, name, node.right);
        } else if (isMemberAccess(left.object, undefined, "prototype") && left.object.object.type === "Identifier") {
          attach(left.object.object.name, name, node.right);
        }
        break;
      }
    }
  });
  return idx;
}

function isFunction(n: Node): n is FunctionNode {
  return n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";
}

/** A relative specifier as `from` imports it (the program's one resolver), when it names a module of the package. */
function internalModule(program: Program, from: ParsedModule, spec: string): ParsedModule | undefined {
  const r = program.resolve(from.path, spec);
  return r.kind === "internal" ? r.module : undefined;
}

function requiredModule(program: Program, from: ParsedModule, n: Node): ParsedModule | undefined {
  const u = unwrapExpression(n);
  if (u.type !== "CallExpression" || !isIdentifier(u.callee, "require")) return undefined;
  const spec = stringLiteralValue(u.arguments[0]);
  if (!spec || !spec.startsWith(".")) return undefined;
  return internalModule(program, from, spec);
}

class ExportCollector {
  private readonly indexes = new Map<ParsedModule, ModuleIndex>();
  private readonly seenModules = new Set<ParsedModule>();
  private readonly seenValues = new Set<Node>();
  readonly found: ExportedFunction[] = [];
  private readonly foundFns = new Set<FunctionNode>();

  constructor(private readonly program: Program) {}

  private index(m: ParsedModule): ModuleIndex {
    let idx = this.indexes.get(m);
    if (!idx) {
      idx = indexModule(m);
      this.indexes.set(m, idx);
    }
    return idx;
  }

  private add(fn: FunctionNode, module: ParsedModule, name: string): void {
    if (this.foundFns.has(fn)) return;
    this.foundFns.add(fn);
    this.found.push({ fn, module, name });
  }

  module(m: ParsedModule, depth = 0): void {
    if (this.seenModules.has(m) || depth > MAX_DEPTH) return;
    this.seenModules.add(m);
    const idx = this.index(m);
    for (const v of idx.moduleExports) this.value(v, m, "default", depth);
    for (const e of idx.namedExports) this.value(e.value, m, e.name, depth);
    for (const e of idx.esm) this.esm(e, m, depth);
  }

  private esm(e: ModuleIndex["esm"][number], m: ParsedModule, depth: number): void {
    if (e.type === "TSExportAssignment") return this.value(e.expression, m, "default", depth);
    if (e.type === "ExportAllDeclaration") {
      const target = e.source ? internalModule(this.program, m, e.source.value) : undefined;
      if (target) this.module(target, depth + 1);
      return;
    }
    if (e.type === "ExportDefaultDeclaration") return this.value(e.declaration as Node, m, "default", depth);
    if (e.declaration) {
      const d = e.declaration;
      if (d.type === "VariableDeclaration") {
        for (const decl of d.declarations) if (decl.init && decl.id.type === "Identifier") this.value(decl.init, m, decl.id.name, depth);
      } else if (d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") {
        this.value(d, m, d.id?.name ?? "default", depth);
      }
      return;
    }
    if (e.source) {
      const target = internalModule(this.program, m, e.source.value);
      if (target) this.module(target, depth + 1);
      return;
    }
    for (const s of e.specifiers) {
      if (s.type !== "ExportSpecifier" || s.local.type !== "Identifier") continue;
      const exported = s.exported.type === "Identifier" ? s.exported.name : String(s.exported.value);
      this.value(s.local, m, exported, depth);
    }
  }

  /** Every function a caller can reach through the exported value `v`. */
  private value(v: Node, m: ParsedModule, name: string, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const n = unwrapExpression(v);
    if (this.seenValues.has(n)) return;
    this.seenValues.add(n);
    const idx = this.index(m);
    switch (n.type) {
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        this.add(n, m, name);
        if (n.type !== "ArrowFunctionExpression") {
          if (n.id) this.attached(n.id.name, m, name, depth);
          this.thisMembers(n, m, name, depth);
        }
        this.returned(n, m, name, depth);
        return;
      case "ClassDeclaration":
      case "ClassExpression":
        this.classMembers(n, m, name, depth);
        if (n.id) this.attached(n.id.name, m, name, depth);
        return;
      case "Identifier": {
        const b = idx.bindings.get(n.name);
        if (b) this.value(b, m, name, depth + 1);
        this.attached(n.name, m, name, depth);
        return;
      }
      case "ObjectExpression":
        for (const p of n.properties) {
          if (p.type === "SpreadElement") {
            this.value(p.argument, m, name, depth + 1);
            continue;
          }
          const key = propertyName(p) ?? "?";
          this.value(p.value as Node, m, `${name === "default" ? "" : `${name}.`}${key}`, depth + 1);
        }
        return;
      case "NewExpression": {
        // `new Logger()` and the singleton idiom `module.exports = new (function () { this.log = … })()`.
        const callee = unwrapExpression(n.callee);
        if (callee.type === "Identifier" || isFunction(callee)) this.value(callee, m, name, depth + 1);
        return;
      }
      case "AssignmentExpression":
        return this.value(n.right, m, name, depth);
      case "ConditionalExpression":
        this.value(n.consequent, m, name, depth + 1);
        return this.value(n.alternate, m, name, depth + 1);
      case "LogicalExpression":
        this.value(n.left, m, name, depth + 1);
        return this.value(n.right, m, name, depth + 1);
      case "MemberExpression":
      case "CallExpression": {
        const target = requiredModule(this.program, m, n.type === "MemberExpression" ? n.object : n);
        if (target) return this.module(target, depth + 1);
        // A factory: `module.exports = create()` exposes what `create` returns.
        if (n.type === "CallExpression") {
          const callee = unwrapExpression(n.callee);
          const fn = isFunction(callee) ? callee : callee.type === "Identifier" ? idx.bindings.get(callee.name) : undefined;
          if (fn && isFunction(fn)) this.returned(fn, m, name, depth + 1);
        }
        return;
      }
      default:
        return;
    }
  }

  /** `X.m = fn`, `X.prototype.m = fn`, `X.prototype = { ... }` for an exported X. */
  private attached(owner: string, m: ParsedModule, name: string, depth: number): void {
    for (const a of this.index(m).attached.get(owner) ?? []) {
      this.value(a.value, m, a.name ? `${name === "default" ? owner : name}.${a.name}` : name, depth + 1);
    }
  }

  /**
   * A constructor function's instance methods: `this.log = function (msg) {…}`
   * in its body (not in nested functions, where `this` is another object).
   */
  private thisMembers(fn: FunctionNode, m: ParsedModule, name: string, depth: number): void {
    if (depth >= MAX_DEPTH || fn.body.type !== "BlockStatement") return;
    const owner = name === "default" ? (fn.type !== "ArrowFunctionExpression" && fn.id ? fn.id.name : "default") : name;
    walk(fn.body, {
      enter: (node) => {
        if (isFunction(node)) return false;
        if (node.type === "AssignmentExpression" && node.operator === "=" && node.left.type === "MemberExpression" && node.left.object.type === "ThisExpression") {
          const key = propertyName(node.left);
          if (key !== undefined) this.value(node.right, m, `${owner}.${key}`, depth + 1);
        }
        return undefined;
      },
    });
  }

  private classMembers(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, m: ParsedModule, name: string, depth: number): void {
    const className = c.id?.name ?? name;
    for (const member of c.body.body) {
      if (member.type !== "MethodDefinition" && member.type !== "PropertyDefinition") continue;
      if (member.accessibility === "private" || member.accessibility === "protected" || member.key.type === "PrivateIdentifier") continue;
      if (!member.value) continue;
      const key = propertyName(member) ?? "?";
      if (member.type === "MethodDefinition") this.add(member.value as FunctionNode, m, `${className}.${key}`);
      else this.value(member.value, m, `${className}.${key}`, depth + 1);
    }
  }

  /** Functions a factory hands back: `return function (...) {}`, `return { run(...) {} }`. */
  private returned(fn: FunctionNode, m: ParsedModule, name: string, depth: number): void {
    if (depth >= MAX_DEPTH) return;
    if (fn.body.type !== "BlockStatement") {
      this.value(fn.body, m, name, depth + 1);
      return;
    }
    walk(fn.body, {
      enter: (node) => {
        if (isFunction(node)) return false;
        if (node.type === "ReturnStatement" && node.argument) {
          const r = unwrapExpression(node.argument);
          if (isFunction(r) || r.type === "ObjectExpression" || r.type === "ClassExpression" || r.type === "NewExpression") this.value(r, m, name, depth + 1);
        }
        return undefined;
      },
    });
  }
}

/** The functions of the package's public API, entry points first. */
export function exportedFunctions(program: Program): ExportedFunction[] {
  const collector = new ExportCollector(program);
  for (const m of entryModules(program)) collector.module(m);
  // No `exports` map: any file can be required directly, so its exports are API too.
  if (program.facts.entryPoints.exports.length === 0) for (const m of program.modules) collector.module(m);
  return collector.found;
}

/** Library mode's sources: every parameter of every exported function. */
export function exportedParameterSources(program: Program): FunctionSource[] {
  return exportedFunctions(program).map((e) => ({ fn: e.fn, module: e.module, params: "all", kind: "exported-parameter", name: e.name }));
}
