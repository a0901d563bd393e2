// Which of a package's modules can run: those its entry points (package.json
// `bin`, `main`, `module`, `exports`; `index.js` when no `main` is given) load,
// directly or through other modules. A module is loaded by an import, a
// re-export, a `require`, a dynamic `import()` with a constant specifier, a
// loader whose specifier has a constant folder prefix (`import(`./tools/${n}.js`)`:
// every module under `tools/`), or a path the code names (`new Worker(new
// URL("./worker.js", import.meta.url))`, `fork(path.join(__dirname, "child.js"))`,
// `readdirSync(path.join(__dirname, "tools"))`).
//
// A path handed to a reader (`readFile`, `readdir`, `stat`, `createReadStream`)
// reads data, and a folder the code only names (a variable, an object field)
// may be data too: a docs server reading `examples/**` as text does not run the
// example apps. Such paths count as loads only when code that runs can load a
// module whose name it builds at run time (`import(join(dir, f))`,
// `require(file)`): that loader may be fed from the folder listed. A folder
// passed straight to another call (`loadTools(join(__dirname, "tools"))`, a
// loader we cannot see into) is kept.
//
// A second build of the same server that nothing loads (`dist/worker/` beside
// `dist/index.js`) is not what a user's install runs: scanning it reports the
// same tools and findings twice. When no entry point resolves to a shipped
// module (a source checkout whose `main` names an unbuilt `dist/`), nothing is
// known about what runs and every module is kept.
import path from "node:path/posix";
import type { TSESTree } from "@typescript-eslint/types";
import { calleeName, isIdentifier, isMemberAccess, propertyName, stringLiteralValue, unwrapExpression, walkTypes } from "../parse/ast.js";
import type { Diagnostic, PackageFacts, ParsedModule } from "../types.js";
import type { Program } from "./index.js";
import type { Resolved } from "./resolve.js";

type Node = TSESTree.Node;

/** What a module may load, read off its syntax in one walk. */
interface ModuleLoads {
  /** Specifiers as written: static imports, re-exports, requires, constant dynamic imports. */
  specifiers: string[];
  /** Package-relative paths the code names (resolved against the module's folder), loaded or read as files or folders. */
  paths: string[];
  /** Folder prefixes of loaders whose specifier is built at run time (`./tools/`), resolved against the module's folder. */
  prefixes: string[];
  /** Paths read as data or only named (a reader's argument, a folder held in a variable): loads only beside a run-time loader. */
  dataPaths: string[];
  /** The module loads a specifier it builds at run time (`import(x)`, `require(x)`): what it loads may come from any folder the code names. */
  runtimeLoader: boolean;
}

export interface Reachability {
  /** The modules the entry points resolve to; empty when none does (then every module is kept). */
  entries: ParsedModule[];
  /** Every module kept: reached from an entry point or a root the caller adds. */
  reached: ParsedModule[];
  /** Modules no entry point reaches, in program order. */
  unreached: ParsedModule[];
}

/**
 * What reachability reads of a package: its module paths, each module by path,
 * and the resolver. A linked program is one; so is a package whose files are
 * parsed the first time reachability asks for them (lazy.ts), so that the
 * modules nothing reaches are never parsed.
 */
export interface ModuleSpace {
  /** Every module's path in program order (for a lazy space: every file that may be a module). */
  readonly paths: readonly string[];
  module(path: string): ParsedModule | undefined;
  resolve(fromPath: string, specifier: string): Resolved;
  readonly facts: PackageFacts;
}

/** A linked program as a module space. */
export function spaceOf(program: Program): ModuleSpace {
  return { paths: program.modules.map((m) => m.path), module: (p) => program.byPath.get(p), resolve: program.resolve, facts: program.facts };
}

function asSpace(program: Program | ModuleSpace): ModuleSpace {
  return "paths" in program ? program : spaceOf(program);
}

/** Entry files named in package.json, resolved to modules (tsc's `.js` for `.ts` too). */
export function entryModules(programOrSpace: Program | ModuleSpace): ParsedModule[] {
  const program = asSpace(programOrSpace);
  const ep = program.facts.entryPoints;
  const specs = [...Object.values(ep.bin), ep.main, ep.module, ...ep.exports].filter((s): s is string => typeof s === "string");
  if (ep.main === undefined) specs.push("index.js");
  const out: ParsedModule[] = [];
  const add = (m: ParsedModule | undefined) => {
    if (m && !out.includes(m)) out.push(m);
  };
  for (const spec of specs) {
    const clean = path.normalize(spec.replace(/^\.\//, ""));
    if (clean.startsWith("..") || clean.startsWith("/")) continue;
    // `"./tools/*": "./dist/tools/*.js"`: every module the pattern matches.
    const star = clean.indexOf("*");
    if (star >= 0) {
      const [before, after] = [clean.slice(0, star), clean.slice(star + 1)];
      for (const p of program.paths) if (p.startsWith(before) && p.endsWith(after) && p.length >= before.length + after.length) add(program.module(p));
      continue;
    }
    add(moduleAt(program, clean));
  }
  return out;
}

/**
 * The modules reachable from the entry points and `extraRoots` (files an install
 * hook runs, say). Bounded by the module count: each module is walked at most once.
 */
export function reachability(program: Program, extraRoots: Iterable<ParsedModule> = []): Reachability {
  const reached = reachedFromEntries(spaceOf(program), extraRoots);
  if (!reached) return { entries: reached === undefined ? [] : entryModules(program), reached: program.modules, unreached: [] };
  return { entries: reached.entries, reached: program.modules.filter((m) => reached.modules.has(m)), unreached: program.modules.filter((m) => !reached.modules.has(m)) };
}

/**
 * The modules the entry points and `extraRoots` reach, or why that cannot be
 * told: undefined when no entry point resolves to a module, null when a
 * command the package installs is not a module we read. Either way nothing is
 * known about what runs, and every module is kept.
 */
export function reachedFromEntries(space: ModuleSpace, extraRoots: Iterable<ParsedModule> = []): { entries: ParsedModule[]; modules: Set<ParsedModule> } | undefined | null {
  const entries = entryModules(space);
  if (entries.length === 0) return undefined;
  // A command the package installs that is not a module we read (a shell script starting `node dist/x.js`,
  // a file that did not parse) starts code we cannot see: nothing is known about what it runs.
  const bins = Object.values(space.facts.entryPoints.bin);
  if (bins.some((b) => typeof b !== "string" || !moduleAt(space, path.normalize(b.replace(/^\.\//, ""))))) return null;
  return { entries, modules: reachFrom(space, [...entries, ...extraRoots]) };
}

/** Every module `roots` load, directly or not (the roots included). */
export function reachFrom(programOrSpace: Program | ModuleSpace, roots: Iterable<ParsedModule>): Set<ParsedModule> {
  const program = asSpace(programOrSpace);
  const reached = new Set<ParsedModule>();
  const queue: ParsedModule[] = [];
  const add = (m: ParsedModule | undefined) => {
    if (m && !reached.has(m)) {
      reached.add(m);
      queue.push(m);
    }
  };
  for (const r of roots) add(r);
  // Folders named by the code, sorted once so that each prefix finds its modules without a pass over all of them.
  const sorted = [...program.paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const under = (prefix: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) add(program.module(sorted[i]));
  };
  const addPath = (p: string) => {
    const hit = moduleAt(program, p);
    if (hit) add(hit);
    // A folder the code lists or loads from: what is in it.
    else if (!/\.[cm]?[jt]sx?$/.test(p) && p !== "" && p !== ".") under(p + "/");
  };
  // Data paths wait until a module that runs is seen to load names built at run time.
  let loaderSeen = false;
  const pending: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i];
    const loads = loadsOf(m);
    for (const spec of loads.specifiers) {
      const r = program.resolve(m.path, spec);
      if (r.kind === "internal") add(r.module);
    }
    for (const p of loads.paths) addPath(p);
    for (const prefix of loads.prefixes) under(prefix);
    if (loads.runtimeLoader && !loaderSeen) {
      loaderSeen = true;
      for (const p of pending.splice(0)) addPath(p);
    }
    if (loaderSeen) for (const p of loads.dataPaths) addPath(p);
    else pending.push(...loads.dataPaths);
  }
  return reached;
}

/** The module a package-relative path names, as a specifier from the package root resolves it. */
function moduleAt(program: ModuleSpace, relPath: string): ParsedModule | undefined {
  if (relPath.startsWith("..") || relPath.startsWith("/")) return undefined;
  const r = program.resolve("package.json", `./${relPath}`);
  return r.kind === "internal" ? r.module : undefined;
}

const loadsCache = new WeakMap<TSESTree.Program, ModuleLoads>();

/** A file name with a script extension: `worker.js`, `./child.mjs`, `dist/cli.cjs`. */
const SCRIPT_FILE = /^[\w@./-]*[\w-]\.[cm]?[jt]sx?$/;
/** Calls that build a path from segments: `path.join(__dirname, "tools")`, `resolve(here, "..", "dist")`. */
const PATH_BUILDERS = new Set(["join", "resolve"]);
/** Calls whose folder argument a web server hands out as files (express.static, serve-static, sirv, koa-static): a page's code, not the server's. */
const STATIC_FILE_SERVERS = new Set(["static", "serveStatic", "sirv", "koaStatic"]);
/** node:fs calls that read a path's bytes, entries or status: what they name is data, not code that runs. */
const PATH_READERS = new Set([
  "readFile", "readFileSync", "readdir", "readdirSync", "opendir", "opendirSync", "createReadStream",
  "stat", "statSync", "lstat", "lstatSync", "existsSync", "access", "accessSync", "exists",
]);

/** The node types loadsOf looks at. */
const LOAD_TYPES: ReadonlySet<string> = new Set(["ImportDeclaration", "ExportAllDeclaration", "ExportNamedDeclaration", "TSImportEqualsDeclaration", "ImportExpression", "CallExpression", "NewExpression", "Literal", "TemplateLiteral"]);

function loadsOf(module: ParsedModule): ModuleLoads {
  const hit = loadsCache.get(module.ast);
  if (hit) return hit;
  const loads: ModuleLoads = { specifiers: [], paths: [], prefixes: [], dataPaths: [], runtimeLoader: false };
  const dir = path.dirname(module.path);
  /** Path nodes a reader takes: read as data whatever they name. */
  const readArguments = new Set<Node>();
  /**
   * `node` names `p`: code it loads when a script file is named outside a reader, or a folder is handed
   * straight to a call that is not a reader or a path builder; data otherwise (see the header).
   */
  const local = (p: string, node: Node, parent: Node | undefined) => {
    const isFile = /\.[cm]?[jt]sx?$/.test(p);
    const handedToCall = !!parent && (parent.type === "CallExpression" || parent.type === "NewExpression") && parent.callee !== node && !(parent.type === "CallExpression" && PATH_BUILDERS.has(calleeName(parent) ?? ""));
    const into = readArguments.has(node) ? loads.dataPaths : isFile || handedToCall ? loads.paths : loads.dataPaths;
    const joined = path.normalize(path.join(dir === "." ? "" : dir, p));
    if (!joined.startsWith("..")) into.push(joined.replace(/\/$/, ""));
    // A path that already names the file from the package root (`"dist/cli.js"` run with the package as the working folder).
    if (!p.startsWith(".")) into.push(path.normalize(p));
  };
  const dynamic = (source: Node) => {
    const spec = stringLiteralValue(source);
    if (spec !== undefined) loads.specifiers.push(spec);
    else {
      if (!namesConstantPath(source)) loads.runtimeLoader = true;
      const prefix = constantPrefix(source);
      if (prefix && prefix.startsWith(".")) {
        const folder = prefix.endsWith("/") ? prefix : path.dirname(prefix) + "/";
        const joined = path.normalize(path.join(dir === "." ? "" : dir, folder));
        if (!joined.startsWith("..")) loads.prefixes.push(joined === "./" || joined === "." ? "" : joined.endsWith("/") ? joined : joined + "/");
      }
    }
  };
  walkTypes(module.ast, LOAD_TYPES, (n, parent) => {
    switch (n.type) {
      case "ImportDeclaration":
        loads.specifiers.push(String(n.source.value));
        return false;
      case "ExportAllDeclaration":
      case "ExportNamedDeclaration":
        if (n.source) loads.specifiers.push(String(n.source.value));
        return undefined;
      case "TSImportEqualsDeclaration":
        if (n.moduleReference.type === "TSExternalModuleReference") {
          const spec = stringLiteralValue(n.moduleReference.expression);
          if (spec !== undefined) loads.specifiers.push(spec);
        }
        return false;
      case "ImportExpression":
        dynamic(n.source);
        return undefined;
      case "CallExpression": {
        const callee = unwrapExpression(n.callee);
        const arg = n.arguments[0];
        if (arg && arg.type !== "SpreadElement" && (isIdentifier(callee, "require") || isMemberAccess(callee, "require", "resolve"))) {
          dynamic(arg);
          return undefined;
        }
        const name = calleeName(n);
        // A folder handed to a static-file server (`express.static(join(here, "assets"))`) is served to browsers, not loaded.
        if (name && STATIC_FILE_SERVERS.has(name)) return false;
        if (name && PATH_READERS.has(name) && arg && arg.type !== "SpreadElement") readArguments.add(unwrapExpression(arg));
        if (name && PATH_BUILDERS.has(name)) {
          const segments = n.arguments.map((a) => (a.type === "SpreadElement" ? undefined : stringLiteralValue(a)));
          // Segments after the base (`__dirname`, `import.meta.dirname`, a `here` variable): a path from the module's folder.
          const literal = segments.filter((s): s is string => s !== undefined);
          if (literal.length > 0 && literal.length >= n.arguments.length - 1 && literal.some((s) => /[\w-]/.test(s))) {
            local(path.join(...literal), n, parent);
            // Its literal segments are this path's, not paths of their own.
            return readArguments.has(n) ? false : undefined;
          }
        }
        return undefined;
      }
      case "NewExpression": {
        // `new URL("./tools/", import.meta.url)`: a path from the module's folder, a file or a folder.
        const [first, base] = n.arguments;
        const spec = first && first.type !== "SpreadElement" ? stringLiteralValue(first) : undefined;
        if (spec?.startsWith(".") && base && base.type === "MemberExpression" && base.object.type === "MetaProperty") local(spec, n, parent);
        return undefined;
      }
      case "Literal":
        if (typeof n.value === "string" && n.value.length < 200 && SCRIPT_FILE.test(n.value)) local(n.value, n, parent);
        return undefined;
      case "TemplateLiteral":
        if (n.expressions.length === 0) {
          const v = n.quasis[0].value.cooked;
          if (v && v.length < 200 && SCRIPT_FILE.test(v)) local(v, n, parent);
        }
        return undefined;
      default:
        return undefined;
    }
  });
  loadsCache.set(module.ast, loads);
  return loads;
}

/**
 * A specifier that is a constant path however it is spelled: `join(__dirname, "tools", "git.js")`,
 * `pathToFileURL(resolve(here, "x.js")).href`. Its segments are read as paths the code names.
 */
function namesConstantPath(node: Node): boolean {
  let n = unwrapExpression(node);
  if (n.type === "MemberExpression" && propertyName(n) === "href") n = unwrapExpression(n.object);
  if (n.type !== "CallExpression") return false;
  const name = calleeName(n);
  if (name === "pathToFileURL" && n.arguments[0] && n.arguments[0].type !== "SpreadElement") return stringLiteralValue(n.arguments[0]) !== undefined || namesConstantPath(n.arguments[0]);
  if (!name || !PATH_BUILDERS.has(name)) return false;
  // The module's own folder and literal segments. A folder from a variable (`join(LIB_DIR, "cli.js")`) is
  // whatever the variable holds: a folder the code only named may be what this loads from.
  const [base, ...rest] = n.arguments;
  return !!base && isModuleFolder(base) && rest.length > 0 && rest.every((a) => a.type !== "SpreadElement" && stringLiteralValue(a) !== undefined);
}

/** `__dirname`, `import.meta.dirname`: the folder of the module itself. */
function isModuleFolder(node: Node): boolean {
  const n = unwrapExpression(node);
  return isIdentifier(n, "__dirname") || (n.type === "MemberExpression" && n.object.type === "MetaProperty" && propertyName(n) === "dirname");
}

/** The constant start of a string built at run time: `` `./tools/${n}.js` `` → `./tools/`, `"./x/" + n` → `./x/`. */
function constantPrefix(node: Node): string | undefined {
  const n = unwrapExpression(node);
  if (n.type === "TemplateLiteral") return n.quasis[0].value.cooked ?? undefined;
  if (n.type === "BinaryExpression" && n.operator === "+") {
    return stringLiteralValue(n.left as Node) ?? constantPrefix(n.left as Node);
  }
  return undefined;
}

/**
 * The modules to scan: those an entry point reaches (and `extraRoots`), with a
 * note naming the folders left out. Every module when no entry point resolves.
 */
export function keepReachable(program: Program, extraRoots: Iterable<ParsedModule> = []): { modules: ParsedModule[]; unreached: ParsedModule[]; diagnostics: Diagnostic[] } {
  const r = reachability(program, extraRoots);
  if (r.unreached.length === 0) return { modules: program.modules, unreached: [], diagnostics: [] };
  return { modules: r.reached, unreached: r.unreached, diagnostics: [unreachedNote(r.unreached.map((m) => m.path))] };
}

/** The note naming the folders of files no entry point loads, left out of the scan. */
export function unreachedNote(paths: readonly string[]): Diagnostic {
  const folders = [...new Set(paths.map((p) => path.dirname(p)))].sort();
  const shown = folders.slice(0, 5).map((f) => (f === "." ? "the package root" : f + "/"));
  return {
    level: "note",
    code: "unreached-modules-skipped",
    message: `${paths.length} file${paths.length === 1 ? "" : "s"} in ${shown.join(", ")}${folders.length > 5 ? ` and ${folders.length - 5} more folders` : ""} not scanned: no entry point (bin, main, exports) loads ${paths.length === 1 ? "it" : "them"} (another build or unused code); --include-tests scans every file`,
  };
}
