// HTTP client instances and the requests made through them. An instance made
// by `axios.create({ headers: { Authorization } })` (got.extend, ky.create)
// sends the config's headers with every request, to the request's URL resolved
// against the config's base URL. So:
//
// - a credential in the config goes to the base URL when there is one, and
//   otherwise to the URLs of the instance's requests (tavily-mcp:
//   `this.http = axios.create({ headers })`, then
//   `this.http.post("https://api.tavily.com/search", ...)`);
// - a request through an instance with a relative URL (`api.post("/search")`)
//   goes to the base URL's host.
//
// The index is filled by visitors (rules never walk the AST); the links are
// made in `check`, only for factory calls the engine reported.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, propertyName, unwrapExpression, type Node } from "../../analyzer/parse/ast.js";
import type { ConstantFolder, NodeIn } from "../../analyzer/program/constants.js";
import type { Destination, SinkHit, TaintResult } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import { CLIENT_FACTORIES, NETWORK_REQUEST_KIND, type ClientFactory } from "../models/network.js";
import type { RuleVisitors } from "../types.js";
import { hostOf } from "./destinations.js";

/** Methods an instance sends a request with (axios, got and ky instances). */
const REQUEST_METHODS = new Set(["request", "get", "post", "put", "patch", "delete", "head", "options", "postForm", "putForm", "patchForm", "paginate"]);
const MAX_HOPS = 6;

type MadeCall = TSESTree.CallExpression | TSESTree.NewExpression;

interface ModuleFacts {
  classes: Node[];
  /** `this.<field> = value` in a method, and class fields `field = value`. */
  fieldWrites: { field: string; value: Node; at: Node }[];
  /** `x.get(...)`, `this.http.post(...)`: calls that may go through an instance. */
  requestCalls: TSESTree.CallExpression[];
}

/** A factory call and where its instance sends. */
export interface InstanceLinks {
  factory: ClientFactory;
  call: MadeCall;
  module: ParsedModule;
  /** The request calls through the instance that the code lets us follow. */
  requests: { call: TSESTree.CallExpression; module: ParsedModule }[];
}

export class ClientInstances {
  private readonly facts = new Map<ParsedModule, ModuleFacts>();
  private readonly classMemo = new Map<Node, Node | undefined>();
  private readonly writesByField = new Map<ParsedModule, Map<string, ModuleFacts["fieldWrites"]>>();

  private of(module: ParsedModule): ModuleFacts {
    let f = this.facts.get(module);
    if (!f) {
      f = { classes: [], fieldWrites: [], requestCalls: [] };
      this.facts.set(module, f);
    }
    return f;
  }

  visitors(): RuleVisitors {
    return {
      ClassDeclaration: (node, module) => void this.of(module).classes.push(node),
      ClassExpression: (node, module) => void this.of(module).classes.push(node),
      PropertyDefinition: (node, module) => {
        const field = propertyName(node);
        if (field && node.value && !node.static) this.of(module).fieldWrites.push({ field, value: node.value, at: node });
      },
      AssignmentExpression: (node, module) => {
        const left = unwrapExpression(node.left);
        if (node.operator !== "=" || left.type !== "MemberExpression" || unwrapExpression(left.object).type !== "ThisExpression") return;
        const field = propertyName(left);
        if (field) this.of(module).fieldWrites.push({ field, value: node.right, at: node });
      },
      CallExpression: (node, module) => {
        const callee = unwrapExpression(node.callee);
        if (callee.type !== "MemberExpression") return;
        const name = propertyName(callee);
        if (name && REQUEST_METHODS.has(name)) this.of(module).requestCalls.push(node);
      },
    };
  }

  /** The innermost class whose source holds `node`, remembered per node (a bundle has thousands of classes and field writes). */
  private classOf(node: Node, module: ParsedModule): Node | undefined {
    if (this.classMemo.has(node)) return this.classMemo.get(node);
    let best: Node | undefined;
    for (const c of this.of(module).classes) {
      if (c.range[0] <= node.range[0] && node.range[1] <= c.range[1] && (!best || c.range[0] >= best.range[0])) best = c;
    }
    this.classMemo.set(node, best);
    return best;
  }

  /** The module's field writes by field name, indexed on first use (after the visitors ran). */
  private writesOf(module: ParsedModule, field: string): ModuleFacts["fieldWrites"] {
    let byField = this.writesByField.get(module);
    if (!byField) {
      byField = new Map();
      for (const w of this.of(module).fieldWrites) {
        const list = byField.get(w.field);
        if (list) list.push(w);
        else byField.set(w.field, [w]);
      }
      this.writesByField.set(module, byField);
    }
    return byField.get(field) ?? [];
  }

  /**
   * The call that made the value of `expr` (`axios.create(...)`), through
   * constants, imports and `this.<field>` written once in the same class.
   */
  originOf(expr: Node, module: ParsedModule, folder: ConstantFolder): NodeIn | undefined {
    let cur: NodeIn = { node: unwrapExpression(expr), module };
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const n = cur.node;
      if (n.type === "CallExpression" || n.type === "NewExpression") return cur;
      if (n.type === "AwaitExpression") {
        cur = { node: unwrapExpression(n.argument), module: cur.module };
        continue;
      }
      const next = this.fieldValue(n, cur.module) ?? folder.resolve(n, cur.module);
      if (!next || next.node === n) return undefined;
      cur = { node: unwrapExpression(next.node), module: next.module };
    }
    return undefined;
  }

  /** `this.http` in a class whose code writes `this.http` exactly once (or declares `http = ...`). */
  private fieldValue(n: Node, module: ParsedModule): NodeIn | undefined {
    if (n.type !== "MemberExpression" || unwrapExpression(n.object).type !== "ThisExpression") return undefined;
    const field = propertyName(n);
    if (!field) return undefined;
    const cls = this.classOf(n, module);
    const writes = this.writesOf(module, field).filter((w) => this.classOf(w.at, module) === cls);
    return writes.length === 1 ? { node: writes[0].value, module } : undefined;
  }

  /**
   * The constant string of `expr`, also when it is read from a field of the
   * class (`this.endpoints.search`, with `endpoints = { search: "https://..." }`).
   */
  stringOf(expr: Node, module: ParsedModule, folder: ConstantFolder): string | undefined {
    const direct = folder.string(expr, module);
    if (direct !== undefined) return direct;
    // Down to `this.<field>`, remembering the names read after it.
    const after: string[] = [];
    let n = unwrapExpression(expr);
    while (n.type === "MemberExpression" && unwrapExpression(n.object).type !== "ThisExpression") {
      const name = propertyName(n);
      if (name === undefined) return undefined;
      after.unshift(name);
      n = unwrapExpression(n.object);
    }
    let cur = this.fieldValue(n, module);
    for (const name of after) {
      if (!cur) return undefined;
      const obj: NodeIn = folder.resolve(cur.node, cur.module) ?? cur;
      const o = unwrapExpression(obj.node);
      if (o.type !== "ObjectExpression") return undefined;
      const prop = o.properties.find((p): p is TSESTree.Property => p.type === "Property" && propertyName(p) === name);
      cur = prop ? { node: prop.value as Node, module: obj.module } : undefined;
    }
    return cur ? folder.string(cur.node, cur.module) : undefined;
  }

  /** The factory a call is, when it is one of CLIENT_FACTORIES' (judged by the engine's name for it). */
  static factoryOf(hit: SinkHit): ClientFactory | undefined {
    if (hit.node.type !== "CallExpression") return undefined;
    const method = calleeName(hit.node);
    return CLIENT_FACTORIES.find((f) => f.factory === method && hit.callee.startsWith(`${f.package}.`) && !hit.callee.includes("()"));
  }

  /** The request calls whose receiver is the instance `factoryCall` made. */
  link(factory: ClientFactory, call: MadeCall, module: ParsedModule, folder: ConstantFolder): InstanceLinks {
    const requests: InstanceLinks["requests"] = [];
    for (const [m, facts] of this.facts) {
      for (const r of facts.requestCalls) {
        const receiver = (unwrapExpression(r.callee) as TSESTree.MemberExpression).object;
        if (this.originOf(receiver, m, folder)?.node === call) requests.push({ call: r, module: m });
      }
    }
    return { factory, call, module, requests };
  }
}

/** The config object of a factory call, when the code pins it. */
function configOf(call: MadeCall, module: ParsedModule, folder: ConstantFolder): TSESTree.ObjectExpression | undefined {
  const arg = call.arguments[0];
  if (!arg || arg.type === "SpreadElement") return undefined;
  const target = folder.resolve(arg, module) ?? { node: arg, module };
  const n = unwrapExpression(target.node);
  return n.type === "ObjectExpression" ? n : undefined;
}

/** True when the config certainly sets no base URL: an object literal without the option or a spread. */
export function setsNoBaseUrl(factory: ClientFactory, call: MadeCall, module: ParsedModule, folder: ConstantFolder): boolean {
  const config = configOf(call, module, folder);
  if (!config) return false;
  return config.properties.every((p) => p.type === "Property" && propertyName(p) !== factory.baseUrl);
}

/** The request's URL constants: from the engine's hit on it, else folded from its first argument. */
function urlConstants(call: TSESTree.CallExpression, module: ParsedModule, instances: ClientInstances, hitsByNode: Map<Node, SinkHit[]>, taint: TaintResult, folder: ConstantFolder): string[] {
  const fromHits = (hitsByNode.get(call) ?? []).flatMap((h) => h.destination?.constants ?? []);
  if (fromHits.length > 0) return fromHits;
  const arg = call.arguments[0];
  if (!arg || arg.type === "SpreadElement") return [];
  const s = instances.stringOf(arg, module, folder);
  return s !== undefined ? [s] : taint.constantsOf(arg, module);
}

function hasHost(constants: readonly string[]): boolean {
  return constants.some((c) => hostOf(c) !== undefined);
}

/**
 * Where a factory's instance sends, when its config names no base URL: the
 * URLs of every request through it, if each has a host. Undefined when there
 * is no such request or one of them cannot be resolved (the credential's
 * destination stays unknown).
 */
export function instanceRequestUrls(links: InstanceLinks, instances: ClientInstances, taint: TaintResult, folder: ConstantFolder): string[] | undefined {
  if (links.requests.length === 0) return undefined;
  const hitsByNode = hitsByCall(taint);
  const out: string[] = [];
  for (const r of links.requests) {
    const urls = urlConstants(r.call, r.module, instances, hitsByNode, taint, folder);
    if (!hasHost(urls)) return undefined;
    out.push(...urls);
  }
  return out;
}

/**
 * For a request through an instance whose own URL has no host (`api.post("/search")`):
 * the destination of the factory call that made the instance (its base URL),
 * as the engine judged it, or the base URL's constants.
 */
export function baseOfInstanceRequest(hit: SinkHit, instances: ClientInstances, taint: TaintResult, folder: ConstantFolder): { destination?: Destination; constants: string[] } | undefined {
  if (hit.node.type !== "CallExpression" || hasHost(hit.destination?.constants ?? [])) return undefined;
  const callee = unwrapExpression(hit.node.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const origin = instances.originOf(callee.object, hit.module, folder);
  if (!origin || origin.node.type !== "CallExpression") return undefined;
  const method = calleeName(origin.node);
  const factory = CLIENT_FACTORIES.find((f) => f.factory === method);
  if (!factory) return undefined;
  const factoryHit = taint.hitsOf(NETWORK_REQUEST_KIND).find((h) => h.node === origin.node && h.destination && !h.destination.unresolved);
  if (factoryHit?.destination) return { destination: factoryHit.destination, constants: [] };
  const config = configOf(origin.node, origin.module, folder);
  const base = config?.properties.find((p): p is TSESTree.Property => p.type === "Property" && propertyName(p) === factory.baseUrl);
  if (!base) return undefined;
  const s = instances.stringOf(base.value as Node, origin.module, folder);
  const constants = s !== undefined ? [s] : taint.constantsOf(base.value as Node, origin.module);
  return constants.length > 0 ? { constants } : undefined;
}

const hitIndexes = new WeakMap<TaintResult, Map<Node, SinkHit[]>>();

function hitsByCall(taint: TaintResult): Map<Node, SinkHit[]> {
  let index = hitIndexes.get(taint);
  if (!index) {
    index = new Map();
    for (const h of taint.hitsOf(NETWORK_REQUEST_KIND)) {
      const list = index.get(h.node);
      if (list) list.push(h);
      else index.set(h.node, [h]);
    }
    hitIndexes.set(taint, index);
  }
  return index;
}
