// Module resolution inside one package: relative specifiers to the package's
// own files (ESM, CJS, TS sources imported as `./x.js`), the package's own
// aliases (package.json `imports` and `exports`, tsconfig `paths` and
// `baseUrl`), everything else to an external package name (Node builtins
// without `node:`).
import path from "node:path/posix";
import { builtinModules } from "node:module";
import { stripJsonComments } from "../jsonc.js";
import type { ParsedModule, SourceFile } from "../types.js";

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

/** A specifier pattern (`#db`, `#utils/*`, `@/*`, `./tools/*`) and the package-relative paths it maps to, in the order to try. */
type AliasMap = readonly (readonly [pattern: string, targets: readonly string[]])[];

/** What one tsconfig (with what it extends) says about resolution, paths made package-relative. */
interface TsResolution {
  /** `compilerOptions.baseUrl`: bare specifiers are also looked up under it. */
  baseUrl?: string;
  /** `compilerOptions.paths`, targets relative to the package root. */
  paths: AliasMap;
}

/** The package's own alias tables, read once from its manifest and tsconfig files. */
export interface ResolutionConfig {
  /** package.json `imports` (`#alias` → file). */
  imports: AliasMap;
  /** package.json `exports` (`./sub` → file), for the package importing itself by name. */
  exports: AliasMap;
  /** Folder of each tsconfig.json / jsconfig.json → its settings; a module uses the nearest one above it. */
  tsconfigs: ReadonlyMap<string, TsResolution>;
  /**
   * Build output folder → source folder (tsconfig `outDir` → `rootDir`): a
   * TS-source package published without its build names `./dist/x.js` in its
   * maps, and the code is in `./src/x.ts`.
   */
  outToSource: readonly (readonly [out: string, source: string])[];
}

export const NO_ALIASES: ResolutionConfig = { imports: [], exports: [], tsconfigs: new Map(), outToSource: [] };

/** Bigger files are not a configuration anyone writes by hand. */
const MAX_CONFIG_BYTES = 1 << 20;
/** Condition names tried first, in order (then the rest in document order): source over types over build. */
const CONDITIONS = ["source", "development", "import", "node", "require", "module", "default", "types"];
/** A chain of `extends` longer than this is a loop or hostile. */
const MAX_EXTENDS = 8;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);

function readJson(files: ReadonlyMap<string, SourceFile>, file: string, comments: boolean): Json | undefined {
  const f = files.get(file);
  if (!f || f.bytes.length > MAX_CONFIG_BYTES) return undefined;
  try {
    const text = f.bytes.toString("utf8");
    return JSON.parse(comments ? stripJsonComments(text) : text) as Json;
  } catch {
    return undefined;
  }
}

/** `./dist/x.js` → `dist/x.js`; undefined for paths that leave the package. */
function packagePath(dir: string, target: string): string | undefined {
  const p = path.normalize(path.join(dir, target));
  return p.startsWith("../") || p === ".." ? undefined : p.replace(/^\.\//, "");
}

/** Every string target of an exports/imports entry: conditions in CONDITIONS order, arrays in order. */
function conditionalTargets(v: Json | undefined, out: string[] = [], depth = 0): string[] {
  if (depth > 6) return out;
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) for (const x of v) conditionalTargets(x, out, depth + 1);
  else if (isObject(v)) {
    const keys = Object.keys(v);
    for (const k of [...CONDITIONS.filter((c) => keys.includes(c)), ...keys.filter((k) => !CONDITIONS.includes(k))]) conditionalTargets(v[k], out, depth + 1);
  }
  return out;
}

function manifestMap(v: Json | undefined, subpathsOnly: boolean): AliasMap {
  if (v === undefined) return [];
  // `"exports": "./index.js"` or a conditions object without subpaths: the package's main.
  if (!isObject(v) || (subpathsOnly && !Object.keys(v).some((k) => k.startsWith(".")))) return [[".", targetsOf(v)]];
  return Object.entries(v).map(([k, t]) => [k, targetsOf(t)] as const);
}

function targetsOf(v: Json): string[] {
  return conditionalTargets(v).flatMap((t) => (t.startsWith("./") ? [packagePath("", t)!].filter(Boolean) : []));
}

/** One tsconfig with the chain of configs it extends inside the package, nearest settings winning. */
function readTsconfig(files: ReadonlyMap<string, SourceFile>, file: string): { options: TsResolution; outDir?: string; rootDir?: string } {
  const options: { baseUrl?: string; paths?: AliasMap; outDir?: string; rootDir?: string } = {};
  const seen = new Set<string>();
  for (let current: string | undefined = file, i = 0; current && i < MAX_EXTENDS && !seen.has(current); i++) {
    seen.add(current);
    const json = readJson(files, current, true);
    if (!isObject(json)) break;
    const dir = path.dirname(current);
    const co = isObject(json.compilerOptions) ? json.compilerOptions : {};
    const here = (k: string) => (typeof co[k] === "string" ? packagePath(dir, co[k] as string) : undefined);
    options.baseUrl ??= here("baseUrl");
    options.outDir ??= here("outDir");
    options.rootDir ??= here("rootDir");
    if (!options.paths && isObject(co.paths)) {
      // Paths are relative to baseUrl, or to the config that declares them.
      const base = options.baseUrl ?? here("baseUrl") ?? (dir === "." ? "" : dir);
      options.paths = Object.entries(co.paths).map(([k, t]) => [k, (Array.isArray(t) ? t : []).flatMap((x) => (typeof x === "string" ? [packagePath(base, x)].filter((p): p is string => p !== undefined) : []))] as const);
    }
    const ext = typeof json.extends === "string" ? json.extends : undefined;
    // Only configs the package ships: `@tsconfig/node20` and other packages' configs are not here.
    current = ext && ext.startsWith(".") ? packagePath(dir, ext.endsWith(".json") ? ext : `${ext}.json`) : undefined;
  }
  return { options: { baseUrl: options.baseUrl, paths: options.paths ?? [] }, outDir: options.outDir, rootDir: options.rootDir };
}

/** Where a tsconfig without `rootDir` keeps its sources: the folder its first `include` names (`src/**\/*` → `src`), else its own folder. */
function includeRoot(files: ReadonlyMap<string, SourceFile>, file: string): string {
  const json = readJson(files, file, true);
  const dir = path.dirname(file) === "." ? "" : path.dirname(file);
  const first = isObject(json) && Array.isArray(json.include) && typeof json.include[0] === "string" ? json.include[0] : undefined;
  if (!first) return dir;
  const folders: string[] = [];
  for (const seg of first.replace(/^\.\//, "").split("/")) {
    if (seg.includes("*") || seg.includes(".")) break;
    folders.push(seg);
  }
  return packagePath(dir, folders.join("/") || ".") ?? dir;
}

/** The alias tables of a package: its manifest's `imports`/`exports` and every tsconfig.json/jsconfig.json it ships. */
export function resolutionConfig(files: readonly SourceFile[]): ResolutionConfig {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const manifest = readJson(byPath, "package.json", false);
  const tsconfigs = new Map<string, TsResolution>();
  const outToSource: [string, string][] = [];
  for (const f of files) {
    const base = path.basename(f.path);
    if (base !== "tsconfig.json" && base !== "jsconfig.json") continue;
    if (f.path.split("/").includes("node_modules")) continue;
    const { options, outDir, rootDir } = readTsconfig(byPath, f.path);
    if (!tsconfigs.has(path.dirname(f.path))) tsconfigs.set(path.dirname(f.path), options);
    const source = rootDir ?? includeRoot(byPath, f.path);
    if (outDir && outDir !== source) outToSource.push([outDir, source]);
  }
  return {
    imports: isObject(manifest) ? manifestMap(manifest.imports, false) : [],
    exports: isObject(manifest) ? manifestMap(manifest.exports, true) : [],
    tsconfigs,
    outToSource,
  };
}

/** The targets of the first pattern that matches `specifier` (an exact key, or one `*` standing for the rest). */
function lookup(map: AliasMap, specifier: string): string[] {
  let best: { targets: readonly string[]; star: string; prefix: number } | undefined;
  for (const [pattern, targets] of map) {
    if (pattern === specifier) return [...targets];
    const star = pattern.indexOf("*");
    if (star < 0) {
      // Old-style folder mapping: `"./lib/": "./src/lib/"`.
      if (pattern.endsWith("/") && specifier.startsWith(pattern) && (!best || pattern.length > best.prefix)) best = { targets: targets.map((t) => `${t}*`), star: specifier.slice(pattern.length), prefix: pattern.length };
      continue;
    }
    const head = pattern.slice(0, star);
    const tail = pattern.slice(star + 1);
    if (specifier.length >= head.length + tail.length && specifier.startsWith(head) && specifier.endsWith(tail) && (!best || head.length > best.prefix)) {
      best = { targets, star: specifier.slice(head.length, specifier.length - tail.length), prefix: head.length };
    }
  }
  return best ? best.targets.map((t) => t.split("*").join(best!.star)) : [];
}

/** The package's modules by path: a map, or a parser that reads a file the first time it is asked for. */
export interface ModuleLookup {
  get(path: string): ParsedModule | undefined;
}

export class Resolver {
  constructor(
    private readonly byPath: ModuleLookup,
    private readonly packageName: string | undefined,
    private readonly config: ResolutionConfig = NO_ALIASES,
  ) {}

  resolve(fromPath: string, specifier: string): Resolved {
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      const base = specifier.startsWith("/") ? specifier.slice(1) : path.join(path.dirname(fromPath), specifier);
      const hit = this.probe(path.normalize(base));
      return hit ? { kind: "internal", module: hit } : { kind: "missing", specifier };
    }
    // package.json `imports`: `#db` names a file of this package.
    if (specifier.startsWith("#")) {
      const hit = this.probeTargets(lookup(this.config.imports, specifier));
      return hit ? { kind: "internal", module: hit } : { kind: "missing", specifier };
    }
    // A package importing itself by name.
    if (this.packageName && (specifier === this.packageName || specifier.startsWith(this.packageName + "/"))) {
      const rest = specifier.slice(this.packageName.length + 1);
      const hit =
        this.probeTargets(lookup(this.config.exports, rest ? `./${rest}` : ".")) ??
        (rest ? this.probe(rest) : (this.byPath.get("index.js") ?? this.byPath.get("index.ts")));
      if (hit) return { kind: "internal", module: hit };
    }
    const ts = this.tsconfigOf(fromPath);
    if (ts && !BUILTINS.has(specifier.startsWith("node:") ? specifier.slice(5) : specifier)) {
      const hit = this.probeTargets(lookup(ts.paths, specifier)) ?? (ts.baseUrl !== undefined ? this.probe(path.join(ts.baseUrl, specifier)) : undefined);
      if (hit) return { kind: "internal", module: hit };
    }
    return { kind: "external", package: packageOfSpecifier(specifier) };
  }

  private readonly tsconfigByDir = new Map<string, TsResolution | undefined>();

  /** The nearest tsconfig.json / jsconfig.json at or above the module's folder. */
  private tsconfigOf(fromPath: string): TsResolution | undefined {
    if (this.config.tsconfigs.size === 0) return undefined;
    const dir = path.dirname(fromPath);
    if (this.tsconfigByDir.has(dir)) return this.tsconfigByDir.get(dir);
    let found: TsResolution | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      found = this.config.tsconfigs.get(d);
      if (found || d === "." || d === "/" || d === "") break;
    }
    this.tsconfigByDir.set(dir, found);
    return found;
  }

  /** The first target that names a module; a target in the build output folder also tries the source folder. */
  private probeTargets(targets: readonly string[]): ParsedModule | undefined {
    for (const t of targets) {
      const hit = this.probe(t);
      if (hit) return hit;
    }
    for (const t of targets) {
      for (const [out, source] of this.config.outToSource) {
        if (t !== out && !t.startsWith(`${out}/`)) continue;
        const rest = t === out ? "" : t.slice(out.length + 1);
        const hit = this.probe(source ? path.join(source, rest) : rest);
        if (hit) return hit;
      }
    }
    return undefined;
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
