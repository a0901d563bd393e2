// The state one extraction shares between the SDK shapes: the constant
// folder, the items found so far, and how to turn expressions into located
// text and handler functions.
import type { TSESTree } from "@typescript-eslint/types";
import { parentOf, type ConstantFolder, type NodeIn } from "../program/constants.js";
import { enclosingFunction, FUNCTION_TYPES, isFunctionNode, locationOf, propertyName, unwrapExpression, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { Location, ParsedModule, ServerModel, SurfaceItem, ToolAnnotations, ToolParameter } from "../types.js";
import type { HandlerRef } from "./index.js";

/** A string as the code gives it: its value when constant, and where it is written. */
export interface LocatedText {
  value?: string;
  location: Location;
  dynamic: boolean;
  /** The expression, kept for dynamic texts (where did it come from?). */
  expression?: NodeIn;
}

export interface ItemInput {
  kind: SurfaceItem["kind"];
  name: LocatedText;
  description?: LocatedText;
  parameters?: ToolParameter[];
  annotations?: ToolAnnotations;
  registeredVia: string;
  handler?: { fn: FunctionNode; module: ParsedModule; argumentParams: number[]; branch?: Node };
}

/** A tool name as protocols write them: no spaces, not a sentence. */
export const TOOL_NAME = /^[A-Za-z_][\w.-]{0,127}$/;

/** Properties of a tool definition object (or methods of a tool class) that hold its implementation. */
export const IMPLEMENTATION_KEYS = ["handler", "execute", "run", "handle", "callback", "fn", "call", "cb", "impl", "exec", "invoke", "logic"];

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;


export class Extraction {
  readonly model: ServerModel = { tools: [], prompts: [], resources: [], sdks: [] };
  readonly handlers: HandlerRef[] = [];
  readonly sdks = new Set<string>();
  /** Dependencies named for MCP that the code imports: frameworks whose tool definitions are read like the SDK's. */
  readonly frameworks = new Set<string>();
  /** Registration calls already turned into items (a call can match one shape only). */
  readonly claimed = new Set<Node>();
  /** Names and descriptions that are not constant: the expressions they come from. */
  readonly dynamicTexts: { item: SurfaceItem; expression: NodeIn }[] = [];

  /** Calls of the package by the callee's last name (`f(…)`, `x.f(…)`), for following a parameter to its arguments. */
  readonly callsByName = new Map<string, { call: TSESTree.CallExpression; module: ParsedModule }[]>();

  /** Classes per module, in source order, for `this.method` inside them. */
  private readonly classes = new Map<ParsedModule, ClassNode[]>();

  /** `const { registerTool, tools } = ctx` per module and local name: the object it is read from, and the key. */
  private readonly destructured = new Map<ParsedModule, Map<string, { object: TSESTree.Identifier; key: string }[]>>();
  /** Parameters being followed to their callers, so a call through the same parameter does not loop. */
  private readonly followingParameters = new Set<Node>();
  /** Answers of parameterMember and argumentsFor, per reference and per parameter: bundles ask for the same ones many times. */
  private readonly parameterMembers = new Map<Node, NodeIn[]>();
  private readonly passedArguments = new Map<Node, Map<number, NodeIn[]>>();
  /** Answers of callsOf per function and name, and the function each noted call calls. */
  private readonly callers = new Map<FunctionNode, Map<string, { call: TSESTree.CallExpression; module: ParsedModule }[]>>();
  private readonly callees = new Map<TSESTree.CallExpression, FunctionNode | undefined>();

  constructor(readonly folder: ConstantFolder) {}

  noteClass(cls: ClassNode, module: ParsedModule): void {
    const list = this.classes.get(module);
    if (list) list.push(cls);
    else this.classes.set(module, [cls]);
  }

  /** `this.executeTool` inside a class: the method of that class or of a class it extends. */
  thisMethod(member: TSESTree.MemberExpression, module: ParsedModule): { fn: FunctionNode; module: ParsedModule } | undefined {
    if (unwrapExpression(member.object).type !== "ThisExpression" || member.computed || member.property.type !== "Identifier") return undefined;
    const enclosing = this.enclosingClass(member, module);
    return enclosing && this.classMethod(enclosing, module, member.property.name);
  }

  /** `handler.handleRequest` where `const handler = new ToolHandler()`: the method of the class it instantiates. */
  instanceMethod(member: TSESTree.MemberExpression, module: ParsedModule): { fn: FunctionNode; module: ParsedModule } | undefined {
    if (member.computed || member.property.type !== "Identifier" || unwrapExpression(member.object).type === "ThisExpression") return undefined;
    const instance = this.folder.resolve(member.object, module);
    const created = instance && unwrapExpression(instance.node);
    if (created?.type !== "NewExpression") return undefined;
    const cls = this.folder.resolve(created.callee, instance!.module);
    if (cls?.node.type !== "ClassDeclaration" && cls?.node.type !== "ClassExpression") return undefined;
    return this.classMethod(cls.node as ClassNode, cls.module, member.property.name);
  }

  /** `this.tools` inside a class: the value its own field declares (static or not; `this` in a static method is the class). */
  thisField(member: TSESTree.MemberExpression, module: ParsedModule): NodeIn | undefined {
    if (unwrapExpression(member.object).type !== "ThisExpression" || member.computed || member.property.type !== "Identifier") return undefined;
    const cls = this.enclosingClass(member, module);
    const name = member.property.name;
    const field = cls?.body.body.find((m): m is TSESTree.PropertyDefinition => m.type === "PropertyDefinition" && !m.computed && m.key.type === "Identifier" && m.key.name === name && m.value !== null);
    if (field?.value) return { node: field.value, module };
    // Class fields as older compilers emit them: `this.providers = new Map()` at the top of the constructor.
    const ctor = cls?.body.body.find((m): m is TSESTree.MethodDefinition => m.type === "MethodDefinition" && m.kind === "constructor");
    for (const st of ctor?.value.body?.body ?? []) {
      const e = st.type === "ExpressionStatement" ? st.expression : undefined;
      if (e?.type === "AssignmentExpression" && e.operator === "=" && e.left.type === "MemberExpression" && unwrapExpression(e.left.object).type === "ThisExpression" && !e.left.computed && propertyName(e.left) === name) return { node: e.right, module };
    }
    return undefined;
  }

  /** The innermost class whose body holds `node`. */
  enclosingClass(node: Node, module: ParsedModule): ClassNode | undefined {
    const at = node.range[0];
    return (this.classes.get(module) ?? []).filter((c) => c.range[0] <= at && at < c.range[1]).pop();
  }

  /** A method (or function-valued field) of a class or of a class it extends. */
  classMethod(start: ClassNode, module: ParsedModule, name: string): { fn: FunctionNode; module: ParsedModule } | undefined {
    let cls: { node: Node; module: ParsedModule } | undefined = { node: start, module };
    for (let depth = 0; cls && depth < 4; depth++) {
      const c = cls.node as ClassNode;
      // Instance members first; `this.registerOne(…)` inside a static method is the class's static one.
      for (const wantStatic of [false, true]) {
        for (const m of c.body.body) {
          if (m.type === "MethodDefinition" && m.static === wantStatic && !m.computed && m.key.type === "Identifier" && m.key.name === name && m.value.body) return { fn: m.value as FunctionNode, module: cls.module };
          if (m.type === "PropertyDefinition" && m.static === wantStatic && !m.computed && m.key.type === "Identifier" && m.key.name === name && m.value && FUNCTION_TYPES.has(m.value.type)) return { fn: m.value as FunctionNode, module: cls.module };
        }
      }
      const base: NodeIn | undefined = c.superClass ? this.folder.resolve(c.superClass, cls.module) : undefined;
      cls = base && (base.node.type === "ClassDeclaration" || base.node.type === "ClassExpression") ? base : undefined;
    }
    return undefined;
  }

  /** Records `const { a, b: c } = obj`; called for every declarator of every module before extraction. */
  noteDeclarator(d: TSESTree.VariableDeclarator, module: ParsedModule): void {
    if (d.id.type !== "ObjectPattern" || !d.init) return;
    const init = unwrapExpression(d.init);
    if (init.type !== "Identifier") return;
    let byName = this.destructured.get(module);
    if (!byName) this.destructured.set(module, (byName = new Map()));
    for (const p of d.id.properties) {
      if (p.type !== "Property" || p.computed) continue;
      const key = propertyName(p);
      const local = p.value.type === "Identifier" ? p.value : p.value.type === "AssignmentPattern" && p.value.left.type === "Identifier" ? p.value.left : undefined;
      if (key === undefined || !local) continue;
      const list = byName.get(local.name) ?? [];
      if (list.length < 64) list.push({ object: init, key });
      byName.set(local.name, list);
    }
  }

  /**
   * A property of a parameter, read off what the callers pass: `config.tools` in
   * `function runServer(config)` called as `runServer({ tools: allTools, … })`, or
   * `registerTool` in `function registerDocs(ctx) { const { registerTool } = ctx; … }`
   * called as `registerDocs({ registerTool, … })`. Empty when the name is not such a property.
   */
  parameterMember(node: Node, module: ParsedModule): NodeIn[] {
    const n = unwrapExpression(node);
    const memo = this.parameterMembers.get(n);
    if (memo) return memo;
    const out = this.readParameterMember(n, module);
    this.parameterMembers.set(n, out);
    return out;
  }

  private readParameterMember(n: Node, module: ParsedModule): NodeIn[] {
    const reads: { object: TSESTree.Identifier; key: string }[] = [];
    if (n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier") {
      const key = propertyName(n);
      if (key !== undefined) reads.push({ object: n.object, key });
    } else if (n.type === "Identifier") {
      reads.push(...(this.destructured.get(module)?.get(n.name) ?? []));
    }
    const out: NodeIn[] = [];
    for (const { object, key } of reads) {
      // The parameter whose function holds this reference (a bundle destructures `ctx` in many functions).
      const decl = this.folder.declarationOf(object, module);
      if (!decl || !FUNCTION_TYPES.has(decl.binder.type) || decl.binder.range[0] > n.range[0] || n.range[1] > decl.binder.range[1]) continue;
      if (this.followingParameters.has(object)) continue;
      this.followingParameters.add(object);
      try {
        for (const arg of this.argumentsFor(object, module)) {
          const obj = this.objectOf(arg.node, arg.module);
          const value = obj && this.member(obj.node, key, obj.module);
          if (value) out.push(value);
        }
      } finally {
        this.followingParameters.delete(object);
      }
    }
    return out;
  }

  /** Records a call; called for every call of every module before extraction. */
  noteCall(call: TSESTree.CallExpression, module: ParsedModule): void {
    let callee = unwrapExpression(call.callee);
    if (callee.type === "SequenceExpression") callee = unwrapExpression(callee.expressions[callee.expressions.length - 1]);
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier" ? callee.property.name : undefined;
    if (!name) return;
    const list = this.callsByName.get(name);
    if (list) list.push({ call, module });
    else this.callsByName.set(name, [{ call, module }]);
  }

  /**
   * What the callers pass for a parameter: `setupRequestHandlers(server, TOOLS)` for the
   * `tools` of `function setupRequestHandlers(server, tools)`. Empty when the name is not a
   * plain parameter of a named function, or no call of that function is seen.
   */
  argumentsFor(id: TSESTree.Identifier, module: ParsedModule): NodeIn[] {
    const decl = this.folder.declarationOf(id, module);
    if (!decl || !FUNCTION_TYPES.has(decl.binder.type)) return [];
    const fn = decl.binder as FunctionNode;
    const index = fn.params.findIndex((p) => p.type === "Identifier" && p.name === id.name);
    if (index < 0) return [];
    let byIndex = this.passedArguments.get(fn);
    if (!byIndex) this.passedArguments.set(fn, (byIndex = new Map()));
    const memo = byIndex.get(index);
    if (memo) return memo;
    const out: NodeIn[] = [];
    byIndex.set(index, out);
    for (const { call, module: at } of this.callsOf(fn, decl.parent, module).slice(0, 16)) {
      const arg = call.arguments[index];
      if (arg && arg.type !== "SpreadElement") out.push({ node: arg, module: at });
    }
    return out;
  }

  /**
   * The package's calls of a named function (`parent` is the node holding it: its declarator, method or property),
   * or, given the module holding it, of a closure a named function returns (`closureCalls`).
   * Every call is noted before extraction starts, so the answer per named function is fixed: it is kept, and so
   * is each candidate call's callee (a bundle's `default` calls are candidates for every function asked about).
   */
  callsOf(fn: FunctionNode, parent: Node, module?: ParsedModule, depth = 0): { call: TSESTree.CallExpression; module: ParsedModule }[] {
    const name = functionName(fn, parent);
    if (!name) return module && depth < 3 ? this.closureCalls(fn, module, depth) : [];
    let byName = this.callers.get(fn);
    if (!byName) this.callers.set(fn, (byName = new Map()));
    let direct = byName.get(name);
    if (!direct) {
      // A default export is called by the name its importer gives it: `(0, tool_with_logging_1.default)(…)`.
      const candidates = [...(this.callsByName.get(name) ?? []), ...(this.callsByName.get("default") ?? [])];
      direct = candidates.filter(({ call, module }) => this.calleeOf(call, module) === fn);
      byName.set(name, direct);
    }
    // A named closure its factory hands back is called under the name each caller gives the result.
    if (!module || depth >= 3) return direct;
    const escaped = this.closureCalls(fn, module, depth);
    return escaped.length > 0 ? [...direct, ...escaped] : direct;
  }

  /** The function a noted call calls, as `functionOf` finds it; kept per call. */
  private calleeOf(call: TSESTree.CallExpression, module: ParsedModule): FunctionNode | undefined {
    if (this.callees.has(call)) return this.callees.get(call);
    const fn = this.functionOf(call.callee, module)?.fn;
    this.callees.set(call, fn);
    return fn;
  }

  /**
   * A closure is called through whatever holds the value its factory returns: with
   * `function createToolRegistrar(server) { return (name, description, shape, handler) => server.tool(name, …) }`,
   * `const registerTool = createToolRegistrar(server)` makes each `registerTool("sites_list", …)`,
   * here or in a module importing `registerTool`, a call of the closure. The factory may hand it back
   * among other values, and the caller takes it out the same way: `return [register, tools]` with
   * `const [tool] = make()`, `return { register }` with `const { register: tool } = make()` or
   * `const r = make(); r.register(…)`. Only a factory with one return, and only results bound to a name.
   */
  private closureCalls(fn: FunctionNode, module: ParsedModule, depth: number): { call: TSESTree.CallExpression; module: ParsedModule }[] {
    const factory = enclosingFunction(module.ast, fn);
    const factoryParent = factory && parentOf(module.ast, factory);
    if (!factory || !factoryParent) return [];
    const returned = singleReturn(factory);
    const place = returned && this.placeIn(returned, fn, module);
    if (!place) return [];
    const out: { call: TSESTree.CallExpression; module: ParsedModule }[] = [];
    for (const made of this.callsOf(factory, factoryParent, module, depth + 1).slice(0, 16)) {
      let holder = parentOf(made.module.ast, made.call);
      if (holder?.type === "AwaitExpression") holder = parentOf(made.module.ast, holder);
      if (holder?.type !== "VariableDeclarator" || !holder.init) continue;
      const declarator = holder;
      const local = place.whole ? (declarator.id.type === "Identifier" ? declarator.id : undefined) : takenOut(declarator.id, place);
      if (local) {
        for (const use of this.callsByName.get(local.name) ?? []) {
          const callee = unwrapExpression(use.call.callee);
          if (callee.type !== "Identifier" || out.length >= 500) continue;
          const bound = place.whole ? this.folder.resolve(callee, use.module)?.node === made.call : use.module === made.module && this.folder.destructuringOf(callee, use.module) === declarator;
          if (bound) out.push(use);
        }
      } else if (place.key !== undefined && declarator.id.type === "Identifier") {
        // `const r = make(); r.register(…)`: the member the closure was returned under.
        for (const use of this.callsByName.get(place.key) ?? []) {
          const callee = unwrapExpression(use.call.callee);
          if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier" || out.length >= 500) continue;
          if (this.folder.resolve(callee.object, use.module)?.node === made.call) out.push(use);
        }
      }
    }
    return out;
  }

  /** Where a returned value holds `fn`: the value itself, an element of an array literal, or a property of an object literal. */
  private placeIn(returned: Node, fn: FunctionNode, module: ParsedModule): ReturnedPlace | undefined {
    const r = unwrapExpression(returned);
    const isFn = (n: Node | null | undefined): boolean => {
      if (!n) return false;
      const v = unwrapExpression(n);
      return v === fn || (v.type === "Identifier" && this.folder.resolve(v, module)?.node === fn);
    };
    if (isFn(r)) return { whole: true };
    if (r.type === "ArrayExpression") {
      const index = r.elements.findIndex((e) => e !== null && e.type !== "SpreadElement" && isFn(e));
      // Past a spread the positions are not known.
      const spreadBefore = r.elements.slice(0, Math.max(index, 0)).some((e) => e?.type === "SpreadElement");
      return index >= 0 && !spreadBefore ? { whole: false, index } : undefined;
    }
    if (r.type === "ObjectExpression") {
      for (const p of r.properties) {
        if (p.type !== "Property" || p.computed || !isFn(p.value as Node)) continue;
        const key = propertyName(p);
        if (key !== undefined) return { whole: false, key };
      }
    }
    return undefined;
  }

  /** Located text of a name or description expression; the literal's own place when it resolves to one. */
  text(node: Node, module: ParsedModule): LocatedText {
    const value = this.folder.string(node, module);
    const target = this.folder.resolve(node, module);
    // `toolName || "web_search"`: a caller may rename it; the constant is the name it has by default.
    const n = unwrapExpression(node);
    if (value === undefined && n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??")) {
      const fallback = this.folder.string(n.right, module);
      if (fallback !== undefined) {
        const out: LocatedText = { value: fallback, location: locationOf(module.path, n.right), dynamic: true, expression: { node, module } };
        return out;
      }
    }
    const literal = target && isStringy(target.node) ? target : undefined;
    const at = literal ?? { node, module };
    const out: LocatedText = { value, location: locationOf(at.module.path, at.node), dynamic: value === undefined };
    if (value === undefined) out.expression = { node, module };
    return out;
  }

  /** Follows identifiers and `fn.bind(x)` to a function node. */
  functionOf(node: Node | undefined, module: ParsedModule, depth = 0): { fn: FunctionNode; module: ParsedModule } | undefined {
    if (!node || depth > 4) return undefined;
    let n = unwrapExpression(node);
    // `(0, users_1.handleUsersRequest)`: tsc's call of an imported function.
    if (n.type === "SequenceExpression") n = unwrapExpression(n.expressions[n.expressions.length - 1]);
    if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && !n.callee.computed && n.callee.property.type === "Identifier" && n.callee.property.name === "bind") n = n.callee.object;
    if (FUNCTION_TYPES.has(n.type)) return { fn: n as FunctionNode, module };
    // A wrapper around the handler (`withTelemetry(async (req) => …)`, `log("ListTools", monitor(async () => …))`,
    // `middleware.wrap(handleToolCall)`): the function it wraps, through wrappers of wrappers.
    if (n.type === "CallExpression") {
      const inner = n.arguments.find((a) => FUNCTION_TYPES.has(a.type));
      if (inner) return { fn: inner as FunctionNode, module };
      for (const a of n.arguments) {
        if (a.type !== "CallExpression" && a.type !== "Identifier" && a.type !== "MemberExpression") continue;
        const wrapped = this.functionOf(a, module, depth + 1);
        if (wrapped) return wrapped;
      }
    }
    if (n.type === "MemberExpression") {
      const method = this.thisMethod(n, module) ?? this.instanceMethod(n, module);
      if (method) return method;
    }
    if (n.type === "Identifier" || n.type === "MemberExpression") {
      const target = this.folder.resolve(n, module);
      if (target && FUNCTION_TYPES.has(target.node.type)) return { fn: target.node as FunctionNode, module: target.module };
      if (target && target.node.type === "MethodDefinition") return { fn: (target.node as TSESTree.MethodDefinition).value as FunctionNode, module: target.module };
      // `const handler = wrap(handleToolCall)`: the wrapper's call, followed as above.
      if (target && target.node !== n && target.node.type === "CallExpression") return this.functionOf(target.node, target.module, depth + 1);
      // `const { registerTool } = ctx`, `config.handler`: what the callers pass in that property.
      if (!target) {
        for (const v of this.parameterMember(n, module)) {
          const f = this.functionOf(v.node, v.module, depth + 1);
          if (f) return f;
        }
      }
    }
    return undefined;
  }

  /** The object literal an expression stands for (through consts and imports). */
  objectOf(node: Node | undefined, module: ParsedModule, depth = 0): { node: TSESTree.ObjectExpression; module: ParsedModule } | undefined {
    if (!node) return undefined;
    const n = unwrapExpression(node);
    if (n.type === "ObjectExpression") return { node: n, module };
    const target = this.resolve(n, module);
    if (target.node.type === "ObjectExpression") return { node: target.node, module: target.module };
    // `(await createProvider(reactor)).tools`, `provider.tools` with `const provider = await createProvider()`:
    // the property of the object the awaited factory returns.
    const awaited = unwrapExpression(target.node);
    if (awaited.type === "AwaitExpression") return this.objectOf(awaited.argument, target.module, depth);
    if (n.type === "MemberExpression" && depth < 2) {
      const key = propertyName(n);
      const owner = key === undefined ? undefined : this.objectOf(n.object, module, depth + 1);
      const value = owner && this.member(owner.node, key!, owner.module);
      const inner = value ? this.objectOf(value.node, value.module, depth + 1) : undefined;
      if (inner) return inner;
    }
    // `defineTool({ … })` where `function defineTool(config) { return config; }`: the object it hands back.
    const call = target && unwrapExpression(target.node);
    if (call?.type === "CallExpression" && call.arguments[0]?.type === "ObjectExpression" && depth < 2) {
      const helper = this.functionOf(call.callee, target!.module);
      const param = helper?.fn.params[0];
      const body = helper?.fn.body;
      const returned = body && (body.type === "BlockStatement" ? (body.body.length === 1 && body.body[0].type === "ReturnStatement" ? body.body[0].argument : undefined) : body);
      if (param?.type === "Identifier" && returned && unwrapExpression(returned).type === "Identifier" && (unwrapExpression(returned) as TSESTree.Identifier).name === param.name) return this.objectOf(call.arguments[0], target!.module, depth + 1);
    }
    // `formulaTools()` where the function returns one object literal: that object.
    if (call?.type === "CallExpression" && depth < 2) {
      const factory = this.factoryOf(call, target!.module);
      if (factory) return { node: factory.object, module: factory.module };
    }
    return undefined;
  }

  /**
   * A call of a function that returns one object literal, directly or through a thunk it returns
   * (`const CreateTool = (name, description, schema, handler) => () => ({ name, description, schema, handler })`):
   * the object, and the function whose parameters its values may name.
   */
  factoryOf(call: TSESTree.CallExpression, module: ParsedModule): { object: TSESTree.ObjectExpression; module: ParsedModule; fn: FunctionNode } | undefined {
    const helper = this.functionOf(call.callee, module);
    if (!helper) return undefined;
    let fn: FunctionNode = helper.fn;
    for (let peel = 0; peel < 3; peel++) {
      const only = singleReturn(fn);
      const value = only ? unwrapExpression(only) : undefined;
      if (value?.type === "ObjectExpression") return { object: value, module: helper.module, fn: helper.fn };
      // A thunk of the definition, called where it is registered (`tools.map((t) => t())`).
      if (!value || !FUNCTION_TYPES.has(value.type) || (value as FunctionNode).params.length > 0) return undefined;
      fn = value as FunctionNode;
    }
    return undefined;
  }

  /**
   * The property `key` of the object a value stands for. For a factory call (`CreateTool("list-items", "…", schema, handler)`)
   * a property holding one of the factory's parameters is that call's argument: each call is its own definition.
   */
  memberOf(value: NodeIn, key: string): NodeIn | undefined {
    const obj = this.objectOf(value.node, value.module);
    const found = obj && this.member(obj.node, key, obj.module);
    if (!found) return undefined;
    const target = this.folder.resolve(value.node, value.module) ?? value;
    const call = unwrapExpression(target.node);
    const factory = call.type === "CallExpression" ? this.factoryOf(call, target.module) : undefined;
    const id = unwrapExpression(found.node);
    if (!factory || factory.object !== obj.node || id.type !== "Identifier") return found;
    const index = factory.fn.params.findIndex((p) => (p.type === "Identifier" ? p : p.type === "AssignmentPattern" ? p.left : undefined)?.type === "Identifier" && ((p.type === "AssignmentPattern" ? p.left : p) as TSESTree.Identifier).name === id.name);
    const arg = index >= 0 ? (call as TSESTree.CallExpression).arguments[index] : undefined;
    return arg && arg.type !== "SpreadElement" ? { node: arg, module: target.module } : found;
  }

  /** The factory call a value stands for, when it is one (each call is a definition of its own). */
  factoryCallOf(value: NodeIn): Node | undefined {
    const target = this.folder.resolve(value.node, value.module) ?? value;
    const call = unwrapExpression(target.node);
    return call.type === "CallExpression" && this.factoryOf(call, target.module) ? call : undefined;
  }

  /**
   * A property of an object literal as the code composes it: later properties win, and a
   * spread (`{ ...listTablesDef, execute }`) contributes the properties of the object it spreads.
   */
  member(obj: TSESTree.ObjectExpression, key: string, module: ParsedModule, depth = 0): NodeIn | undefined {
    for (let i = obj.properties.length - 1; i >= 0; i--) {
      const p = obj.properties[i];
      if (p.type === "SpreadElement") {
        const inner = depth < 4 ? this.objectOf(p.argument, module) : undefined;
        const found = inner && this.member(inner.node, key, inner.module, depth + 1);
        if (found) return found;
        continue;
      }
      if (p.type !== "Property") continue;
      const k = p.key;
      const name = !p.computed && k.type === "Identifier" ? k.name : k.type === "Literal" ? String(k.value) : undefined;
      if (name === key) return { node: p.value.type === "AssignmentPattern" ? p.value.right : (p.value as Node), module };
    }
    return undefined;
  }

  /**
   * A value written in terms of a callback's parameter, for one element the callback is called
   * with: `tool.metadata.name` in `tools.map((tool) => ({ name: tool.metadata.name }))` for the
   * element `browserEval` (a module namespace, an object literal, a name for either).
   */
  bound(value: NodeIn, param: string, element: NodeIn): NodeIn | undefined {
    const keys: string[] = [];
    let n = unwrapExpression(value.node);
    while (n.type === "MemberExpression" && !n.computed && n.property.type === "Identifier") {
      keys.unshift(n.property.name);
      n = unwrapExpression(n.object);
    }
    if (n.type !== "Identifier" || n.name !== param) return keys.length === 0 && n.type === "Identifier" ? undefined : value;
    let cur: NodeIn | undefined = element;
    for (const key of keys) {
      if (!cur) return undefined;
      const ns = this.folder.namespaceOf(cur.node, cur.module);
      if (ns) {
        cur = this.folder.exportOf(ns, key);
        continue;
      }
      const obj = this.objectOf(cur.node, cur.module);
      // Not an object: a function or class with the property hung on it (`run.description = "…"`, a static field).
      cur = obj ? this.member(obj.node, key, obj.module) : this.folder.member(this.folder.resolve(cur.node, cur.module) ?? cur, key);
    }
    return cur;
  }

  /** The keyed properties of an object literal as composed: spreads contribute theirs, later keys win. */
  properties(obj: TSESTree.ObjectExpression, module: ParsedModule, depth = 0): { key: string; keyNode: Node; value: NodeIn }[] {
    const out = new Map<string, { key: string; keyNode: Node; value: NodeIn }>();
    for (const p of obj.properties) {
      if (p.type === "SpreadElement") {
        const inner = depth < 4 ? this.objectOf(p.argument, module) : undefined;
        if (inner) for (const e of this.properties(inner.node, inner.module, depth + 1)) out.set(e.key, e);
        continue;
      }
      if (p.type !== "Property") continue;
      const key = !p.computed && p.key.type === "Identifier" ? p.key.name : p.key.type === "Literal" ? String(p.key.value) : undefined;
      if (key !== undefined) out.set(key, { key, keyNode: p.key, value: { node: p.value as Node, module } });
    }
    return [...out.values()];
  }

  resolve(node: Node, module: ParsedModule, depth = 0): NodeIn {
    const n = unwrapExpression(node);
    let r = this.folder.resolve(n, module);
    // `Schemas.search` where `const Schemas = Object.freeze({ search: … })`: the property of the frozen object.
    if (!r && n.type === "MemberExpression" && depth < 4) {
      const key = propertyName(n);
      const owner = key !== undefined ? this.resolve(n.object, module, depth + 1) : undefined;
      const member = owner && owner.node !== unwrapExpression(n.object) ? this.folder.member(owner, key!) : undefined;
      if (member) r = this.folder.resolve(member.node, member.module) ?? member;
    }
    r ??= { node: n, module };
    // `Object.freeze(obj)` returns `obj` (and so do `seal` and `preventExtensions`): a bundler's frozen
    // module namespace (`var z = Object.freeze({ __proto__: null, object, string, … })`) is that namespace.
    const passed = passedThrough(r.node);
    return passed && depth < 4 ? this.resolve(passed, r.module, depth + 1) : r;
  }

  add(input: ItemInput): SurfaceItem {
    // One tool appears once: the same name registered again (`if (annotations) server.tool(…, annotations, h) else server.tool(…, h)`,
    // a stdio and an HTTP server built from one table) adds what the first registration lacked.
    const same = input.name.value !== undefined ? this.itemsOf(input.kind).find((i) => i.name === input.name.value && i.kind === input.kind) : undefined;
    if (same) {
      for (const [k, v] of Object.entries(input.annotations ?? {})) if (same.annotations[k as keyof ToolAnnotations] === undefined) Object.assign(same.annotations, { [k]: v });
      // The tool takes what either registration's schema lists (`codeFile` in one branch, `code` in the other).
      for (const p of input.parameters ?? []) if (!same.parameters.some((q) => q.name === p.name)) same.parameters = [...same.parameters, p];
      // Each registration's handler stays a handler (its arguments are still the model's), under the one item.
      const h = input.handler;
      if (h && !this.handlers.some((r) => r.item === same && r.fn === h.fn && r.branch === h.branch)) {
        const location = same.handlerLocation;
        this.attachHandler(same, h);
        if (location) same.handlerLocation = location;
      }
      return same;
    }
    const item: SurfaceItem = {
      kind: input.kind,
      name: input.name.value ?? "<dynamic>",
      nameLocation: input.name.location,
      parameters: input.parameters ?? [],
      annotations: input.annotations ?? {},
      capabilities: [],
      credentials: [],
      registeredVia: input.registeredVia,
    };
    if (input.description) {
      item.description = input.description.value;
      item.descriptionLocation = input.description.location;
    }
    if (input.name.dynamic || input.description?.dynamic) item.dynamic = true;
    for (const t of [input.name, input.description]) if (t?.expression) this.dynamicTexts.push({ item, expression: t.expression });
    if (input.handler) this.attachHandler(item, input.handler);
    if (item.kind === "tool") this.model.tools.push(item);
    else if (item.kind === "prompt") this.model.prompts.push(item);
    else this.model.resources.push(item);
    return item;
  }

  private itemsOf(kind: SurfaceItem["kind"]): SurfaceItem[] {
    return kind === "tool" ? this.model.tools : kind === "prompt" ? this.model.prompts : this.model.resources;
  }

  /** Links an item to the function (or the branch of a dispatcher) that handles it. */
  attachHandler(item: SurfaceItem, handler: NonNullable<ItemInput["handler"]>): void {
    item.handlerLocation = locationOf(handler.module.path, handler.branch ?? handler.fn);
    const ref: HandlerRef = { item, fn: handler.fn, module: handler.module, argumentParams: handler.argumentParams };
    if (handler.branch) ref.branch = handler.branch;
    this.handlers.push(ref);
  }
}

/** Where a factory's returned value holds a closure. */
interface ReturnedPlace {
  whole: boolean;
  index?: number;
  key?: string;
}

/** `const [tool] = …` at the closure's index, `const { register: tool } = …` under its key: the local it is taken out into. */
function takenOut(id: TSESTree.VariableDeclarator["id"], place: ReturnedPlace): TSESTree.Identifier | undefined {
  const plain = (n: Node | null | undefined): TSESTree.Identifier | undefined => {
    if (!n) return undefined;
    const v = n.type === "AssignmentPattern" ? n.left : n;
    return v.type === "Identifier" ? v : undefined;
  };
  if (id.type === "ArrayPattern" && place.index !== undefined) return plain(id.elements[place.index] as Node | null);
  if (id.type === "ObjectPattern" && place.key !== undefined) {
    const p = id.properties.find((q): q is TSESTree.Property => q.type === "Property" && !q.computed && propertyName(q) === place.key);
    return plain(p?.value as Node | undefined);
  }
  return undefined;
}

/** The one expression a function returns: an arrow's body, or the argument of its only `return`. */
function singleReturn(fn: FunctionNode): Node | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (body.type !== "BlockStatement") return body;
  const returns = body.body.filter((st): st is TSESTree.ReturnStatement => st.type === "ReturnStatement");
  return returns.length === 1 ? (returns[0].argument ?? undefined) : undefined;
}

/** `function f`, `const f = () => …`, `f() {}` in a class or object: the name calls use. */
export function functionName(fn: FunctionNode, parent: Node): string | undefined {
  if (fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression") if (fn.id) return fn.id.name;
  if (parent.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if ((parent.type === "MethodDefinition" || parent.type === "Property" || parent.type === "PropertyDefinition") && !parent.computed && parent.key.type === "Identifier") return parent.key.name;
  return undefined;
}

export function isStringy(n: Node): boolean {
  return (n.type === "Literal" && typeof n.value === "string") || n.type === "TemplateLiteral" || (n.type === "BinaryExpression" && n.operator === "+");
}

export { isFunctionNode };

/** The static key of an object literal's property, or undefined. */
export function propertyOf(obj: TSESTree.ObjectExpression, key: string): Node | undefined {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i];
    if (p.type !== "Property") continue;
    const k = p.key;
    const name = !p.computed && k.type === "Identifier" ? k.name : k.type === "Literal" ? String(k.value) : undefined;
    if (name === key) return p.value.type === "AssignmentPattern" ? p.value.right : (p.value as Node);
  }
  return undefined;
}

/** A property that is a method (`execute() {}`) or a function-valued property. */
export function methodOf(obj: TSESTree.ObjectExpression, key: string): Node | undefined {
  return propertyOf(obj, key);
}

/** Functions that hand back the object they are given (`Object.freeze(o) === o`). */
const RETURNS_ITS_ARGUMENT = new Set(["freeze", "seal", "preventExtensions"]);

/** `Object.freeze(x)`: the `x` the call returns; undefined for any other node. */
export function passedThrough(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.arguments.length !== 1 || n.arguments[0].type === "SpreadElement") return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier" || callee.object.name !== "Object") return undefined;
  const method = propertyName(callee);
  return method && RETURNS_ITS_ARGUMENT.has(method) ? n.arguments[0] : undefined;
}
