// Scopes of the abstract interpreter. A Scope holds the names declared in a
// function or block; values of function-level names live in the Frame of the
// evaluation that owns them (flow-sensitive), values of module-level names in
// cells (one union for the whole program, see cells.ts).
import type { TSESTree } from "@typescript-eslint/types";
import type { VarState } from "./context.js";

export interface Binding {
  name: string;
  /** Declaring node (identifier, function, class, import specifier); identity is the binding's identity. */
  node: TSESTree.Node;
  kind: "var" | "let" | "const" | "param" | "function" | "class" | "import" | "catch";
  /** Declared at module level: its value lives in a cell. */
  moduleLevel: boolean;
  /** For imports: where the value comes from. */
  importFrom?: { specifier: string; imported: string | "*" | "default" };
  /**
   * For `const x = <init>`: the initializer, used by guards to see through `rel = path.relative(...)`.
   * For `for (const x of list)`: the loop statement (x is an element of its `right`).
   */
  init?: TSESTree.Node;
  /** For `const { hostname } = <from>`: the value it was read from and the property read (guards see `new URL(u).hostname`). */
  destructured?: { from: TSESTree.Node; key: string };
}

/** One evaluation of one function: the current values of its local bindings. */
export class Frame {
  /** The flow-sensitive state at the current point of the evaluation; dropped when it ends. */
  state: VarState | undefined = undefined;
  constructor(readonly id: number) {}
}

export class Scope {
  readonly names = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | undefined,
    /** The evaluation owning this scope's values; undefined at module level. */
    readonly frame: Frame | undefined,
  ) {}

  declare(b: Binding): Binding {
    const prev = this.names.get(b.name);
    if (prev && (prev.kind === "var" || prev.kind === "function") && (b.kind === "var" || b.kind === "function")) return prev;
    this.names.set(b.name, b);
    return b;
  }

  lookup(name: string): { binding: Binding; scope: Scope } | undefined {
    const own = this.names.get(name);
    if (own) return { binding: own, scope: this };
    for (let s = this.parent; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) return { binding: b, scope: s };
    }
    return undefined;
  }
}
