import { pick } from "./paths.js";

export class TemplateResolver {
  constructor(private readonly vars: Record<string, unknown>) {}

  private lookup(source: Record<string, unknown> | undefined, path: string): unknown {
    if (!source || !path) return undefined;
    const segments = path.replace(/\[(\d+)\]/g, ".$1").split(".");
    let current: any = source;
    for (const segment of segments) {
      if (current == null) return undefined;
      current = current[segment];
    }
    return current;
  }

  resolveRef(ref: string): unknown {
    const scope = this.context();
    if (ref.startsWith("env.")) return this.lookup(scope.env as Record<string, unknown>, ref.slice(4));
    if (ref.startsWith("cfg.")) return pick(scope.env as Record<string, unknown>, ref.slice(4));
    return pick(this.vars, ref);
  }

  context(): Record<string, unknown> {
    return { env: process.env, vars: this.vars };
  }

  render(template: string): string {
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, ref: string) => {
      const value = this.resolveRef(ref);
      return value == null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    });
  }
}
