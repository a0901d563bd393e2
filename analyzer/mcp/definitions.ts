// Tools defined as data, whatever registers them: an object with a name (its
// own `name`, or the key it sits under in a name → definition table), a
// description or an input schema, and the function that implements it
// (`{ name, description, inputSchema, handler }`, `defineTool({...})`,
// `{ list_tables: tool({ ...listTablesMeta, execute }) }`); and a tool class
// (`name`/`description`/`schema` fields or `getName()`/`getConfig()` methods,
// and an `execute`/`exec`/`run`/`handle` method), whose instances a registry
// loop or a base-class `this.server.tool(this.name, …)` registers. Registries
// differ in how they loop; the definitions are what they loop over, so
// reading the definitions covers the registries we have not seen.
//
// Read after the registration shapes: a definition a registration call or a
// list handler already turned into a tool is not counted again (one tool
// appears once), whether the same node or the same name.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import { parentOf, type NodeIn } from "../program/constants.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule, SurfaceItem } from "../types.js";
import { IMPLEMENTATION_KEYS, TOOL_NAME, type Extraction } from "./context.js";
import { constructorFields } from "./mcp-framework.js";
import { otherRegistryEntries } from "./other-registries.js";
import { returnedExpressions } from "./low-level.js";
import { argumentList, uriTemplateVariables } from "./high-level.js";
import { parametersOf, readAnnotations } from "./schema.js";

/** Properties of a tool definition that hold its input schema. */
export const SCHEMA_KEYS = ["inputSchema", "parameters", "schema", "input_schema", "argsSchema", "paramsSchema", "input"];
/** Method names a tool class gives its name, description, schema and config by. */
const CLASS_GETTERS = { name: ["getName", "getToolName"], description: ["getDescription"], schema: ["getInputSchema", "getSchema", "getParameters"], config: ["getConfig", "getDefinition", "getMetadata", "definition", "toolDefinition"] };
/** Instance fields a tool class keeps its whole definition in (`toolDefinition = { name, description, inputSchema }`); a getter of the same name is read with the methods above. */
const CLASS_DEFINITION_FIELDS = ["toolDefinition", "definition"];
/** Instance flags that, constant false, keep a tool class out of the list a provider serves. */
const DISABLED_FLAGS = ["isEnabled", "enabled"];
/** Methods a tool class implements its call by, besides the definition keys (`process` under a base class's `handleRequest`). */
const CLASS_IMPLEMENTATION_KEYS = ["process", "handleRequest", "executeTool"];
/**
 * Static fields a tool class names its tool by when the instance has no `name` of its own
 * (`static toolName = "count"`, `static TOOL_NAME = "review"`): the registry reads the name off the class.
 */
const STATIC_NAME_KEYS = ["toolName", "TOOL_NAME", "NAME", "name"];
const CLASS_IMPLEMENTATIONS = [...IMPLEMENTATION_KEYS, ...CLASS_IMPLEMENTATION_KEYS];
/** How far up a class's bases an inherited implementation is looked for. */
const MAX_BASE_DEPTH = 4;

export interface DefinitionCandidates {
  /** Object literals of the package, with the table key they sit under (`{ list_tables: {...} }`, `{ list_tables: tool({...}) }`). */
  objects: { node: TSESTree.ObjectExpression; module: ParsedModule; key?: string; uri?: string }[];
  classes: { cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression; module: ParsedModule }[];
  /**
   * What a base class's own registration (`this.server.registerTool(this.name, { description: this.description,
   * inputSchema: z.object(this.argsShape) }, …)`) reads each part of a tool from: definition key → the instance
   * fields it names. A subclass's tool is read off those fields too.
   */
  baseFields?: Map<string, string[]>;
}

/**
 * Adds every definition not already found and returns the items added. With `listedElsewhere`
 * (the server lists tools through a list we could not read) a definition needs no implementation
 * of its own when it has a name, a description and an input schema: the dispatcher has it.
 */
export function extractDefinitions(x: Extraction, candidates: DefinitionCandidates, listedElsewhere = false, shared?: SharedDispatch): SurfaceItem[] {
  const known = new Set([...x.model.tools, ...x.model.resources].map((t) => t.name));
  const added: SurfaceItem[] = [];
  const elsewhere = otherRegistryEntries(x);
  const take = (def: Definition | undefined, node: Node, via: string) => {
    if (!def || known.has(def.name) || elsewhere.has(node)) return;
    known.add(def.name);
    x.claimed.add(node);
    added.push(addDefinition(x, def, via));
  };
  if (shared) for (const { node, module } of candidates.objects) sharedHandlerTable(x, node, module, shared, take);
  // Definitions that carry their implementation first, then tool classes, then (when the list is read
  // elsewhere) bare definitions: a class handing `{ name, description, inputSchema }` to super() is one tool, with its method.
  for (const { node, module, key, uri } of candidates.objects) if (!x.claimed.has(node)) take(objectDefinition(x, node, module, key, false, uri), node, "definition");
  // An entry of a name → definition table whose other entries are tools is one too, even with no input to describe
  // (`list_databases: tool({ description, handler: async () => … })` beside entries that take arguments).
  const toolTables = new Set<Node>();
  for (const c of candidates.objects) {
    const table = c.key !== undefined && x.claimed.has(c.node) ? tableOf(c.node, c.module) : undefined;
    if (table) toolTables.add(table);
  }
  for (const { node, module, key, uri } of toolTables.size > 0 ? candidates.objects : []) {
    if (x.claimed.has(node) || key === undefined || !x.member(node, "description", module)) continue;
    const table = tableOf(node, module);
    if (table && toolTables.has(table)) take(objectDefinition(x, node, module, key, false, uri, true), node, "definition");
  }
  for (const { cls, module } of candidates.classes) if (!x.claimed.has(cls)) take(classDefinition(x, cls, module, candidates.baseFields), cls, "tool class");
  if (listedElsewhere) for (const { node, module, key, uri } of candidates.objects) if (!x.claimed.has(node)) take(objectDefinition(x, node, module, key, true, uri), node, "definition");
  return added;
}

/** How definitions sharing one handler reach it: the list's elements, and the handler's branch per tool name. */
export interface SharedDispatch {
  elementsOf(list: Node, module: ParsedModule): NodeIn[];
  sharedBranches(handler: { fn: FunctionNode; module: ParsedModule }): Map<string, { fn: FunctionNode; module: ParsedModule; branch?: Node; argumentParams: number[] }>;
}

/** Keys a definition table gives its list of definitions under, beside the handler they share. */
const SHARED_LIST_KEYS = ["tools", "definitions"];

/**
 * `{ tools: [{ name, description, inputSchema }, …], handler }`: definitions handed to a registry
 * with one handler that dispatches on the tool's name (`handler(name, args, …)`). Each definition
 * is a tool; its handler is that function's branch for its name, or the whole function when it has
 * no branch of its own. A handler that does not dispatch by name leaves the tools unlinked.
 */
function sharedHandlerTable(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule, shared: SharedDispatch, take: (def: Definition | undefined, node: Node, via: string) => void): void {
  const list = SHARED_LIST_KEYS.map((k) => x.member(node, k, module)).find((v) => v !== undefined);
  if (!list) return;
  const handler = firstFunction(x, node, module, IMPLEMENTATION_KEYS);
  if (!handler) return;
  const elements = shared.elementsOf(list.node, list.module);
  if (elements.length === 0) return;
  const branches = shared.sharedBranches(handler);
  for (const el of elements) {
    const obj = x.objectOf(el.node, el.module);
    if (!obj || x.claimed.has(obj.node)) continue;
    const def = objectDefinition(x, obj.node, obj.module, undefined, true);
    if (!def || def.impl || def.resource) continue;
    const branch = branches.get(def.name);
    if (branch) def.impl = branch;
    else if (branches.size > 0) def.impl = { fn: handler.fn, module: handler.module, argumentParams: [1] };
    take(def, obj.node, "definition table");
  }
}

interface Definition {
  name: string;
  nameAt: NodeIn;
  description?: NodeIn;
  schema?: NodeIn;
  annotations?: NodeIn;
  title?: NodeIn;
  /** Absent for a listed definition whose call a dispatcher handles; a shared handler's branch and argument positions when it has them. */
  impl?: { fn: FunctionNode; module: ParsedModule; branch?: Node; argumentParams?: number[] };
  /** A definition with a `uri` or `uriTemplate` is a resource: its URI, constant when known. */
  resource?: { uri?: string; template: boolean };
  /** A definition whose config holds `argsSchema` (the config of `registerPrompt`) is a prompt. */
  prompt?: boolean;
  /** A prompt definition's `arguments` list (`[{ name, description, required }]`), the shape prompts/list serves. */
  promptArguments?: NodeIn;
}

function addDefinition(x: Extraction, def: Definition, via: string): SurfaceItem {
  const annotations = readAnnotations(x, def.annotations?.node, def.annotations?.module ?? def.nameAt.module);
  const title = def.title ? x.folder.string(def.title.node, def.title.module) : undefined;
  if (title !== undefined && annotations.title === undefined) annotations.title = title;
  const name = x.text(def.nameAt.node, def.nameAt.module);
  name.value = def.name;
  name.dynamic = false;
  delete name.expression;
  const resource = def.resource;
  // A resource template's variables are the client's choice, like a tool's arguments.
  const parameters = resource
    ? resource.template && resource.uri
      ? uriTemplateVariables(resource.uri)
      : []
    : def.promptArguments
      ? argumentList(x, def.promptArguments.node, def.promptArguments.module)
      : def.schema
        ? parametersOf(x, def.schema.node, def.schema.module)
        : [];
  return x.add({
    kind: resource ? (resource.template && parameters.length > 0 ? "resource-template" : "resource") : def.prompt ? "prompt" : "tool",
    name,
    description: def.description ? x.text(def.description.node, def.description.module) : undefined,
    parameters,
    annotations,
    registeredVia: via,
    handler: def.impl && { ...def.impl, argumentParams: def.impl.argumentParams ?? [0] },
  });
}

/** The object literal a table entry sits in: `{ key: {…} }` or `{ key: tool({…}) }`. */
function tableOf(node: Node, module: ParsedModule): Node | undefined {
  let at: Node | undefined = parentOf(module.ast, node);
  if (at?.type === "CallExpression") at = parentOf(module.ast, at);
  if (at?.type !== "Property") return undefined;
  const table = parentOf(module.ast, at);
  return table?.type === "ObjectExpression" ? table : undefined;
}

function objectDefinition(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule, key: string | undefined, listedElsewhere: boolean, callUri?: string, inToolTable = false): Definition | undefined {
  const impl = firstFunction(x, node, module, IMPLEMENTATION_KEYS);
  // `{ name, config, handler }`: the three arguments of `registerTool(name, config, handler)` kept as data; the config says the rest.
  const config = configOf(x, node, module);
  const part = (key: string): NodeIn | undefined => x.member(node, key, module) ?? (config ? x.member(config.node, key, config.module) : undefined);
  const description = part("description");
  const schema = SCHEMA_KEYS.map((k) => part(k)).find((v) => v !== undefined);
  // A bare definition (the dispatcher holds its code) is an MCP tool's shape exactly: an LLM function tool (`type: "function"`) is not one.
  if (!impl && !(listedElsewhere && description && part("inputSchema") && x.member(node, "name", module) && !x.member(node, "type", module))) return undefined;
  if (!description && !schema) return undefined;
  if (!schema && isCommandLineCommand(x, node, module)) return undefined;
  // An object that says what it is and nothing of its input (`{ name, description, run: async () => … }`, an eval case) is not a tool.
  if (impl && !schema && !inToolTable && !part("annotations") && impl.fn.params.length === 0) return undefined;
  const own = x.member(node, "name", module);
  const ownName = own ? x.folder.string(own.node, own.module) : undefined;
  // A table key names the tool only when the definition says what it is (a description), not just that it takes input.
  const name = ownName ?? (description ? key : undefined);
  if (name === undefined || !TOOL_NAME.test(name)) return undefined;
  const uriAt = x.member(node, "uriTemplate", module) ?? x.member(node, "uri", module);
  const resource = uriAt ? { uri: x.folder.string(uriAt.node, uriAt.module), template: x.member(node, "uriTemplate", module) !== undefined } : callUri ? { uri: callUri, template: /\{[^}]+\}/.test(callUri) } : undefined;
  const promptArguments = schema ? undefined : promptArgumentList(x, node, module);
  const prompt = promptArguments !== undefined || (config !== undefined && x.member(config.node, "argsSchema", config.module) !== undefined && !part("inputSchema"));
  return {
    name,
    nameAt: own ?? { node, module },
    description,
    schema,
    annotations: part("annotations"),
    title: part("title"),
    impl,
    ...(resource ? { resource } : {}),
    ...(prompt ? { prompt } : {}),
    ...(promptArguments ? { promptArguments } : {}),
  };
}

/**
 * `{ name, description, arguments: [{ name, required }], handler }`: a prompt kept as data. What prompts/list
 * serves says a prompt's input as a list of named arguments, where a tool's is a schema object; a
 * definition with such a list and no schema is a prompt, whatever registers it.
 */
function promptArgumentList(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule): NodeIn | undefined {
  const at = x.member(node, "arguments", module);
  if (!at) return undefined;
  const list = x.resolve(at.node, at.module);
  return list.node.type === "ArrayExpression" ? at : undefined;
}

/** Where a command-line command lists its options, and the keys only a command-line option has (a one-letter flag, an alias). */
const COMMAND_OPTION_TABLES = ["args", "options", "flags"];
const COMMAND_OPTION_KEYS = ["short", "alias"];

/**
 * `{ name, description, args: { url: { type: "string", short: "u" } }, run }`: a command of the package's command
 * line, not a tool. Its options carry one-letter flags or aliases, which no tool input has.
 */
function isCommandLineCommand(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule): boolean {
  for (const key of COMMAND_OPTION_TABLES) {
    const at = x.member(node, key, module);
    const table = at ? x.objectOf(at.node, at.module) : undefined;
    if (!table) continue;
    for (const p of table.node.properties) {
      const option = p.type === "Property" ? x.objectOf(p.value as Node, table.module) : undefined;
      if (option && COMMAND_OPTION_KEYS.some((k) => x.member(option.node, k, option.module) !== undefined)) return true;
    }
  }
  return false;
}

/** Keys a definition keeps the registration's config object under (`{ name, config: { description, inputSchema }, handler }`). */
const CONFIG_KEYS = ["config"];

function configOf(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule): { node: TSESTree.ObjectExpression; module: ParsedModule } | undefined {
  for (const key of CONFIG_KEYS) {
    const at = x.member(node, key, module);
    const obj = at ? x.objectOf(at.node, at.module) : undefined;
    if (obj) return obj;
  }
  return undefined;
}

function firstFunction(x: Extraction, node: TSESTree.ObjectExpression, module: ParsedModule, keys: string[]): { fn: FunctionNode; module: ParsedModule } | undefined {
  for (const k of keys) {
    const v = x.member(node, k, module);
    const fn = v && x.functionOf(v.node, v.module);
    if (fn) return fn;
  }
  return undefined;
}

/** The object literal a constructor passes to `super(…)` that names a tool. */
function superDefinition(x: Extraction, ctor: FunctionNode | undefined, module: ParsedModule): { node: TSESTree.ObjectExpression; module: ParsedModule } | undefined {
  if (!ctor || ctor.body.type !== "BlockStatement") return undefined;
  for (const st of ctor.body.body) {
    const e = st.type === "ExpressionStatement" ? st.expression : undefined;
    if (e?.type !== "CallExpression" || e.callee.type !== "Super") continue;
    for (const a of e.arguments) {
      const obj = a.type === "SpreadElement" ? undefined : x.objectOf(a, module);
      if (obj && x.member(obj.node, "name", obj.module)) return obj;
    }
  }
  return undefined;
}

/** A tool class: its fields (class fields, constructor assignments, getters) and methods. */
function classDefinition(x: Extraction, cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: ParsedModule, baseFields?: Map<string, string[]>): Definition | undefined {
  const fields = new Map<string, Node>();
  const methods = new Map<string, FunctionNode>();
  for (const m of cls.body.body) {
    if (m.type === "PropertyDefinition" && m.value) {
      const key = propertyName(m);
      if (key && !m.static) fields.set(key, m.value);
    } else if (m.type === "MethodDefinition" && !m.static) {
      const key = propertyName(m);
      if (m.kind === "constructor") {
        constructorFields(m.value, fields);
        if (m.value.body) methods.set("constructor", m.value as FunctionNode);
      } else if (key && m.value.body) methods.set(key, m.value as FunctionNode);
    }
  }
  const own = CLASS_IMPLEMENTATIONS.map((k) => methods.get(k)).find((f) => f !== undefined);
  const impl = own ? { fn: own, module } : inheritedImplementation(x, cls, module, methods);
  if (!impl) return undefined;
  // `constructor() { super(InputSchema, { name: "get-user", description, inputSchema }) }`: the definition handed to the base class.
  const handed = superDefinition(x, methods.get("constructor"), module);
  const returned = (names: string[]): Node | undefined => {
    for (const n of names) {
      const fn = methods.get(n);
      const r = fn ? returnedExpressions(fn)[0] : undefined;
      if (r) return r;
    }
    return undefined;
  };
  // A class built off (`isEnabled = false`) is never listed: no tool.
  if (DISABLED_FLAGS.some((k) => fields.has(k) && x.folder.value(fields.get(k)!, module) === false)) {
    // Its definition object is not a bare definition a list handler serves either.
    for (const v of fields.values()) x.claimed.add(unwrapExpression(v));
    return undefined;
  }
  const config = returned(CLASS_GETTERS.config) ?? CLASS_DEFINITION_FIELDS.map((k) => fields.get(k)).find((v) => v !== undefined);
  const configObj = config ? x.objectOf(config, module) : undefined;
  const fromConfig = (key: string) => (configObj ? x.member(configObj.node, key, configObj.module) : handed ? x.member(handed.node, key, handed.module) : undefined);
  const at = (n: Node | undefined): NodeIn | undefined => (n ? { node: n, module } : undefined);
  // The fields a base class's registration reads, beside the usual ones.
  const field = (key: string): Node | undefined => fields.get(key) ?? (baseFields?.get(key) ?? []).map((f) => fields.get(f)).find((v) => v !== undefined);
  const nameAt = at(field("name") ?? returned(CLASS_GETTERS.name)) ?? fromConfig("name") ?? staticName(x, cls, module);
  const name = nameAt ? x.folder.string(nameAt.node, nameAt.module) : undefined;
  if (!nameAt || name === undefined || !TOOL_NAME.test(name)) return undefined;
  const description = at(field("description") ?? returned(CLASS_GETTERS.description)) ?? fromConfig("description");
  const schemaField = [...SCHEMA_KEYS.map((k) => fields.get(k)), ...(baseFields?.get("inputSchema") ?? []).map((f) => fields.get(f))].find((v) => v !== undefined);
  const schema = at(schemaField ?? returned(CLASS_GETTERS.schema)) ?? SCHEMA_KEYS.map(fromConfig).find((v) => v !== undefined);
  if (!description && !schema) return undefined;
  // An inherited implementation makes a tool of a class that says what input it takes; a prompt class
  // (`arguments`, `getMessages()` under a base's `run`) says only what it is.
  if (!own && !schema) return undefined;
  return {
    name,
    nameAt,
    description,
    schema,
    annotations: at(field("annotations")) ?? fromConfig("annotations"),
    title: at(field("title")) ?? fromConfig("title"),
    impl,
  };
}

/** `static toolName = "count"` (or `Count.toolName = "count"` after the class): the name a registry reads off the class. */
function staticName(x: Extraction, cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: ParsedModule): NodeIn | undefined {
  for (const key of STATIC_NAME_KEYS) {
    const value = x.folder.member({ node: cls, module }, key);
    if (value && x.folder.string(value.node, value.module) !== undefined) return value;
  }
  return undefined;
}

/** A class's own methods that have a body, by name. */
function methodsOf(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression): Map<string, FunctionNode> {
  const out = new Map<string, FunctionNode>();
  for (const m of cls.body.body) {
    if (m.type !== "MethodDefinition" || m.static || m.kind !== "method" || !m.value.body) continue;
    const key = propertyName(m);
    if (key) out.set(key, m.value as FunctionNode);
  }
  return out;
}

/**
 * A tool class without an implementation of its own inherits its base class's (`execute` in a base
 * that calls `this.executeWithClient(args)`): when that implementation calls a method the subclass
 * (or a base between them) defines, that method is the tool's own code (a template method); otherwise
 * the base's implementation is.
 */
function inheritedImplementation(x: Extraction, cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: ParsedModule, own: Map<string, FunctionNode>): { fn: FunctionNode; module: ParsedModule } | undefined {
  const below: { methods: Map<string, FunctionNode>; module: ParsedModule }[] = [{ methods: own, module }];
  let at: { cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression; module: ParsedModule } = { cls, module };
  for (let depth = 0; depth < MAX_BASE_DEPTH && at.cls.superClass; depth++) {
    const base = x.folder.resolve(at.cls.superClass, at.module);
    if (!base || (base.node.type !== "ClassDeclaration" && base.node.type !== "ClassExpression")) return undefined;
    const methods = methodsOf(base.node);
    const fn = CLASS_IMPLEMENTATIONS.map((k) => methods.get(k)).find((f) => f !== undefined);
    if (fn) {
      for (const hook of thisCalls(fn)) {
        const defined = below.find((b) => b.methods.has(hook));
        if (defined) return { fn: defined.methods.get(hook)!, module: defined.module };
      }
      return { fn, module: base.module };
    }
    below.push({ methods, module: base.module });
    at = { cls: base.node, module: base.module };
  }
  return undefined;
}

/** The methods a function calls on `this`, in order. */
function thisCalls(fn: FunctionNode): string[] {
  const out: string[] = [];
  walk(fn.body, {
    enter(n) {
      if (n.type !== "CallExpression") return undefined;
      const callee = unwrapExpression(n.callee);
      const key = callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "ThisExpression" ? propertyName(callee) : undefined;
      if (key !== undefined) out.push(key);
      return undefined;
    },
  });
  return out;
}
