// The low-level `Server`: `setRequestHandler(ListToolsRequestSchema, …)`
// returning tool definitions (a literal, a built array, a mapped list), and
// `setRequestHandler(CallToolRequestSchema, …)` dispatching on
// `request.params.name` by `switch`, `if` or a map lookup. SDK 2.x names the
// request by its method string (`"tools/list"`); a minified bundle by neither,
// so the handler's own shape decides (returns `{ tools: [...] }`, reads
// `params.name`).
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, locationOf, propertyName, returnStatements, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { FunctionNode } from "../taint/spec.js";
import type { NodeIn } from "../program/constants.js";
import type { ParsedModule, SurfaceItem } from "../types.js";
import { IMPLEMENTATION_KEYS, isFunctionNode, TOOL_NAME, type Extraction, type ItemInput } from "./context.js";
import { argumentList, uriTemplateVariables } from "./high-level.js";
import { parametersOf, readAnnotations } from "./schema.js";
import { DispatchTables, mentions } from "./tables.js";
import { loopSource } from "./dynamic-origin.js";
import { namesPerHelperCall } from "./helper-call-names.js";

type Method = "tools/list" | "tools/call" | "prompts/list" | "prompts/get" | "resources/list" | "resources/templates/list" | "resources/read";

const SCHEMA_METHODS: Record<string, Method> = {
  ListToolsRequestSchema: "tools/list",
  CallToolRequestSchema: "tools/call",
  ListPromptsRequestSchema: "prompts/list",
  GetPromptRequestSchema: "prompts/get",
  ListResourcesRequestSchema: "resources/list",
  ListResourceTemplatesRequestSchema: "resources/templates/list",
  ReadResourceRequestSchema: "resources/read",
};
const LIST_KEYS: Record<string, Method> = { tools: "tools/list", prompts: "prompts/list", resources: "resources/list", resourceTemplates: "resources/templates/list" };

interface Dispatcher {
  fn: FunctionNode;
  module: ParsedModule;
}

/** Where one tool's call lands: a function, optionally one branch of it, and which of its parameters hold the tool's arguments (default: the request, parameter 0). */
interface Branch {
  fn: FunctionNode;
  module: ParsedModule;
  branch?: Node;
  argumentParams?: number[];
}

const MAX_LIST_DEPTH = 16;
const MAX_LIST_WORK = 10_000;
/** Callers of a function that adds its parameter to a list, read one by one. */
const MAX_PASSED = 500;

/** How many helpers deep a list or a dispatch is followed (`return handleListTools()`, `handleToolCall(name, args)`). */
const MAX_FORWARDS = 3;

/** What the low-level handlers of a package declare, linked by tool name once every module is read. */
export class LowLevelServer {
  private readonly listed: SurfaceItem[] = [];
  private readonly dispatchers: Dispatcher[] = [];
  /** `prompts/get` and `resources/read` handlers: the prompt's arguments and the resource URI are the client's choice. */
  private readonly promptGetters: Dispatcher[] = [];
  private readonly resourceReaders: Dispatcher[] = [];
  private readonly listedPrompts: SurfaceItem[] = [];
  private readonly listedResources: SurfaceItem[] = [];
  private readonly defined = new Set<Node>();
  /** `tools.push({...})` calls per module and array name, for lists built at run time. */
  private readonly pushes = new Map<ParsedModule, Map<string, { value: Node; list: TSESTree.Identifier; spread: boolean }[]>>();
  /** `tools = …` assignments per module and variable name: `let tools; if (readOnly) tools = A; else tools = B;`. */
  private readonly assignments = new Map<ParsedModule, Map<string, { value: Node; target: TSESTree.Identifier }[]>>();
  /** Assignments being followed, so `tools = tools.filter(…)` does not loop. */
  private readonly following = new Set<Node>();
  private listWork = 0;
  /** `tools/list` handlers whose list could not be read (a registry's `listDefinitions()`, a list built at run time). */
  unreadToolLists = 0;
  /** Spreads into a list (`...registry.getAllDefinitions()`) whose elements could not be read. */
  private unreadSpreads = 0;

  private readonly tables: DispatchTables;

  constructor(private readonly x: Extraction) {
    this.tables = new DispatchTables(x, (list, module) => this.elementsOf(list, module));
  }

  /**
   * Records what a call adds to a list in place: `arr.push(a, b)`, `arr.unshift(a)` (a mode flag putting
   * tools first), `arr.splice(i, n, a)` (its inserted items, after start and count); called for every call
   * in every module before `handle`. Where the item lands in the list does not matter: any branch may add it.
   */
  notePush(call: TSESTree.CallExpression, module: ParsedModule): void {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== "MemberExpression") return;
    // A collection a class keeps in a field (`this.providers.set(p.name, p)`) is recorded as `this.providers`.
    const receiver = unwrapExpression(callee.object);
    const field = receiver.type === "MemberExpression" && unwrapExpression(receiver.object).type === "ThisExpression" && !receiver.computed ? propertyName(receiver) : undefined;
    if (receiver.type !== "Identifier" && field === undefined) return;
    const method = propertyName(callee);
    // A Map's `set(key, value)` and a Set's `add(value)` fill what a `forEach` over them visits.
    // Only a class's own collection field: a bundle's bare `t.add(x)` is every Set of every library it holds.
    const collection = field !== undefined && (method === "add" || (method === "set" && call.arguments.length === 2));
    const firstAdded = method === "push" || method === "unshift" ? 0 : method === "splice" ? 2 : collection ? (method === "set" ? 1 : 0) : undefined;
    if (firstAdded === undefined || call.arguments.length <= firstAdded) return;
    const key = receiver.type === "Identifier" ? receiver.name : `this.${field}`;
    const listId = receiver.type === "Identifier" ? receiver : ({ type: "Identifier", name: key, range: receiver.range, loc: receiver.loc } as TSESTree.Identifier);
    let byName = this.pushes.get(module);
    if (!byName) this.pushes.set(module, (byName = new Map()));
    const list = byName.get(key) ?? [];
    for (const a of call.arguments.slice(firstAdded)) list.push({ value: a.type === "SpreadElement" ? a.argument : a, list: listId, spread: a.type === "SpreadElement" });
    byName.set(key, list);
  }

  /** Records `name = value`; called for every assignment in every module before `handle`. */
  noteAssignment(assignment: TSESTree.AssignmentExpression, module: ParsedModule): void {
    if (assignment.operator !== "=" || assignment.left.type !== "Identifier") return;
    let byName = this.assignments.get(module);
    if (!byName) this.assignments.set(module, (byName = new Map()));
    const list = byName.get(assignment.left.name) ?? [];
    if (list.length < 32) list.push({ value: assignment.right, target: assignment.left });
    byName.set(assignment.left.name, list);
  }

  /** `setRequestHandler(schemaOrMethod, handler)`; returns true when it is one of ours. */
  handle(call: TSESTree.CallExpression, module: ParsedModule): boolean {
    if (call.arguments.length !== 2) return false;
    const [schema, handlerArg] = call.arguments;
    if (schema.type === "SpreadElement" || handlerArg.type === "SpreadElement") return false;
    const handler = this.x.functionOf(handlerArg, module);
    if (!handler) return false;
    const method = methodOf(this.x, schema, module) ?? inferMethod(handler.fn);
    if (!method) return false;
    if (method === "tools/call") this.dispatchers.push(handler);
    else if (method === "prompts/get") this.promptGetters.push(handler);
    else if (method === "resources/read") this.resourceReaders.push(handler);
    else if (method.endsWith("/list")) {
      const before = this.listed.length;
      const spreadsBefore = this.unreadSpreads;
      this.readList(handler.fn, handler.module);
      // The SDK's own McpServer (bundled) lists its registered tools: those are read where they are registered.
      // A list read only in part (`[...registry.getAllDefinitions(), ...extra]`) is a list we could not read, too.
      const unread = this.listed.length === before || this.unreadSpreads > spreadsBefore;
      if (method === "tools/list" && unread && !mentionsName(handler.fn, "_registeredTools")) this.unreadToolLists++;
    }
    return true;
  }

  /**
   * A JSON-RPC server written by hand: `if (msg.method === "tools/list") send({ …, result: { tools: [...] } })`,
   * `case "tools/call":` in a switch on the method. The branch answering a list method holds the list;
   * the function holding the `tools/call` branch is a dispatcher, read like a `tools/call` handler.
   */
  handleMethodBranch(method: string, body: Node, enclosing: FunctionNode | undefined, module: ParsedModule): void {
    if (method === "tools/call" || method === "prompts/get" || method === "resources/read") {
      if (!enclosing) return;
      const d = { fn: enclosing, module };
      const into = method === "tools/call" ? this.dispatchers : method === "prompts/get" ? this.promptGetters : this.resourceReaders;
      if (!into.some((e) => e.fn === enclosing)) into.push(d);
      return;
    }
    const kind = Object.values(LIST_KEYS).find((m) => m === method);
    if (!kind) return;
    const key = Object.keys(LIST_KEYS).find((k) => LIST_KEYS[k] === kind)!;
    walk(body, {
      enter: (n) => {
        if (isFunctionNode(n)) return false;
        if (n.type === "Property" && propertyName(n) === key) {
          for (const def of this.arrayElements(n.value as Node, module, 0)) this.definition(def, kind);
          return false;
        }
        return undefined;
      },
    });
  }

  /**
   * A handler several definitions share (`{ tools: [...], handler }`), called with the tool's name first
   * and its arguments second: its branch per name (`if (name === "whoami")`, a switch, a table).
   */
  sharedBranches(handler: { fn: FunctionNode; module: ParsedModule }): Map<string, { fn: FunctionNode; module: ParsedModule; branch?: Node; argumentParams: number[] }> {
    const out = new Map<string, { fn: FunctionNode; module: ParsedModule; branch?: Node; argumentParams: number[] }>();
    const name = handler.fn.params[0];
    if (name?.type !== "Identifier" || handler.fn.params.length < 2) return out;
    for (const [key, target] of dispatchBranches(this.x, this.tables, handler, { nameParam: name.name, argumentParams: [1] })) out.set(key, { ...target, argumentParams: target.argumentParams ?? [1] });
    return out;
  }

  /** Tools found elsewhere that the `tools/list` handler serves (when its own list could not be read): linked like listed ones. */
  adopt(items: SurfaceItem[]): void {
    this.listed.push(...items.filter((i) => i.kind === "tool"));
  }

  /** Links listed tools to their dispatch branches and adds every item. */
  finish(): void {
    const branches = new Map<string, Branch>();
    for (const d of this.dispatchers) for (const [name, target] of dispatchBranches(this.x, this.tables, d)) if (!branches.has(name)) branches.set(name, target);
    for (const item of this.listed) {
      const target = branches.get(item.name);
      if (!item.handlerLocation && target) this.link(item, target);
    }
    // The list is built at run time (read from data files, a registry we cannot read) and nothing else names a tool:
    // the names the `tools/call` dispatcher answers are the tools it serves, each with its branch.
    if (this.unreadToolLists > 0 && this.x.model.tools.length === 0) {
      for (const [name, target] of branches) {
        if (!TOOL_NAME.test(name)) continue;
        const item = this.x.add({ kind: "tool", name: { value: name, location: locationOf(target.module.path, target.branch ?? target.fn), dynamic: false }, registeredVia: "dispatcher" });
        this.link(item, target);
      }
    }
    // A prompt's branch of the `prompts/get` handler (dispatched by name like a tool), else the whole handler.
    const promptBranches = new Map<string, Branch>();
    for (const d of this.promptGetters) for (const [name, target] of dispatchBranches(this.x, this.tables, d)) if (!promptBranches.has(name)) promptBranches.set(name, target);
    for (const item of this.listedPrompts) {
      const target = promptBranches.get(item.name) ?? this.promptGetters[0];
      if (!item.handlerLocation && target) this.link(item, target);
    }
    // A resource is read by URI: every listed resource reaches the whole `resources/read` handler.
    const reader = this.resourceReaders[0];
    for (const item of this.listedResources) if (!item.handlerLocation && reader) this.link(item, reader);
  }

  /**
   * A `tools/list` handler whose list we could not read and a `tools/call` handler, with no tool named anywhere
   * (the list is built at run time from a spec, a database, a folder of definitions): the server has tools, how
   * many is unknown. One item stands for that list, linked to the whole `tools/call` handler, so the count reads
   * "unknown", never 0. Called only when the package is not a relay to a server elsewhere.
   */
  addRunTimeList(): SurfaceItem | undefined {
    const d = this.dispatchers[0];
    if (this.unreadToolLists === 0 || !d || this.x.model.tools.length > 0) return undefined;
    const item = this.x.add({ kind: "tool", name: { location: locationOf(d.module.path, d.fn), dynamic: true }, registeredVia: "setRequestHandler" });
    item.perElement = true;
    this.link(item, d);
    return item;
  }

  private link(item: SurfaceItem, target: Branch): void {
    const input: ItemInput["handler"] = { fn: target.fn, module: target.module, argumentParams: target.argumentParams ?? [0] };
    if (target.branch) input.branch = target.branch;
    this.x.attachHandler(item, input);
  }

  /** Tool (prompt, resource) definitions in what a list handler returns. */
  private readList(fn: FunctionNode, module: ParsedModule, depth = 0): void {
    for (const ret of returnedExpressions(fn)) {
      // `return handleListTools()`: the list is what the helper returns.
      const call = unwrapExpression(ret.type === "AwaitExpression" ? ret.argument : ret);
      if (call.type === "CallExpression" && depth < MAX_FORWARDS) {
        const helper = this.x.functionOf(call.callee, module);
        if (helper && helper.fn !== fn) {
          this.readList(helper.fn, helper.module, depth + 1);
          continue;
        }
      }
      const obj = this.x.objectOf(ret, module);
      if (!obj) continue;
      for (const p of obj.node.properties) {
        if (p.type !== "Property") continue;
        const key = propertyName(p);
        const kind = key && Object.hasOwn(LIST_KEYS, key) ? LIST_KEYS[key] : undefined;
        if (!kind) continue;
        for (const def of this.arrayElements(p.value as Node, obj.module, 0)) this.definition(def, kind);
      }
    }
  }

  private definition(element: Element, list: Method): void {
    const { node, module, projection } = element;
    const def = projection ? undefined : this.x.objectOf(node, module);
    // One definition listed twice (a read-only subset and the full list, or two list handlers) is one item.
    const key = def ? (this.x.factoryCallOf({ node, module }) ?? def.node) : node;
    if ((!def && !projection) || this.defined.has(key)) return;
    this.defined.add(key);
    this.x.claimed.add(key);
    // `{ ...searchToolMeta, name: "search" }`: the definition's properties as composed; for a
    // projection (`tools.map((t) => ({ name: t.metadata.name }))`) the projected property read
    // on this element, or the element's own implementation.
    const get = (k: string): NodeIn | undefined => {
      if (def) return this.x.memberOf({ node, module }, k);
      if (!projection) return undefined;
      const projected = this.x.member(projection.object, k, projection.module);
      const keyed = projected && element.entryKey && projection.keyParam ? this.entryBound(projected, projection, element) : undefined;
      if (keyed) return keyed;
      // `name: aliasName` with `const aliasName = prefix + t.name` in the loop: a local built from the element, named at run time.
      const local = projected && unwrapExpression(projected.node);
      if (projected) return this.x.bound(projected, projection.param, { node, module }) ?? (local?.type === "Identifier" && local.name !== projection.param ? projected : undefined);
      // `({ ...t.definition, annotations })`: a spread of the element's own part gives that part's properties.
      for (const p of [...projection.object.properties].reverse()) {
        if (p.type !== "SpreadElement") continue;
        const part = this.x.bound({ node: p.argument, module: projection.module }, projection.param, { node, module });
        const partObj = part && part.node !== p.argument ? this.x.objectOf(part.node, part.module) : undefined;
        const found = partObj && this.x.member(partObj.node, k, partObj.module);
        if (found) return found;
      }
      return IMPLEMENTATION_KEYS.includes(k) ? this.elementMember({ node, module }, k) : undefined;
    };
    const at = def ?? { node, module };
    const name = get("name");
    if (!name) return;
    const desc = get("description");
    const impl = IMPLEMENTATION_KEYS.map(get).find((v) => v !== undefined);
    // A table entry whose value is the function itself (`{ chat: chatTool }`, the description hung on the function): that function.
    const handler = impl ? this.x.functionOf(impl.node, impl.module) : element.entryKey ? this.x.functionOf(node, module) : undefined;
    const base = {
      name: this.x.text(name.node, name.module),
      description: desc ? this.x.text(desc.node, desc.module) : undefined,
      registeredVia: "setRequestHandler",
      handler: handler && { ...handler, argumentParams: [0] },
    };
    if (list === "tools/list") {
      const schema = get("inputSchema") ?? get("parameters") ?? get("schema");
      const annotationsAt = get("annotations");
      const annotations = readAnnotations(this.x, annotationsAt?.node, annotationsAt?.module ?? at.module);
      const title = get("title");
      const t = title ? this.x.folder.string(title.node, title.module) : undefined;
      if (t !== undefined && annotations.title === undefined) annotations.title = t;
      let parameters = schema ? parametersOf(this.x, schema.node, schema.module) : [];
      // A projected schema built at run time (`properties: Object.entries(t.inputSchema).reduce(…)`): the element's own schema.
      const own = projection && parameters.length === 0 ? this.elementMember({ node, module }, "inputSchema") : undefined;
      if (own) parameters = parametersOf(this.x, own.node, own.module);
      // `{ name: `${service}_status` }` pushed by a helper called once per service: one tool per call.
      const perCall = base.name.value === undefined && def ? namesPerHelperCall(this.x, name) : undefined;
      if (perCall && perCall.length > 0) {
        for (const value of perCall) this.listed.push(this.x.add({ ...base, name: { location: base.name.location, value, dynamic: false }, kind: "tool", parameters, annotations }));
      } else this.listed.push(this.x.add({ ...base, kind: "tool", parameters, annotations }));
    } else if (list === "prompts/list") {
      const args = get("arguments");
      this.listedPrompts.push(this.x.add({ ...base, kind: "prompt", parameters: args ? argumentList(this.x, args.node, args.module) : [] }));
    } else {
      const uri = get("uriTemplate") ?? get("uri");
      const template = list === "resources/templates/list";
      const uriText = uri ? this.x.folder.string(uri.node, uri.module) : undefined;
      const parameters = template && uriText ? uriTemplateVariables(uriText) : [];
      this.listedResources.push(this.x.add({ ...base, kind: template ? "resource-template" : "resource", parameters }));
    }
  }

  /**
   * The name → definition tables an expression stands for: an object literal, or what the package's own
   * function returns (`getTools(config)` returning the whole table or a filtered copy built at run time:
   * the literal tables it returns; an object filled at run time adds nothing).
   */
  private tablesOf(node: Node, module: ParsedModule): { node: TSESTree.ObjectExpression; module: ParsedModule }[] {
    const own = this.x.objectOf(node, module);
    if (own) return [own];
    const target = this.x.resolve(node, module);
    const call = unwrapExpression(target.node);
    const helper = call.type === "CallExpression" ? this.x.functionOf(call.callee, target.module) : undefined;
    if (!helper) return [];
    const out: { node: TSESTree.ObjectExpression; module: ParsedModule }[] = [];
    for (const r of returnedExpressions(helper.fn)) {
      const obj = this.x.objectOf(r, helper.module);
      if (obj && obj.node.properties.length > 0 && !out.some((o) => o.node === obj.node)) out.push(obj);
    }
    return out;
  }

  /**
   * A projected property of a table's entry: the key itself (`name`), the entry's value read by the key
   * (`TOOLS[name].description`), or the first side of a default (`tool.description || \`${name} tool\``).
   */
  private entryBound(projected: NodeIn, projection: NonNullable<Element["projection"]>, element: Element): NodeIn | undefined {
    const keyParam = projection.keyParam!;
    let n = unwrapExpression(projected.node);
    if (n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??")) return this.entryBound({ node: n.left, module: projected.module }, projection, element);
    const keys: string[] = [];
    while (n.type === "MemberExpression" && !n.computed) {
      const key = propertyName(n);
      if (key === undefined) return undefined;
      keys.unshift(key);
      n = unwrapExpression(n.object);
    }
    if (isIdentifier(n, keyParam) && keys.length === 0) {
      const at = element.entryKey!.node;
      return { node: { type: "Literal", value: element.entryKey!.value, raw: JSON.stringify(element.entryKey!.value), range: at.range, loc: at.loc } as Node, module: element.module };
    }
    // `tool.description` with `tool` the entry's value.
    if (projection.param && isIdentifier(n, projection.param)) return this.x.bound(projected, projection.param, { node: element.node, module: element.module });
    if (!(n.type === "MemberExpression" && n.computed && isIdentifier(n.property, keyParam))) return undefined;
    let cur: NodeIn | undefined = { node: element.node, module: element.module };
    for (const key of keys) {
      const obj: { node: TSESTree.ObjectExpression; module: ParsedModule } | undefined = cur ? this.x.objectOf(cur.node, cur.module) : undefined;
      cur = obj && this.x.member(obj.node, key, obj.module);
    }
    return cur;
  }

  /** The elements of a list as the code builds it, for registrations in a loop over it. */
  elementsOf(node: Node, module: ParsedModule): NodeIn[] {
    return this.arrayElements(node, module, 0).map(({ node: n, module: m }) => ({ node: n, module: m }));
  }

  /** `element.handler` when the element is an object or a module namespace. */
  private elementMember(element: NodeIn, key: string): NodeIn | undefined {
    const ns = this.x.folder.namespaceOf(element.node, element.module);
    if (ns) return this.x.folder.exportOf(ns, key);
    const obj = this.x.objectOf(element.node, element.module);
    return obj && this.x.member(obj.node, key, obj.module);
  }

  /** The elements of an array as the code builds it: literals, spreads, `.map`/`.filter` of a list, `Object.values`, pushes. */
  private arrayElements(node: Node, module: ParsedModule, depth: number): Element[] {
    // Lists are filtered and re-spread step by step (`toolsAfterToolsets` → … → `filteredTools`); the work is bounded per package.
    if (depth > MAX_LIST_DEPTH || ++this.listWork > MAX_LIST_WORK) return [];
    const n = unwrapExpression(node);
    if (n.type === "AwaitExpression") return this.arrayElements(n.argument, module, depth + 1);
    // `readOnly ? READONLY_TOOLS : ALL_TOOLS`, `extra || []`: every tool either side may list.
    if (n.type === "ConditionalExpression") return uniqueNodes([...this.arrayElements(n.consequent, module, depth + 1), ...this.arrayElements(n.alternate, module, depth + 1)]);
    if (n.type === "LogicalExpression") return uniqueNodes([...this.arrayElements(n.left, module, depth + 1), ...this.arrayElements(n.right, module, depth + 1)]);
    if (n.type === "ArrayExpression") {
      return n.elements.flatMap((el) => {
        if (!el) return [];
        if (el.type !== "SpreadElement") return [{ node: el as Node, module }];
        const spread = this.arrayElements(el.argument, module, depth + 1);
        if (spread.length === 0 && unwrapExpression(el.argument).type !== "ArrayExpression") this.unreadSpreads++;
        return spread;
      });
    }
    if (n.type === "CallExpression") {
      const callee = unwrapExpression(n.callee);
      if (callee.type === "MemberExpression") {
        const method = propertyName(callee);
        if (method === "map" || method === "filter" || method === "slice" || method === "concat" || method === "flat") {
          const own = this.arrayElements(callee.object, module, depth + 1);
          const projection = method === "map" ? projectionOf(n.arguments[0], module, tableIteration(callee.object)?.over) : undefined;
          if (projection) return own.map((e) => (e.projection ? e : { ...e, projection }));
          const more = method === "concat" ? n.arguments.flatMap((a) => this.arrayElements(a.type === "SpreadElement" ? a.argument : a, module, depth + 1)) : [];
          return [...own, ...more];
        }
        // `Object.entries(TOOLS)`, `Object.keys(TOOLS)`: one element per entry, its value standing for it and its key kept.
        const iteration = tableIteration(n);
        if (iteration) {
          return this.tablesOf(iteration.table, module).flatMap((obj) => this.x.properties(obj.node, obj.module).map(({ key, keyNode, value }) => ({ node: value.node, module: value.module, entryKey: { value: key, node: keyNode } })));
        }
        if (method === "values" && isIdentifier(callee.object, "Object") && n.arguments[0]) {
          const obj = this.x.objectOf(n.arguments[0], module);
          return obj ? obj.node.properties.flatMap((p) => (p.type === "Property" ? [{ node: p.value as Node, module: obj.module }] : [])) : [];
        }
      }
      // `createToolDefinitions()`: what the package's own function returns.
      const helper = this.x.functionOf(n.callee, module);
      if (helper && !this.following.has(helper.fn)) {
        this.following.add(helper.fn);
        try {
          return uniqueNodes(returnedExpressions(helper.fn).flatMap((r) => this.arrayElements(r, helper.module, depth + 1)));
        } finally {
          this.following.delete(helper.fn);
        }
      }
      return [];
    }
    if (n.type === "Identifier" || n.type === "MemberExpression") {
      const target = this.x.folder.resolve(n, module);
      // A variable declared bare and assigned per branch has no single value: every assigned array counts.
      const assigned = n.type === "Identifier" ? this.assignedElements(n, module, target?.module ?? module, depth) : [];
      if (!target && n.type === "Identifier") {
        // A local assigned again (`let tools = [...docs]; tools.push(...more); tools = tools.map(…)`): its first value and what is pushed;
        // a parameter (`function setupRequestHandlers(server, tools)`): what its callers pass.
        const init = this.x.folder.declaredInitializerOf(n, module);
        const first = init && !this.following.has(init) ? this.followed(init, () => this.arrayElements(init, module, depth + 1)) : [];
        // Pushes are recorded by name: only a declared list's own name, never a parameter (`t` in a bundle is every `t`).
        // and a push counts only when its name is this same binding (scope decides, not spelling).
        const pushed = init ? this.pushesInto(n.name, module, (id) => this.x.folder.declaredInitializerOf(id, module) === init, 64) : [];
        const passed = this.x.argumentsFor(n, module).flatMap((a) => this.arrayElements(a.node, a.module, depth + 1));
        // `const { tools } = config`: what the callers pass as `config.tools`.
        const property = init ? [] : this.x.parameterMember(n, module).flatMap((a) => this.arrayElements(a.node, a.module, depth + 1));
        return uniqueNodes([...first, ...pushed.flatMap((p) => this.pushedElements(p, depth)), ...assigned, ...passed, ...property]);
      }
      // `this.tools` inside a class: the list its field holds (`static tools = [...]`, `tools = [...]`).
      const field = !target && n.type === "MemberExpression" ? this.x.thisField(n, module) : undefined;
      if (field) {
        // `this.providers = new Map()` filled by `this.providers.set(p.name, p)` in the class's methods.
        const name = propertyName(n as TSESTree.MemberExpression);
        const added = name === undefined ? [] : this.pushesInto(`this.${name}`, field.module, () => true, 64);
        return uniqueNodes([...assigned, ...this.arrayElements(field.node, field.module, depth + 1), ...added.flatMap((p) => this.pushedElements(p, depth))]);
      }
      // `config.tools.map(convert)` in `function runServer(config)`: what the callers pass as `config.tools`.
      if (!target) return uniqueNodes([...assigned, ...this.x.parameterMember(n, module).flatMap((a) => this.arrayElements(a.node, a.module, depth + 1))]);
      if (target.node === n) return assigned;
      const own = this.arrayElements(target.node, target.module, depth + 1);
      // Pushes are recorded by the array's name; a re-export under another name is not followed.
      const pushed = n.type === "Identifier" ? this.pushesInto(n.name, target.module, (id) => this.x.folder.resolve(id, target.module)?.node === target.node) : [];
      return uniqueNodes([...own, ...pushed.flatMap((p) => this.pushedElements(p, depth)), ...assigned]);
    }
    return [];
  }

  /** `name.push(…)` arguments in a module whose receiver is the list `same` accepts (a bundle reuses `t` for every scope's own `t`). */
  private pushesInto(name: string, module: ParsedModule, same: (id: TSESTree.Identifier) => boolean, limit = Infinity): Element[] {
    const out: Element[] = [];
    for (const p of this.pushes.get(module)?.get(name) ?? []) {
      if (out.length >= limit) break;
      if (same(p.list)) out.push({ node: p.value, module, spread: p.spread });
    }
    return out;
  }

  /** `tools.push(def)` adds a definition; `tools.push(...list)` adds a list's elements (notePush records the spread's argument). */
  private pushedElements(p: Element, depth: number): Element[] {
    const spread = this.arrayElements(p.node, p.module, depth + 1);
    if (spread.length > 0) return spread;
    // A push once per element of a loop is a `.map`: `for (const t of tools) out.push({ ...t, name: prefix + t.name })`
    // lists one definition per element, built from it; `out.push(t)` lists the element itself.
    const pushed = unwrapExpression(p.node);
    if (pushed.type === "Identifier") {
      const list = loopSource(this.x.folder, pushed, p.module);
      const elements = list ? this.arrayElements(list, p.module, depth + 1) : [];
      if (elements.length > 0) return elements;
      // `register(provider) { this.providers.set(provider.name, provider) }`: what each caller hands in, through forwarding
      // wrappers, when every caller hands in one object (a list handed in is not one element: it stays unread).
      const passed = p.spread ? [] : this.passedValues(pushed, p.module, 0);
      if (passed.length > 0 && passed.every((v) => this.isOneObject(v))) return passed;
    }
    if (pushed.type === "ObjectExpression") {
      for (const id of loopVariablesIn(pushed)) {
        const list = loopSource(this.x.folder, id, p.module);
        if (!list) continue;
        const projection = { object: pushed, module: p.module, param: id.name };
        const elements = this.arrayElements(list, p.module, depth + 1);
        // A loop over a list we cannot read (`spec.operations` at run time): the one definition, its name unknown.
        if (elements.length === 0) break;
        return elements.map((e) => (e.projection ? e : { ...e, projection }));
      }
    }
    // `tools.push(...serviceTools)` whose list we cannot read: the listing is not all read (as for an unread spread in a literal).
    if (pushed.type !== "ObjectExpression" && !this.x.objectOf(pushed, p.module)) this.unreadSpreads++;
    return [p];
  }

  /** `new Provider()`, `{ name, run }`, or a name bound to one of them. */
  private isOneObject(v: Element): boolean {
    const n = unwrapExpression(v.node);
    return n.type === "NewExpression" || this.x.objectOf(n, v.module) !== undefined;
  }

  /** The values callers pass as parameter `id`, a parameter passed on by a forwarding function followed to its own callers. */
  private passedValues(id: TSESTree.Identifier, module: ParsedModule, depth: number): Element[] {
    if (depth > 3) return [];
    const decl = this.x.folder.declarationOf(id, module);
    if (!decl || !isFunctionNode(decl.binder)) return [];
    const index = decl.binder.params.findIndex((q) => q.type === "Identifier" && q.name === id.name);
    if (index < 0) return [];
    // Every call counts (a generated `addEndpoint(x)` per tool is hundreds of them): cut short, the list would lose tools.
    const calls = this.x.callsOf(decl.binder, decl.parent, module);
    if (calls.length > MAX_PASSED) return [];
    return calls.flatMap(({ call, module: m }): Element[] => {
      const arg = call.arguments[index];
      return arg && arg.type !== "SpreadElement" ? [{ node: arg, module: m }] : [];
    }).flatMap((a) => {
      const arg = unwrapExpression(a.node);
      if (arg.type === "Identifier") {
        const further = this.passedValues(arg, a.module, depth + 1);
        if (further.length > 0) return further;
      }
      return [{ node: a.node, module: a.module }];
    });
  }

  private followed<T>(node: Node, run: () => T[]): T[] {
    this.following.add(node);
    try {
      return run();
    } finally {
      this.following.delete(node);
    }
  }

  private assignedElements(id: TSESTree.Identifier, at: ParsedModule, module: ParsedModule, depth: number): { node: Node; module: ParsedModule }[] {
    const out: { node: Node; module: ParsedModule }[] = [];
    // Assignments are recorded by name: a name declared with a value (`const result = []`) is assigned only
    // where that same declaration is in scope (a bundle's other `result`s are other variables).
    const init = at === module ? this.x.folder.declaredInitializerOf(id, at) : undefined;
    for (const { value, target } of this.assignments.get(module)?.get(id.name) ?? []) {
      if (init && this.x.folder.declaredInitializerOf(target, module) !== init) continue;
      if (this.following.has(value)) continue;
      this.following.add(value);
      try {
        out.push(...this.arrayElements(value, module, depth + 1));
      } finally {
        this.following.delete(value);
      }
    }
    return out;
  }
}

/** An element of a tool list; `projection` when a `.map` callback builds the definition from it. */
interface Element {
  node: Node;
  module: ParsedModule;
  projection?: { object: TSESTree.ObjectExpression; module: ParsedModule; param: string; keyParam?: string };
  /** An entry of a name → definition table (`Object.entries(TOOLS)`, `Object.keys(TOOLS)`): its key; `node` is its value. */
  entryKey?: { value: string; node: Node };
  /** Added with `push(...list)`: a list, not one element. */
  spread?: boolean;
}

/** `(tool) => ({ name: tool.metadata.name, … })`: the object a map callback builds from its parameter. */
function projectionOf(arg: Node | undefined, module: ParsedModule, over?: "entries" | "keys"): Element["projection"] {
  const fn = arg ? unwrapExpression(arg) : undefined;
  if (!fn || !isFunctionNode(fn)) return undefined;
  const first = fn.params[0];
  // `([name, tool]) => …` over a table's entries, `(name) => …` over its keys: the key has a name of its own.
  let param: string | undefined;
  let keyParam: string | undefined;
  if (over === "entries" && first?.type === "ArrayPattern") {
    const [k, v] = first.elements;
    keyParam = k?.type === "Identifier" ? k.name : undefined;
    param = v?.type === "Identifier" ? v.name : "";
  } else if (first?.type === "Identifier") {
    if (over === "keys") {
      keyParam = first.name;
      param = "";
    } else param = first.name;
  }
  if (param === undefined) return undefined;
  const returned = returnedExpressions(fn);
  const object = returned.length === 1 ? localObject(fn, returned[0]) : undefined;
  if (object?.type !== "ObjectExpression") return undefined;
  return { object, module, param, ...(keyParam ? { keyParam } : {}) };
}

/** `const info = { name, … }; …; return info;` in a callback: the object literal it returns. */
function localObject(fn: FunctionNode, returned: Node): Node {
  const r = unwrapExpression(returned);
  if (r.type !== "Identifier") return r;
  let found: Node | undefined;
  walk(fn.body, {
    enter(n) {
      if (found) return false;
      if (n !== fn && isFunctionNode(n)) return false;
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.id.name === r.name && n.init) found = unwrapExpression(n.init);
      return undefined;
    },
  });
  return found ?? r;
}

/** `Object.entries(x)`, `Object.keys(x)`: which one, and its argument. */
function tableIteration(n: Node): { over: "entries" | "keys"; table: Node } | undefined {
  const c = unwrapExpression(n);
  if (c.type !== "CallExpression" || c.callee.type !== "MemberExpression" || !isIdentifier(c.callee.object, "Object")) return undefined;
  const method = propertyName(c.callee);
  const arg = c.arguments[0];
  if ((method !== "entries" && method !== "keys") || !arg || arg.type === "SpreadElement") return undefined;
  return { over: method, table: arg };
}

/** The identifiers an object literal is built from (`...t`, `t.name`, `prefix + t.name`): candidates for the loop variable. */
function loopVariablesIn(obj: TSESTree.ObjectExpression): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  for (const p of obj.properties) {
    const n: Node = unwrapExpression(p.type === "SpreadElement" ? p.argument : (p.value as Node));
    walk(n, {
      enter(c) {
        if (isFunctionNode(c)) return false;
        if (c.type === "MemberExpression") {
          let root: Node = unwrapExpression(c.object);
          while (root.type === "MemberExpression") root = unwrapExpression(root.object);
          if (root.type === "Identifier") out.push(root);
          return false;
        }
        if (c.type === "Identifier") out.push(c);
        return undefined;
      },
    });
  }
  return out;
}

/** The same definition reached through two lists (a read-only subset and the full set) is one tool. */
function uniqueNodes<T extends { node: Node }>(items: T[]): T[] {
  const seen = new Set<Node>();
  return items.filter((i) => {
    const key = i.node;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function methodOf(x: Extraction, schema: Node, module: ParsedModule): Method | undefined {
  const s = unwrapExpression(schema);
  const literal = x.folder.string(s, module);
  if (literal !== undefined) return (Object.values(SCHEMA_METHODS) as string[]).includes(literal) ? (literal as Method) : undefined;
  // `import { CallToolRequestSchema as C }` (a minifier renames imports): the name the SDK exports.
  const imported = s.type === "Identifier" ? x.folder.importOf(s, module)?.imported : undefined;
  const name = imported ?? (s.type === "Identifier" ? s.name : s.type === "MemberExpression" ? propertyName(s) : undefined);
  return name && Object.hasOwn(SCHEMA_METHODS, name) ? SCHEMA_METHODS[name] : undefined;
}

/** A handler whose schema is mangled: known by what it returns or reads. */
function inferMethod(fn: FunctionNode): Method | undefined {
  for (const ret of returnedExpressions(fn)) {
    const r = unwrapExpression(ret);
    if (r.type !== "ObjectExpression") continue;
    for (const p of r.properties) {
      const key = p.type === "Property" ? propertyName(p) : undefined;
      if (key && Object.hasOwn(LIST_KEYS, key) && p.type === "Property" && isArrayish(p.value as Node)) return LIST_KEYS[key];
    }
  }
  let readsName = false;
  walk(fn.body, {
    enter(n) {
      if (n.type === "MemberExpression" && propertyName(n) === "name" && n.object.type === "MemberExpression" && propertyName(n.object) === "params") readsName = true;
    },
  });
  return readsName && !returnsKey(fn, "messages") ? "tools/call" : undefined;
}

function isArrayish(n: Node): boolean {
  const u = unwrapExpression(n);
  return u.type === "ArrayExpression" || u.type === "Identifier" || u.type === "CallExpression" || u.type === "MemberExpression" || u.type === "AwaitExpression";
}

function returnsKey(fn: FunctionNode, key: string): boolean {
  return returnedExpressions(fn).some((r) => {
    const u = unwrapExpression(r);
    return u.type === "ObjectExpression" && u.properties.some((p) => p.type === "Property" && propertyName(p) === key);
  });
}

/** What a function returns: its expression body, or the arguments of its own `return`s. */
export function returnedExpressions(fn: FunctionNode, depth = 0): Node[] {
  const out: Node[] = [];
  const add = (returned: Node) => {
    // `return log("listing"), { tools }` (a minifier joins statements with commas): a comma expression's value is its last operand.
    let r = unwrapExpression(returned);
    while (r.type === "SequenceExpression") r = unwrapExpression(r.expressions[r.expressions.length - 1]);
    // tsc's and Babel's down-levelled async (`__awaiter(this, void 0, void 0, function* () { return … })`): what the generator returns.
    const body = depth < 2 ? downlevelledAsyncBody(r) : undefined;
    if (body) out.push(...returnedExpressions(body, depth + 1));
    else out.push(r);
  };
  if (fn.body.type !== "BlockStatement") {
    add(fn.body);
    return out;
  }
  for (const r of returnStatements(fn)) if (r.argument) add(r.argument);
  return out;
}

/** `__awaiter(this, …, function* () {…})`, `_asyncToGenerator(function* () {…})()`: the generator holding an async function's body. */
function downlevelledAsyncBody(node: Node): FunctionNode | undefined {
  let n = unwrapExpression(node);
  if (n.type === "CallExpression" && n.arguments.length === 0 && n.callee.type === "CallExpression") n = n.callee;
  if (n.type !== "CallExpression") return undefined;
  const last = n.arguments[n.arguments.length - 1];
  return last && last.type === "FunctionExpression" && last.generator ? last : undefined;
}

/**
 * Branches of a CallTool handler per tool name: `switch (name) { case "x": }`,
 * `if (name === "x")`, `handlers[name](args)` with a constant handler map.
 */
function dispatchBranches(x: Extraction, tables: DispatchTables, d: Dispatcher, forwarded?: { nameParam: string; argumentParams: number[] }, depth = 0): Map<string, Branch> {
  const out = new Map<string, Branch>();
  const aliases = nameAliases(d.fn);
  if (forwarded) aliases.add(forwarded.nameParam);
  const argumentParams = forwarded?.argumentParams;
  const first = d.fn.params[0];
  const request = first?.type === "Identifier" ? first.name : undefined;
  const argAliases = argumentAliases(d.fn);
  /** The requested tool's arguments: `request.params.arguments` or a local holding them. */
  const toolArgs = (n: Node): boolean => {
    const u = unwrapExpression(n);
    if (u.type === "Identifier") return argAliases.has(u.name);
    return u.type === "MemberExpression" && propertyName(u) === "arguments" && isParams(u.object);
  };
  const isToolName = (n: Node): boolean => {
    const u = unwrapExpression(n);
    if (u.type === "Identifier") return aliases.has(u.name);
    return u.type === "MemberExpression" && propertyName(u) === "name" && isParams(u.object);
  };
  // `const tool = this.tools.get(name)`: locals holding a table's entry for the requested name.
  const lookups = new Map<string, Node>();
  const tableLookup = (n: Node): Node | undefined => {
    let u = unwrapExpression(n);
    if (u.type === "AwaitExpression") u = unwrapExpression(u.argument);
    if (u.type === "Identifier") return lookups.get(u.name);
    // `name ? handlers.get(name) : undefined`: the lookup on whichever side makes it.
    if (u.type === "ConditionalExpression") return tableLookup(u.consequent) ?? tableLookup(u.alternate);
    // `endpointMap[name]` on a table built at run time (`Object.fromEntries(…)`); a literal object is read below.
    if (u.type === "MemberExpression" && u.computed && isToolName(u.property) && !x.objectOf(u.object, d.module)) return u.object;
    if (u.type !== "CallExpression" || u.callee.type !== "MemberExpression" || propertyName(u.callee) !== "get" || !u.arguments[0] || u.arguments[0].type === "SpreadElement") return undefined;
    return isToolName(u.arguments[0]) ? u.callee.object : undefined;
  };
  const fromTable = (map: Node, method: string | undefined) => {
    for (const entry of tables.mapEntries(map, d.module)) {
      if (out.has(entry.key)) continue;
      const target = tables.handlerOf(entry, method);
      if (target) out.set(entry.key, target);
    }
  };
  const shared = new Map<string, Branch>();
  /** The names an `a === "x" || a === "y"` test compares the tool name with, when that is all it does. */
  const disjunctionNames = (t: Node): string[] | undefined => {
    const u = unwrapExpression(t);
    if (u.type === "LogicalExpression" && u.operator === "||") {
      const l = disjunctionNames(u.left as Node);
      const r = l && disjunctionNames(u.right as Node);
      return l && r ? [...l, ...r] : undefined;
    }
    if (u.type !== "BinaryExpression" || (u.operator !== "===" && u.operator !== "==")) return undefined;
    const other = isToolName(u.left as Node) ? u.right : isToolName(u.right) ? u.left : undefined;
    const name = other ? x.folder.string(other as Node, d.module) : undefined;
    return name === undefined ? undefined : [name];
  };
  walk(d.fn.body, {
    enter(n) {
      if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.init) {
        const map = tableLookup(n.init);
        if (map) lookups.set(n.id.name, map);
      }
      if (n.type === "CallExpression" && depth < MAX_FORWARDS) {
        // `executeHandler(endpoint.tool, endpoint.handler, client, args)`: a helper calls the entry's
        // handler it receives, passing the tool's arguments where its own call puts them.
        n.arguments.forEach((a, i) => {
          if (a.type === "SpreadElement") return;
          const u = unwrapExpression(a);
          const map = tableLookup(u) ?? (u.type === "MemberExpression" && !u.computed ? tableLookup(u.object) : undefined);
          if (!map) return;
          const method = u.type === "MemberExpression" && !u.computed ? propertyName(u) : undefined;
          const helper = x.functionOf(n.callee, d.module);
          const positions = helper && helper.fn !== d.fn ? handlerArgumentPositions(helper.fn, i, n.arguments, toolArgs) : undefined;
          if (!positions) return;
          for (const entry of tables.mapEntries(map, d.module)) {
            if (out.has(entry.key)) continue;
            const target = tables.handlerOf(entry, method);
            if (target) out.set(entry.key, { ...target, argumentParams: positions });
          }
        });
      }
      if (n.type === "CallExpression") {
        // `handlers.get(name)(args)`, `tool(args)`, `tool.handler(args)`, `this.tools.get(name).execute(args)`.
        const callee = unwrapExpression(n.callee);
        const direct = callee.type === "MemberExpression" && propertyName(callee) === "get" ? undefined : tableLookup(callee);
        const viaMember = callee.type === "MemberExpression" ? tableLookup(callee.object) : undefined;
        if (direct) fromTable(direct, undefined);
        else if (viaMember && callee.type === "MemberExpression") fromTable(viaMember, propertyName(callee));
      }
      if (n.type === "SwitchStatement" && isToolName(n.discriminant)) {
        n.cases.forEach((c, i) => {
          const name = c.test ? x.folder.string(c.test, d.module) : undefined;
          // `case "a": case "b": <body>`: an empty case falls through, so its tool runs the next case that has statements.
          const runs = n.cases.slice(i).find((k) => k.consequent.length > 0) ?? c;
          if (name !== undefined && !out.has(name)) out.set(name, { fn: d.fn, module: d.module, branch: runs, argumentParams });
        });
      } else if (n.type === "IfStatement" && n.test.type === "BinaryExpression" && (n.test.operator === "===" || n.test.operator === "==")) {
        const { left, right } = n.test;
        const other = isToolName(left as Node) ? right : isToolName(right) ? left : undefined;
        const name = other ? x.folder.string(other as Node, d.module) : undefined;
        if (name !== undefined && !out.has(name)) out.set(name, { fn: d.fn, module: d.module, branch: n.consequent, argumentParams });
      } else if (n.type === "IfStatement" && n.test.type === "LogicalExpression" && n.test.operator === "||") {
        // `if (name === "list_pages" || name === "set_page") { … }`: each name reaches the block; an inner `if` naming one alone is more precise.
        const names = disjunctionNames(n.test as Node);
        if (names) for (const name of names) if (!shared.has(name)) shared.set(name, { fn: d.fn, module: d.module, branch: n.consequent, argumentParams });
      } else if (n.type === "CallExpression" && depth < MAX_FORWARDS) {
        // `return handleToolCall(request.params.name, request.params.arguments)`: the helper dispatches on its parameter.
        const at = n.arguments.findIndex((a) => a.type !== "SpreadElement" && isToolName(a as Node));
        // `this.registry.execute(name, args)`: the method of the class the field holds an instance of.
        // `for (const mod of domainModules) await mod.handleTool(name, args)`: each element's method.
        const direct = at >= 0 ? (x.functionOf(n.callee, d.module) ?? tables.receiverMethod(n.callee, d.module)) : undefined;
        const helpers = (direct ? [direct] : at >= 0 ? tables.loopMethods(n.callee, d.module) : []).filter((h) => h.fn !== d.fn && h.fn.params[at]?.type === "Identifier");
        for (const helper of helpers) {
          const param = helper.fn.params[at] as TSESTree.Identifier;
          const rest = n.arguments.map((_, i) => i).filter((i) => i !== at && i < helper.fn.params.length);
          for (const [name, target] of dispatchBranches(x, tables, helper, { nameParam: param.name, argumentParams: rest }, depth + 1)) if (!out.has(name)) out.set(name, target);
        }
        if (helpers.length === 0 && !forwarded && request && (n.callee.type !== "MemberExpression" || unwrapExpression(n.callee.object).type === "ThisExpression")) {
          // `return handleCallToolRequest(request)`: the helper reads the name from the request itself.
          // `handleToolCall(request.params)`: likewise, the helper reads `params.name`.
          const passed = n.arguments.findIndex((a) => isIdentifier(a as Node, request) || (a.type === "MemberExpression" && propertyName(a) === "params" && isIdentifier(a.object, request)));
          const callee = passed >= 0 ? x.functionOf(n.callee, d.module) : undefined;
          if (callee && callee.fn !== d.fn && passed < callee.fn.params.length) {
            for (const [name, target] of dispatchBranches(x, tables, callee, undefined, depth + 1)) if (!out.has(name)) out.set(name, { ...target, argumentParams: target.argumentParams ?? [passed] });
          }
        }
      } else if (n.type === "MemberExpression" && n.computed && isToolName(n.property)) {
        const map = x.objectOf(n.object, d.module);
        if (map) {
          for (const p of map.node.properties) {
            if (p.type !== "Property") continue;
            const key = propertyName(p) ?? (p.computed ? x.folder.string(p.key, map.module) : undefined);
            const target = x.functionOf(p.value as Node, map.module) ?? (p.value.type === "FunctionExpression" ? { fn: p.value, module: map.module } : undefined);
            if (key !== undefined && target && !out.has(key)) out.set(key, target);
          }
        }
      }
      return undefined;
    },
  });
  for (const [name, target] of shared) if (!out.has(name)) out.set(name, target);
  return out;
}

/**
 * Which parameters of a handler hold the tool's arguments, when a helper receives the handler as its
 * parameter `at` and calls it: the positions of that call whose argument reads a helper parameter
 * the dispatcher passed the arguments in (`handler(client, args || {})` → [1]).
 */
function handlerArgumentPositions(helper: FunctionNode, at: number, passed: TSESTree.CallExpressionArgument[], toolArgs: (n: Node) => boolean): number[] | undefined {
  const param = helper.params[at];
  if (param?.type !== "Identifier") return undefined;
  const argParams = new Set<string>();
  helper.params.forEach((p, i) => {
    const a = passed[i];
    if (p.type === "Identifier" && i !== at && a && a.type !== "SpreadElement" && toolArgs(a as Node)) argParams.add(p.name);
  });
  if (argParams.size === 0) return undefined;
  let positions: number[] | undefined;
  walk(helper.body, {
    enter(n) {
      if (positions) return false;
      if (n.type !== "CallExpression" || !isIdentifier(unwrapExpression(n.callee), param.name)) return undefined;
      const found = n.arguments.map((a, i) => (a.type !== "SpreadElement" && mentions(a as Node, argParams) ? i : -1)).filter((i) => i >= 0);
      if (found.length) positions = found;
      return undefined;
    },
  });
  return positions;
}

/** Local names holding the requested tool's arguments: `const { arguments: args } = request.params`, `const args = request.params.arguments`. */
function argumentAliases(fn: FunctionNode): Set<string> {
  return paramsAliases(fn, "arguments", (init) => isParams(init.object));
}

function mentionsName(fn: FunctionNode, name: string): boolean {
  let found = false;
  walk(fn.body, {
    enter(n) {
      if (found) return false;
      if ((n.type === "Identifier" && n.name === name) || (n.type === "MemberExpression" && propertyName(n) === name)) found = true;
      return undefined;
    },
  });
  return found;
}

/** `request.params` or a local `params` destructured from the request. */
function isParams(n: Node): boolean {
  return (n.type === "MemberExpression" && propertyName(n) === "params") || isIdentifier(n, "params");
}

/** Local names holding the requested tool name: `const { name } = request.params`, `({ params: { name } })`, `const tool = req.params.name`. */
function nameAliases(fn: FunctionNode): Set<string> {
  return paramsAliases(fn, "name", (init) => isParams(init.object));
}

/** Local names holding `params[key]` of the request: destructured (`{ params: { key: x } }`, `const { key: x } = request.params`) or read (`const x = request.params.key`). */
function paramsAliases(fn: FunctionNode, key: string, readsParams: (init: TSESTree.MemberExpression) => boolean): Set<string> {
  const out = new Set<string>();
  const fromPattern = (p: Node, underParams: boolean) => {
    if (p.type === "AssignmentPattern") return fromPattern(p.left, underParams);
    if (p.type !== "ObjectPattern") return;
    for (const prop of p.properties) {
      if (prop.type !== "Property") continue;
      const k = propertyName(prop);
      const value = prop.value.type === "AssignmentPattern" ? prop.value.left : prop.value;
      if (underParams && k === key && value.type === "Identifier") out.add(value.name);
      if (k === "params") fromPattern(prop.value as Node, true);
    }
  };
  for (const param of fn.params) fromPattern(param as Node, false);
  walk(fn.body, {
    enter(n) {
      if (n.type !== "VariableDeclarator" || !n.init) return;
      const init = unwrapExpression(n.init);
      if (n.id.type === "ObjectPattern") fromPattern(n.id, init.type === "MemberExpression" && propertyName(init) === "params");
      else if (n.id.type === "Identifier" && init.type === "MemberExpression" && propertyName(init) === key && readsParams(init)) out.add(n.id.name);
    },
  });
  return out;
}
