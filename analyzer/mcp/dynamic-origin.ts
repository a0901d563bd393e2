// Where a tool name or description that is not constant comes from: a
// network response or a file read at run time means no review of the package
// can pin what the model will be told. Followed syntactically through locals,
// `await`, `.json()`/`.text()`, `JSON.parse`, property reads, loops over a
// list (`for (const t of list)`, `list.forEach(t => …)`) and string building.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, propertyName, unwrapExpression, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import type { Location, ParsedModule, SurfaceItem } from "../types.js";
import { apiKeyOf } from "./reachable.js";

export interface DynamicOrigin {
  kind: "network" | "file";
  /** The API key of the read, e.g. `global Member[fetch]`. */
  api: string;
  location: Location;
}

const origins = new WeakMap<SurfaceItem, DynamicOrigin>();

/** The run-time source of an item's name or description, when one was found (after the pipeline's capability pass). */
export function dynamicOriginOf(item: SurfaceItem): DynamicOrigin | undefined {
  return origins.get(item);
}

export function recordDynamicOrigin(item: SurfaceItem, origin: DynamicOrigin): void {
  if (!origins.has(item)) origins.set(item, origin);
}

/** Pass-through calls: the result carries the receiver's or first argument's data. */
const CARRIERS = new Set(["json", "text", "parse", "load", "safeLoad", "toString", "trim", "map", "filter", "find", "flat", "flatMap", "slice", "concat", "values", "entries", "keys", "then"]);

export function originOf(folder: ConstantFolder, classify: (api: string) => DynamicOrigin["kind"] | undefined, node: Node, module: ParsedModule, depth = 0): DynamicOrigin | undefined {
  if (depth > 25) return undefined;
  const n = unwrapExpression(node);
  const next = (m: Node, mod = module) => originOf(folder, classify, m, mod, depth + 1);
  switch (n.type) {
    case "AwaitExpression":
      return next(n.argument);
    case "TemplateLiteral":
      return n.expressions.map((e) => next(e)).find(Boolean);
    case "BinaryExpression":
    case "LogicalExpression":
      return next(n.left as Node) ?? next(n.right);
    case "ConditionalExpression":
      return next(n.consequent) ?? next(n.alternate);
    case "MemberExpression":
      return next(n.object);
    case "CallExpression":
    case "NewExpression": {
      const api = apiKeyOf(folder, n.callee, module, 0);
      const kind = api ? classify(api) : undefined;
      // A file beside the code (`path.join(__dirname, "descriptions/search.md")`, `new URL("./tools.json", import.meta.url)`)
      // ships in the package: reviewing the package reviews it.
      if (kind === "file" && n.arguments[0] && n.arguments[0].type !== "SpreadElement" && shippedPath(folder, n.arguments[0], module)) return undefined;
      if (kind && api) return { kind, api, location: locationOf(module.path, n) };
      const callee = unwrapExpression(n.callee);
      if (callee.type === "MemberExpression" && CARRIERS.has(propertyName(callee) ?? "")) {
        return next(callee.object) ?? (n.arguments[0] && n.arguments[0].type !== "SpreadElement" ? next(n.arguments[0]) : undefined);
      }
      return undefined;
    }
    case "Identifier": {
      const init = folder.initializerOf(n, module);
      if (init) return next(init);
      const loop = loopSource(folder, n, module);
      return loop ? next(loop) : undefined;
    }
    default:
      return undefined;
  }
}

/** A path built from the module's own location (`__dirname`, `__filename`, `import.meta.url` / `.dirname`), through locals. */
function shippedPath(folder: ConstantFolder, node: Node, module: ParsedModule, depth = 0): boolean {
  if (depth > 6) return false;
  const n = unwrapExpression(node);
  switch (n.type) {
    case "Identifier":
      if (n.name === "__dirname" || n.name === "__filename") return true;
      {
        const init = folder.initializerOf(n, module);
        return init ? shippedPath(folder, init, module, depth + 1) : false;
      }
    case "MetaProperty":
      return true;
    case "MemberExpression":
      return n.object.type === "MetaProperty" || shippedPath(folder, n.object, module, depth + 1);
    case "CallExpression":
    case "NewExpression":
      // path.join(dir, "x"), path.resolve(...), fileURLToPath(u), new URL("./x", import.meta.url), dirname(...)
      return n.arguments.some((a) => a.type !== "SpreadElement" && shippedPath(folder, a, module, depth + 1));
    case "TemplateLiteral":
      return n.expressions.length > 0 && shippedPath(folder, n.expressions[0], module, depth + 1) && n.quasis[0].value.cooked === "";
    case "BinaryExpression":
      return n.operator === "+" && shippedPath(folder, n.left as Node, module, depth + 1);
    // `existsSync(devPath) ? devPath : localPath`, `custom ?? defaultPath`: shipped only when every path it can pick is.
    case "ConditionalExpression":
      return shippedPath(folder, n.consequent, module, depth + 1) && shippedPath(folder, n.alternate, module, depth + 1);
    case "LogicalExpression":
      return shippedPath(folder, n.left as Node, module, depth + 1) && shippedPath(folder, n.right, module, depth + 1);
    default:
      return false;
  }
}

/** For a loop variable (`for (const t of list)`, `list.forEach((t) => …)`), the list. */
export function loopSource(folder: ConstantFolder, id: TSESTree.Identifier, module: ParsedModule): Node | undefined {
  const decl = folder.declarationOf(id, module);
  if (!decl) return undefined;
  const { binder, parent } = decl;
  if ((parent.type === "ForOfStatement" || parent.type === "ForInStatement") && parent.left === binder) return parent.right;
  if ((binder.type === "ArrowFunctionExpression" || binder.type === "FunctionExpression") && parent.type === "CallExpression" && parent.callee.type === "MemberExpression") {
    const method = propertyName(parent.callee);
    if (method && ["forEach", "map", "flatMap", "filter"].includes(method)) return parent.callee.object;
  }
  return undefined;
}
