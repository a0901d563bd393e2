// Expressions: literals, templates, identifiers (globals become library APIs,
// with their sources), operators, objects, classes and closures.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression } from "../parse/ast.js";
import { classKeyOf, conditionalSeparator, sameChain, suffixAppended } from "./syntax.js";
import { parseApiKey } from "./models.js";
import type { FunctionNode, LiteralSourceRow } from "./spec.js";
import {
  UNKNOWN_PART,
  type Atom,
  compact,
  constValue,
  deepTaint,
  either,
  EMPTY,
  extendPath,
  isEmpty,
  join,
  joinAll,
  MAX_CONST_LENGTH,
  taintOnly,
  type Value,
} from "./values.js";
import { type Node, type Expr, MAX_EXPR_DEPTH, Ctx } from "./context.js";
import { concatValues, isOwnName } from "./value-ops.js";
import { markFlagValues, spreadArrayParts } from "./builtins.js";
import { MemberEvaluator } from "./members.js";
import { boundedMemo } from "../memo.js";

export abstract class ExpressionEvaluator extends MemberEvaluator {
  evalExpr(e: Node, ctx: Ctx): Value {
    if (!this.tick()) return EMPTY;
    if (ctx.exprDepth > MAX_EXPR_DEPTH) {
      this.noteIncomplete(ctx.module.module.path, "expressions nested too deeply");
      return EMPTY;
    }
    ctx.exprDepth++;
    try {
      return this.evalExprInner(e, ctx);
    } finally {
      ctx.exprDepth--;
    }
  }

  /**
   * `${base}${p.startsWith("/") ? "" : "/"}${p}`, `${base}${base.endsWith("/") ? "" : "/"}${p}`:
   * a separator added only when the string next to it lacks it is, next to that
   * string, always there (syntax.ts `conditionalSeparator`). The constant, or
   * undefined when expression `i` of the template is no such separator.
   */
  private separatorNextTo(t: TSESTree.TemplateLiteral, i: number): Value | undefined {
    const found = conditionalSeparator(t.expressions[i]);
    if (!found) return undefined;
    const neighbour = found.side === "after" ? t.expressions[i + 1] : t.expressions[i - 1];
    const between = found.side === "after" ? t.quasis[i + 1] : t.quasis[i];
    return neighbour && between.value.cooked === "" && sameChain(neighbour, found.subject) ? constValue(found.sep) : undefined;
  }

  /** The same for `base + (p.startsWith("/") ? "" : "/") + p` and `base + (base.endsWith("/") ? "" : "/")`. */
  private joinedWithSeparator(e: TSESTree.BinaryExpression, ctx: Ctx): Value | undefined {
    if ((e.left as { type: string }).type === "PrivateIdentifier") return undefined;
    const left = e.left as Node;
    const right = unwrapExpression(e.right);
    const inner = unwrapExpression(left);
    if (inner.type === "BinaryExpression" && inner.operator === "+" && (inner.left as { type: string }).type !== "PrivateIdentifier") {
      const found = conditionalSeparator(inner.right);
      if (found?.side === "after" && sameChain(right, found.subject)) return concatValues([this.evalExpr(inner.left, ctx), constValue(found.sep), this.evalExpr(e.right, ctx)]);
    }
    const found = conditionalSeparator(right);
    if (found?.side !== "before") return undefined;
    const last = inner.type === "BinaryExpression" && inner.operator === "+" ? inner.right : inner;
    return sameChain(last, found.subject) ? concatValues([this.evalExpr(left, ctx), constValue(found.sep)]) : undefined;
  }

  /**
   * `[base, "v2", ...segments, id].join("/")`: a list written out and joined
   * is a concatenation, each element after the ones before it and the
   * separator, so a piece sits where the text puts it (position-shapes.ts):
   * after `<base>/` it is path. A spread's elements make one piece of unknown
   * text (they are joined among themselves). Undefined for any other call.
   */
  private joinedLiteral(e: TSESTree.CallExpression, ctx: Ctx): Value | undefined {
    const callee = unwrapExpression(e.callee);
    if (callee.type !== "MemberExpression" || propertyName(callee) !== "join" || e.arguments.length > 1) return undefined;
    const list = unwrapExpression(callee.object);
    if (list.type !== "ArrayExpression" || list.elements.length < 2 || list.elements.length > 16) return undefined;
    const sepNode = e.arguments[0];
    const sep = sepNode === undefined ? "," : sepNode.type === "Literal" && typeof sepNode.value === "string" ? sepNode.value : undefined;
    if (sep === undefined || list.elements.some((el) => !el)) return undefined;
    const parts: Value[] = [];
    list.elements.forEach((el, i) => {
      if (i > 0) parts.push(constValue(sep));
      if (el!.type !== "SpreadElement") parts.push(this.evalExpr(el!, ctx));
      else parts.push(taintOnly(deepTaint(this.elementsOf(this.evalExpr(el!.argument, ctx)))));
    });
    return concatValues(parts);
  }

  protected evalExprInner(e: Node, ctx: Ctx): Value {
    switch (e.type) {
      case "Literal":
        if (typeof e.value === "string") return this.literalString(e.value, e, ctx);
        if (typeof e.value === "number" || typeof e.value === "boolean") return constValue(String(e.value));
        return EMPTY;
      case "TemplateLiteral": {
        const parts: Value[] = [];
        e.quasis.forEach((q, i) => {
          parts.push(this.literalString(q.value.cooked ?? q.value.raw, q, ctx, true));
          if (i < e.expressions.length) parts.push(this.separatorNextTo(e, i) ?? this.evalExpr(e.expressions[i], ctx));
        });
        return concatValues(parts);
      }
      case "TaggedTemplateExpression": {
        const tag = this.evalExpr(e.tag, ctx);
        const args = e.quasi.expressions.map((x) => this.evalExpr(x, ctx));
        const strings: Value = { elems: joinAll(e.quasi.quasis.map((q) => constValue(q.value.cooked ?? q.value.raw))) };
        return this.callValue(tag, EMPTY, [strings, ...args], e, ctx, e.quasi.expressions as Node[]);
      }
      case "Identifier":
        return this.evalIdentifier(e, ctx);
      case "ThisExpression":
        return ctx.thisValue;
      case "Super":
        return ctx.thisValue;
      case "ArrayExpression": {
        let elems: Value = EMPTY;
        // Short arrays keep their positions: `["h", "ost"].join("")`, `[a, b] = ...`.
        const indexed = e.elements.length <= 64 && e.elements.every((el) => el && el.type !== "SpreadElement") ? new Map<string, Value>() : undefined;
        let previous: Value = EMPTY;
        const inOrder: { value: Value; spread: boolean }[] | undefined = !indexed && e.elements.length <= 64 && e.elements.every((el) => el) ? [] : undefined;
        e.elements.forEach((el, i) => {
          if (!el) return;
          const read = el.type === "SpreadElement" ? this.elementsOf(this.evalExpr(el.argument, ctx)) : this.evalExpr(el, ctx);
          // After a spread the previous element is unknown.
          const v = el.type === "SpreadElement" ? read : markFlagValues([previous, read])[1];
          previous = el.type === "SpreadElement" ? EMPTY : read;
          elems = join(elems, v);
          indexed?.set(String(i), v);
          inOrder?.push({ value: v, spread: el.type === "SpreadElement" });
        });
        const array = compact({ elems: isEmpty(elems) ? { consts: [] } : elems, props: indexed });
        if (inOrder) spreadArrayParts.set(array, inOrder);
        return array;
      }
      case "ObjectExpression":
        return this.evalObject(e, ctx);
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        return this.makeClosure(e, ctx);
      case "ClassExpression":
        return this.evalClass(e, ctx);
      case "SequenceExpression": {
        let v: Value = EMPTY;
        for (const x of e.expressions) v = this.evalExpr(x, ctx);
        return v;
      }
      case "ParenthesizedExpression" as string:
        return this.evalExpr((e as unknown as { expression: Node }).expression, ctx);
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "TSSatisfiesExpression":
      case "TSInstantiationExpression":
      case "ChainExpression":
        return this.evalExpr(e.expression, ctx);
      case "AwaitExpression":
        return this.evalExpr(e.argument, ctx);
      case "YieldExpression": {
        const v = e.argument ? this.evalExpr(e.argument, ctx) : EMPTY;
        if (ctx.fn && this.asyncBodies.has(ctx.fn.node) && !e.delegate) return v;
        // A generator's yields are what its iterator produces.
        ctx.ret = join(ctx.ret, { elems: v });
        return EMPTY;
      }
      case "UnaryExpression": {
        const v = this.evalExpr(e.argument, ctx);
        if (e.operator === "typeof" || e.operator === "!" || e.operator === "delete" || e.operator === "void") return EMPTY;
        return taintOnly(v);
      }
      case "UpdateExpression":
        return taintOnly(this.evalExpr(e.argument, ctx));
      case "BinaryExpression": {
        const joined = e.operator === "+" ? this.joinedWithSeparator(e, ctx) : undefined;
        if (joined) return joined;
        const l = e.left.type === "PrivateIdentifier" ? EMPTY : this.evalExpr(e.left, ctx);
        const r = this.evalExpr(e.right, ctx);
        if (e.operator === "+") return concatValues([l, r]);
        if (["==", "===", "!=", "!==", "<", ">", "<=", ">=", "in", "instanceof"].includes(e.operator)) return EMPTY;
        return join(taintOnly(l), taintOnly(r));
      }
      case "LogicalExpression": {
        const l = this.evalExpr(e.left, ctx);
        // The right side runs only when the left decided so: a guard there holds.
        let r: Value = EMPTY;
        this.branches(ctx, [
          (c) => {
            if (e.operator === "&&") this.applyRefinements(e.left, true, c);
            r = this.evalExpr(e.right, c);
          },
          () => undefined,
        ]);
        ctx.alive = true;
        // `a && b` yields b (a is only a test); `a ?? b`, `a || b` yield either.
        if (e.operator === "&&") return r;
        // `process.env.URL ?? "https://default"`: the default, or whatever is configured.
        const out = either(l, r);
        return r.consts?.length && !l.consts?.length && !out.consts?.includes(UNKNOWN_PART) ? compact({ ...out, consts: [...out.consts!, UNKNOWN_PART] }) : out;
      }
      case "ConditionalExpression": {
        this.evalExpr(e.test, ctx);
        let a: Value = EMPTY;
        let b: Value = EMPTY;
        this.branches(ctx, [
          (c) => {
            this.applyRefinements(e.test, true, c);
            a = this.evalExpr(e.consequent, c);
          },
          (c) => {
            this.applyRefinements(e.test, false, c);
            b = this.evalExpr(e.alternate, c);
          },
        ]);
        ctx.alive = true;
        // `base.endsWith("/") ? base : base + "/"`: a base nothing is known about ends with the suffix either way;
        // the appending branch says so (what follows it is then after a constant `/`).
        const appending = suffixAppended(e);
        if (appending && !(appending === e.consequent ? b : a).consts?.length) return appending === e.consequent ? a : b;
        return either(a, b);
      }
      case "AssignmentExpression":
        return this.evalAssignment(e, ctx);
      case "MemberExpression": {
        const obj = this.evalExpr(e.object, ctx);
        const keyValue = e.computed ? this.evalExpr(e.property, ctx) : undefined;
        const key = keyValue ? this.constKey(keyValue) : propertyName(e);
        return this.readMember(obj, key, e, ctx, !!keyValue && isOwnName(keyValue));
      }
      case "CallExpression":
        return this.joinedLiteral(e, ctx) ?? this.evalCall(e, ctx, false);
      case "NewExpression":
        return this.evalCall(e, ctx, true);
      case "ImportExpression": {
        const spec = this.evalExpr(e.source, ctx);
        if (spec.consts?.length === 1 && !spec.prefix) return this.importValue(ctx.module, spec.consts[0], "*");
        return taintOnly(spec);
      }
      case "MetaProperty":
        return EMPTY;
      case "JSXElement":
      case "JSXFragment":
        return EMPTY;
      default:
        return EMPTY;
    }
  }

  /** A string literal: a constant, and a source when it matches a literal row (hardcoded credentials). */
  protected literalString(s: string, node: Node, ctx: Ctx, quasi = false): Value {
    const base = constValue(s);
    if (quasi || s.length < 8 || this.models.literals.length === 0) return base;
    const atoms: Atom[] = [];
    for (const row of this.literalRowsMatching(s)) {
      const label = this.label(row.kind, row.name, node, ctx.module.module);
      atoms.push({ label, path: extendPath(undefined, { location: label.location, label: `${row.name} in a string literal` }), sanitized: [], guards: [] });
    }
    return atoms.length ? { ...base, atoms } : base;
  }

  private readonly literalMatches = new Map<string, LiteralSourceRow[]>();

  /** Literal rows whose pattern matches `s`; each distinct string is tested once per run (literals are evaluated every round and at every inline call). */
  private literalRowsMatching(s: string): LiteralSourceRow[] {
    let rows = this.literalMatches.get(s);
    if (!rows) {
      // Only what the engine keeps of a string (its first MAX_CONST_LENGTH characters, see constValue) is
      // tested: some screens are super-linear, and a 272 KB base64 literal of a bundled wasm module took 48 s.
      rows = this.models.literalRowsMatching(s.length > MAX_CONST_LENGTH ? s.slice(0, MAX_CONST_LENGTH) : s);
      this.literalMatches.set(s, rows);
    }
    return rows;
  }

  protected evalIdentifier(e: TSESTree.Identifier, ctx: Ctx): Value {
    if (e.name === "undefined") return EMPTY;
    const b = this.lookup(e.name, ctx);
    if (b) return this.readVar(b, ctx);
    if (e.name === "arguments" && ctx.fn) return this.readCell(`arguments#${ctx.fn.id}`);
    if (e.name === "module" && !ctx.module.module.isModule) return { props: new Map([["exports", this.readCell(ctx.module.cjsKey)]]), apis: [`module#${ctx.module.module.path}`] };
    if (e.name === "exports" && !ctx.module.module.isModule) return join(this.readCell(ctx.module.cjsKey), { apis: [`exports#${ctx.module.module.path}`] });
    if (e.name === "require") return { apis: ["global Member[require]"] };
    // An unbound name is a global: `fetch`, `process`, `Buffer`...
    const name = e.name === "globalThis" || e.name === "window" || e.name === "global" || e.name === "self" ? undefined : e.name;
    const api = name ? globalApi(name) : "global";
    return this.apiValueWithSources(api, e, ctx);
  }

  protected apiValueWithSources(api: string, node: Node, ctx: Ctx): Value {
    const atoms = this.sourcesAtKey(api, node, ctx);
    return atoms.length ? { apis: [api], atoms } : { apis: [api] };
  }

  protected sourcesAtKey(api: string, node: Node, ctx: Ctx, constArg?: (at: string[]) => Value): Atom[] {
    const rows = this.models.sourcesAt(api);
    if (rows.length === 0) return [];
    const atoms: Atom[] = [];
    const { tokens } = parseApiKey(api);
    const last = tokens[tokens.length - 1] ?? "";
    const memberName = /^Member\[(.*)\]$/.exec(last)?.[1];
    for (const row of rows) {
      let name = row.name ?? (memberName && memberName !== "*" ? memberName : "*");
      if (row.requiresMatch) {
        if (!constArg) continue;
        const at = constArg(row.requiresMatch.at.split("."));
        const matched = (at.consts ?? []).find((c) => {
          row.requiresMatch!.pattern.lastIndex = 0;
          return row.requiresMatch!.pattern.test(c);
        });
        if (matched === undefined) continue;
        name = matched.split(UNKNOWN_PART).join("*");
      }
      const label = this.label(row.kind, name, node, ctx.module.module);
      atoms.push({ label, path: extendPath(undefined, { location: label.location, label: `${name} read` }), sanitized: [], guards: [] });
    }
    return atoms;
  }

  protected evalObject(e: TSESTree.ObjectExpression, ctx: Ctx): Value {
    const props = new Map<string, Value>();
    let extra: Value = EMPTY;
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const v = this.evalExpr(p.argument, ctx);
        for (const [k, pv] of v.props ?? []) props.set(k, pv);
        // Spreading a tainted whole (e.g. process.env) keeps its taint on the object.
        extra = join(extra, deepTaint(compact({ atoms: v.atoms, refs: v.refs }), true));
        continue;
      }
      const key = p.computed ? this.constKey(this.evalExpr(p.key as Expr, ctx)) : propertyName(p);
      let v: Value;
      if (p.kind === "get" || p.kind === "set") {
        const fnv = this.makeClosure(p.value as TSESTree.FunctionExpression, ctx);
        v = p.kind === "get" ? this.callValue(fnv, EMPTY, [], p, ctx) : EMPTY;
      } else {
        v = p.value.type === "AssignmentPattern" ? this.evalExpr(p.value.right, ctx) : this.evalExpr(p.value as Expr, ctx);
      }
      if (key === undefined) extra = join(extra, taintOnly(v));
      else props.set(key, props.has(key) ? join(props.get(key)!, v) : v);
    }
    return compact({ props, atoms: extra.atoms, refs: extra.refs });
  }

  protected makeClosure(fn: FunctionNode, ctx: Ctx): Value {
    const info = this.infoOf(fn, ctx.module);
    info.scope = ctx.scope;
    if (ctx.thisValue.classes?.length && fn.type === "ArrowFunctionExpression") info.classKey ??= ctx.thisValue.classes[0];
    return { fns: [{ fn, module: ctx.module, scope: ctx.scope, classKey: info.classKey }] };
  }

  protected evalClass(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, ctx: Ctx): Value {
    const key = classKeyOf(ctx.module, c);
    const superValue = c.superClass ? this.evalExpr(c.superClass, ctx) : EMPTY;
    if (superValue.classes?.length) this.writeCell(`${key}#__super`, { classes: superValue.classes });
    if (superValue.apis?.length) this.writeCell(`${key}#__superApi`, { apis: superValue.apis });
    const classValue: Value = { classes: [key], props: new Map() };
    const instance: Value = { classes: [key] };
    for (const m of c.body.body) {
      if (m.type === "MethodDefinition") {
        const name = propertyName(m);
        // TS overload signatures and abstract methods have no body: the implementation is its own member.
        if (!name || m.value.type === "TSEmptyBodyFunctionExpression") continue;
        const info = this.infoOf(m.value as FunctionNode, ctx.module);
        info.scope = ctx.scope;
        info.classKey = key;
        info.name = name;
        const closure: Value = { fns: [{ fn: m.value as FunctionNode, module: ctx.module, scope: ctx.scope, classKey: key }] };
        if (m.kind === "constructor") this.writeCell(`${key}#constructor`, closure);
        else if (m.kind === "get") this.writeCell(`${key}#get:${name}`, closure);
        else this.writeCell(`${key}${m.static ? "#static" : ""}#${name}`, closure);
        this.indexMethod(name, info);
      } else if (m.type === "PropertyDefinition" && m.value) {
        const name = propertyName(m);
        if (!name) continue;
        const saved = ctx.thisValue;
        ctx.thisValue = m.static ? classValue : instance;
        const v = this.evalExpr(m.value, ctx);
        ctx.thisValue = saved;
        this.writeCell(`${key}${m.static ? "#static" : ""}#${name}`, v);
      } else if (m.type === "StaticBlock") {
        const saved = ctx.thisValue;
        ctx.thisValue = classValue;
        this.evalBlock(m.body, m, ctx);
        ctx.thisValue = saved;
      }
    }
    return classValue;
  }
}

/** `global Member[name]`, one string per name (see appendToken on why the same string). */
const globalApi = boundedMemo((name: string) => `global Member[${name}]`);
