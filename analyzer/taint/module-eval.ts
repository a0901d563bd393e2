// Modules: evaluating a module once, its imports first, and what its exports
// (ESM, re-exports, `export *`, CommonJS `module.exports`) give an importer.
import { type ModuleState, patternIdentifiers } from "./modules.js";
import type { TSESTree } from "@typescript-eslint/types";
import { Frame, type Binding } from "./scope.js";
import { compact, EMPTY, isEmpty, join, taintOnly, type Value } from "./values.js";
import { Ctx, VarState } from "./context.js";
import { importedName } from "./syntax.js";
import { EngineState } from "./engine-state.js";

type Node = TSESTree.Node;

export abstract class ModuleEvaluator extends EngineState {
  protected evaluateModule(st: ModuleState): void {
    if (st.state !== "new") return;
    st.state = "evaluating";
    const ctx = new Ctx(st, new Frame(0), st.scope, undefined, { props: new Map() }, false, 0);
    ctx.frame.state = new VarState(undefined, 0);
    this.hoist(st.module.ast.body, st.scope, undefined, st, true);
    for (const b of st.scope.names.values()) this.declareLocal(ctx, b);
    this.collectExports(st);
    // ESM imports are evaluated before the importing module's body.
    for (const stmt of st.module.ast.body) {
      if (stmt.type === "ImportDeclaration") {
        const r = this.program.resolve(st.module.path, String(stmt.source.value));
        if (r.kind === "internal") this.evaluateModule(this.stateOf(r.module));
      }
    }
    this.evalStatements(st.module.ast.body, ctx);
    this.finishClosures(ctx);
    ctx.frame.state = undefined;
    st.state = "done";
  }

  /** What `import ... from spec` / `require(spec)` gives, as seen from `st`. */
  protected importValue(st: ModuleState, specifier: string, imported: string | "*" | "default"): Value {
    const r = this.program.resolve(st.module.path, specifier);
    if (r.kind === "internal") {
      const target = this.stateOf(r.module);
      this.evaluateModule(target);
      return this.exportOf(target, imported, 0);
    }
    if (r.kind === "missing") return EMPTY;
    const base = r.package;
    if (imported === "*" || imported === "default") return { apis: [base] };
    return { apis: [`${base} Member[${imported}]`] };
  }

  /**
   * The initializer of the `const` a binding names, through imports and
   * re-exports to the module that declares it (`import { ID_RE } from
   * "./constants.js"`): checks read a pattern or a list where it is written.
   * Undefined for anything that can be reassigned or is not ours.
   */
  protected constInitOf(b: Binding, st: ModuleState, depth = 0): Node | undefined {
    if (depth > 8) return undefined;
    if (!b.importFrom) return b.kind === "const" ? b.init : undefined;
    const r = this.program.resolve(st.module.path, b.importFrom.specifier);
    if (r.kind !== "internal" || b.importFrom.imported === "*") return undefined;
    const target = this.stateOf(r.module);
    this.evaluateModule(target);
    return this.exportedConstInit(target, b.importFrom.imported, depth + 1);
  }

  private exportedConstInit(st: ModuleState, name: string, depth: number): Node | undefined {
    if (depth > 8) return undefined;
    const src = st.exports.get(name);
    if (src?.kind === "binding") {
      const b = st.scope.names.get(src.name);
      return b ? this.constInitOf(b, st, depth + 1) : undefined;
    }
    if (src?.kind === "reexport" && src.imported !== "*") {
      const r = this.program.resolve(st.module.path, src.specifier);
      if (r.kind !== "internal") return undefined;
      const target = this.stateOf(r.module);
      this.evaluateModule(target);
      return this.exportedConstInit(target, src.imported, depth + 1);
    }
    return undefined;
  }

  protected exportOf(st: ModuleState, name: string | "*", depth: number): Value {
    if (depth > 8) return EMPTY;
    if (name === "*") {
      const props = new Map<string, Value>();
      for (const n of st.exports.keys()) props.set(n, this.exportOf(st, n, depth + 1));
      for (const spec of st.starExports) {
        const r = this.program.resolve(st.module.path, spec);
        if (r.kind === "internal") {
          this.evaluateModule(this.stateOf(r.module));
          const inner = this.exportOf(this.stateOf(r.module), "*", depth + 1);
          for (const [k, v] of inner.props ?? []) if (!props.has(k)) props.set(k, v);
        }
      }
      const cjs = this.readCell(st.cjsKey);
      return join(compact({ props }), cjs);
    }
    const src = st.exports.get(name);
    if (src) {
      if (src.kind === "binding") {
        const b = st.scope.names.get(src.name);
        return b ? this.readCell(b) : EMPTY;
      }
      if (src.kind === "cell") return this.readCell(src.key);
      const r = this.program.resolve(st.module.path, src.specifier);
      if (r.kind === "internal") {
        this.evaluateModule(this.stateOf(r.module));
        return this.exportOf(this.stateOf(r.module), src.imported, depth + 1);
      }
      if (r.kind === "external") return { apis: [src.imported === "*" || src.imported === "default" ? r.package : `${r.package} Member[${src.imported}]`] };
      return EMPTY;
    }
    for (const spec of st.starExports) {
      const r = this.program.resolve(st.module.path, spec);
      if (r.kind === "internal") {
        this.evaluateModule(this.stateOf(r.module));
        const v = this.exportOf(this.stateOf(r.module), name, depth + 1);
        if (!isEmpty(v)) return v;
      }
    }
    // CommonJS: `module.exports.name`, or the whole object for a default import.
    const cjs = this.readCell(st.cjsKey);
    if (name === "default") return join(cjs.props?.get("default") ?? EMPTY, cjs);
    return cjs.props?.get(name) ?? taintOnly(cjs);
  }

  protected collectExports(st: ModuleState): void {
    for (const stmt of st.module.ast.body) {
      if (stmt.type === "ExportNamedDeclaration") {
        if (stmt.declaration) {
          const decl = stmt.declaration;
          if (decl.type === "VariableDeclaration") for (const d of decl.declarations) for (const id of patternIdentifiers(d.id)) st.exports.set(id.name, { kind: "binding", name: id.name });
          else if ((decl.type === "FunctionDeclaration" || decl.type === "ClassDeclaration" || decl.type === "TSEnumDeclaration") && decl.id) st.exports.set(decl.id.name, { kind: "binding", name: decl.id.name });
        }
        for (const spec of stmt.specifiers) {
          const exported = importedName(spec.exported);
          const local = importedName(spec.local);
          st.exports.set(exported, stmt.source ? { kind: "reexport", specifier: String(stmt.source.value), imported: local } : { kind: "binding", name: local });
        }
      } else if (stmt.type === "ExportAllDeclaration") {
        if (stmt.exported) {
          const name = importedName(stmt.exported);
          st.exports.set(name, { kind: "reexport", specifier: String(stmt.source.value), imported: "*" });
        } else st.starExports.push(String(stmt.source.value));
      } else if (stmt.type === "ExportDefaultDeclaration") {
        const d = stmt.declaration;
        if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") && d.id) st.exports.set("default", { kind: "binding", name: d.id.name });
        else st.exports.set("default", { kind: "cell", key: `module#${st.module.path}#default` });
      }
    }
  }
}
