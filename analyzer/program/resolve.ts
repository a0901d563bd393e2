// Module resolution inside one package: relative specifiers to the package's
// own files (ESM, CJS, TS sources imported as `./x.js`), everything else to an
// external package name (Node builtins without `node:`).
import path from "node:path/posix";
import { builtinModules } from "node:module";
import type { ParsedModule } from "../types.js";

export type Resolved = { kind: "internal"; module: ParsedModule } | { kind: "external"; package: string } | { kind: "missing"; specifier: string };

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith("_")));

const EXTENSIONS = ["", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx", ".json"];
const INDEXES = ["/index.js", "/index.mjs", "/index.cjs", "/index.ts", "/index.tsx", "/index.mts"];
/** tsc and bundlers let `./x.js` name `./x.ts`. */
const TS_FOR_JS: Record<string, string[]> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };

/** The package (or builtin) a bare specifier names: `@scope/a/b` → `@scope/a`, `node:fs/promises` → `fs/promises`. */
export function packageOfSpecifier(spec: string): string {
  const s = spec.startsWith("node:") ? spec.slice(5) : spec;
  if (BUILTINS.has(s)) return s;
  const parts = s.split("/");
  return s.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

export class Resolver {
  constructor(private readonly byPath: Map<string, ParsedModule>, private readonly packageName: string | undefined) {}

  resolve(fromPath: string, specifier: string): Resolved {
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      const base = specifier.startsWith("/") ? specifier.slice(1) : path.join(path.dirname(fromPath), specifier);
      const hit = this.probe(path.normalize(base));
      return hit ? { kind: "internal", module: hit } : { kind: "missing", specifier };
    }
    // A package importing itself by name.
    if (this.packageName && (specifier === this.packageName || specifier.startsWith(this.packageName + "/"))) {
      const rest = specifier.slice(this.packageName.length + 1);
      const hit = rest ? this.probe(rest) : (this.byPath.get("index.js") ?? this.byPath.get("index.ts"));
      if (hit) return { kind: "internal", module: hit };
    }
    return { kind: "external", package: packageOfSpecifier(specifier) };
  }

  private probe(base: string): ParsedModule | undefined {
    const clean = base.replace(/^\.\//, "");
    for (const ext of EXTENSIONS) {
      const m = this.byPath.get(clean + ext);
      if (m) return m;
    }
    const ext = path.extname(clean);
    for (const alt of TS_FOR_JS[ext] ?? []) {
      const m = this.byPath.get(clean.slice(0, -ext.length) + alt);
      if (m) return m;
    }
    for (const idx of INDEXES) {
      const m = this.byPath.get(clean + idx);
      if (m) return m;
    }
    return undefined;
  }
}
