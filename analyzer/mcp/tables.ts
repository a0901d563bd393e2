// Dispatch through objects the code builds at run time: a registry instance
// held in a field (`this.registry.execute(name, args)`), a Map read by the
// tool's name (`this.tools.get(name)`, `handlers.get(name)(args)`) and filled
// elsewhere (`this.tools.set(def.name, def)` in a `register(def)` method its
// callers hand definitions to, in a loop over a table or one by one;
// `new Map(tools.map((t) => [t.name, t]))`).
//
// Values are followed the way the language moves them: a parameter stands for
// what each caller passes, a loop variable for each element of its list, a
// field for what the class's constructor or initializer puts in it, `x.bind(y)`
// for `x`, `this.m` and `instance.m` for the method of the instance's class.
// Every expansion is bounded.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { NodeIn } from "../program/constants.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule } from "../types.js";
import { isFunctionNode, type ClassNode, type Extraction } from "./context.js";
import { loopSource } from "./dynamic-origin.js";

/** Entries per table, callers per method, elements per loop: a registry of a few hundred tools fits, a bundle's every `set` does not. */
const MAX_ENTRIES = 500;
const MAX_CALLERS = 64;
const MAX_DEPTH = 8;

/** What names stand for while a value is followed: a parameter → one caller's argument, a loop variable → one element. */
type Env = Map<string, NodeIn>;

export interface TableEntry {
  key: string;
  value: NodeIn;
  env: Env;
}

type Elements = (list: Node, module: ParsedModule) => NodeIn[];

export class DispatchTables {
  private readonly fieldCache = new Map<string, Node[]>();

  constructor(
    private readonly x: Extraction,
    private readonly elements: Elements,
  ) {}

  /** `this.registry.execute`, `registry.dispatch` with `registry = new ToolRegistry()`: the method of the instance's class. */
  receiverMethod(callee: Node, module: ParsedModule): { fn: FunctionNode; module: ParsedModule } | undefined {
    const c = unwrapExpression(callee);
    if (c.type !== "MemberExpression") return undefined;
    const name = propertyName(c);
    const cls = name !== undefined ? this.instanceClass(c.object, module, 0) : undefined;
    return cls && name !== undefined ? this.x.classMethod(cls.cls, cls.module, name) : undefined;
  }

  /** `mod.handleTool` with `mod` a loop variable over a list: that method of each element (a module namespace, an object, an instance). */
  loopMethods(callee: Node, module: ParsedModule): { fn: FunctionNode; module: ParsedModule }[] {
    const c = unwrapExpression(callee);
    if (c.type !== "MemberExpression") return [];
    const name = propertyName(c);
    const root = unwrapExpression(c.object);
    if (root.type !== "Identifier" || name === undefined) return [];
    const list = loopSource(this.x.folder, root, module);
    if (!list) return [];
    const out: { fn: FunctionNode; module: ParsedModule }[] = [];
    for (const element of this.elements(list, module).slice(0, MAX_CALLERS)) {
      const value = this.evaluate(c, module, new Map([[root.name, element]]), 0);
      const v = value && unwrapExpression(value.node);
      const fn = v && (isFunctionNode(v) ? { fn: v, module: value!.module } : this.x.functionOf(v, value!.module));
      if (fn && !out.some((o) => o.fn === fn.fn)) out.push(fn);
    }
    return out;
  }

  /** The class an expression is an instance of: `new X()`, a name or field bound to one. */
  instanceClass(expr: Node, module: ParsedModule, depth: number): { cls: ClassNode; module: ParsedModule } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    let n = unwrapExpression(expr);
    if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
    if (n.type === "NewExpression") {
      const target = this.x.folder.resolve(n.callee, module);
      const c = target && unwrapExpression(target.node);
      return c && (c.type === "ClassDeclaration" || c.type === "ClassExpression") ? { cls: c, module: target!.module } : undefined;
    }
    if (n.type === "Identifier") {
      const init = this.x.folder.initializerOf(n, module);
      return init ? this.instanceClass(init, module, depth + 1) : undefined;
    }
    if (n.type === "MemberExpression" && unwrapExpression(n.object).type === "ThisExpression") {
      const field = propertyName(n);
      const cls = field !== undefined ? this.x.enclosingClass(n, module) : undefined;
      if (!cls || field === undefined) return undefined;
      for (const v of this.fieldValues(cls, module, field)) {
        const found = this.instanceClass(v, module, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** What a class puts in `this.<field>`: its initializer (`tools = new Map()`) and assignments in its methods. */
  private fieldValues(cls: ClassNode, module: ParsedModule, field: string): Node[] {
    const key = `${module.path}:${cls.range[0]}:${field}`;
    const hit = this.fieldCache.get(key);
    if (hit) return hit;
    const out: Node[] = [];
    for (const m of cls.body.body) if (m.type === "PropertyDefinition" && !m.static && !m.computed && propertyName(m) === field && m.value) out.push(m.value);
    walk(cls.body, {
      enter(n) {
        if (n.type === "AssignmentExpression" && n.operator === "=" && n.left.type === "MemberExpression" && unwrapExpression(n.left.object).type === "ThisExpression" && propertyName(n.left) === field) out.push(n.right);
      },
    });
    this.fieldCache.set(key, out);
    return out;
  }

  /**
   * The entries of a table read by name (`map.get(name)`): `map.set(key, value)` calls on the
   * same map (the same field of the same class, or the same declared name), and the pairs a
   * `new Map(…)` initializer lists.
   */
  mapEntries(mapExpr: Node, module: ParsedModule): TableEntry[] {
    const out: TableEntry[] = [];
    const m = unwrapExpression(mapExpr);
    const same = this.sameTable(m, module);
    if (!same) return out;
    for (const init of same.initializers) this.initializerEntries(init.node, init.module, out);
    for (const { call, module: at } of this.x.callsByName.get("set") ?? []) {
      if (out.length >= MAX_ENTRIES) break;
      const callee = unwrapExpression(call.callee);
      if (callee.type !== "MemberExpression" || call.arguments.length < 2 || !same.matches(callee.object, at)) continue;
      const [k, v] = call.arguments;
      if (k.type === "SpreadElement" || v.type === "SpreadElement") continue;
      for (const env of this.envsFor([k, v], at)) {
        const key = this.keyOf(k, at, env);
        if (key !== undefined) out.push({ key, value: { node: v, module: at }, env });
        if (out.length >= MAX_ENTRIES) break;
      }
    }
    return out;
  }

  /** Which expressions name the same table as `m`, and where it is initialized. */
  private sameTable(m: Node, module: ParsedModule): { matches: (n: Node, at: ParsedModule) => boolean; initializers: NodeIn[] } | undefined {
    if (m.type === "MemberExpression" && unwrapExpression(m.object).type === "ThisExpression") {
      const field = propertyName(m);
      const cls = this.x.enclosingClass(m, module);
      if (field === undefined || !cls) return undefined;
      return {
        matches: (n, at) => {
          const u = unwrapExpression(n);
          return at === module && u.type === "MemberExpression" && unwrapExpression(u.object).type === "ThisExpression" && propertyName(u) === field && this.x.enclosingClass(u, at) === cls;
        },
        initializers: this.fieldValues(cls, module, field).map((node) => ({ node, module })),
      };
    }
    if (m.type === "Identifier") {
      const target = this.x.folder.resolve(m, module);
      if (!target) return undefined;
      return {
        matches: (n, at) => {
          const u = unwrapExpression(n);
          return u.type === "Identifier" && u.name === m.name && this.x.folder.resolve(u, at)?.node === target.node;
        },
        initializers: [target],
      };
    }
    return undefined;
  }

  /**
   * `new Map([["a", fa], ["b", fb]])`, `new Map(list.map((t) => [t.name, t]))`, and the same pairs
   * made an object (`Object.fromEntries(list.map((t) => [t.name, t]))`, read as `table[name]`).
   */
  private initializerEntries(node: Node, module: ParsedModule, out: TableEntry[]): void {
    const n = unwrapExpression(node);
    if (n.type !== "NewExpression" && !isFromEntries(n)) return;
    if (n.arguments.length !== 1 || n.arguments[0].type === "SpreadElement") return;
    let arg = unwrapExpression(n.arguments[0]);
    // `const entries = tools.map((t) => [t.name, t]); Object.fromEntries(entries)`: the pairs the name holds.
    if (arg.type === "Identifier") {
      const init = this.x.folder.initializerOf(arg, module);
      if (init) arg = unwrapExpression(init);
    }
    if (arg.type === "ArrayExpression") {
      for (const pair of arg.elements) {
        const p = pair && unwrapExpression(pair as Node);
        if (p?.type !== "ArrayExpression" || p.elements.length !== 2 || !p.elements[0] || !p.elements[1] || p.elements[0].type === "SpreadElement" || p.elements[1].type === "SpreadElement") continue;
        const key = this.x.folder.string(p.elements[0], module);
        if (key !== undefined) out.push({ key, value: { node: p.elements[1], module }, env: new Map() });
      }
      return;
    }
    // `list.map((t) => [t.name, t])`: one pair per element of the list.
    if (arg.type !== "CallExpression" || arg.callee.type !== "MemberExpression" || propertyName(arg.callee) !== "map") return;
    const cb = arg.arguments[0] && unwrapExpression(arg.arguments[0] as Node);
    if (!cb || !isFunctionNode(cb) || cb.params[0]?.type !== "Identifier" || cb.body.type === "BlockStatement") return;
    const pair = unwrapExpression(cb.body);
    if (pair.type !== "ArrayExpression" || pair.elements.length !== 2 || !pair.elements[0] || !pair.elements[1] || pair.elements[0].type === "SpreadElement" || pair.elements[1].type === "SpreadElement") return;
    const param = cb.params[0].name;
    for (const element of this.passedElements(arg.callee.object, module)) {
      const env: Env = new Map([[param, element]]);
      const key = this.keyOf(pair.elements[0], module, env);
      if (key !== undefined) out.push({ key, value: { node: pair.elements[1], module }, env });
      if (out.length >= MAX_ENTRIES) break;
    }
  }

  /** A list's elements, one per caller where an element is a function's parameter (`function add(e) { list.push(e) }` called once per tool). */
  private passedElements(list: Node, module: ParsedModule): NodeIn[] {
    const out: NodeIn[] = [];
    for (const element of this.elements(list, module).slice(0, MAX_ENTRIES)) {
      if (unwrapExpression(element.node).type !== "Identifier") {
        out.push(element);
        continue;
      }
      for (const env of this.envsFor([element.node], element.module)) {
        out.push(env.size ? (this.evaluate(element.node, element.module, env, 0) ?? element) : element);
        if (out.length >= MAX_ENTRIES) return out;
      }
    }
    return out;
  }

  /**
   * The bindings under which expressions of a function are evaluated: none when they use no
   * parameter of it; else one per caller (each parameter bound to that call's argument), and
   * per element of a loop the argument sits in.
   */
  private envsFor(exprs: Node[], module: ParsedModule): Env[] {
    const params = new Map<string, { fn: FunctionNode; parent: Node; index: number }>();
    for (const e of exprs) {
      walk(e, {
        enter: (n) => {
          if (n.type !== "Identifier" || params.has(n.name)) return;
          const decl = this.x.folder.declarationOf(n, module);
          // A parameter of a function inside the expression (`handlers.set("x", async (args) => …)`) is its own, not the caller's.
          if (!decl || !isFunctionNode(decl.binder) || (decl.binder.range[0] >= e.range[0] && decl.binder.range[1] <= e.range[1])) return;
          const index = decl.binder.params.findIndex((p) => p.type === "Identifier" && p.name === n.name);
          if (index >= 0) params.set(n.name, { fn: decl.binder, parent: decl.parent, index });
        },
      });
    }
    if (params.size === 0) return [new Map()];
    const [{ fn, parent }] = params.values();
    const out: Env[] = [];
    for (const { call, module: at } of this.callersOf(fn, parent)) {
      const env: Env = new Map();
      fn.params.forEach((p, i) => {
        const a = call.arguments[i];
        if (p.type === "Identifier" && a && a.type !== "SpreadElement") env.set(p.name, { node: a, module: at });
      });
      out.push(...this.expandLoops(env, call, at));
      if (out.length >= MAX_ENTRIES) break;
    }
    return out;
  }

  /** The calls of a function: by its name (`callsOf`), and for a method, `x.m(…)` on an instance of its class or `this.m(…)` inside it. */
  private callersOf(fn: FunctionNode, parent: Node): { call: TSESTree.CallExpression; module: ParsedModule }[] {
    const direct = this.x.callsOf(fn, parent);
    if (parent.type !== "MethodDefinition" && parent.type !== "PropertyDefinition") return direct.slice(0, MAX_CALLERS);
    const name = propertyName(parent);
    if (name === undefined) return direct.slice(0, MAX_CALLERS);
    const out = [...direct];
    for (const c of this.x.callsByName.get(name) ?? []) {
      if (out.length >= MAX_CALLERS) break;
      if (out.some((o) => o.call === c.call)) continue;
      const target = this.receiverMethod(c.call.callee, c.module) ?? this.x.functionOf(c.call.callee, c.module);
      if (target?.fn === fn) out.push(c);
    }
    return out.slice(0, MAX_CALLERS);
  }

  /** A call inside `list.forEach((t) => …)` or `for (const t of list)` whose arguments use `t`: one binding per element. */
  private expandLoops(env: Env, call: TSESTree.CallExpression, module: ParsedModule): Env[] {
    let loop: { name: string; list: Node } | undefined;
    for (const a of call.arguments) {
      walk(a, {
        enter: (n) => {
          if (loop || n.type !== "Identifier") return;
          const list = loopSource(this.x.folder, n, module);
          if (list) loop = { name: n.name, list };
        },
      });
      if (loop) break;
    }
    if (!loop) return [env];
    const { name, list } = loop;
    return this.elements(list, module)
      .slice(0, MAX_ENTRIES)
      .map((element) => new Map([...env, [name, element]]));
  }

  private keyOf(k: Node, module: ParsedModule, env: Env): string | undefined {
    const v = this.evaluate(k, module, env, 0);
    return v ? this.x.folder.string(v.node, v.module) : undefined;
  }

  /** An expression's value under a binding: parameters and loop variables, object members, class methods, `bind`. */
  evaluate(node: Node, module: ParsedModule, env: Env, depth: number): NodeIn | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unwrapExpression(node);
    if (n.type === "Identifier") {
      const bound = env.get(n.name);
      if (bound && bound.node !== n) return this.evaluate(bound.node, bound.module, env, depth + 1) ?? bound;
      // `const handler = handlers[definition.name]` with `definition` bound: the initializer under the binding.
      const init = this.x.folder.initializerOf(n, module);
      if (init && mentions(init, env)) return this.evaluate(init, module, env, depth + 1);
      return this.x.resolve(n, module);
    }
    if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && propertyName(n.callee) === "bind") return this.evaluate(n.callee.object, module, env, depth + 1);
    if (n.type === "MemberExpression") {
      const keyValue = n.computed ? this.evaluate(n.property, module, env, depth + 1) : undefined;
      const key = n.computed ? (keyValue ? this.x.folder.string(keyValue.node, keyValue.module) : undefined) : propertyName(n);
      if (key === undefined) return undefined;
      const objectNode = unwrapExpression(n.object);
      if (objectNode.type === "ThisExpression") {
        const cls = this.x.enclosingClass(n, module);
        const method = cls && this.x.classMethod(cls, module, key);
        return method ? { node: method.fn, module: method.module } : undefined;
      }
      // `this.handlers[key]`, `registry[key]` on an instance: the method of its class.
      const instance = this.instanceClass(objectNode, module, depth + 1);
      if (instance) {
        const method = this.x.classMethod(instance.cls, instance.module, key);
        return method ? { node: method.fn, module: method.module } : undefined;
      }
      const obj = this.evaluate(objectNode, module, env, depth + 1);
      if (!obj) return undefined;
      const ns = this.x.folder.namespaceOf(obj.node, obj.module);
      if (ns) return this.x.folder.exportOf(ns, key);
      const inst = this.instanceClass(obj.node, obj.module, depth + 1);
      if (inst) {
        const method = this.x.classMethod(inst.cls, inst.module, key);
        return method ? { node: method.fn, module: method.module } : undefined;
      }
      const o = this.x.objectOf(obj.node, obj.module);
      const member = (o && this.x.member(o.node, key, o.module)) ?? this.x.folder.member(obj, key);
      return member && (this.evaluate(member.node, member.module, env, depth + 1) ?? member);
    }
    return { node: n, module };
  }

  /** The function a table value stands for, or its member `method` (`tool.handler(args)`, `new Tool().execute(args)`). */
  handlerOf(entry: TableEntry, method: string | undefined): { fn: FunctionNode; module: ParsedModule } | undefined {
    const value = this.evaluate(entry.value.node, entry.value.module, entry.env, 0);
    if (!value) return undefined;
    if (method === undefined) {
      const v = unwrapExpression(value.node);
      return isFunctionNode(v) ? { fn: v, module: value.module } : this.x.functionOf(v, value.module);
    }
    const instance = this.instanceClass(value.node, value.module, 0);
    if (instance) return this.x.classMethod(instance.cls, instance.module, method);
    const o = this.x.objectOf(value.node, value.module);
    const member = o && this.x.member(o.node, method, o.module);
    const target = member && this.evaluate(member.node, member.module, entry.env, 0);
    if (!target) return undefined;
    const t = unwrapExpression(target.node);
    return isFunctionNode(t) ? { fn: t, module: target.module } : this.x.functionOf(t, target.module);
  }
}

/** `Object.fromEntries(pairs)`: an object whose keys and values are the pairs'. */
function isFromEntries(n: Node): n is TSESTree.CallExpression {
  if (n.type !== "CallExpression" || n.callee.type !== "MemberExpression") return false;
  const object = unwrapExpression(n.callee.object);
  return propertyName(n.callee) === "fromEntries" && object.type === "Identifier" && object.name === "Object";
}

/** Whether an expression reads a name the binding (or set of names) holds. */
export function mentions(node: Node, env: { has(name: string): boolean }): boolean {
  let found = false;
  walk(node, {
    enter(n) {
      if (found) return false;
      if (n.type === "Identifier" && env.has(n.name)) found = true;
      return undefined;
    },
  });
  return found;
}
