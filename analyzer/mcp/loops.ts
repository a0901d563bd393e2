// Registration calls inside a loop over a list of definitions:
//
//   CCI_TOOLS.forEach((tool) => server.tool(tool.name, tool.description, { params: tool.inputSchema }, CCI_HANDLERS[tool.name]));
//   for (const t of tools) server.registerTool(t.name, { description: t.description, inputSchema: t.schema.shape }, t.handler);
//   for (const def of defs) server.addTool({ ...def, execute: wrap(def.execute) });
//
// One call is one tool per element. Each argument is read for one element at a
// time: the loop variable stands for the element, locals derived from it
// (`const handler = HANDLERS[tool.name]`) are followed, and a table indexed by
// the element's name gives that name's entry.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName, unwrapExpression, walk, walkTypes, type Node } from "../parse/ast.js";
import { parentOf, type NodeIn } from "../program/constants.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode, type Extraction, type LocatedText } from "./context.js";
import { loopSource } from "./dynamic-origin.js";
import { constructorFields } from "./mcp-framework.js";
import type { LowLevelServer } from "./low-level.js";
import { uriTemplateVariables } from "./high-level.js";
import { parametersOf, readAnnotations } from "./schema.js";

/** Registration methods that add a resource: read by URI, with no input schema. */
const RESOURCE_METHODS = new Set(["resource", "registerResource"]);

/** Per element, at most this many tools from one call (a loop over a bundle's huge table is still one review). */
const MAX_ELEMENTS = 500;

/** What names stand for in one expansion: the loop variable → one element, a wrapper's parameters → one call's arguments. */
type Binding = Map<string, NodeIn>;

/**
 * When `call` registers from a loop variable, adds one tool per element of the list; when it
 * registers from a parameter of a wrapper (`function addTool(name, description, schema, cb) {
 * server.tool(name, …) }`), one tool per call of the wrapper. Returns true when it added any.
 */
export function extractLoopRegistration(x: Extraction, low: LowLevelServer, call: TSESTree.CallExpression, method: string, module: ParsedModule): boolean {
  const first = call.arguments[0];
  if (!first) return false;
  // `const register = (...args) => server.tool(...args)`: every argument of each call of the wrapper, forwarded whole.
  if (first.type === "SpreadElement") return forwardedRest(x, low, call, method, module, first);
  const root = loopRootOf(x, first, module);
  if (!root) return false;
  // `const { name, run } = tool` in the loop, `for (const { name, run } of tools)`: each element taken apart.
  const parts = destructuringLoop(x, root, module);
  // `Object.entries(TOOLS).forEach(([name, def]) => …)`: the key and the value per entry (the list itself is pairs).
  const entries = parts ? undefined : entriesLoop(x, call, root, module);
  const list = parts || entries ? undefined : loopSource(x.folder, root, module);
  let bindings: Binding[] = parts
    ? low.elementsOf(parts.list, parts.module).slice(0, MAX_ELEMENTS).map((element) => partsOf(x, parts, element))
    : list
      ? low.elementsOf(list, module).slice(0, MAX_ELEMENTS).map((element) => new Map([[root.name, element]]))
      : (entries ?? wrapperCalls(x, low, root, module));
  let via = `${list || entries || parts ? "loop" : "wrapper"}.${method}`;
  const self = bindings.length === 0 ? selfDefinition(x, root, module) : undefined;
  if (self) {
    bindings = [self.binding];
    via = `definition.${method}`;
  }
  let added = 0;
  for (const b of bindings) if (!skippedByNameCheck(x, call, module, b) && registerOne(x, call, method, module, b, via)) added++;
  // The definition registered itself: it is this one tool, not a second one read off its fields.
  if (self && added > 0) x.claimed.add(self.object);
  return added > 0;
}

/**
 * `if (provider.name !== "github") server.tool(…)`: an element the loop's own check leaves out is not
 * registered there (it is registered apart, or not at all). Only equality with a constant decides.
 */
function skippedByNameCheck(x: Extraction, call: TSESTree.CallExpression, module: ParsedModule, b: Binding): boolean {
  let child: Node = call;
  for (let n = parentOf(module.ast, call); n && !isFunctionNode(n); child = n, n = parentOf(module.ast, n)) {
    if (n.type !== "IfStatement" && n.type !== "ConditionalExpression") continue;
    const test = unwrapExpression(n.test);
    if (test.type !== "BinaryExpression" || !["===", "!==", "==", "!="].includes(test.operator)) continue;
    const inThen = child === n.consequent;
    if (!inThen && child !== n.alternate) continue;
    const side = (e: Node): string | undefined => {
      if (!mentions(e, b)) return undefined;
      const v = evaluate(x, e, module, b);
      return v && x.folder.string(v.node, v.module);
    };
    const left = side(test.left as Node);
    const right = side(test.right as Node);
    const elementValue = left ?? right;
    const constant = left !== undefined ? x.folder.string(test.right as Node, module) : x.folder.string(test.left as Node, module);
    if (elementValue === undefined || constant === undefined) continue;
    const equal = elementValue === constant;
    const positive = test.operator === "===" || test.operator === "==";
    // The branch holding the call runs only when the test says so.
    if ((positive === equal) !== inThen) return true;
  }
  return false;
}

/** A registration whose arguments are a wrapper's rest parameter spread whole: one tool per call of the wrapper. */
function forwardedRest(x: Extraction, low: LowLevelServer, call: TSESTree.CallExpression, method: string, module: ParsedModule, spread: TSESTree.SpreadElement): boolean {
  const rest = unwrapExpression(spread.argument);
  if (rest.type !== "Identifier") return false;
  const decl = x.folder.declarationOf(rest, module);
  if (!decl || !isFunctionNode(decl.binder) || !decl.binder.params.some((p) => p.type === "RestElement" && p.argument.type === "Identifier" && p.argument.name === rest.name)) return false;
  let added = 0;
  for (const b of wrapperCalls(x, low, rest, module)) if (registerOne(x, call, method, module, b, `wrapper.${method}`)) added++;
  return added > 0;
}

/**
 * `{ name: "list_components", description, exec(server, { name, description }) { server.registerTool(name, …) } }`:
 * a definition that registers itself, its method handed its own fields by whoever loops over the definitions.
 * A field destructured from a parameter under the key the object holds data in (not a function) is that field.
 */
function selfDefinition(x: Extraction, root: TSESTree.Identifier, module: ParsedModule): { binding: Binding; object: TSESTree.ObjectExpression } | undefined {
  const decl = x.folder.declarationOf(root, module);
  const fn = decl?.binder;
  if (!fn || !isFunctionNode(fn)) return undefined;
  const pattern = fn.params.find((p): p is TSESTree.ObjectPattern => p.type === "ObjectPattern" && p.properties.some((q) => q.type === "Property" && q.value.type === "Identifier" && q.value.name === root.name));
  if (!pattern) return undefined;
  const property = parentOf(module.ast, fn);
  const parent = property?.type === "Property" && property.value === fn ? parentOf(module.ast, property) : undefined;
  if (parent?.type !== "ObjectExpression") return undefined;
  const object = parent;
  const binding: Binding = new Map();
  for (const q of pattern.properties) {
    if (q.type !== "Property" || q.value.type !== "Identifier") continue;
    const key = propertyName(q);
    const own = key === undefined ? undefined : x.member(object, key, module);
    if (own && !isFunctionNode(unwrapExpression(own.node))) binding.set(q.value.name, own);
  }
  return binding.has(root.name) && x.folder.string(binding.get(root.name)!.node, binding.get(root.name)!.module) !== undefined ? { binding, object } : undefined;
}

interface Destructuring {
  /** The list looped over. */
  list: Node;
  module: ParsedModule;
  pattern: TSESTree.ObjectPattern;
  /** The loop variable the pattern takes apart (`tool` in `const { name } = tool`), when it has a name. */
  element?: string;
}

/** Per module and name: the object patterns (`const { name, run } = …`, `for (const { name } of …)`) that declare it. */
const patternsByName = new WeakMap<ParsedModule, Map<string, { declarator: TSESTree.VariableDeclarator; declaration: Node }[]>>();

function objectPatternsOf(module: ParsedModule): Map<string, { declarator: TSESTree.VariableDeclarator; declaration: Node }[]> {
  let byName = patternsByName.get(module);
  if (byName) return byName;
  const index = new Map<string, { declarator: TSESTree.VariableDeclarator; declaration: Node }[]>();
  walkTypes(module.ast, ["VariableDeclarator"], (n, parent) => {
    const d = n as TSESTree.VariableDeclarator;
    if (d.id.type !== "ObjectPattern" || !parent) return;
    for (const name of patternKeys(d.id).keys()) index.set(name, [...(index.get(name) ?? []), { declarator: d, declaration: parent }]);
  });
  patternsByName.set(module, (byName = index));
  return byName;
}

/** The names an object pattern binds, each to the key it reads (`{ name: toolName, run = noop }` → toolName: name, run: run). */
function patternKeys(pattern: TSESTree.ObjectPattern): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pattern.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const key = propertyName(p);
    const value = p.value.type === "AssignmentPattern" ? p.value.left : p.value;
    if (key !== undefined && value.type === "Identifier") out.set(value.name, key);
  }
  return out;
}

/**
 * Destructuring takes an element apart into names that each stand for one of its fields:
 * `tools.forEach(({ name, run }) => …)`, `for (const { name, run } of tools)`, and
 * `for (const tool of tools) { const { name, run } = tool; … }`.
 */
function destructuringLoop(x: Extraction, root: TSESTree.Identifier, module: ParsedModule): Destructuring | undefined {
  const decl = x.folder.declarationOf(root, module);
  if (decl && isFunctionNode(decl.binder)) {
    const first = decl.binder.params[0];
    if (first?.type !== "ObjectPattern" || !patternKeys(first).has(root.name)) return undefined;
    const parent = decl.parent;
    const method = parent.type === "CallExpression" && parent.callee.type === "MemberExpression" ? propertyName(parent.callee) : undefined;
    if (parent.type !== "CallExpression" || parent.callee.type !== "MemberExpression" || !method || !LOOP_METHODS.has(method) || parent.arguments[0] !== decl.binder) return undefined;
    return { list: parent.callee.object, module, pattern: first };
  }
  if (decl) return undefined;
  // The innermost pattern declared before the use, in a block that holds it.
  let best: { declarator: TSESTree.VariableDeclarator; declaration: Node } | undefined;
  for (const c of objectPatternsOf(module).get(root.name) ?? []) {
    const holder = parentOf(module.ast, c.declaration);
    if (!holder || holder.range[0] > root.range[0] || holder.range[1] < root.range[1] || c.declarator.range[0] > root.range[0]) continue;
    if (!best || c.declarator.range[0] > best.declarator.range[0]) best = c;
  }
  if (!best) return undefined;
  const pattern = best.declarator.id as TSESTree.ObjectPattern;
  const holder = parentOf(module.ast, best.declaration);
  if ((holder?.type === "ForOfStatement" || holder?.type === "ForInStatement") && holder.left === best.declaration) return holder.type === "ForOfStatement" ? { list: holder.right, module, pattern } : undefined;
  const init = best.declarator.init && unwrapExpression(best.declarator.init);
  if (init?.type !== "Identifier") return undefined;
  const list = loopSource(x.folder, init, module);
  return list ? { list, module, pattern, element: init.name } : undefined;
}

const LOOP_METHODS = new Set(["forEach", "map", "flatMap", "filter"]);

/** One element taken apart: each name of the pattern bound to the element's field under its key. */
function partsOf(x: Extraction, parts: Destructuring, element: NodeIn): Binding {
  const b: Binding = new Map();
  if (parts.element) b.set(parts.element, element);
  const obj = x.objectOf(element.node, element.module);
  for (const [name, key] of patternKeys(parts.pattern)) {
    const field = obj && x.member(obj.node, key, obj.module);
    if (field) b.set(name, field);
  }
  return b;
}

/**
 * `for (const [name, def] of Object.entries(TOOLS))`, `Object.entries(TOOLS).forEach(([name, def]) => …)`:
 * per property of the table (spreads and helpers returning tables followed), the key and the value.
 */
function entriesLoop(x: Extraction, call: TSESTree.CallExpression, root: TSESTree.Identifier, module: ParsedModule): Binding[] | undefined {
  let found: { pattern: TSESTree.ArrayPattern; table: Node } | undefined;
  const at = call.range[0];
  walk(module.ast, {
    enter(n) {
      if (n.range[1] <= at || n.range[0] > at) return false;
      if (n.type === "ForOfStatement" && n.left.type === "VariableDeclaration" && n.left.declarations[0]?.id.type === "ArrayPattern") {
        const table = objectEntriesArgument(n.right);
        if (table) found = { pattern: n.left.declarations[0].id, table };
      } else if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && propertyName(n.callee) === "forEach") {
        const cb = n.arguments[0];
        const table = objectEntriesArgument(n.callee.object);
        if (table && cb && isFunctionNode(cb) && cb.params[0]?.type === "ArrayPattern") found = { pattern: cb.params[0], table };
      }
      return undefined;
    },
  });
  if (!found) return undefined;
  const [keyId, valueId] = found.pattern.elements;
  if (keyId?.type !== "Identifier" || (keyId.name !== root.name && !(valueId?.type === "Identifier" && valueId.name === root.name))) return undefined;
  const table = x.objectOf(found.table, module);
  if (!table) return undefined;
  return x.properties(table.node, table.module).slice(0, MAX_ELEMENTS).map(({ key, keyNode, value }) => {
    const b: Binding = new Map([[keyId.name, { node: keyNode, module: value.module, key } as NodeIn]]);
    if (valueId?.type === "Identifier") b.set(valueId.name, value);
    // `([name, { callback, ...schema }])`: each field of the entry's value by its key, the rest standing for the value itself.
    if (valueId?.type === "ObjectPattern") {
      for (const p of valueId.properties) {
        if (p.type === "RestElement" && p.argument.type === "Identifier") b.set(p.argument.name, value);
        if (p.type !== "Property" || p.computed || p.value.type !== "Identifier") continue;
        const field = propertyName(p);
        const found = field === undefined ? undefined : x.memberOf(value, field);
        if (found) b.set(p.value.name, found);
      }
    }
    return b;
  });
}

function objectEntriesArgument(n: Node): Node | undefined {
  const c = unwrapExpression(n);
  if (c.type !== "CallExpression" || c.callee.type !== "MemberExpression" || propertyName(c.callee) !== "entries") return undefined;
  const obj = unwrapExpression(c.callee.object);
  return obj.type === "Identifier" && obj.name === "Object" && c.arguments[0] && c.arguments[0].type !== "SpreadElement" ? c.arguments[0] : undefined;
}

/** Per call of the function whose parameter `id` is: each parameter bound to that call's argument. */
function wrapperCalls(x: Extraction, low: LowLevelServer, id: TSESTree.Identifier, module: ParsedModule, depth = 0): Binding[] {
  if (depth > 4) return [];
  const decl = x.folder.declarationOf(id, module);
  if (!decl || !isFunctionNode(decl.binder)) return [];
  const fn = decl.binder;
  const at = fn.params.findIndex((p) => (p.type === "Identifier" && p.name === id.name) || (p.type === "RestElement" && p.argument.type === "Identifier" && p.argument.name === id.name));
  if (at < 0) return [];
  // `for (const tool of this.tools) this.registerSingleTool(server, tool)`: a caller's loop variable is each element of its list.
  const perElement = (b: Binding): Binding[] => {
    for (const [name, value] of b) {
      const arg = unwrapExpression(value.node);
      const list = arg.type === "Identifier" ? loopSource(x.folder, arg, value.module) : undefined;
      if (list) return low.elementsOf(list, value.module).slice(0, MAX_ELEMENTS).map((element) => new Map([...b, [name, element]]));
    }
    return [b];
  };
  return x.callsOf(fn, decl.parent, module).slice(0, MAX_ELEMENTS).flatMap(({ call, module: m }) => {
    const b: Binding = new Map();
    fn.params.forEach((p, i) => {
      const a = call.arguments[i];
      if (p.type === "Identifier" && a && a.type !== "SpreadElement") b.set(p.name, { node: a, module: m });
      // `(toolName, ...args) => server.tool(toolName, ...args)`: the rest of this call's arguments.
      if (p.type === "RestElement" && p.argument.type === "Identifier") {
        const rest = call.arguments.slice(i);
        if (rest.every((r) => r.type !== "SpreadElement")) rest.forEach((r, j) => b.set(restName(p.argument as TSESTree.Identifier, j), { node: r, module: m }));
        b.set(restName(p.argument, -1), { node: p.argument, module, key: String(rest.length) } as NodeIn);
      }
    });
    return throughOuterWrapper(x, low, b.get(id.name) ?? b.get(restName(id, 0)), call, b, m, depth).flatMap(perElement);
  }).slice(0, MAX_ELEMENTS);
}

/**
 * `function registerTool(name, config, handler) { …; actuallyRegisterTool(name, config, handler) }`: a call
 * that passes its own function's parameters on makes that function a wrapper too, one binding per call of it.
 * A parameter of a function nobody calls where we can see stays what it was (a name we cannot read).
 */
function throughOuterWrapper(x: Extraction, low: LowLevelServer, named: NodeIn | undefined, call: TSESTree.CallExpression, b: Binding, module: ParsedModule, depth: number): Binding[] {
  // Only the name decides: the function holding the call must pass one of its own parameters as the tool's name.
  const arg = named && named.module === module ? unwrapExpression(named.node) : undefined;
  if (arg?.type !== "Identifier") return [b];
  const outer = x.folder.declarationOf(arg, module)?.binder;
  if (!outer || !isFunctionNode(outer) || outer.range[0] > call.range[0] || outer.range[1] < call.range[1]) return [b];
  if (!outer.params.some((p) => p.type === "Identifier" && p.name === arg.name)) return [b];
  const outerBindings = wrapperCalls(x, low, arg, module, depth + 1);
  if (outerBindings.length === 0) return [b];
  const own = (v: NodeIn): TSESTree.Identifier | undefined => {
    const n = unwrapExpression(v.node);
    return n.type === "Identifier" && v.module === module && x.folder.declarationOf(n, module)?.binder === outer ? n : undefined;
  };
  return outerBindings.map((ob) => new Map([...b].map(([name, v]): [string, NodeIn] => {
    const id = own(v);
    return [name, (id && ob.get(id.name)) ?? v];
  })));
}

/** The binding name of the `j`th element of a rest parameter (`-1`: how many there are, in `key`). */
function restName(id: TSESTree.Identifier, j: number): string {
  return `${id.name}\u0000${j}`;
}

/** A call's arguments with `...rest` of a wrapper's rest parameter spelled out, one stand-in identifier per element. */
function expandRest(args: TSESTree.CallExpressionArgument[], b: Binding): TSESTree.Expression[] | undefined {
  const out: TSESTree.Expression[] = [];
  for (const a of args) {
    if (a.type !== "SpreadElement") {
      out.push(a);
      continue;
    }
    const id = a.argument.type === "Identifier" ? a.argument : undefined;
    const count = id ? (b.get(restName(id, -1)) as (NodeIn & { key?: string }) | undefined)?.key : undefined;
    if (!id || count === undefined) return undefined;
    for (let j = 0; j < Number(count); j++) out.push({ ...id, name: restName(id, j) });
  }
  return out;
}

/**
 * The identifier a registration's name is read from: the root of `tool.name`, the loop variable inside
 * a template (`${provider.name}_search`: one name per element), and the same inside a definition
 * object passed first (`tool({ name: `${p.name}_process`, schema }, handler)`).
 */
function loopRootOf(x: Extraction, first: Node, module: ParsedModule): TSESTree.Identifier | undefined {
  const n = unwrapExpression(first);
  if (n.type === "TemplateLiteral") {
    const roots = n.expressions.map((e) => rootIdentifier(e as Node)).filter((id): id is TSESTree.Identifier => !!id);
    return roots.find((id) => loopSource(x.folder, id, module)) ?? roots[0];
  }
  if (n.type === "ObjectExpression") {
    const named = n.properties.find((p): p is TSESTree.Property => p.type === "Property" && !p.computed && propertyName(p) === "name");
    const value = named && unwrapExpression(named.value as Node);
    // Only a name made of something else than a constant: a literal name is one tool, read elsewhere.
    return value && (value.type === "TemplateLiteral" || value.type === "MemberExpression" || value.type === "Identifier") ? loopRootOf(x, value, module) : undefined;
  }
  return rootIdentifier(first);
}

/** `tool`, `tool.name`, `def.meta.name`: the identifier a member chain starts from. */
function rootIdentifier(node: Node): TSESTree.Identifier | undefined {
  let n = unwrapExpression(node);
  while (n.type === "MemberExpression") n = unwrapExpression(n.object);
  return n.type === "Identifier" ? n : undefined;
}

/** An expression's value for one element: the element for the loop variable, its properties, locals built from them. */
function evaluate(x: Extraction, node: Node, module: ParsedModule, b: Binding, depth = 0): NodeIn | undefined {
  if (depth > 8) return undefined;
  const n = unwrapExpression(node);
  if (n.type === "Identifier") {
    const bound = b.get(n.name);
    if (bound) return bound.node.type === "Identifier" || bound.node.type === "MemberExpression" ? (x.folder.resolve(bound.node, bound.module) ?? bound) : bound;
    const init = x.folder.initializerOf(n, module);
    if (init && (mentions(init, b) || derivesFrom(x, init, module, b))) return evaluate(x, init, module, b, depth + 1);
    return x.resolve(n, module);
  }
  if (n.type === "MemberExpression") {
    if (!mentions(n, b) && !derivesFrom(x, n.object, module, b)) return x.resolve(n, module);
    const obj = evaluate(x, n.object, module, b, depth + 1);
    const keyNode = n.computed ? evaluate(x, n.property, module, b, depth + 1) : undefined;
    const key = n.computed ? (keyNode ? x.folder.string(keyNode.node, keyNode.module) : undefined) : propertyName(n);
    if (!obj || key === undefined) return undefined;
    const ns = x.folder.namespaceOf(obj.node, obj.module);
    if (ns) return x.folder.exportOf(ns, key);
    // `provider.name` with the element `new SearchProvider()`: the field its class gives every instance.
    const instance = instanceField(x, obj, key);
    if (instance) return instance;
    // `tool.schema.shape`: a zod object's shape lists the same parameters as the object.
    return x.memberOf(obj, key) ?? (key === "shape" ? obj : undefined);
  }
  // `${provider.name}_search`: the name this element makes, when each part folds to a string.
  if (n.type === "TemplateLiteral" && n.expressions.some((e) => mentions(e as Node, b) || derivesFrom(x, e as Node, module, b))) {
    let text = n.quasis[0].value.cooked ?? "";
    for (let i = 0; i < n.expressions.length; i++) {
      const part = evaluate(x, n.expressions[i] as Node, module, b, depth + 1);
      const value = part && x.folder.string(part.node, part.module);
      if (value === undefined) return undefined;
      text += value + (n.quasis[i + 1].value.cooked ?? "");
    }
    return { node: { type: "Literal", value: text, raw: JSON.stringify(text), range: n.range, loc: n.loc } as Node, module };
  }
  return { node: n, module };
}

/** `new Engine()`'s own field `key`: a class field's initializer or the constructor's `this.key = …`. */
function instanceField(x: Extraction, value: NodeIn, key: string): NodeIn | undefined {
  const created = unwrapExpression(value.node);
  if (created.type !== "NewExpression") return undefined;
  const cls = x.folder.resolve(created.callee as Node, value.module);
  const decl = cls && unwrapExpression(cls.node);
  if (decl?.type !== "ClassDeclaration" && decl?.type !== "ClassExpression") return undefined;
  const fields = new Map<string, Node>();
  for (const m of decl.body.body) {
    if (m.type === "PropertyDefinition" && !m.static && !m.computed && m.value) {
      const name = propertyName(m);
      if (name !== undefined && !fields.has(name)) fields.set(name, m.value as Node);
    }
    if (m.type === "MethodDefinition" && m.kind === "constructor") constructorFields(m.value, fields);
  }
  const field = fields.get(key);
  return field && cls ? { node: field, module: cls.module } : undefined;
}

/**
 * A name whose value is read off the element through locals: `const toolHandler = handler` with
 * `const handler = HANDLERS[tool.name]`. Followed through at most a few initializers.
 */
function derivesFrom(x: Extraction, node: Node, module: ParsedModule, b: Binding, depth = 0): boolean {
  const n = unwrapExpression(node);
  if (mentions(n, b)) return true;
  if (depth > 4) return false;
  // `entry.handler` with `const entry = HANDLERS[tool.name]`.
  if (n.type === "MemberExpression") return derivesFrom(x, n.object, module, b, depth + 1);
  if (n.type !== "Identifier") return false;
  const init = x.folder.initializerOf(n, module);
  return !!init && derivesFrom(x, init, module, b, depth + 1);
}

function mentions(node: Node, b: Binding): boolean {
  const n = unwrapExpression(node);
  if (n.type === "Identifier") return b.has(n.name);
  if (n.type === "MemberExpression") return mentions(n.object, b) || (n.computed && mentions(n.property, b));
  if (n.type === "CallExpression") return n.arguments.some((a) => a.type !== "SpreadElement" && mentions(a, b)) || mentions(n.callee, b);
  if (n.type === "TemplateLiteral") return n.expressions.some((e) => mentions(e as Node, b));
  return false;
}

/** The function an argument stands for, through wrappers (`wrapToolHandler(tool.name, handler)`). */
function handlerOf(x: Extraction, node: Node, module: ParsedModule, b: Binding, depth = 0): { fn: FunctionNode; module: ParsedModule; argumentParams?: number[] } | undefined {
  if (depth > 4) return undefined;
  const n = unwrapExpression(node);
  if (isFunctionNode(n)) return boundCallee(x, n, module, b) ?? { fn: n, module };
  const value = evaluate(x, n, module, b);
  if (value && value.node !== n) {
    const v = unwrapExpression(value.node);
    // `const timed = async (args) => handler(args)` in a wrapper: the function the caller passed as `handler`.
    if (isFunctionNode(v)) return boundCallee(x, v, value.module, b) ?? { fn: v, module: value.module };
    if (v.type === "CallExpression" || v.type === "Identifier" || v.type === "MemberExpression") {
      const inner = handlerOf(x, v, value.module, b, depth + 1);
      if (inner) return inner;
    }
  }
  if (n.type === "CallExpression") {
    for (const a of n.arguments) {
      if (a.type === "SpreadElement") continue;
      const inner = handlerOf(x, a, module, b, depth + 1);
      if (inner) return inner;
    }
  }
  return x.functionOf(n, module);
}

/** `async (args) => { …; return cb(args) }` in a wrapper: the function the caller passed as `cb`. */
function boundCallee(x: Extraction, fn: FunctionNode, module: ParsedModule, b: Binding): { fn: FunctionNode; module: ParsedModule; argumentParams?: number[] } | undefined {
  let found: { fn: FunctionNode; module: ParsedModule; argumentParams?: number[] } | undefined;
  // `(args, ctx) => def.tool(client(), args, ctx)`: the callee takes the tool's arguments where the wrapper passes its own.
  const own = fn.params[0]?.type === "Identifier" ? fn.params[0].name : undefined;
  const at = (call: TSESTree.CallExpression): number[] | undefined => {
    const i = own === undefined ? -1 : call.arguments.findIndex((a) => a.type === "Identifier" && a.name === own);
    return i > 0 ? [i] : undefined;
  };
  walk(fn.body, {
    enter(n) {
      if (found) return false;
      if (n.type !== "CallExpression") return undefined;
      const callee = unwrapExpression(n.callee);
      const bound = callee.type === "Identifier" ? b.get(callee.name) : undefined;
      if (bound) found = x.functionOf(bound.node, bound.module);
      // `const handler = HANDLERS[tool.name]; … handler(args)`: a local whose value is read off the element.
      // What a call made of the element (`createHandler(fn, def.name)`) is no table entry: the wrapper stays the handler.
      else if ((callee.type === "Identifier" || callee.type === "MemberExpression") && !mentions(callee, b) && derivesFrom(x, callee, module, b)) {
        const value = evaluate(x, callee, module, b);
        if (value && unwrapExpression(value.node).type !== "CallExpression") found = x.functionOf(value.node, value.module);
      }
      // `def.execute(args)` with `def` one element of the loop.
      else if (callee.type === "MemberExpression" && mentions(callee.object, b)) {
        const value = evaluate(x, callee, module, b);
        if (value) found = x.functionOf(value.node, value.module);
      }
      const params = found && at(n);
      if (found && params) found = { ...found, argumentParams: params };
      return undefined;
    },
  });
  return found;
}

function textOf(x: Extraction, value: NodeIn | undefined, fallback: Node, module: ParsedModule): LocatedText {
  // A table key stands for itself (an identifier key is a name, not a variable).
  const key = (value as (NodeIn & { key?: string }) | undefined)?.key;
  if (value && key !== undefined) return { value: key, location: locationOf(value.module.path, value.node), dynamic: false };
  return value ? x.text(value.node, value.module) : x.text(fallback, module);
}

function registerOne(x: Extraction, call: TSESTree.CallExpression, method: string, module: ParsedModule, b: Binding, via: string): boolean {
  const args = expandRest(call.arguments, b) ?? call.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
  if (args.length === 0) return false;
  // `addTool(def)`, `registerTool({ ...def })`: one definition object per element.
  const definitionArg = args.length === 1 ? args[0] : undefined;
  if (definitionArg) {
    const def = evaluate(x, definitionArg, module, b);
    const obj = def && x.objectOf(def.node, def.module);
    const rootId = rootIdentifier(definitionArg);
    const element = rootId && b.get(rootId.name);
    const elementObj = element && x.objectOf(element.node, element.module);
    const get = (k: string): NodeIn | undefined => {
      const own = obj ? x.member(obj.node, k, obj.module) : undefined;
      if (own && obj && obj.node !== elementObj?.node) return evaluate(x, own.node, own.module, b) ?? own;
      return own ?? (elementObj ? x.member(elementObj.node, k, elementObj.module) : undefined);
    };
    const name = get("name");
    const impl = get("execute") ?? get("handler") ?? get("run");
    if (!name || !impl) return false;
    const nameText = x.text(name.node, name.module);
    if (nameText.value === undefined) return false;
    const desc = get("description");
    const params = get("parameters") ?? get("inputSchema") ?? get("schema");
    const annotations = get("annotations");
    const handler = handlerOf(x, impl.node, impl.module, b);
    x.add({
      kind: method === "addPrompt" ? "prompt" : "tool",
      name: nameText,
      description: desc ? x.text(desc.node, desc.module) : undefined,
      parameters: params ? parametersOf(x, params.node, params.module) : [],
      annotations: readAnnotations(x, annotations?.node, annotations?.module ?? module),
      registeredVia: via,
      handler: handler && { ...handler, argumentParams: handler.argumentParams ?? [0] },
    });
    return true;
  }
  // `tool({ name: `${p.name}_search`, description: p.description, schema }, handler)`: the definition first, its handler last.
  const definitionFirst = args.length === 2 && unwrapExpression(args[0]).type === "ObjectExpression" ? (args[0] as TSESTree.ObjectExpression) : undefined;
  if (definitionFirst) {
    const field = (k: string): NodeIn | undefined => {
      const own = x.member(definitionFirst, k, module);
      return own && (evaluate(x, own.node, own.module, b) ?? own);
    };
    const nameAt = field("name");
    const nameText = nameAt ? textOf(x, nameAt, nameAt.node, nameAt.module) : undefined;
    if (nameText?.value === undefined) return false;
    const desc = field("description");
    const params = field("schema") ?? field("inputSchema") ?? field("parameters");
    const annotations = field("annotations");
    const handler = handlerOf(x, args[1], module, b);
    x.add({
      kind: method === "prompt" || method === "addPrompt" ? "prompt" : "tool",
      name: nameText,
      description: desc ? textOf(x, desc, desc.node, desc.module) : undefined,
      parameters: params ? parametersOf(x, params.node, params.module) : [],
      annotations: readAnnotations(x, annotations?.node, annotations?.module ?? module),
      registeredVia: via,
      handler: handler && { ...handler, argumentParams: handler.argumentParams ?? [0] },
    });
    return true;
  }
  const name = textOf(x, evaluate(x, args[0], module, b), args[0], module);
  if (name.value === undefined) return false;
  const cb = args[args.length - 1];
  const handler = handlerOf(x, cb, module, b);
  // `registerResource(name, uri, config, read)` through a wrapper or a loop registers a resource, never a tool.
  if (RESOURCE_METHODS.has(method)) {
    if (args.length < 3) return false;
    const uriAt = evaluate(x, args[1], module, b);
    const uri = uriAt ? x.folder.string(uriAt.node, uriAt.module) : undefined;
    const template = uri !== undefined && /\{[^}]+\}/.test(uri);
    x.add({
      kind: template ? "resource-template" : "resource",
      name,
      parameters: template ? uriTemplateVariables(uri) : [],
      registeredVia: via,
      handler: handler && { ...handler, argumentParams: template ? [0, 1] : [] },
    });
    return true;
  }
  const middle = args.slice(1, -1).map((a) => ({ arg: a, value: evaluate(x, a, module, b) }));
  let description: LocatedText | undefined;
  let params: NodeIn | undefined;
  let annotations: NodeIn | undefined;
  if (method === "registerTool" || method === "registerPrompt") {
    // `registerTool(t.name, { description: t.description, inputSchema: t.schema }, handler)`
    const config = middle[0]?.value && x.objectOf(middle[0].value.node, middle[0].value.module);
    // `{ ...config, title }` with `config` a wrapper's parameter: what its caller passed.
    const get = (k: string): NodeIn | undefined => {
      if (!config) return undefined;
      const own = x.member(config.node, k, config.module);
      if (own) return own;
      const literal = unwrapExpression(config.node);
      if (literal.type !== "ObjectExpression") return undefined;
      for (const p of [...literal.properties].reverse()) {
        if (p.type !== "SpreadElement") continue;
        const spread = evaluate(x, p.argument, config.module, b);
        const inner = spread && x.objectOf(spread.node, spread.module);
        const found = inner && x.member(inner.node, k, inner.module);
        if (found) return found;
      }
      return undefined;
    };
    const desc = get("description");
    if (desc) description = textOf(x, evaluate(x, desc.node, desc.module, b), desc.node, desc.module);
    const schema = get(method === "registerTool" ? "inputSchema" : "argsSchema");
    if (schema) params = evaluate(x, schema.node, schema.module, b) ?? schema;
    const ann = get("annotations");
    if (ann) annotations = evaluate(x, ann.node, ann.module, b) ?? ann;
  } else {
    // `tool(t.name, description, { params: t.inputSchema }, annotations, handler)`: a string, then objects.
    for (const m of middle) {
      const target = m.value ?? { node: m.arg, module };
      const isObject = x.objectOf(target.node, target.module) !== undefined;
      if (!description && !isObject && !params) description = textOf(x, m.value, m.arg, module);
      else if (!params) params = target;
      else if (!annotations) annotations = target;
    }
  }
  x.add({
    kind: method === "prompt" || method === "registerPrompt" ? "prompt" : "tool",
    name,
    description,
    parameters: params ? parametersOf(x, params.node, params.module) : [],
    annotations: readAnnotations(x, annotations?.node, annotations?.module ?? module),
    registeredVia: via,
    handler: handler && { ...handler, argumentParams: handler.argumentParams ?? [0] },
  });
  return true;
}
