// Call expressions: `require`, interop helpers, method calls, `.call/.apply/.bind`,
// constructors, and the dispatch to user functions, library APIs, builtins, or
// (in bundles) methods found by name.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression } from "../parse/ast.js";
import { builtinMethod, libraryValueMethod } from "./builtins.js";
import { type Closure, compact, deepTaint, EMPTY, isEmpty, join, joinAll, sanitize, taintOnly, UNKNOWN_PART, type Value } from "./values.js";
import { splitPath } from "./spec.js";
import { readEntry } from "./value-ops.js";
import { type Node, type FnInfo, MAX_NAME_CANDIDATES, INTEROP_IDENTITY, Ctx, reExportHelper } from "./context.js";
import { FunctionEvaluator } from "./functions.js";

/** Helpers of compilers that turn an async function into a generator: whether the call runs the body or makes the function. */
const DOWNLEVELLED_ASYNC = new Map<string, "runs" | "makes">([
  ["__awaiter", "runs"],
  ["__async", "runs"],
  ["_asyncToGenerator", "makes"],
  ["_async_to_generator", "makes"],
]);

export abstract class CallEvaluator extends FunctionEvaluator {
  protected evalCall(e: TSESTree.CallExpression | TSESTree.NewExpression, ctx: Ctx, isNew: boolean): Value {
    const callee = unwrapExpression(e.callee);
    // require("x")
    if (!isNew && callee.type === "Identifier" && callee.name === "require" && !this.lookup("require", ctx)) {
      const arg = e.arguments[0];
      const spec = arg && arg.type !== "SpreadElement" ? this.evalExpr(arg, ctx) : EMPTY;
      if (spec.consts?.length === 1 && !spec.prefix) return this.importValue(ctx.module, spec.consts[0], "*");
      this.noteApi(ctx, "global Member[require]");
      return this.callApis(["global Member[require]"], EMPTY, [spec], e, ctx, e.arguments as Node[], false);
    }
    if (callee.type === "Identifier" && INTEROP_IDENTITY.has(callee.name)) {
      const arg = e.arguments[0];
      const v = arg && arg.type !== "SpreadElement" ? this.evalExpr(arg, ctx) : EMPTY;
      return join(v, { props: new Map([["default", v]]) });
    }
    // esbuild's lazy module init, `var init_x = __esm({ "src/x.ts"() { <module body> } })`: calling
    // `init_x()` runs that body (once), so the module-level values it assigns are the module's values.
    if (!isNew && callee.type === "Identifier" && callee.name === "__esm") {
      const arg = e.arguments[0];
      const v = arg && arg.type !== "SpreadElement" ? this.evalExpr(arg, ctx) : EMPTY;
      const fns = [...(v.props?.values() ?? [])].flatMap((p) => p.fns ?? []);
      return fns.length > 0 ? { fns } : EMPTY;
    }
    // tsc's `__awaiter(this, args, P, function* () {…})` and esbuild's `__async(this, args, function* () {…})`
    // run an async function's body at once; Babel's `_asyncToGenerator(function* () {…})` makes the function.
    const downlevelled = callee.type === "Identifier" ? DOWNLEVELLED_ASYNC.get(callee.name) : undefined;
    if (!isNew && downlevelled && e.arguments.length > 0) {
      const gen = e.arguments[e.arguments.length - 1];
      if (gen.type === "FunctionExpression" && gen.generator) this.asyncBodies.add(gen);
      const g = gen.type !== "SpreadElement" ? this.evalExpr(gen, ctx) : EMPTY;
      return downlevelled === "runs" ? this.callValue(g, ctx.thisValue, this.forwardedArguments(e.arguments[1], ctx), e, ctx) : g;
    }
    let receiver: Value = EMPTY;
    let fnValue: Value;
    let methodName: string | undefined;
    if (callee.type === "MemberExpression") {
      const catching = !callee.computed && (propertyName(callee) === "catch" || (propertyName(callee) === "then" && e.arguments.length > 1));
      if (catching) ctx.throwStack.push(EMPTY);
      receiver = this.evalExpr(callee.object, ctx);
      if (catching) ctx.caught = ctx.throwStack.pop() ?? EMPTY;
      methodName = callee.computed ? this.constKey(this.evalExpr(callee.property, ctx)) : propertyName(callee);
      fnValue = this.readMember(receiver, methodName, callee, ctx);
    } else {
      fnValue = this.evalExpr(callee, ctx);
    }
    const { args, argNodes } = this.evalArgs(e.arguments, ctx);
    // The helper's own body copies each export through a computed key and a getter (`for (var p in m) ...
    // Object.defineProperty(o, p, { get })`), which a key-insensitive walk loses: copy the exports by name here.
    const reExport = isNew ? undefined : reExportHelper(callee.type === "Identifier" ? callee.name : methodName);
    const exported = reExport ? [...(args[reExport.from]?.props ?? [])].filter(([k]) => k !== "default") : [];
    if (reExport && exported.length > 0) {
      for (const to of reExport.to) if (to < e.arguments.length) this.assignToArgument(e, to, undefined, { props: new Map(exported) }, ctx);
      return args[reExport.to[0]] ?? EMPTY;
    }
    const result = this.dispatch(fnValue, receiver, methodName, args, argNodes, e, ctx, isNew);
    const cleanFor = this.sanitizingCalls?.(e, ctx.module.module);
    const unread = !isNew && e.type === "CallExpression" ? this.unreadPathCheckMark(e, ctx) : undefined;
    const marks = [...(cleanFor ?? []), ...(unread ? [unread] : [])];
    return marks.length ? sanitize(result, marks) : result;
  }

  /**
   * The arguments a down-levelled async body gets. With default or destructured parameters the compiler
   * moves them onto the generator and passes them on: `arguments` in a function (`request(path_1) {
   * return __awaiter(this, arguments, …, function* (path, options = {}) {…}) }`), the enclosing
   * function's by position; a list in an arrow function (`(_a) => __awaiter(void 0, [_a], …, function*
   * ({ text }) {…})`), its elements.
   */
  private forwardedArguments(passed: TSESTree.CallExpressionArgument | undefined, ctx: Ctx): Value[] {
    if (passed?.type === "ArrayExpression") return passed.elements.map((el) => (el && el.type !== "SpreadElement" ? this.evalExpr(el, ctx) : EMPTY));
    if (passed?.type !== "Identifier" || passed.name !== "arguments" || !ctx.fn) return [];
    const all = this.evalExpr(passed, ctx).elems ?? EMPTY;
    return ctx.fn.node.params.map((p) => (p.type === "Identifier" ? this.evalExpr(p, ctx) : all));
  }

  protected evalArgs(list: readonly TSESTree.CallExpressionArgument[], ctx: Ctx): { args: Value[]; argNodes: Node[] } {
    const args: Value[] = [];
    const argNodes: Node[] = [];
    for (const a of list) {
      if (a.type === "SpreadElement") {
        const v = this.evalExpr(a.argument, ctx);
        args.push(join(this.elementsOf(v), taintOnly(v)));
      } else args.push(this.evalExpr(a, ctx));
      argNodes.push(a);
    }
    return { args, argNodes };
  }

  protected dispatch(fnValue: Value, receiver: Value, methodName: string | undefined, args: Value[], argNodes: Node[], node: Node, ctx: Ctx, isNew: boolean): Value {
    let result: Value = EMPTY;
    let handled = false;
    // .call / .apply / .bind on functions
    if (methodName === "call" || methodName === "apply" || methodName === "bind") {
      const target = receiver;
      if (target.fns?.length || target.apis?.length) {
        const thisArg = args[0] ?? EMPTY;
        const rest = methodName === "apply" ? [this.elementsOf(args[1] ?? EMPTY)] : args.slice(1);
        if (methodName === "bind") return compact({ fns: target.fns?.map((c) => ({ ...c, boundThis: thisArg, boundArgs: rest })), apis: target.apis });
        return this.dispatch(target, thisArg, undefined, rest, argNodes.slice(1), node, ctx, false);
      }
    }
    if (fnValue.fns?.length) {
      handled = true;
      for (const c of fnValue.fns) {
        this.noteCallTarget(node, { fn: c.fn });
        if (isNew) {
          result = join(result, this.construct(c, args, node, ctx, argNodes));
        } else {
          const thisArg = c.boundThis ?? (receiver.classes?.length || !isEmpty(receiver) ? methodReceiver(c, receiver) : EMPTY);
          const allArgs = c.boundArgs ? [...c.boundArgs, ...args] : args;
          result = join(result, this.callClosure(c, thisArg, allArgs, node, ctx, ctx.depth + 1, argNodes));
        }
      }
    }
    if (fnValue.classes?.length && isNew) {
      handled = true;
      for (const cls of fnValue.classes) result = join(result, this.constructClass(cls, args, node, ctx, argNodes));
    }
    if (fnValue.apis?.length) {
      handled = true;
      const apis = fnValue.apis;
      for (const api of apis) {
        this.noteApi(ctx, api);
        this.noteCallTarget(node, { api });
      }
      result = join(result, this.callApis(apis, receiver, args, node, ctx, argNodes, isNew));
      const plain = methodName !== undefined && !isNew ? libraryValueMethod(this, methodName, receiver, args, node, ctx) : undefined;
      if (plain) result = join(result, plain);
    }
    if (!handled) {
      const other = this.unknownMethodCall(methodName, receiver, args, argNodes, node, ctx);
      const entry = methodName !== undefined && !isNew ? this.entryRead(methodName, receiver, args) : undefined;
      return entry ? join(other, entry) : other;
    }
    return result;
  }

  /** What an entry-getter row (`req.get("authorization")`) reads from a receiver no API names; undefined when no row or no constant name. */
  private entryRead(methodName: string, receiver: Value, args: Value[]): Value | undefined {
    const row = this.models.entryGetterOf(methodName);
    if (!row || (!receiver.atoms?.length && !receiver.refs?.length)) return undefined;
    const names = this.selectArgument(splitPath(row.at), receiver, args).consts;
    if (names?.length !== 1 || names[0].includes(UNKNOWN_PART)) return undefined;
    return readEntry(taintOnly(receiver), row.field, row.lowerCase ? names[0].toLowerCase() : names[0]);
  }

  /** A method no closure, class or API answers for: a builtin's, a bundle's method found by name, or unknown code. */
  private unknownMethodCall(methodName: string | undefined, receiver: Value, args: Value[], argNodes: Node[], node: Node, ctx: Ctx): Value {
    let result: Value = EMPTY;
    const builtin = methodName !== undefined ? builtinMethod(this, methodName, receiver, args, node, ctx) : undefined;
    if (builtin !== undefined) return builtin;
    // Bundles: the receiver is unknown, but method names survive minification.
    if (methodName !== undefined && isEmpty(receiver) === false && !receiver.atoms?.length && !receiver.refs?.length) {
      // known object without that method: nothing to call
    } else if (methodName !== undefined && !receiver.apis?.length && !receiver.props?.size && !receiver.classes?.length && !receiver.fns?.length) {
      const candidates = this.sameOriginCandidates(this.methodCandidates(methodName), node, ctx);
      if (candidates.length > 0 && candidates.length <= MAX_NAME_CANDIDATES) {
        for (const info of candidates) {
          this.noteCallTarget(node, { fn: info.node });
          result = join(result, this.callClosure({ fn: info.node, module: info.module, scope: info.scope ?? info.module.scope, classKey: info.classKey }, EMPTY, args, node, ctx, ctx.depth + 1, argNodes));
        }
        return result;
      }
    }
    // A sibling method the class body declares, called before the engine reached that class (from a method
    // found by name): what it answers is what its return statements return, seen once the class is reached,
    // never the receiver itself, whose fields hold the key it sends. Until then, the arguments' taint.
    if (methodName !== undefined && this.declaresMethod(receiver, methodName)) {
      const passed = joinAll(args.map((a) => deepTaint(a)));
      this.invokeCallbacks(args, passed, node, ctx);
      return passed;
    }
    // Unknown code: the result carries the arguments' (and receiver's) taint; callbacks get it too.
    this.noteCallTarget(node, { opaque: true });
    // Of the receiver, its own taint: a parameter's stands for the argument's own, not its fields' (ParamRef.shallow).
    const own = taintOnly(receiver);
    const flowing = join(own.refs ? { ...own, refs: own.refs.map((r) => (r.shallow ? r : { ...r, shallow: true })) } : own, joinAll(args.map((a) => deepTaint(a))));
    this.invokeCallbacks(args, flowing, node, ctx);
    return flowing;
  }

  /**
   * Of the methods found by name, those from the caller's side of a bundle when
   * there are some: the package's own code calling a method on a receiver the
   * engine could not resolve (a service from a container, a provider passed in)
   * calls the package's own method of that name, not an inlined library's
   * (a `fetch` of the package's git provider, not an HTTP client's); a library
   * calls its own. Outside a bundle with dependency files, all of them.
   */
  private sameOriginCandidates(candidates: FnInfo[], node: Node, ctx: Ctx): FnInfo[] {
    if (candidates.length < 2 || this.dependencySpansOf(ctx.module).length === 0) return candidates;
    const callerInDependency = this.inDependencyFile(ctx.module, node);
    const same = candidates.filter((c) => this.inDependencyFile(c.module, c.node) === callerInDependency);
    return same.length > 0 ? same : candidates;
  }

  protected invokeCallbacks(args: Value[], paramValue: Value, node: Node, ctx: Ctx, skip?: Set<number>): void {
    args.forEach((a, i) => {
      if (skip?.has(i) || !a.fns?.length) return;
      for (const c of a.fns) this.callClosure(c, EMPTY, [paramValue, paramValue, paramValue], node, ctx, ctx.depth + 1);
    });
  }

  protected construct(c: Closure, args: Value[], node: Node, ctx: Ctx, argNodes?: Node[]): Value {
    const key = c.classKey && c.fn.type !== "ArrowFunctionExpression" && this.infoOf(c.fn, c.module).name === "constructor" ? c.classKey : this.classKeyOfFunction(c);
    const instance: Value = { classes: [key], insts: [this.instanceKey(key, node, ctx)] };
    this.callClosure(c, instance, args, node, ctx, ctx.depth + 1, argNodes);
    return instance;
  }

  protected constructClass(cls: string, args: Value[], node: Node, ctx: Ctx, argNodes: Node[]): Value {
    const instance: Value = { classes: [cls], insts: [this.instanceKey(cls, node, ctx)] };
    this.runConstructor(cls, instance, args, node, ctx, argNodes, 0);
    return instance;
  }

  /** An instance by its class and allocation site (the `new` expression); a summary notes the instances it makes. */
  protected instanceKey(cls: string, node: Node, ctx: Ctx): string {
    const key = `${cls}@${ctx.module.module.path}:${node.range[0]}`;
    if (ctx.summary) (ctx.allocs ??= new Set()).add(key);
    return key;
  }

  protected runConstructor(cls: string, instance: Value, args: Value[], node: Node, ctx: Ctx, argNodes: Node[], depth: number): void {
    if (depth > 6) return;
    const ctor = this.readCell(`${cls}#constructor`);
    if (ctor.fns?.length) {
      for (const c of ctor.fns) this.callClosure(c, instance, args, node, ctx, ctx.depth + 1, argNodes);
    }
    const sup = this.readCell(`${cls}#__super`);
    // Without an explicit constructor, arguments go to the parent's.
    if (!ctor.fns?.length) for (const s of sup.classes ?? []) this.runConstructor(s, instance, args, node, ctx, argNodes, depth + 1);
  }

  /** Calls a function value (any Interp caller: builtins use it for callbacks). */
  callValue(fnValue: Value, thisValue: Value, args: Value[], node: Node, ctx: Ctx, argNodes?: Node[]): Value {
    return this.dispatch(fnValue, thisValue, undefined, args, argNodes ?? [], node, ctx, false);
  }
}

/**
 * `this` of a class's method called on a receiver that may be that class's
 * instance or a library's object (`store.getStore() ?? new Client()`): the
 * method runs only on the instance, so the library's object is not its
 * `this` (calling `this.m()` there is the class's own `m`, not a library call).
 */
function methodReceiver(c: Closure, receiver: Value): Value {
  if (!c.classKey || !receiver.apis?.length || !receiver.classes?.includes(c.classKey)) return receiver;
  return compact({ ...receiver, apis: undefined });
}
