// A small per-scan index the leakage rules fill from their visitors: which
// local names are HTTP clients (imports, `axios.create()` instances, `this.client`
// fields), which clients are configured with a credential, the functions of
// each module by name, and the catch sites. Rules query it in `check`, so the
// program is still walked once.
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, isIdentifier, memberChain, propertyName, stringLiteralValue, unwrapExpression, walk, type Node } from "../../analyzer/parse/ast.js";
import type { FunctionNode } from "../../analyzer/taint/spec.js";
import type { ParsedModule } from "../../analyzer/types.js";
import type { RuleVisitors } from "../types.js";
import { classifyErrorRead, CLIENT_MEMBERS_WITHOUT_REQUEST, HTTP_ERROR_SHAPES, httpErrorShape } from "../models/errors.js";

/** npm packages (and `global` for fetch) whose errors the errors model describes. */
const HTTP_LIBRARIES: ReadonlySet<string> = new Set(HTTP_ERROR_SHAPES.map((s) => s.library).filter((l) => l !== "global"));
const INSTANCE_FACTORIES = new Set(["create", "extend"]);
/** Module interop helpers compilers wrap `require(...)` in. */
const INTEROP_WRAPPERS = new Set(["__importDefault", "__importStar", "_interopRequireDefault", "_interopRequireWildcard", "__toESM"]);
const AXIOS: ClientRef = { library: "axios", id: "axios" };
/** Marks a client id as one request's own (requestClientOf). */
const PER_REQUEST = "@call:";
/** Header, auth and query names that carry a credential. */
export const CREDENTIAL_FIELD = /auth|token|key|secret|passw|cookie|session|credential|bearer/i;

/**
 * An HTTP client: a library's own export (`axios`, id = the library) or an
 * instance its factory made (`axios.create(...)`, id = the library and where).
 * A credential configures one client: an instance's default headers are not
 * the library's, nor another instance's.
 */
export interface ClientRef {
  library: string;
  id: string;
}

export interface CatchSite {
  module: ParsedModule;
  /** The catch parameter's name. */
  name: string;
  /** Where the error is used: the catch block, or the `.catch` callback's body. */
  body: Node;
  /** The try block, or the promise expression `.catch` is called on. */
  guarded: Node;
  /** The callback itself for `.catch(cb)` (its own function), and the `.catch` call. */
  callback?: FunctionNode;
  promiseCall?: TSESTree.CallExpression;
  node: Node;
}

interface ModuleFacts {
  /** Local name (or `this.` field) → HTTP client. */
  clients: Map<string, ClientRef>;
  functions: Map<string, FunctionNode[]>;
  allFunctions: FunctionNode[];
  /** The same functions, for a constant-time membership test while the walk adds them. */
  knownFunctions: Set<FunctionNode>;
  calls: TSESTree.CallExpression[];
  /** Local name → the relative module and exported name it is imported from. */
  imports: Map<string, { from: string; name: string }>;
}

export class CodeIndex {
  readonly catches: CatchSite[] = [];
  /** Every try block and `.catch`/`.then(_, cb)` callback, named error or not: what each lets escape (error-containment). */
  readonly guards: { module: ParsedModule; guarded: Node; body: Node; name?: string }[] = [];
  /** Clients configured with a credential (by id), with the place. */
  readonly credentialed = new Map<string, { client: ClientRef; module: ParsedModule; node: Node }>();
  /**
   * Clients whose response interceptor rejects with a value of its own
   * (`Promise.reject(new ApiError(...))`): callers never see the library's
   * error, so what they catch carries no request.
   */
  get errorsReplaced(): ReadonlySet<string> {
    // A handler named rather than written in place (`use(undefined, toApiError)`) may be declared after the call.
    for (const { client, name, module } of this.namedErrorInterceptors.splice(0)) {
      const imported = this.of(module).imports.get(name);
      const home = imported ? this.moduleAt(module.path, imported.from) : module;
      const fns = (home && this.of(home).functions.get(imported ? imported.name : name)) || [];
      if (fns.length > 0 && fns.every(rejectsWithItsOwnValue)) this.replacedErrors.add(client.id);
    }
    return this.replacedErrors;
  }
  private readonly replacedErrors = new Set<string>();
  private readonly namedErrorInterceptors: { client: ClientRef; name: string; module: ParsedModule }[] = [];
  /** Returned calls (awaits unwrapped) → the function returning them. */
  private readonly returnedBy = new Map<Node, { stmt: Node; module: ParsedModule }>();

  /** Only calls are asked about (functionReturning), so only they are kept: every function returns something. */
  private noteReturned(value: Node, stmt: Node, module: ParsedModule): void {
    if (value.type === "CallExpression") this.returnedBy.set(value, { stmt, module });
  }
  private readonly facts = new Map<ParsedModule, ModuleFacts>();

  private of(module: ParsedModule): ModuleFacts {
    let f = this.facts.get(module);
    if (!f) {
      f = { clients: new Map(), functions: new Map(), allFunctions: [], knownFunctions: new Set(), calls: [], imports: new Map() };
      this.facts.set(module, f);
    }
    return f;
  }

  /** The visitors that fill the index; merge them into a rule's visitors. */
  visitors(): RuleVisitors {
    return {
      ImportDeclaration: (node, module) => {
        const lib = String(node.source.value);
        if (lib.startsWith(".")) {
          for (const s of node.specifiers) {
            if (s.type === "ImportSpecifier") this.of(module).imports.set(s.local.name, { from: lib, name: propertyNameOfImport(s) });
            else if (s.type === "ImportDefaultSpecifier") this.of(module).imports.set(s.local.name, { from: lib, name: "default" });
          }
          return;
        }
        if (!HTTP_LIBRARIES.has(lib)) return;
        for (const s of node.specifiers) {
          if (s.type === "ImportDefaultSpecifier" || s.type === "ImportNamespaceSpecifier") this.of(module).clients.set(s.local.name, { library: lib, id: lib });
          // `Axios` is the class `axios.create` instantiates: `new Axios(config)` makes an instance (clientOfValue).
          else if (s.type === "ImportSpecifier" && /^(default|fetch|request|got|ky|Axios)$/.test(propertyNameOfImport(s))) this.of(module).clients.set(s.local.name, { library: lib, id: lib });
        }
      },
      VariableDeclarator: (node, module) => {
        if (node.id.type === "Identifier" && node.init) {
          const client = this.clientOfValue(node.init, module);
          if (client) this.of(module).clients.set(node.id.name, client);
          if (isFunction(node.init)) this.addFunction(module, node.id.name, node.init);
        }
      },
      AssignmentExpression: (node, module) => {
        // Both cases below assign to a property; most assignments are to plain variables.
        if (unwrapExpression(node.left).type !== "MemberExpression") return;
        const left = memberChain(node.left);
        if (left && left.root.type === "ThisExpression" && left.names.length === 1) {
          const client = this.clientOfValue(node.right, module);
          if (client) this.of(module).clients.set(`this.${left.names[0]}`, client);
        }
        // axios.defaults.headers.common.Authorization = ...; client.defaults.headers["x-api-key"] = ...
        if (left && left.names.includes("defaults") && left.names.includes("headers") && !isConstant(node.right)) {
          const field = left.names[left.names.length - 1];
          const client = this.clientOf(left.root, left.names.slice(0, left.names.indexOf("defaults")), module) ?? AXIOS;
          if (CREDENTIAL_FIELD.test(field) || left.names[left.names.length - 1] === "headers") this.markCredentialed(client, module, node);
        }
      },
      PropertyDefinition: (node, module) => {
        const name = propertyName(node);
        if (name && node.value) {
          const client = this.clientOfValue(node.value, module);
          if (client) this.of(module).clients.set(`this.${name}`, client);
          if (isFunction(node.value)) this.addFunction(module, name, node.value);
        }
      },
      FunctionDeclaration: (node, module) => {
        if (node.id) this.addFunction(module, node.id.name, node);
        else this.addAnonymous(module, node);
      },
      MethodDefinition: (node, module) => {
        const name = propertyName(node);
        if (name && isFunction(node.value)) this.addFunction(module, name, node.value);
      },
      Property: (node, module) => {
        const name = propertyName(node);
        if (name && isFunction(node.value)) this.addFunction(module, name, node.value);
      },
      FunctionExpression: (node, module) => this.addAnonymous(module, node),
      ArrowFunctionExpression: (node, module) => {
        this.addAnonymous(module, node);
        if (node.expression) this.noteReturned(unwrapExpression(node.body), node, module);
      },
      ReturnStatement: (node, module) => {
        if (node.argument) this.noteReturned(unwrapExpression(node.argument), node, module);
      },
      TryStatement: (node, module) => {
        const param = node.handler?.param;
        if (node.handler && param?.type === "Identifier") this.catches.push({ module, name: param.name, body: node.handler.body, guarded: node.block, node: node.handler });
        if (node.handler) this.guards.push({ module, guarded: node.block, body: node.handler.body, name: param?.type === "Identifier" ? param.name : undefined });
      },
      CallExpression: (node, module) => {
        this.of(module).calls.push(node);
        this.noteCredentialConfig(node, module);
        // promise.catch(err => ...), promise.then(ok, err => ...)
        const name = calleeName(node);
        const callee = unwrapExpression(node.callee);
        const cb = name === "catch" ? node.arguments[0] : name === "then" ? node.arguments[1] : undefined;
        if (cb && isFunction(cb) && callee.type === "MemberExpression") {
          const param = cb.params[0];
          if (param?.type === "Identifier") this.catches.push({ module, name: param.name, body: cb.body, guarded: callee.object, callback: cb, promiseCall: node, node: cb });
          this.guards.push({ module, guarded: callee.object, body: cb.body, name: param?.type === "Identifier" ? param.name : undefined });
        }
      },
    };
  }

  private addFunction(module: ParsedModule, name: string, fn: FunctionNode): void {
    const f = this.of(module);
    const list = f.functions.get(name) ?? [];
    if (!list.includes(fn)) list.push(fn);
    f.functions.set(name, list);
    this.addAnonymous(module, fn);
  }

  private addAnonymous(module: ParsedModule, fn: FunctionNode): void {
    const f = this.of(module);
    if (f.knownFunctions.has(fn)) return;
    f.knownFunctions.add(fn);
    f.allFunctions.push(fn);
  }

  /** The HTTP client a value is: an import, `require("axios")`, an instance `axios.create(...)`, `got.extend(...)`. */
  private clientOfValue(value: Node, module: ParsedModule): ClientRef | undefined {
    const v = unwrapExpression(value);
    if (v.type === "CallExpression") {
      const callee = unwrapExpression(v.callee);
      if (callee.type === "Identifier" && callee.name === "require") {
        const lib = stringLiteralValue(v.arguments[0]);
        return lib && HTTP_LIBRARIES.has(lib) ? { library: lib, id: lib } : undefined;
      }
      // tsc's and Babel's interop wrappers: __importDefault(require("axios")).
      if (callee.type === "Identifier" && INTEROP_WRAPPERS.has(callee.name) && v.arguments[0]) return this.clientOfValue(v.arguments[0], module);
      return this.instanceMadeBy(v, module);
    }
    if (v.type === "MemberExpression") return this.clientOfExpression(v, module); // require("axios").default
    // `new Axios(config)`, `new axios.Axios(config)`: an instance with its own defaults, like `axios.create(config)`.
    if (v.type === "NewExpression") {
      const base = this.clientOfExpression(v.callee, module);
      return base ? { library: base.library, id: `${base.library}@${module.path}:${v.range[0]}` } : undefined;
    }
    return undefined;
  }

  /** The instance a factory call makes (`axios.create(...)`, `client.extend(...)`): its own client. */
  instanceMadeBy(call: TSESTree.CallExpression, module: ParsedModule): ClientRef | undefined {
    const callee = unwrapExpression(call.callee);
    const name = calleeName(call);
    if (!name || !INSTANCE_FACTORIES.has(name) || callee.type !== "MemberExpression") return undefined;
    const base = this.clientOfExpression(callee.object, module);
    return base ? { library: base.library, id: `${base.library}@${module.path}:${call.range[0]}` } : undefined;
  }

  private clientOfExpression(node: Node, module: ParsedModule): ClientRef | undefined {
    const chain = memberChain(node);
    return chain ? this.clientOf(chain.root, chain.names, module) : undefined;
  }

  /** The client behind `root.names...`: `axios`, `this.client`, `api.get`. */
  clientOf(root: Node, names: string[], module: ParsedModule): ClientRef | undefined {
    const clients = this.of(module).clients;
    const r = unwrapExpression(root);
    if (r.type === "Identifier") {
      if (r.name === "fetch" && names.length === 0) return { library: "global", id: "global" };
      return clients.get(r.name) ?? this.importedClient(r.name, module);
    }
    if (r.type === "ThisExpression" && names.length > 0) return clients.get(`this.${names[0]}`);
    if (r.type === "CallExpression") {
      const callee = unwrapExpression(r.callee);
      if (callee.type === "Identifier" && callee.name === "require") {
        const lib = stringLiteralValue(r.arguments[0]);
        return lib && HTTP_LIBRARIES.has(lib) ? { library: lib, id: lib } : undefined;
      }
    }
    return undefined;
  }

  /** A client created in another module of the package and imported here (`import { api } from "./client.js"`). */
  private importedClient(name: string, module: ParsedModule): ClientRef | undefined {
    const imp = this.of(module).imports.get(name);
    if (!imp) return undefined;
    const target = this.moduleAt(module.path, imp.from);
    return target ? this.of(target).clients.get(imp.name) : undefined;
  }

  /**
   * Found modules by importer and specifier. Only finds are kept: a module not
   * indexed yet may be indexed later in the walk, but the first match in
   * indexing order never changes.
   */
  private readonly modulesAt = new Map<string, ParsedModule>();

  private moduleAt(fromPath: string, specifier: string): ParsedModule | undefined {
    const key = `${fromPath}\0${specifier}`;
    const known = this.modulesAt.get(key);
    if (known) return known;
    const found = this.findModuleAt(fromPath, specifier);
    if (found) this.modulesAt.set(key, found);
    return found;
  }

  private findModuleAt(fromPath: string, specifier: string): ParsedModule | undefined {
    const dir = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")) : "";
    const parts = (dir ? `${dir}/${specifier}` : specifier).split("/");
    const out: string[] = [];
    for (const p of parts) {
      if (p === "..") out.pop();
      else if (p !== "." && p !== "") out.push(p);
    }
    const base = out.join("/");
    const stem = base.replace(/\.(c|m)?js$/, "");
    const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, `${stem}.mjs`, `${stem}.cjs`, `${base}/index.ts`, `${base}/index.js`];
    for (const m of this.facts.keys()) if (candidates.includes(m.path)) return m;
    return undefined;
  }

  /** The client a call goes through, if it is an HTTP client call; a factory call's is the instance it makes. */
  clientOfCall(call: TSESTree.CallExpression, module: ParsedModule): ClientRef | undefined {
    const instance = this.instanceMadeBy(call, module);
    if (instance) return instance;
    const chain = memberChain(call.callee);
    if (!chain) return undefined;
    return this.clientOf(chain.root, chain.names, module);
  }

  /**
   * The client a request's error comes from. A request made on the library
   * itself (`axios.get(url, { headers })`, `got(url, options)`) is its own
   * client: the options it is given configure that request only, not the
   * library's other requests, so each such call gets an id of its own
   * (`axios@call:src/api.js:120`). A request on an instance is that instance.
   */
  requestClientOf(call: TSESTree.CallExpression, module: ParsedModule): ClientRef | undefined {
    const client = this.clientOfCall(call, module);
    if (!client || client.id !== client.library || this.instanceMadeBy(call, module) || !sendsRequest(call)) return client;
    return { library: client.library, id: `${client.library}${PER_REQUEST}${module.path}:${call.range[0]}` };
  }

  /** The library a client id belongs to, when the id is one request's own (see requestClientOf); else the id. */
  static sharedIdOf(id: string): string {
    const at = id.indexOf(PER_REQUEST);
    return at < 0 ? id : id.slice(0, at);
  }

  private markCredentialed(client: ClientRef, module: ParsedModule, node: Node): void {
    if (!this.credentialed.has(client.id)) this.credentialed.set(client.id, { client, module, node });
  }

  /**
   * A client call (or instance factory) whose options carry a credential:
   * `headers: { Authorization: ... }`, `auth: {...}`, `params: { api_key: ... }`;
   * and axios interceptors on requests, which exist to add one.
   */
  private noteCredentialConfig(call: TSESTree.CallExpression, module: ParsedModule): void {
    // Called for every call of the program: most have no options object and are no interceptor, and need nothing more.
    const callee = unwrapExpression(call.callee);
    const mayBeInterceptor = callee.type === "MemberExpression" && !!propertyName(callee)?.endsWith("use");
    if (!mayBeInterceptor && !call.arguments.some((a) => unwrapExpression(a).type === "ObjectExpression")) return;
    const chain = memberChain(call.callee);
    if (!chain) return;
    // The joined tail can only end in "use" when the last name does: most calls skip the join.
    if (chain.names[chain.names.length - 1]?.endsWith("use") && chain.names.slice(-3).join(".") === "interceptors.request.use") {
      this.markCredentialed(this.clientOf(chain.root, chain.names, module) ?? AXIOS, module, call);
      return;
    }
    if (chain.names[chain.names.length - 1]?.endsWith("use") && chain.names.slice(-3).join(".") === "interceptors.response.use") {
      const client = this.clientOf(chain.root, chain.names, module);
      const onError = call.arguments[1] ? unwrapBind(unwrapExpression(call.arguments[1])) : undefined;
      if (client && onError && isFunction(onError) && rejectsWithItsOwnValue(onError)) this.replacedErrors.add(client.id);
      else if (client && onError?.type === "Identifier") this.namedErrorInterceptors.push({ client, name: onError.name, module });
      return;
    }
    const lib = this.requestClientOf(call, module);
    if (!lib) return;
    for (const arg of call.arguments) {
      const a = unwrapExpression(arg);
      if (a.type !== "ObjectExpression") continue;
      for (const p of a.properties) {
        if (p.type !== "Property") continue;
        const key = propertyName(p);
        const value = unwrapExpression(p.value);
        if ((key === "auth" || key === "username" || key === "password") && !isConstant(value)) this.markCredentialed(lib, module, p);
        if ((key === "headers" || key === "params" || key === "searchParams") && value.type === "ObjectExpression") {
          for (const h of value.properties) {
            if (h.type === "Property" && CREDENTIAL_FIELD.test(propertyName(h) ?? "") && !isConstant(unwrapExpression(h.value))) this.markCredentialed(lib, module, h);
          }
        }
      }
    }
  }

  /** Set by a rule: whether a request's error leaves the function making it (error-containment). */
  requestEscapes?: (call: TSESTree.CallExpression, module: ParsedModule, library: string, region?: Node) => boolean;

  /** The calls of a module, in walk order (after the walk). */
  callsOf(module: ParsedModule): readonly TSESTree.CallExpression[] {
    return this.of(module).calls;
  }

  /** The module a function of the package is written in. */
  moduleOfFunction(fn: FunctionNode): ParsedModule | undefined {
    if (!this.fnModules) {
      this.fnModules = new Map();
      for (const [m, f] of this.facts) for (const g of f.allFunctions) this.fnModules.set(g, m);
    }
    return this.fnModules.get(fn);
  }

  private fnModules: Map<FunctionNode, ParsedModule> | undefined;

  /** The indexed modules. */
  modules(): Iterable<ParsedModule> {
    return this.facts.keys();
  }

  /** User functions a call may run: same module first, then any module (bounded). */
  resolve(call: TSESTree.CallExpression, module: ParsedModule): { fn: FunctionNode; module: ParsedModule }[] {
    const name = calleeName(call);
    if (!name) return [];
    const local = this.of(module).functions.get(name);
    if (local?.length) return local.slice(0, 3).map((fn) => ({ fn, module }));
    const out: { fn: FunctionNode; module: ParsedModule }[] = [];
    for (const [m, f] of this.facts) {
      for (const fn of f.functions.get(name) ?? []) if (out.length < 3) out.push({ fn, module: m });
    }
    return out;
  }

  /** The function that returns this call (`return x()`, `() => x()`), if any. */
  functionReturning(call: TSESTree.CallExpression): FunctionNode | undefined {
    const r = this.returnedBy.get(call);
    if (!r) return undefined;
    return r.stmt.type === "ArrowFunctionExpression" ? r.stmt : this.enclosingFunction(r.stmt, r.module);
  }

  /** The innermost function containing a node. */
  enclosingFunction(node: Node, module: ParsedModule): FunctionNode | undefined {
    const p = this.positionsOf(module);
    // The last function starting at or before the node, then up its enclosing
    // functions to the first that contains the node: every function containing
    // the node contains that one too (functions nest).
    let i = lastAtOrBefore(p.fnStarts, node.range[0]);
    while (i >= 0) {
      const fn = p.fns[i];
      if (fn !== node && fn.range[0] <= node.range[0] && node.range[1] <= fn.range[1]) return fn;
      i = p.fnParent[i];
    }
    return undefined;
  }

  /**
   * The HTTP library whose errors a guarded region can throw: a client call
   * inside it, or inside a function of the package it calls (two levels).
   * Called after the walk only (the index is complete), so answers are kept.
   */
  originOf(region: Node, module: ParsedModule, depth = 0): ClientRef | undefined {
    const memo = this.origins.get(region)?.get(depth);
    if (memo) return memo.library;
    const library = this.findOrigin(region, module, depth);
    let byDepth = this.origins.get(region);
    if (!byDepth) {
      byDepth = new Map();
      this.origins.set(region, byDepth);
    }
    byDepth.set(depth, { library });
    return library;
  }

  private findOrigin(region: Node, module: ParsedModule, depth: number): ClientRef | undefined {
    const calls = this.callsWithin(region, module);
    // The first request whose error gets out, or a later one configured with a credential.
    let first: ClientRef | undefined;
    for (const call of calls) {
      // `axios.isAxiosError(e)`, `axios.create(...)`: a member of the client that sends nothing throws none of its errors.
      const client = sendsRequest(call) ? this.requestClientOf(call, module) : undefined;
      // In a function the region calls, a request whose error the function converts never reaches the region.
      // In the region itself, only the try blocks nested inside it decide: its own catch is the one asking.
      if (!client || !(!this.requestEscapes || this.requestEscapes(call, module, client.library, depth === 0 ? region : undefined))) continue;
      if (this.credentialed.has(client.id)) return client;
      first ??= client;
    }
    if (first) return first;
    if (depth >= 2) return undefined;
    for (const call of calls) {
      for (const target of this.resolve(call, module)) {
        if (target.fn === region) continue;
        const lib = this.originOf(target.fn.body, target.module, depth + 1);
        // In a function the region calls, a call of the package's own inside a try whose catch passes the
        // error on to nobody (logs it and exits, returns null) lets none of its requests' errors out.
        if (lib && (!this.requestEscapes || this.requestEscapes(call, module, lib.library, depth === 0 ? region : undefined))) return lib;
      }
    }
    return undefined;
  }

  /** Calls inside a node's range, in walk order. */
  private callsWithin(region: Node, module: ParsedModule): TSESTree.CallExpression[] {
    const p = this.positionsOf(module);
    const found: { call: TSESTree.CallExpression; order: number }[] = [];
    for (let i = firstAtOrAfter(p.callStarts, region.range[0]); i < p.calls.length && p.callStarts[i] <= region.range[1]; i++) {
      if (p.calls[i].call.range[1] <= region.range[1]) found.push(p.calls[i]);
    }
    return found.sort((a, b) => a.order - b.order).map((c) => c.call);
  }

  private readonly origins = new Map<Node, Map<number, { library: ClientRef | undefined }>>();
  private readonly positions = new Map<ParsedModule, PositionIndex>();

  /** Calls and functions of a module sorted by position; built on the first query, after the walk. */
  private positionsOf(module: ParsedModule): PositionIndex {
    const f = this.of(module);
    let p = this.positions.get(module);
    if (p && p.callCount === f.calls.length && p.fnCount === f.allFunctions.length) return p;
    const calls = f.calls.map((call, order) => ({ call, order })).sort((a, b) => a.call.range[0] - b.call.range[0] || a.order - b.order);
    // Outer before inner at the same start; the same range keeps walk order, innermost last.
    const all = f.allFunctions;
    const fns = all
      .map((_, i) => i)
      .sort((a, b) => all[a].range[0] - all[b].range[0] || all[b].range[1] - all[a].range[1] || b - a)
      .map((i) => all[i]);
    const fnParent: number[] = [];
    const open: number[] = [];
    fns.forEach((fn, i) => {
      while (open.length && fns[open[open.length - 1]].range[1] < fn.range[1]) open.pop();
      fnParent.push(open.length ? open[open.length - 1] : -1);
      open.push(i);
    });
    p = { callCount: f.calls.length, fnCount: f.allFunctions.length, calls, callStarts: calls.map((c) => c.call.range[0]), fns, fnStarts: fns.map((fn) => fn.range[0]), fnParent };
    this.positions.set(module, p);
    return p;
  }
}

interface PositionIndex {
  callCount: number;
  fnCount: number;
  calls: { call: TSESTree.CallExpression; order: number }[];
  callStarts: number[];
  /** Functions by start (outer first), with the index of each one's innermost enclosing function (-1: none). */
  fns: FunctionNode[];
  fnStarts: number[];
  fnParent: number[];
}

/** Index of the first element >= x in a sorted array (length when none). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element <= x in a sorted array (-1 when none). */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  return firstAtOrAfter(sorted, x + 1) - 1;
}

function propertyNameOfImport(s: TSESTree.ImportSpecifier): string {
  return s.imported.type === "Identifier" ? s.imported.name : String(s.imported.value);
}

/** A client call that sends a request: not `axios.isAxiosError(e)`, `axios.create()`, `interceptors.request.use()`. */
function sendsRequest(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const name = callee.type === "MemberExpression" ? calleeName(call) : undefined;
  return !name || !CLIENT_MEMBERS_WITHOUT_REQUEST.has(name);
}

/** `handler.bind(this)` is `handler`. */
function unwrapBind(node: Node): Node {
  if (node.type !== "CallExpression") return node;
  const callee = unwrapExpression(node.callee);
  return callee.type === "MemberExpression" && propertyName(callee) === "bind" ? unwrapExpression(callee.object) : node;
}

function isFunction(node: Node): node is FunctionNode {
  return node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression" || node.type === "FunctionDeclaration";
}

/**
 * True when an error interceptor (`(error) => ...`) never passes the error it
 * got on: every `throw x` / `Promise.reject(x)` / `reject(x)` in it rejects
 * with something else (`new ApiError(...)`, `toApiError(error)`), and there
 * is at least one. Retrying through the client (`return client(config)`) is
 * fine: that request's error meets the same interceptor.
 */
function rejectsWithItsOwnValue(fn: FunctionNode): boolean {
  const param = fn.params[0];
  if (!param || param.type !== "Identifier") return false;
  let rejects = 0;
  let passesOn = false;
  walk(fn.body, {
    enter(node) {
      let value: Node | undefined;
      if (node.type === "ThrowStatement") value = node.argument;
      else if (node.type === "CallExpression" && (calleeName(node) === "reject")) value = node.arguments[0];
      else return;
      rejects++;
      if (value && (isIdentifier(unwrapExpression(value), param.name) || keepsRequestOf(value, param.name))) passesOn = true;
    },
  });
  return rejects > 0 && !passesOn;
}

/**
 * A value built from the error that keeps the parts holding its request:
 * `{ message: e.message, config: e.config }`, `{ ...e }`, `{ cause: e }`,
 * `Object.assign(new Error(m), { response: e.response })`. A helper handed
 * the error (`toApiError(e)`) and reads of clean parts (`e.response.status`) do not.
 */
function keepsRequestOf(value: Node, name: string): boolean {
  const axios = httpErrorShape("axios");
  const parents = new Map<Node, Node | undefined>();
  const refs: TSESTree.Identifier[] = [];
  walk(value, {
    enter(node, parent) {
      parents.set(node, parent);
      if (node.type === "Identifier" && node.name === name) refs.push(node);
    },
  });
  return refs.some((ref) => {
    const parent = parents.get(ref);
    // The error itself, spread or placed whole in an object or array.
    if (parent?.type === "SpreadElement" || parent?.type === "ArrayExpression" || (parent?.type === "Property" && parent.value === ref)) return true;
    const access: string[] = [];
    let cur: Node = ref;
    for (let up = parents.get(cur); up?.type === "MemberExpression" && up.object === cur; cur = up, up = parents.get(cur)) {
      const prop = propertyName(up);
      if (prop === undefined) break;
      access.push(prop);
    }
    if (access.length === 0) return false;
    // Kept only when placed as it is: `{ config: e.config }`, not `(_a = e.response) ... _a.status` of a lowered `?.`.
    const holder = parents.get(cur);
    if (!(holder?.type === "SpreadElement" || holder?.type === "ArrayExpression" || (holder?.type === "Property" && holder.value === cur))) return false;
    const read = classifyErrorRead(access, axios);
    return read === "request" || read === "whole";
  });
}

function isConstant(node: Node): boolean {
  return stringLiteralValue(node) !== undefined || (node.type === "Literal" && node.value !== null && typeof node.value !== "object");
}
