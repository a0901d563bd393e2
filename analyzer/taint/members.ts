// Properties: reading a member of an abstract value (own props, library APIs,
// class members and getters, inherited taint), and writing one (locals, `this`,
// prototypes, CommonJS exports, static members of functions).
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walkTypes } from "../parse/ast.js";
import {
  type Atom,
  type ParamRef,
  compact,
  constValue,
  EMPTY,
  hasTaint,
  isEmpty,
  join,
  joinAll,
  readField,
  sanitize,
  taintOnly,
  type Value,
  withoutTaint,
  withProp,
  withStep,
} from "./values.js";
import { type Node, CONTENT_FREE_PROPS, type FnInfo, Ctx } from "./context.js";
import { readPath, setPath, concatValues, refsAt, instanceLineage, ownTaint, unlistedClientField } from "./value-ops.js";
import { appendToken } from "./api-keys.js";
import { URI_COMPONENT, URL_ADDRESS } from "./spec.js";
import { withUrlPart } from "./builtins.js";
import { classKeyOf, memberChain, describeTarget, isLiteralTest, FUNCTION_TYPES } from "./syntax.js";
import type { FunctionNode } from "./spec.js";
import { StatementEvaluator } from "./statements.js";

/** Nodes that can define a function under a property name (see methodCandidates). */
const METHOD_DEFINING_TYPES: ReadonlySet<string> = new Set(["ClassDeclaration", "ClassExpression", "MethodDefinition", "Property", "AssignmentExpression"]);

export abstract class MemberEvaluator extends StatementEvaluator {
  /**
   * Functions defined under a property name anywhere in the program: methods,
   * object-literal functions, prototype assignments. Minifiers rename
   * variables but not properties, so in a bundle this finds the callee of
   * `x.sendReport(...)` when `x` itself is unknown.
   */
  protected methodCandidates(name: string): FnInfo[] {
    if (!this.methodIndexBuilt) {
      this.methodIndexBuilt = true;
      for (const st of this.modules.values()) {
        walkTypes(st.module.ast, METHOD_DEFINING_TYPES, (n) => {
          // A class's methods run on its instances: in a method found by name before the engine reached its
          // class, `this.request(...)` is still the sibling method its class body declares (see declaresMethod).
          if (n.type === "ClassDeclaration" || n.type === "ClassExpression") {
            const cls = classKeyOf(st, n);
            for (const m of n.body.body) {
              const name = m.type === "MethodDefinition" && m.kind === "method" && !m.static && m.value.type === "FunctionExpression" ? propertyName(m) : undefined;
              if (!name || m.type !== "MethodDefinition") continue;
              const info = this.infoOf(m.value as FunctionNode, st);
              this.methodsByClass.set(`${cls}#${name}`, info);
              this.declaringClass.set(this.classKeyOfFunction({ fn: info.node, module: st, scope: st.scope }), cls);
            }
            return;
          }
          let key: string | undefined;
          let fn: Node | undefined;
          if (n.type === "MethodDefinition" || (n.type === "Property" && !n.computed)) {
            key = propertyName(n);
            fn = n.value;
          } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression") {
            key = propertyName(n.left);
            fn = n.right;
          }
          if (key && fn && (fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression")) this.indexMethod(key, this.infoOf(fn, st));
        });
      }
    }
    return this.methodsByName.get(name) ?? [];
  }

  /**
   * Whether the class of a receiver declares `name` as an instance method, by its body: true also for a
   * method found by name (its `this` is keyed by the function) whose class the engine has not reached yet.
   */
  protected declaresMethod(receiver: Value, name: string): boolean {
    return (receiver.classes ?? []).some((c) => this.methodsByClass.has(`${this.declaringClass.get(c) ?? c}#${name}`));
  }

  private globalsSet: Map<string, Value> | undefined;

  /**
   * Members of globals that the program assigns a constant to, unconditionally
   * (a statement of a module's or a function's top level): `process.env.X = "1"`.
   * Worked out once, by one walk, so that reads evaluated before the assignment
   * in the engine's order agree with the ones after it.
   */
  protected globalsSetByProgram(): Map<string, Value> {
    if (this.globalsSet) return this.globalsSet;
    const found = new Map<string, Value>();
    const consider = (stmts: readonly Node[]) => {
      for (const st of stmts) {
        if (st.type !== "ExpressionStatement" || st.expression.type !== "AssignmentExpression" || st.expression.operator !== "=") continue;
        const { left, right } = st.expression;
        if (left.type !== "MemberExpression" || !isLiteralTest(right)) continue;
        const chain = memberChain(left);
        if (!chain || chain.root === "this" || chain.path.length < 2) continue;
        let api: string | undefined = `global Member[${chain.root}]`;
        for (const name of chain.path) api = api && appendToken(api, `Member[${name}]`);
        if (!api) continue;
        const text = right.type === "Literal" ? String(right.value) : right.type === "TemplateLiteral" ? right.quasis[0].value.cooked ?? "" : "";
        found.set(api, found.has(api) ? join(found.get(api)!, constValue(text)) : constValue(text));
      }
    };
    for (const st of this.modules.values()) {
      const ast = st.module.ast;
      consider(ast.body);
      walkTypes(ast, FUNCTION_TYPES, (n) => {
        if ((n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") && n.body.type === "BlockStatement") consider(n.body.body);
      });
    }
    this.globalsSet = found;
    return found;
  }

  /**
   * `byOwnName`: an unknown key that is one of an object's own names (`for (k in env) env[k]`,
   * `Object.keys(env)`): the read walks the object, so the result stands for the whole; any
   * other unknown key (`env[name]` of a name list) reads one property, a part.
   */
  readMember(obj: Value, key: string | undefined, node: Node, ctx: Ctx, byOwnName = false): Value {
    let out: Value = EMPTY;
    if (key !== undefined) {
      out = obj.props?.get(key) ?? unlistedClientField(obj, key);
    } else if (obj.props) {
      out = joinAll([...obj.props.values()]);
    }
    if (obj.elems && (key === undefined || /^\d+$/.test(key))) out = join(out, obj.elems);
    let fromSource = false;
    if (obj.apis) {
      const apis: string[] = [];
      let atoms: Atom[] = [];
      for (const api of obj.apis) {
        if (api.startsWith("module#") && key === "exports") continue;
        const next = appendToken(api, key === undefined ? "Member[*]" : `Member[${key}]`);
        if (!next) continue;
        apis.push(next);
        // A global the program itself sets to a constant (`process.env.X = "1"`) holds the program's value, not a source.
        const own = key !== undefined ? this.globalsSetByProgram().get(next) : undefined;
        if (own) {
          out = join(out, own);
          fromSource = true;
          continue;
        }
        const found = this.sourcesAtKey(next, node, ctx);
        if (found.length) {
          atoms = atoms.concat(found);
          fromSource = true;
        }
      }
      out = join(out, compact({ apis, atoms }));
    }
    if (obj.classes && key !== undefined) {
      for (const cls of obj.classes) out = join(out, this.classMember(cls, key, obj, node, ctx, 0));
      // Fields kept per instance: this instance's own, or (origin unknown) every instance's.
      // A summary's own `this` takes their data through its reference, instantiated per call, and
      // only their shape (constants, clients, functions) from every instance.
      if (!this.instanceFieldNames.has(key)) {
        // No instance set a field of this name (yet): nothing per instance to read.
        if (this.fieldNamesReadEarly.size < 4096) this.fieldNamesReadEarly.add(key);
      } else if (obj.insts?.length) for (const inst of obj.insts) for (const k of instanceLineage(inst)) out = join(out, this.readCell(`${k}#${key}`));
      else {
        const symbolic = !!obj.refs?.some((r) => r.index === -1 && r.access.length === 0);
        for (const cls of obj.classes) out = join(out, this.allInstancesField(cls, key, 0, symbolic));
      }
    }
    if (obj.fns && key !== undefined && !["call", "apply", "bind"].includes(key)) {
      // Static members assigned on a function object: `fn.helper = ...`.
      for (const c of obj.fns) out = join(out, this.readCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${key}`));
    }
    // An own property marked as a URL's address part is exactly that part, not the whole URL's data.
    const exactPart = key !== undefined && !!obj.props?.get(key)?.atoms?.every((a) => a.sanitized.includes(URL_ADDRESS));
    if (!fromSource && !exactPart && (obj.atoms?.length || obj.refs?.length) && !(key !== undefined && CONTENT_FREE_PROPS.has(key))) {
      // A property of tainted data is tainted data.
      // An own property that already holds this property's share of the whole (a check narrowed `args.path`) replaces it.
      const own = key !== undefined ? obj.props?.get(key) : undefined;
      const ownAtom = (a: Atom) => !!own?.atoms?.some((o) => o.label.id === a.label.id && o.field === key);
      const ownRef = (r: ParamRef) => !!own?.refs?.some((o) => o.fnId === r.fnId && o.index === r.index && o.access.join() === r.access.join());
      // Taint the object holds only as a copy of its named fields' (an object literal passed as an
      // argument carries its fields' taint as a whole too) sits in those fields: a read by a known
      // key takes it from the field of that name, not from every other field. Object-level taint
      // of its own (unknown data, a spread of an unknown value, a write by a computed key) stays.
      const whole = key !== undefined ? ownTaint(obj) : obj;
      const inherited = compact({
        // A property read by an unknown key (`env[name]`) is still one property, not the object.
        atoms: whole.atoms?.map((a) => (key !== undefined ? readField(a, key) : a.field !== undefined || a.member || byOwnName ? a : { ...a, member: true })).filter((a) => !ownAtom(a)),
        refs: refsAt(whole.refs, key)?.map((r) => (key === undefined && !r.member && !byOwnName ? { ...r, member: true } : r)).filter((r) => !ownRef(r)),
      });
      out = join(out, inherited);
    }
    return out;
  }

  private allInstancesField(cls: string, key: string, depth: number, shapeOnly = false): Value {
    if (depth > 6) return EMPTY;
    // A summary serves every receiver: it takes the field's shape only where one instance sets it (several would mix their bases).
    let out = shapeOnly ? ((this.instancesWithField.get(`${cls}#${key}`)?.size ?? 0) > 1 ? EMPTY : withoutTaint(this.readCell(`${cls}#*inst#${key}`))) : this.readCell(`${cls}#*inst#${key}`);
    for (const s of this.readCell(`${cls}#__super`).classes ?? []) out = join(out, this.allInstancesField(s, key, depth + 1, shapeOnly));
    return out;
  }

  protected classMember(cls: string, key: string, obj: Value, node: Node, ctx: Ctx, depth: number): Value {
    if (depth > 6) return EMPTY;
    // A static member (`static literal(v)`, `static cache = …`) is read on the class, an instance member on an
    // instance; one value stands for both, and neither name reads as the other in JS, so both are read.
    let out = join(this.readCell(`${cls}#${key}`), this.readCell(`${cls}#static#${key}`));
    const getter = this.readCell(`${cls}#get:${key}`);
    if (getter.fns) out = join(out, this.callValue(getter, obj, [], node, ctx));
    const sup = this.readCell(`${cls}#__super`);
    for (const s of sup.classes ?? []) out = join(out, this.classMember(s, key, obj, node, ctx, depth + 1));
    const supApi = this.readCell(`${cls}#__superApi`);
    for (const api of supApi.apis ?? []) {
      const next = appendToken(appendToken(api, "Instance") ?? api, `Member[${key}]`);
      if (next) out = join(out, { apis: [next] });
    }
    return out;
  }

  protected evalAssignment(e: TSESTree.AssignmentExpression, ctx: Ctx): Value {
    let v = this.evalExpr(e.right, ctx);
    if (e.operator !== "=") {
      const cur = this.evalExpr(e.left, ctx);
      v = e.operator === "+=" ? concatValues([cur, v]) : e.operator === "??=" || e.operator === "||=" ? join(cur, v) : join(taintOnly(cur), taintOnly(v));
    }
    if (e.left.type === "Identifier") {
      const b = this.lookup(e.left.name, ctx);
      const stepped = hasTaint(v) ? withStep(v, this.step(e.left, ctx, `assigned to ${e.left.name}`)) : v;
      if (b) this.writeVar(b, stepped, ctx);
      return v;
    }
    if (e.left.type === "MemberExpression") {
      this.assignMember(e.left, v, ctx);
      return v;
    }
    this.bindPattern(e.left, v, ctx, e.right);
    return v;
  }

  protected assignMember(target: TSESTree.MemberExpression, v: Value, ctx: Ctx): void {
    const key = target.computed ? this.constKey(this.evalExpr(target.property, ctx)) : propertyName(target);
    this.assignInto(unwrapExpression(target.object), key, v, ctx, target);
  }

  /** `objNode[key] = v` (key undefined: some unknown property, or the object's taint as a whole). */
  protected assignInto(objNode: Node, key: string | undefined, v: Value, ctx: Ctx, at: Node): void {
    const label = key !== undefined ? `stored in ${describeTarget(objNode)}.${key}` : `stored in ${describeTarget(objNode)}`;
    const stepped = hasTaint(v) ? withStep(v, this.step(at, ctx, label)) : v;
    // module.exports = ..., exports.x = ..., module.exports.x = ...
    if (!ctx.module.module.isModule || objNode.type === "Identifier") {
      const cjs = this.cjsTarget(objNode, key, ctx);
      if (cjs) {
        if (cjs.whole) this.writeCell(ctx.module.cjsKey, stepped, true, ctx);
        else if (cjs.prop !== undefined) this.writeCell(ctx.module.cjsKey, withProp(EMPTY, cjs.prop, stepped, true), true, ctx);
        return;
      }
    }
    // X.prototype.m = fn
    if (objNode.type === "MemberExpression" && propertyName(objNode) === "prototype" && key !== undefined) {
      const ctor = this.evalExpr(objNode.object, ctx);
      for (const c of ctor.fns ?? []) {
        const ck = this.classKeyOfFunction(c);
        this.writeCell(`${ck}#${key}`, v);
        for (const f of v.fns ?? []) {
          const info = this.infoOf(f.fn, f.module);
          info.classKey = ck;
          info.name = key;
          this.indexMethod(key, info);
        }
      }
      for (const cls of ctor.classes ?? []) this.writeCell(`${cls}#${key}`, v);
      return;
    }
    const chain = key === undefined ? memberChain(objNode) : memberChain(objNode)
      ? { root: memberChain(objNode)!.root, path: [...memberChain(objNode)!.path, key] }
      : undefined;
    if (chain && chain.root === "this" && chain.path.length >= 1) {
      this.writeThisField(ctx.thisValue, chain.path[0], chain.path.length === 1 ? stepped : setPath(EMPTY, chain.path.slice(1), stepped), ctx);
      return;
    }
    if (chain && chain.root !== "this") {
      const b = this.lookup(chain.root, ctx);
      if (b) {
        const root = this.readVar(b, ctx);
        if (root.classes?.length && chain.path.length === 1) this.writeThisField(root, chain.path[0], stepped, ctx);
        if (root.fns?.length && chain.path.length === 1) {
          for (const c of root.fns) this.writeCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${chain.path[0]}`, stepped);
        }
        const weak = !this.isLocal(b, ctx);
        // `u.pathname = x`, `u.host = x` on a URL object: the URL's text changes with it (builtins.ts `withUrlPart`).
        const parentPath = chain.path.slice(0, -1);
        const moved = withUrlPart(readPath(root, parentPath), chain.path[chain.path.length - 1], stepped);
        const updated = moved ? (parentPath.length === 0 ? (weak ? join(root, moved) : moved) : setPath(root, parentPath, moved, weak)) : setPath(root, chain.path, stepped, weak);
        this.writeVar(b, updated, ctx, true);
        return;
      }
    }
    const obj = this.evalExpr(objNode, ctx);
    if (key !== undefined && obj.classes?.length) this.writeThisField(obj, key, stepped, ctx);
    if (key !== undefined) for (const c of obj.fns ?? []) this.writeCell(`fnprop#${this.infoOf(c.fn, c.module).id}#${key}`, stepped);
  }

  protected cjsTarget(obj: Node, key: string | undefined, ctx: Ctx): { whole?: boolean; prop?: string } | undefined {
    const isModuleId = (n: Node) => n.type === "Identifier" && n.name === "module" && !this.lookup("module", ctx);
    const isExportsId = (n: Node) => n.type === "Identifier" && n.name === "exports" && !this.lookup("exports", ctx);
    if (isModuleId(obj) && key === "exports") return { whole: true };
    if (isExportsId(obj)) return key === undefined ? undefined : { prop: key };
    if (obj.type === "MemberExpression" && isModuleId(unwrapExpression(obj.object)) && propertyName(obj) === "exports") return key === undefined ? undefined : { prop: key };
    return undefined;
  }

  /** Writes through a method call on a local (`params.set(k, v)`, `list.push(x)`). */
  mutateReceiver(node: Node, add: Value, ctx: Ctx): void {
    if (node.type !== "CallExpression") return;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== "MemberExpression") return;
    const chain = memberChain(callee.object as TSESTree.MemberExpression | TSESTree.Identifier);
    if (!chain) return;
    if (chain.root === "this") {
      if (chain.path.length >= 1) this.writeThisField(ctx.thisValue, chain.path[0], chain.path.length === 1 ? { elems: add } : add, ctx);
      return;
    }
    const b = this.lookup(chain.root, ctx);
    if (!b) return;
    const root = this.readVar(b, ctx);
    if (chain.path.length === 0) {
      this.writeVar(b, join(root, { elems: add }), ctx);
      return;
    }
    // `u.searchParams.set(k, v)`: form-encoded into the query of the URL object `u`.
    const parentPath = chain.path.slice(0, -1);
    const moved = chain.path[chain.path.length - 1] === "searchParams" ? withUrlPart(readPath(root, parentPath), "search", sanitize(add, [URI_COMPONENT])) : undefined;
    if (moved) {
      this.writeVar(b, parentPath.length === 0 ? moved : setPath(root, parentPath, moved), ctx);
      return;
    }
    const cur = readPath(root, chain.path);
    this.writeVar(b, setPath(root, chain.path, join(cur, { elems: add })), ctx);
  }

  assignToArgument(node: Node, index: number, key: string | undefined, value: Value, ctx: Ctx): void {
    if (node.type !== "CallExpression" && node.type !== "NewExpression") return;
    const arg = node.arguments[index];
    if (!arg || arg.type === "SpreadElement") return;
    if (key !== undefined) {
      this.assignInto(unwrapExpression(arg), key, value, ctx, node);
      return;
    }
    for (const [k, v] of value.props ?? []) this.assignInto(unwrapExpression(arg), k, v, ctx, node);
    const rest = taintOnly(value);
    if (!isEmpty(rest)) this.assignInto(unwrapExpression(arg), undefined, rest, ctx, node);
  }
}
