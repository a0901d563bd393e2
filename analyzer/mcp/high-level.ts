// Registration calls of the high-level APIs: McpServer (SDK 1.x and 2.x)
// `tool` / `registerTool` / `prompt` / `registerPrompt` / `resource` /
// `registerResource`, and fastmcp's `addTool` / `addPrompt` / `addResource` /
// `addResourceTemplate`. Receivers are recognized by the argument shapes, so
// tsc output, CommonJS and minified bundles (whose variable names are mangled
// but whose method names survive) read the same as the source.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, type Node } from "../parse/ast.js";
import type { ParsedModule, ToolParameter } from "../types.js";
import { isFunctionNode, propertyOf, type Extraction } from "./context.js";
import { isAnnotations, isZodShape, parametersOf, readAnnotations, readZod } from "./schema.js";

export const HIGH_LEVEL_METHODS = new Set(["tool", "registerTool", "prompt", "registerPrompt", "resource", "registerResource", "addTool", "addPrompt", "addResource", "addResourceTemplate"]);

/** Handles one call whose callee is `<receiver>.<method>(...)`; returns true when it registered something. */
export function extractHighLevel(x: Extraction, call: TSESTree.CallExpression, method: string, module: ParsedModule): boolean {
  const args = call.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
  if (args.length !== call.arguments.length) return false;
  return extractRegistration(x, args, method, module);
}

/** The arguments of one registration method, wherever they are written (a method call, a library helper handed the server first). */
export function extractRegistration(x: Extraction, args: TSESTree.Expression[], method: string, module: ParsedModule): boolean {
  switch (method) {
    case "tool":
      return toolOverloads(x, args, module);
    case "registerTool":
      return registerTool(x, args, module);
    case "prompt":
      return promptOverloads(x, args, module);
    case "registerPrompt":
      return registerPrompt(x, args, module);
    case "resource":
    case "registerResource":
      return resource(x, args, module, method);
    case "addTool":
      return fastmcpTool(x, args, module);
    case "addPrompt":
      return fastmcpPrompt(x, args, module);
    case "addResource":
    case "addResourceTemplate":
      return fastmcpResource(x, args, module, method);
    default:
      return false;
  }
}

const NOT_A_NAME = new Set(["ObjectExpression", "ArrayExpression", "FunctionExpression", "ArrowFunctionExpression", "ClassExpression", "NewExpression", "FunctionDeclaration", "ClassDeclaration"]);

/** A name argument: a string-valued expression (never an object, array, function or non-string literal). */
function isNameLike(x: Extraction, n: Node, module: ParsedModule): boolean {
  const r = x.resolve(n, module).node;
  if (r.type === "Literal") return typeof r.value === "string";
  return !NOT_A_NAME.has(r.type);
}

function isCallbackLike(x: Extraction, n: Node, module: ParsedModule): boolean {
  const u = unwrapExpression(n);
  if (isFunctionNode(u)) return true;
  if (u.type === "Identifier" || u.type === "MemberExpression" || u.type === "CallExpression") return x.functionOf(u, module) !== undefined || !isObjectLike(x, u, module);
  return false;
}

function isObjectLike(x: Extraction, n: Node, module: ParsedModule): boolean {
  const r = x.resolve(n, module).node;
  return r.type === "ObjectExpression" || (r.type === "CallExpression" && isZodShape(x, r, module));
}

/**
 * An argument in a schema's place: an object, or what builds one — a zod schema or its `.shape`
 * (`addTaskTool.schema.shape` read off another module), a call given an object or a schema
 * (`createToolSchema({ … })`, `zodToJsonSchema(Schema)`). Never a string, a function or a literal:
 * the SDK tells its `tool` overloads apart the same way (a string is the description).
 */
function isSchemaLike(x: Extraction, n: Node, module: ParsedModule, depth = 0): boolean {
  if (isObjectLike(x, n, module)) return true;
  const r = x.resolve(n, module);
  const u = unwrapExpression(r.node);
  // A zod object's `.shape` is its raw shape, whatever builds the object (another module, a factory, a bundle): the SDK reads it as params.
  if (u.type === "MemberExpression" && propertyName(u) === "shape") return true;
  if (u.type !== "CallExpression" || depth > 2) return false;
  if (readZod(x, u, r.module)) return true;
  const first = u.arguments[0];
  return !!first && first.type !== "SpreadElement" && isSchemaLike(x, first, r.module, depth + 1);
}

/**
 * `tool(name, cb)`, `tool(name, description, cb)`, `tool(name, paramsOrAnnotations, cb)`,
 * `tool(name, description, paramsOrAnnotations, cb)`, `tool(name, params, annotations, cb)`,
 * `tool(name, description, params, annotations, cb)`.
 */
function toolOverloads(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length === 2 && definitionFirst(x, args, module, "tool")) return true;
  if (args.length < 2 || args.length > 5) return false;
  const cb = args[args.length - 1];
  if (!isNameLike(x, args[0], module) || !isCallbackLike(x, cb, module)) return false;
  const middle = args.slice(1, -1);
  let description: TSESTree.Expression | undefined;
  if (middle.length > 0 && !isSchemaLike(x, middle[0], module)) description = middle.shift();
  if (middle.some((m) => !isSchemaLike(x, m, module))) return false;
  let params: TSESTree.Expression | undefined;
  let annotations: TSESTree.Expression | undefined;
  if (middle.length === 2) [params, annotations] = middle;
  else if (middle.length === 1) {
    if (isAnnotations(x, middle[0], module) && !isZodShape(x, middle[0], module)) annotations = middle[0];
    else params = middle[0];
  }
  const handler = x.functionOf(cb, module);
  x.add({
    kind: "tool",
    name: x.text(args[0], module),
    description: description ? x.text(description, module) : undefined,
    parameters: parametersOf(x, params, module),
    annotations: readAnnotations(x, annotations, module),
    registeredVia: "McpServer.tool",
    handler: handler && { ...handler, argumentParams: params ? [0] : [] },
  });
  return true;
}

/**
 * `tool({ name, description, schema, annotations }, cb)`, `prompt({ name, description, schema }, cb)`: the
 * definition first, as one object, and the handler after it (servers built on a framework over the SDK).
 * The object must name the item with a constant and say what it is (a description or a schema).
 */
function definitionFirst(x: Extraction, args: TSESTree.Expression[], module: ParsedModule, kind: "tool" | "prompt"): boolean {
  const def = x.objectOf(args[0], module);
  if (!def || !isCallbackLike(x, args[1], module) || x.objectOf(args[1], module)) return false;
  const get = (key: string) => x.member(def.node, key, def.module);
  const name = get("name");
  if (!name || x.folder.string(name.node, name.module) === undefined) return false;
  const desc = get("description");
  const schema = DEFINITION_SCHEMA_KEYS.map(get).find((v) => v !== undefined);
  if (!desc && !schema) return false;
  const annotationsAt = get("annotations");
  const annotations = readAnnotations(x, annotationsAt?.node, annotationsAt?.module ?? def.module);
  const title = get("title");
  const titleText = title ? x.folder.string(title.node, title.module) : undefined;
  if (titleText !== undefined && annotations.title === undefined) annotations.title = titleText;
  const handler = x.functionOf(args[1], module);
  x.claimed.add(def.node);
  x.add({
    kind,
    name: x.text(name.node, name.module),
    description: desc ? x.text(desc.node, desc.module) : undefined,
    parameters: schema ? parametersOf(x, schema.node, schema.module) : [],
    annotations: kind === "tool" ? annotations : undefined,
    registeredVia: `definition.${kind}`,
    handler: handler && { ...handler, argumentParams: [0] },
  });
  return true;
}

/** Where a definition object keeps its input schema. */
const DEFINITION_SCHEMA_KEYS = ["schema", "inputSchema", "parameters", "argsSchema", "args"];

/** `registerTool(name, { title, description, inputSchema, outputSchema, annotations }, cb)`. */
function registerTool(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length !== 3 || !isNameLike(x, args[0], module)) return false;
  const config = x.objectOf(args[1], module);
  if (!config) return false;
  const input = propertyOf(config.node, "inputSchema");
  const annotations = readAnnotations(x, propertyOf(config.node, "annotations"), config.module);
  const title = propertyOf(config.node, "title");
  const titleText = title ? x.folder.string(title, config.module) : undefined;
  if (titleText !== undefined && annotations.title === undefined) annotations.title = titleText;
  const desc = propertyOf(config.node, "description");
  const handler = x.functionOf(args[2], module);
  x.add({
    kind: "tool",
    name: x.text(args[0], module),
    description: desc ? x.text(desc, config.module) : undefined,
    parameters: parametersOf(x, input, config.module),
    annotations,
    registeredVia: "McpServer.registerTool",
    handler: handler && { ...handler, argumentParams: input ? [0] : [] },
  });
  return true;
}

/** `prompt(name, cb)`, `prompt(name, description, cb)`, `prompt(name, argsSchema, cb)`, `prompt(name, description, argsSchema, cb)`. */
function promptOverloads(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length === 2 && definitionFirst(x, args, module, "prompt")) return true;
  if (args.length < 2 || args.length > 4) return false;
  const cb = args[args.length - 1];
  if (!isNameLike(x, args[0], module) || !isCallbackLike(x, cb, module)) return false;
  const middle = args.slice(1, -1);
  let description: TSESTree.Expression | undefined;
  if (middle.length > 0 && !isSchemaLike(x, middle[0], module)) description = middle.shift();
  if (middle.length > 1 || middle.some((m) => !isSchemaLike(x, m, module))) return false;
  const handler = x.functionOf(cb, module);
  x.add({
    kind: "prompt",
    name: x.text(args[0], module),
    description: description ? x.text(description, module) : undefined,
    parameters: parametersOf(x, middle[0], module),
    registeredVia: "McpServer.prompt",
    handler: handler && { ...handler, argumentParams: middle[0] ? [0] : [] },
  });
  return true;
}

function registerPrompt(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length !== 3 || !isNameLike(x, args[0], module)) return false;
  const config = x.objectOf(args[1], module);
  if (!config) return false;
  const schema = propertyOf(config.node, "argsSchema");
  const desc = propertyOf(config.node, "description");
  const handler = x.functionOf(args[2], module);
  x.add({
    kind: "prompt",
    name: x.text(args[0], module),
    description: desc ? x.text(desc, config.module) : undefined,
    parameters: parametersOf(x, schema, config.module),
    registeredVia: "McpServer.registerPrompt",
    handler: handler && { ...handler, argumentParams: schema ? [0] : [] },
  });
  return true;
}

/** `resource(name, uriOrTemplate, [metadata], cb)`, `registerResource(name, uriOrTemplate, config, cb)`. */
function resource(x: Extraction, args: TSESTree.Expression[], module: ParsedModule, method: string): boolean {
  if (args.length < 3 || args.length > 4 || (method === "registerResource" && args.length !== 4)) return false;
  const cb = args[args.length - 1];
  if (!isNameLike(x, args[0], module) || !isCallbackLike(x, cb, module)) return false;
  const where = x.resolve(args[1], module).node;
  // `new ResourceTemplate("file:///{path}", …)`; in a bundle the class name may be mangled, the `{var}` URI is not.
  const template = where.type === "NewExpression" && (calleeName(where.callee) === "ResourceTemplate" || /\{[^}]+\}/.test(where.arguments[0] ? (x.folder.string(where.arguments[0], module) ?? "") : ""));
  if (!template && !isNameLike(x, args[1], module)) return false;
  const meta = args.length === 4 ? x.objectOf(args[2], module) : undefined;
  if (args.length === 4 && !meta) return false;
  const desc = meta ? propertyOf(meta.node, "description") : undefined;
  const handler = x.functionOf(cb, module);
  x.add({
    kind: template ? "resource-template" : "resource",
    name: x.text(args[0], module),
    description: desc && meta ? x.text(desc, meta.module) : undefined,
    parameters: template ? templateVariables(x, where as TSESTree.NewExpression, module) : [],
    registeredVia: `McpServer.${method}`,
    // Template variables (and the URI) are chosen by the client.
    handler: handler && { ...handler, argumentParams: template ? [0, 1] : [] },
  });
  return true;
}

/** `{var}` names in `new ResourceTemplate("file:///{path}", ...)`. */
function templateVariables(x: Extraction, node: TSESTree.NewExpression, module: ParsedModule): ToolParameter[] {
  const uri = node.arguments[0] ? x.folder.string(node.arguments[0], module) : undefined;
  return uri ? uriTemplateVariables(uri) : [];
}

/** The variables of an RFC 6570 URI template (`file:///{path}`, `{+rest}`, `{?q,limit}`): chosen by the client. */
export function uriTemplateVariables(uri: string): ToolParameter[] {
  return [...uri.matchAll(/\{[+#./;?&]?([\w,*]+)\}/g)].flatMap((m) => m[1].split(",").map((name) => ({ name: name.replace(/\*$/, ""), required: true })));
}

/** fastmcp: `addTool({ name, description, parameters, annotations, execute })`. */
function fastmcpTool(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length !== 1) return false;
  const def = x.objectOf(args[0], module);
  if (!def) return false;
  // `addTool({ ...scrapeTool, _meta })`: the definition's properties as composed, spreads included.
  const get = (key: string) => x.member(def.node, key, def.module);
  const name = get("name");
  const execute = get("execute");
  if (!name || !execute) return false;
  x.claimed.add(def.node);
  const desc = get("description");
  const params = get("parameters");
  const annotationsAt = get("annotations");
  const handler = x.functionOf(execute.node, execute.module);
  x.add({
    kind: "tool",
    name: x.text(name.node, name.module),
    description: desc ? x.text(desc.node, desc.module) : undefined,
    parameters: params ? parametersOf(x, params.node, params.module) : [],
    annotations: readAnnotations(x, annotationsAt?.node, annotationsAt?.module ?? def.module),
    registeredVia: "fastmcp.addTool",
    handler: handler && { ...handler, argumentParams: [0] },
  });
  return true;
}

/** fastmcp: `addPrompt({ name, description, arguments: [{ name, description, required }], load })`. */
function fastmcpPrompt(x: Extraction, args: TSESTree.Expression[], module: ParsedModule): boolean {
  if (args.length !== 1) return false;
  const def = x.objectOf(args[0], module);
  const name = def && propertyOf(def.node, "name");
  const load = def && propertyOf(def.node, "load");
  if (!def || !name || !load) return false;
  const desc = propertyOf(def.node, "description");
  const handler = x.functionOf(load, def.module);
  x.add({
    kind: "prompt",
    name: x.text(name, def.module),
    description: desc ? x.text(desc, def.module) : undefined,
    parameters: argumentList(x, propertyOf(def.node, "arguments"), def.module),
    registeredVia: "fastmcp.addPrompt",
    handler: handler && { ...handler, argumentParams: [0] },
  });
  return true;
}

function fastmcpResource(x: Extraction, args: TSESTree.Expression[], module: ParsedModule, method: string): boolean {
  if (args.length !== 1) return false;
  const def = x.objectOf(args[0], module);
  const name = def && propertyOf(def.node, "name");
  const load = def && propertyOf(def.node, "load");
  if (!def || !name || !load) return false;
  const desc = propertyOf(def.node, "description");
  const template = method === "addResourceTemplate";
  const handler = x.functionOf(load, def.module);
  x.add({
    kind: template ? "resource-template" : "resource",
    name: x.text(name, def.module),
    description: desc ? x.text(desc, def.module) : undefined,
    parameters: template ? argumentList(x, propertyOf(def.node, "arguments"), def.module) : [],
    registeredVia: `fastmcp.${method}`,
    handler: handler && { ...handler, argumentParams: template ? [0] : [] },
  });
  return true;
}

/** `[{ name, description, required }]`: prompt arguments as the protocol lists them. */
export function argumentList(x: Extraction, node: Node | undefined, module: ParsedModule): ToolParameter[] {
  if (!node) return [];
  const r = x.resolve(node, module);
  if (r.node.type !== "ArrayExpression") return [];
  const out: ToolParameter[] = [];
  for (const el of r.node.elements) {
    const obj = el && el.type !== "SpreadElement" ? x.objectOf(el, r.module) : undefined;
    const n = obj && propertyOf(obj.node, "name");
    const name = n ? x.folder.string(n, obj!.module) : undefined;
    if (!obj || name === undefined) continue;
    const param: ToolParameter = { name };
    const req = propertyOf(obj.node, "required");
    const rv = req ? x.folder.value(req, obj.module) : undefined;
    if (typeof rv === "boolean") param.required = rv;
    const d = propertyOf(obj.node, "description");
    if (d) {
      const t = x.text(d, obj.module);
      if (t.value !== undefined) param.description = t.value;
      param.descriptionLocation = t.location;
    }
    out.push(param);
  }
  return out;
}

/** `McpServer`, `x.McpServer`, `(0, x.McpServer)`: the constructor's own name, when it shows. */
export function calleeName(callee: Node): string | undefined {
  const c = unwrapExpression(callee);
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  if (c.type === "SequenceExpression") return calleeName(c.expressions[c.expressions.length - 1]);
  return undefined;
}
