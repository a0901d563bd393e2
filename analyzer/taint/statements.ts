// Statements: control flow (branches, loops, switch, try/catch/finally),
// declarations, returns and throws, destructuring patterns, and the guards a
// condition puts on the branch it dominates.
import type { TSESTree } from "@typescript-eslint/types";
import { isBuiltin } from "node:module";
import { isIdentifier, locationOf, propertyName, unwrapCallee, unwrapExpression } from "../parse/ast.js";
import { alwaysExits, assertionRefinements, refinementsOf, targetKey, urlParseRefinements, type GuardContext, type Refinement, type RegistryKeys } from "./guards.js";
import { urlRefinements } from "./url-guards.js";
import { patternIdentifiers } from "./modules.js";
import { UNREAD_CHECK, type FunctionNode, type GuardKind } from "./spec.js";
import { deepTaint, either, EMPTY, guard, hasTaint, join, sanitize, taintOnly, type Closure, type Value, withStep, withStepDeep } from "./values.js";
import { type Node, type Expr, Ctx, joinStates } from "./context.js";
import { readElement, readPath, setPath, withoutProps, keysOf, isOwnName, chosenByCallerValue, conditionalGuard, MAP_KEYS, unpinnedCallerValue, unpinnedRefs } from "./value-ops.js";
import { memberChain, isLiteralTest, leavesIteration, nonEmptyList } from "./syntax.js";
import { ModuleEvaluator } from "./module-eval.js";

export abstract class StatementEvaluator extends ModuleEvaluator {
  protected evalStatements(stmts: readonly Node[], ctx: Ctx): void {
    for (const s of stmts) {
      if (!ctx.alive) return;
      this.evalStatement(s, ctx);
    }
  }

  protected evalBlock(body: readonly Node[], node: Node, ctx: Ctx): void {
    const outer = ctx.scope;
    ctx.scope = this.scopeFor(node, outer, ctx.frame);
    this.hoist(body, ctx.scope, undefined, ctx.module, ctx.fn === undefined);
    for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
    this.evalStatements(body, ctx);
    ctx.scope = outer;
  }

  protected evalStatement(s: Node, ctx: Ctx): void {
    if (!this.tick()) return;
    switch (s.type) {
      case "ExpressionStatement": {
        this.evalExpr(s.expression, ctx);
        // `assertInside(p);`: a helper that throws unless p is contained proves it for what follows.
        const e = unwrapExpression(s.expression.type === "AwaitExpression" ? s.expression.argument : s.expression);
        if (e.type === "CallExpression" && ctx.alive) this.refine(assertionRefinements(e, this.guardContext(ctx)), ctx);
        // `new URL(x);` throws unless x parses: what follows sees a parsed x.
        if ((e.type === "NewExpression" || e.type === "AssignmentExpression") && ctx.alive) this.refine(urlParseRefinements(e.type === "AssignmentExpression" ? e.right : e), ctx);
        return;
      }
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v = d.init ? this.evalExpr(d.init, ctx) : EMPTY;
          this.bindPattern(d.id, v, ctx, d.init ?? undefined);
          // `const u = new URL(x)`: past it, x parsed.
          if (d.init && ctx.alive) this.refine(urlParseRefinements(d.init), ctx);
          // `const dir = previewDir(id)` where the helper throws unless id is well formed: past it, id is.
          const call = d.init ? unwrapExpression(d.init.type === "AwaitExpression" ? d.init.argument : d.init) : undefined;
          if (call?.type === "CallExpression" && ctx.alive) this.refine(assertionRefinements(call, this.guardContext(ctx), true), ctx);
        }
        return;
      case "FunctionDeclaration": {
        if (s.id) {
          const b = this.lookup(s.id.name, ctx);
          const info = this.infoOf(s, ctx.module);
          info.scope = ctx.scope;
          if (b) this.writeVar(b, { fns: [{ fn: s, module: ctx.module, scope: ctx.scope }] }, ctx, false);
        }
        return;
      }
      case "ClassDeclaration": {
        const v = this.evalClass(s, ctx);
        if (s.id) {
          const b = this.lookup(s.id.name, ctx);
          if (b) this.writeVar(b, v, ctx);
        }
        return;
      }
      case "ReturnStatement": {
        const v = s.argument ? this.evalExpr(s.argument, ctx) : EMPTY;
        this.addReturn(s, v, ctx);
        ctx.alive = false;
        return;
      }
      case "ThrowStatement": {
        const v = this.evalExpr(s.argument, ctx);
        // Deep: the taint of `new Error(msg)` lives in its message.
        ctx.addThrow(withStepDeep(v, this.step(s, ctx, "thrown")));
        ctx.alive = false;
        return;
      }
      case "IfStatement": {
        this.evalExpr(s.test, ctx);
        const test = s.test;
        if (!s.alternate && alwaysExits(s.consequent)) {
          this.branches(ctx, [(c) => {
            this.applyRefinements(test, true, c);
            this.evalStatement(s.consequent, c);
          }]);
          ctx.alive = true;
          this.applyRefinements(test, false, ctx);
          return;
        }
        this.branches(ctx, [
          (c) => {
            this.applyRefinements(test, true, c);
            this.evalStatement(s.consequent, c);
          },
          (c) => {
            this.applyRefinements(test, false, c);
            if (s.alternate) this.evalStatement(s.alternate, c);
          },
        ]);
        return;
      }
      case "BlockStatement":
      case "StaticBlock":
        this.evalBlock(s.body, s, ctx);
        return;
      case "ForStatement": {
        const outer = ctx.scope;
        ctx.scope = this.scopeFor(s, outer, ctx.frame);
        if (s.init) {
          if (s.init.type === "VariableDeclaration") {
            this.hoist([s.init], ctx.scope, undefined, ctx.module, ctx.fn === undefined, s.init);
            for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
            this.evalStatement(s.init, ctx);
          } else this.evalExpr(s.init, ctx);
        }
        this.loop(ctx, (c) => {
          if (s.test) this.evalExpr(s.test, c);
          this.evalStatement(s.body, c);
          if (s.update) this.evalExpr(s.update, c);
        });
        ctx.scope = outer;
        return;
      }
      case "ForInStatement":
      case "ForOfStatement": {
        const iterable = this.evalExpr(s.right, ctx);
        const item = s.type === "ForOfStatement" ? this.elementsOf(iterable) : keysOf(iterable);
        const outer = ctx.scope;
        ctx.scope = this.scopeFor(s, outer, ctx.frame);
        if (s.left.type === "VariableDeclaration") {
          this.hoist([s.left], ctx.scope, undefined, ctx.module, ctx.fn === undefined, s.left);
          for (const b of ctx.scope.names.values()) this.declareLocal(ctx, b);
          // Guards see `for (const d of devices) if (d.id === x)` as x pinned to an element of devices.
          const id = s.left.declarations[0]?.id;
          const b = s.type === "ForOfStatement" && id?.type === "Identifier" ? ctx.scope.names.get(id.name) : undefined;
          if (b && !b.init) b.init = s;
          // `for (const { dir, names } of categories)`: each name is that field of an element of the list.
          if (s.type === "ForOfStatement" && id?.type === "ObjectPattern") {
            for (const p of id.properties) {
              const target = p.type === "Property" && !p.computed ? (p.value.type === "AssignmentPattern" ? p.value.left : p.value) : undefined;
              const key = p.type === "Property" ? propertyName(p) : undefined;
              const fb = target?.type === "Identifier" ? ctx.scope.names.get(target.name) : undefined;
              if (fb && key !== undefined && !fb.init && !fb.destructured) fb.destructured = { from: s, key };
            }
          }
        }
        const atLeastOnce = s.type === "ForOfStatement" && nonEmptyList(s.right, (name) => this.lookup(name, ctx)) && !leavesIteration(s.body);
        this.loop(
          ctx,
          (c) => {
            const target = s.left.type === "VariableDeclaration" ? s.left.declarations[0].id : s.left;
            this.bindPattern(target, item, c, undefined);
            this.evalStatement(s.body, c);
          },
          atLeastOnce,
        );
        ctx.scope = outer;
        return;
      }
      case "WhileStatement":
        this.loop(ctx, (c) => {
          this.evalExpr(s.test, c);
          this.evalStatement(s.body, c);
        });
        return;
      case "DoWhileStatement":
        this.loop(ctx, (c) => {
          this.evalStatement(s.body, c);
          this.evalExpr(s.test, c);
        });
        return;
      case "TryStatement":
        this.evalTry(s, ctx);
        return;
      case "SwitchStatement": {
        const disc = s.discriminant;
        this.evalExpr(disc, ctx);
        const cases = s.cases;
        this.branches(
          ctx,
          cases.map((c, i) => (cx: Ctx) => {
            if (c.test) {
              this.evalExpr(c.test, cx);
              if (isLiteralTest(c.test) && targetKey(disc)) this.applyRefinements({ type: "BinaryExpression", operator: "===", left: disc, right: c.test } as unknown as Expr, true, cx);
            }
            // Fall through to following cases until one ends.
            for (let j = i; j < cases.length && cx.alive; j++) {
              this.evalStatements(cases[j].consequent, cx);
              const last = cases[j].consequent[cases[j].consequent.length - 1];
              if (last && (last.type === "BreakStatement" || alwaysExits(last))) break;
            }
            if (!cx.alive) cx.alive = true;
          }).concat(cases.some((c) => !c.test) ? [] : [() => undefined]),
        );
        return;
      }
      case "LabeledStatement":
        this.evalStatement(s.body, ctx);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        ctx.alive = false;
        return;
      case "ExportNamedDeclaration":
        if (s.declaration) this.evalStatement(s.declaration, ctx);
        return;
      case "ExportDefaultDeclaration": {
        const d = s.declaration;
        if (d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") {
          if (d.id) this.evalStatement(d, ctx);
          else {
            const v = d.type === "FunctionDeclaration" ? this.makeClosure(d, ctx) : this.evalClass(d, ctx);
            this.writeCell(`module#${ctx.module.module.path}#default`, v);
          }
        } else if (d.type !== "TSInterfaceDeclaration" && d.type !== "TSDeclareFunction" && d.type !== "TSEnumDeclaration" && d.type !== "TSModuleDeclaration" && d.type !== "TSTypeAliasDeclaration" && d.type !== "VariableDeclaration") {
          this.writeCell(`module#${ctx.module.module.path}#default`, this.evalExpr(d as Expr, ctx));
        }
        return;
      }
      case "TSEnumDeclaration":
      case "TSModuleDeclaration":
      case "TSExportAssignment":
        if (s.type === "TSExportAssignment") this.writeCell(ctx.module.cjsKey, this.evalExpr(s.expression, ctx));
        return;
      default:
        return;
    }
  }

  protected loop(ctx: Ctx, body: (c: Ctx) => void, atLeastOnce = false): void {
    // A loop over a list that cannot be empty runs its body once before it may stop: what the body
    // assigns replaces the value before the loop (`let cur = obj; for (const k of path.split(".")) cur = cur[k]`
    // ends on a property of obj, never on obj). Its paths that leave the function are gone; when none goes on,
    // the loop is read as any other.
    if (atLeastOnce) {
      const before = this.stateOfFrame(ctx.frame);
      this.branches(ctx, [body]);
      if (!ctx.alive) ctx.frame.state = before;
    }
    // Twice: values assigned late in the body reach its start the second time.
    for (let i = 0; i < 2; i++) this.branches(ctx, [body, () => undefined]);
    ctx.alive = true;
  }

  protected evalTry(s: TSESTree.TryStatement, ctx: Ctx): void {
    ctx.throwStack.push(EMPTY);
    const before = this.stateOfFrame(ctx.frame);
    this.branches(ctx, [(c) => this.evalStatement(s.block, c)]);
    const thrown = ctx.throwStack.pop() ?? EMPTY;
    const tryAlive = ctx.alive;
    if (s.handler) {
      const handler = s.handler;
      const afterTry = this.stateOfFrame(ctx.frame);
      ctx.frame.state = before;
      this.branches(ctx, [
        (c) => {
          // The catch sees whatever the try block may have assigned before throwing.
          c.frame.state = joinStates(afterTry, before);
          const outer = c.scope;
          c.scope = this.scopeFor(handler, outer, c.frame);
          if (handler.param) {
            for (const id of patternIdentifiers(handler.param)) {
              const b = c.scope.declare(this.binding(id, id.name, "catch", c.fn === undefined));
              this.declareLocal(c, b);
            }
            this.bindPattern(handler.param, withStep(thrown, this.step(handler, c, "caught")), c, undefined);
          }
          this.evalStatement(handler.body, c);
          c.scope = outer;
        },
        (c) => {
          c.frame.state = afterTry;
          c.alive = tryAlive;
        },
      ]);
    } else {
      // try/finally: what was thrown keeps going up.
      ctx.addThrow(thrown);
    }
    if (s.finalizer) {
      const alive = ctx.alive;
      ctx.alive = true;
      this.evalStatement(s.finalizer, ctx);
      ctx.alive = ctx.alive && alive;
    }
  }

  protected addReturn(node: Node, v: Value, ctx: Ctx): void {
    ctx.ret = ctx.returnSites.length ? either(ctx.ret, v) : join(ctx.ret, v);
    ctx.returnSites.push({ node, value: v });
  }

  protected bindPattern(pattern: Node, v: Value, ctx: Ctx, init: Node | undefined): void {
    switch (pattern.type) {
      case "Identifier": {
        const b = this.lookup(pattern.name, ctx);
        if (!b) return;
        const stepped = hasTaint(v) && init ? withStep(v, this.step(pattern, ctx, `assigned to ${pattern.name}`)) : v;
        this.writeVar(b, stepped, ctx);
        return;
      }
      case "ObjectPattern": {
        const used: string[] = [];
        for (const p of pattern.properties) {
          if (p.type === "RestElement") {
            this.bindPattern(p.argument, withoutProps(v, used), ctx, init);
            continue;
          }
          const keyValue = p.computed ? this.evalExpr(p.key as Expr, ctx) : undefined;
          const key = keyValue ? this.constKey(keyValue) : propertyName(p);
          if (key !== undefined) used.push(key);
          this.bindPattern(p.value, this.readMember(v, key, p, ctx, !!keyValue && isOwnName(keyValue)), ctx, init);
        }
        return;
      }
      case "ArrayPattern":
        // `[k, v] = entry` is `k = entry[0]`: read by index (a tuple's own element, or any element of a list), so a
        // parameter's reference keeps its access and a check on `k` stays on `k` (value-ops.ts `readElement`).
        for (const [i, e] of pattern.elements.entries()) {
          if (!e) continue;
          this.bindPattern(e.type === "RestElement" ? e.argument : e, e.type === "RestElement" ? v : readElement(v, String(i)), ctx, init);
        }
        return;
      case "AssignmentPattern": {
        const dflt = this.evalExpr(pattern.right, ctx);
        this.bindPattern(pattern.left, join(v, dflt), ctx, init);
        return;
      }
      case "RestElement":
        this.bindPattern(pattern.argument, v, ctx, init);
        return;
      case "MemberExpression":
        this.assignMember(pattern, v, ctx);
        return;
      case "TSParameterProperty":
        this.bindPattern(pattern.parameter, v, ctx, init);
        if (pattern.parameter.type === "Identifier") this.writeThisField(ctx.thisValue, pattern.parameter.name, v, ctx);
        return;
      default:
        return;
    }
  }

  /** The user functions a call to a plain name runs (for guards judged by the helper's body). */
  private functionsCalled(call: TSESTree.CallExpression, ctx: Ctx): FunctionNode[] {
    // `(0, utils_1.validatePath)(p)`: compiled CommonJS calls an import without a `this`.
    const callee = unwrapCallee(call.callee);
    // `this.ensureInside(p)`, `store.isInside(p)`: a method, read as the call would read it.
    if (callee.type === "MemberExpression" && !callee.computed && (callee.object.type === "ThisExpression" || callee.object.type === "Identifier")) {
      const name = propertyName(callee);
      return name ? this.rememberHelpers(this.readMember(this.evalExpr(callee.object, ctx), name, callee, ctx).fns) : [];
    }
    if (callee.type !== "Identifier") return [];
    const b = this.lookup(callee.name, ctx);
    return b ? this.rememberHelpers(this.readVar(b, ctx).fns) : [];
  }

  /**
   * `resolveSafePath(p)`, `assertNoTraversal(p)` of a package no model describes (a dependency not
   * shipped): a call named for keeping a path safe that hands the path back. What it keeps out is not
   * known here, so its result carries the check's name (spec.ts UNREAD_CHECK), as the argument of such a
   * library's predicate does: a check to verify, not proof of a hole, nor proof of safety.
   */
  protected unreadPathCheckMark(call: TSESTree.CallExpression, ctx: Ctx): string | undefined {
    const callee = unwrapCallee(call.callee);
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
    if (!name || !PATH_SAFETY_WORD.test(name) || !PATH_WORD.test(name) || call.arguments.length === 0) return undefined;
    return this.unknownLibraryCall(call, ctx) ? unreadMark(call, ctx) : undefined;
  }

  /**
   * The callee (a name or a static member chain) is a function of a package
   * no model row describes: what it checks is unknown. A Node builtin
   * (`fs.existsSync`) or a modelled library says what it does, and is no
   * unread check.
   */
  private unknownLibraryCall(call: TSESTree.CallExpression, ctx: Ctx): boolean {
    const callee = unwrapCallee(call.callee);
    if (callee.type !== "Identifier" && !(callee.type === "MemberExpression" && memberChain(callee))) return false;
    const apis = this.evalExpr(callee, ctx).apis ?? [];
    const packages = apis.map((a) => a.split(" ")[0]);
    return packages.length > 0 && packages.every((pkg) => !pkg.includes("#") && !isBuiltin(pkg) && !this.models.knows(pkg));
  }

  /** Where each helper a guard was judged by was defined, so the helpers it calls are found from there. */
  private readonly helperClosures = new WeakMap<FunctionNode, Closure>();

  private rememberHelpers(fns: readonly Closure[] | undefined): FunctionNode[] {
    for (const c of fns ?? []) if (!this.helperClosures.has(c.fn)) this.helperClosures.set(c.fn, c);
    return (fns ?? []).map((c) => c.fn);
  }

  /** The user functions a plain-name call inside `helper` runs, read from the module that defines `helper`. */
  private functionsCalledInside(helper: FunctionNode, call: TSESTree.CallExpression): FunctionNode[] {
    const callee = unwrapExpression(call.callee);
    const c = this.helperClosures.get(helper);
    if (!c || callee.type !== "Identifier") return [];
    const b = c.scope.lookup(callee.name)?.binding;
    if (!b) return [];
    return this.rememberHelpers((b.importFrom ? this.importValue(c.module, b.importFrom.specifier, b.importFrom.imported) : this.readCell(b)).fns);
  }

  /** The `const` initializer a name inside `helper` refers to, read in the module that defines `helper`. */
  private initInside(helper: FunctionNode, id: TSESTree.Identifier): Node | undefined {
    const c = this.helperClosures.get(helper);
    const b = c?.scope.lookup(id.name)?.binding;
    return c && b ? this.constInitOf(b, c.module) : undefined;
  }

  private guardContext(ctx: Ctx): GuardContext {
    return {
      initOf: (id) => {
        const b = this.lookup(id.name, ctx);
        return b?.importFrom ? this.constInitOf(b, ctx.module) : b?.init;
      },
      initInside: (helper, id) => this.initInside(helper, id),
      destructuredOf: (id) => this.lookup(id.name, ctx)?.destructured,
      functionsCalled: (call) => this.functionsCalled(call, ctx),
      functionsCalledInside: (helper, call) => this.functionsCalledInside(helper, call),
      unknownLibraryCall: (call) => this.unknownLibraryCall(call, ctx),
      isParameter: (id) => this.lookup(id.name, ctx)?.kind === "param",
      apisOf: (node) => (isIdentifier(node) ? (this.evalExpr(node, ctx).apis ?? []) : []),
      chosenByCaller: (node) => {
        const chain = memberChain(node);
        const b = chain ? this.lookup(chain.root, ctx) : undefined;
        if (!chain || !b) return false;
        // Read as the code reads it: `args.dir` of a tool's whole arguments is that argument's taint.
        let v = this.readVar(b, ctx);
        for (const k of chain.path) v = this.readMember(v, k, node as Expr, ctx);
        return chosenByCallerValue(v);
      },
    };
  }

  /**
   * A check against values that must not be the caller's: none if one of them
   * is (a tool argument, a request); a guard that waits for each call when they
   * come from this helper's parameters or receiver; the plain guard otherwise.
   */
  private settledRefinement(ref: Refinement, against: readonly Node[], ctx: Ctx): Refinement | undefined {
    const values = against.map((n) => this.evalExpr(n as Expr, ctx));
    // A list compared against (`allowed.includes(host)`) is the caller's when its members are.
    if (values.some((v) => chosenByCallerValue(v) || (!!v.elems && chosenByCallerValue(deepTaint(v.elems))))) return undefined;
    const pending = values.flatMap((v) => v.refs ?? []).filter((r) => !this.filledParam(r.fnId, r.index));
    return pending.length ? { ...ref, kind: conditionalGuard(ref.kind, pending) } : ref;
  }

  /**
   * A membership check in a registry (Refinement.keysSettledIf), kept where no
   * key of the collection was the caller's: a Map's keys (kept apart from its
   * values), or a Set's or list's elements (the compared field of each, when
   * the check names one). A collection read from this helper's receiver or
   * parameters is judged at each call (a conditional guard on its keys); a
   * key still waiting for a call is not known to be the code's.
   */
  private registryRefinement(ref: Refinement, keys: RegistryKeys, ctx: Ctx): Refinement | undefined {
    const v = keys.inside ? this.collectionInHelper(keys.collection, keys.inside, ctx) : this.evalExpr(keys.collection as Expr, ctx);
    if (!v) return undefined;
    // A library's object (a settings store, a client): which keys it holds is not the code's to know.
    if (chosenByCallerValue(v) || (keys.kept && v.apis?.length)) return undefined;
    const elems = v.elems ?? EMPTY;
    const mapKeys = elems.props?.get(MAP_KEYS);
    const read = mapKeys ?? (keys.field ? join(taintOnly(elems), readPath(elems, [keys.field])) : taintOnly(elems));
    const taint = deepTaint(read);
    // A key written from a parameter waits for calls not seen here, unless a membership or equality check pinned it first.
    if (unpinnedCallerValue(taint) || unpinnedRefs(taint).length) return undefined;
    // Where the keys sit in the collection a reference stands for: a Map's key slot, else the elements (or their field).
    const keyAccess = mapKeys ? [ELEMENT_ACCESS, MAP_KEYS] : keys.field ? [ELEMENT_ACCESS, keys.field] : [ELEMENT_ACCESS];
    const pending = (v.refs ?? []).filter((r) => !this.filledParam(r.fnId, r.index)).map((r) => ({ ...r, access: [...r.access, ...keyAccess] }));
    return pending.length ? { ...ref, kind: conditionalGuard(ref.kind, pending) } : ref;
  }

  /**
   * The collection a lookup helper reads (RegistryKeys.inside): a name is read
   * where the helper is defined (a module's `const jobs = new Map()`, its
   * imports), a field of `this` on the receiver the call names
   * (`store.getJob(id)` → `store.jobs`). Anything else is not known here.
   */
  private collectionInHelper(collection: Node, inside: NonNullable<RegistryKeys["inside"]>, ctx: Ctx): Value | undefined {
    const n = unwrapExpression(collection);
    const chain = memberChain(n);
    if (!chain) return undefined;
    let v: Value;
    if (chain.root === "this") {
      const callee = unwrapCallee(inside.call.callee);
      if (callee.type !== "MemberExpression") return undefined;
      v = this.evalExpr(callee.object as Expr, ctx);
    } else {
      const c = this.helperClosures.get(inside.helper);
      const b = c?.scope.lookup(chain.root)?.binding;
      if (!c || !b || b.kind === "param") return undefined;
      v = b.importFrom ? this.importValue(c.module, b.importFrom.specifier, b.importFrom.imported) : this.readCell(b);
    }
    for (const k of chain.path) v = this.readMember(v, k, n, ctx);
    return v;
  }

  protected applyRefinements(test: Expr, whenTrue: boolean, ctx: Ctx): void {
    const gctx = this.guardContext(ctx);
    this.refine([...refinementsOf(test, whenTrue, gctx), ...urlRefinements(test, whenTrue, gctx)], ctx);
  }

  private refine(refs: readonly Refinement[], ctx: Ctx): void {
    for (const found of refs) {
      const ref = found.settledIf ? this.settledRefinement(found, found.settledIf, ctx) : found;
      const settled = ref?.keysSettledIf ? this.registryRefinement(ref, ref.keysSettledIf, ctx) : ref;
      if (!settled) continue;
      const r = settled.unread ? { ...settled, shape: [unreadMark(settled.unread, ctx)] } : settled;
      const target = unwrapExpression(r.target);
      if (target.type === "Identifier") {
        const b = this.lookup(target.name, ctx);
        if (b && this.isLocal(b, ctx)) this.stateOfFrame(ctx.frame).own.set(b, shaped(guarded(this.readVar(b, ctx), r), r.shape));
      } else if (target.type === "MemberExpression") {
        const chain = memberChain(target);
        if (!chain) continue;
        const b = this.lookup(chain.root, ctx);
        if (b && this.isLocal(b, ctx)) {
          const root = this.readVar(b, ctx);
          // What a read of the chain gives (`args.path` of a tool's whole arguments is the argument's taint), narrowed.
          let current = root;
          for (const k of chain.path) current = this.readMember(current, k, target, ctx);
          this.stateOfFrame(ctx.frame).own.set(b, setPath(root, chain.path, shaped(guarded(current, r), r.shape)));
        }
      }
    }
  }
}

/** A name that says the call keeps something safe or inside (`resolveSafePath`, `assertNoTraversal`, `confineToRoot`)... */
const PATH_SAFETY_WORD = /safe|secure|sanitiz|confine|contain|within|inside|traversal/i;
/** ...and that it is about a path (`sanitizeInput` is not). */
const PATH_WORD = /path|file|dir|folder|traversal/i;

/** A reference's access to a collection's elements: an index read joins them (value-ops.ts `readSimple`). */
const ELEMENT_ACCESS = "0";

/** The UNREAD_CHECK mark naming a check: "`isSafe(p)` at src/a.js:12" (the call as written, cut short when long). */
function unreadMark(call: TSESTree.CallExpression, ctx: Ctx): string {
  const name = (n: Node): string => {
    const u = unwrapCallee(n);
    return targetKey(u) ?? (u.type === "CallExpression" ? `${name(u.callee)}(…)` : "…");
  };
  const args = call.arguments.map((a) => (a.type === "SpreadElement" ? `...${name(a.argument)}` : name(a))).join(", ");
  const text = `${name(call.callee)}(${args})`;
  const at = locationOf(ctx.module.module.path, call);
  return `${UNREAD_CHECK}\`${text.length > 80 ? `${text.slice(0, 77)}…` : text}\` at ${at.file}:${at.line}`;
}

/** The value with the refinement's guard recorded (a mark-only refinement records none). */
function guarded(v: Value, r: Refinement): Value {
  return r.markOnly ? v : guard(v, r.kind as GuardKind);
}

/** The value with the shape marks a dominating check proved (shapes.ts). */
function shaped(v: Value, shape: readonly string[] | undefined): Value {
  if (!shape || shape.length === 0) return v;
  // A check on every element of a list (`parts.some((p) => p === "..")` false) marks its elements too.
  const out = sanitize(v, shape);
  return v.elems ? { ...out, elems: sanitize(v.elems, shape) } : out;
}
