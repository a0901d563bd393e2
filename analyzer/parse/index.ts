// parse: every JS/TS file of the package to ESTree with locations, once.
// (JS nodes keep offsets and compute `range` and `loc` when read: lines.ts.)
// A file that does not parse is a diagnostic; the rest is still scanned.
import { createRequire } from "node:module";
import { posix } from "node:path";
import * as acorn from "acorn";
import type { TSESTree } from "@typescript-eslint/types";
import { parseWithSpans } from "./lines.js";
import { vendoredLibraryOf, vendorFoldersWithPapers } from "./vendored-libraries.js";
import type { Diagnostic, PackageSource, ParsedModule, SourceFile, SourceLanguage } from "../types.js";

export interface ParseResult {
  modules: ParsedModule[];
  diagnostics: Diagnostic[];
}

const JS_EXT = /\.(js|mjs|cjs)$/i;
const TS_EXT = /\.(ts|tsx|mts|cts)$/i;
const JSX_EXT = /\.jsx$/i;
const DECLARATION = /\.d\.[cm]?ts$/i;
const HASHBANG_NODE = /^#![^\n]*\bnode\b/;

/** Which parser a file needs, or undefined when it is not code we analyze. */
export function languageOf(file: SourceFile): { language: SourceLanguage; jsx: boolean } | undefined {
  const p = file.path;
  if (DECLARATION.test(p)) return undefined;
  if (JS_EXT.test(p)) return { language: "js", jsx: false };
  if (JSX_EXT.test(p)) return { language: "ts", jsx: true };
  if (TS_EXT.test(p)) return { language: "ts", jsx: /x$/i.test(p) };
  // Extension-less bin scripts: `#!/usr/bin/env node`.
  if (!/\.[^/]*$/.test(p) && HASHBANG_NODE.test(file.bytes.subarray(0, 128).toString("latin1"))) {
    return { language: "js", jsx: false };
  }
  return undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function decode(file: SourceFile, diagnostics: Diagnostic[]): string {
  try {
    return strictUtf8.decode(file.bytes).replace(/^\uFEFF/, "");
  } catch {
    diagnostics.push({ level: "note", code: "invalid-utf8", file: file.path, message: "file is not valid UTF-8; invalid bytes were replaced before parsing" });
    return utf8.decode(file.bytes).replace(/^\uFEFF/, "");
  }
}

/** Long lines and little whitespace: the output of a minifier or bundler. */
export function looksMinified(text: string): boolean {
  if (text.length < 2000) return false;
  // Native newline search, and stop once there are too many lines for the average to pass 300.
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1 && lines * 300 < text.length; i = text.indexOf("\n", i + 1)) lines++;
  return text.length / lines > 300;
}

const SOURCE_MAP_COMMENT = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/;

/**
 * The file's source map: `inline`, a package path (the comment's URL resolved
 * against the file), a URL as written, or a `<file>.map` shipped beside it.
 */
export function sourceMapOf(text: string, filePath: string, shipped?: ReadonlySet<string>): string | undefined {
  const m = SOURCE_MAP_COMMENT.exec(text.slice(-4096));
  if (m) {
    const url = m[1];
    if (url.startsWith("data:")) return "inline";
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/")) return url;
    const resolved = posix.normalize(posix.join(posix.dirname(filePath), url));
    return resolved.startsWith("../") ? url : resolved;
  }
  const beside = `${filePath}.map`;
  return shipped?.has(beside) ? beside : undefined;
}

/** Import/export statements: what makes a file an ES module rather than CommonJS. */
function hasModuleSyntax(ast: TSESTree.Program): boolean {
  return ast.body.some((s) => s.type === "ImportDeclaration" || s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration" || s.type === "ExportAllDeclaration");
}

/**
 * Module grammar first (it is the stricter one), then script grammar for
 * CommonJS and sloppy scripts (`with`, top-level `return`, legacy octals).
 * A `.js` file that parses as a module but has no import or export is still
 * CommonJS to Node (`module.exports` works there), so it is not a module here.
 */
function parseJs(text: string, path: string): { ast: TSESTree.Program; isModule: boolean } {
  // Offsets only on the nodes; `range` and `loc` are worked out when read (see lines.ts).
  const base: acorn.Options = { ecmaVersion: "latest", allowHashBang: true, allowReturnOutsideFunction: false };
  const asScript = () => parseWithSpans(text, { ...base, sourceType: "script", allowReturnOutsideFunction: true }) as unknown as TSESTree.Program;
  if (/\.cjs$/i.test(path)) return { ast: asScript(), isModule: false };
  try {
    const ast = parseWithSpans(text, { ...base, sourceType: "module" }) as unknown as TSESTree.Program;
    return { ast, isModule: /\.mjs$/i.test(path) || hasModuleSyntax(ast) };
  } catch (moduleError) {
    if (/\.mjs$/i.test(path)) throw moduleError;
    try {
      return { ast: asScript(), isModule: false };
    } catch {
      throw moduleError;
    }
  }
}

type TsEstree = typeof import("@typescript-eslint/typescript-estree");
let tsEstree: TsEstree | undefined;

/**
 * typescript-estree loads the whole TypeScript compiler (over a second on a
 * busy machine), so it is required on the first TS file, not at start-up:
 * a JS-only package never pays for it.
 */
function typescriptEstree(): TsEstree {
  tsEstree ??= createRequire(import.meta.url)("@typescript-eslint/typescript-estree") as TsEstree;
  return tsEstree;
}

function parseTypeScript(text: string, path: string, jsx: boolean): { ast: TSESTree.Program; isModule: boolean } {
  const ast = typescriptEstree().parse(text, { loc: true, range: true, jsx, comment: false, filePath: path, errorOnTypeScriptSyntacticAndSemanticIssues: false });
  return { ast, isModule: /\.mts$/i.test(path) || hasModuleSyntax(ast) };
}

function parseErrorLine(err: unknown): number | undefined {
  const e = err as { loc?: { line?: number }; lineNumber?: number };
  return e.loc?.line ?? e.lineNumber;
}

/** `shipped` is every path in the package, to find source maps shipped without a comment. */
export function parseFile(file: SourceFile, diagnostics: Diagnostic[], shipped?: ReadonlySet<string>): ParsedModule | undefined {
  const lang = languageOf(file);
  if (!lang) return undefined;
  const text = decode(file, diagnostics);
  try {
    const { ast, isModule } = lang.language === "js" ? parseJs(text, file.path) : parseTypeScript(text, file.path, lang.jsx);
    return { path: file.path, language: lang.language, isModule, text, ast, sourceMap: sourceMapOf(text, file.path, shipped), minified: looksMinified(text) };
  } catch (err) {
    // acorn turns a stack overflow into "Not enough stack space"; typescript-estree lets the RangeError through.
    const tooDeep = err instanceof RangeError || /not enough stack space/i.test(String((err as Error).message));
    const reason = tooDeep ? "nesting too deep for the parser" : String((err as Error).message ?? err).split("\n")[0];
    diagnostics.push({ level: "warning", code: "parse-error", file: file.path, line: parseErrorLine(err), message: `could not parse: ${reason}; this file was not analyzed` });
    return undefined;
  }
}

/** Every JS/TS file of the package, parsed, in file order: what a scan that cannot tell what runs reads. */
export function parse(source: PackageSource): ParseResult {
  return new LazyParser(source).all();
}

/**
 * The package's code files, each parsed the first time it is asked for: a scan
 * that follows imports from the entry points pays only for the modules it
 * reaches. `all()` parses the rest and gives what an eager parse gives (same
 * modules in file order, same diagnostics), reusing what was parsed already.
 */
export class LazyParser {
  /** Paths of the files that are code we analyze (whether they parse or not), in file order. */
  readonly candidates: readonly string[];
  private readonly files = new Map<string, SourceFile>();
  private readonly results = new Map<string, { module: ParsedModule | undefined; diagnostics: Diagnostic[] }>();
  private readonly shipped: ReadonlySet<string>;
  private readonly vendorFolders: ReturnType<typeof vendorFoldersWithPapers>;

  constructor(source: PackageSource) {
    this.shipped = new Set(source.files.map((f) => f.path));
    this.vendorFolders = vendorFoldersWithPapers(this.shipped);
    const candidates: string[] = [];
    for (const file of source.files) {
      if (!languageOf(file) || this.files.has(file.path)) continue;
      this.files.set(file.path, file);
      candidates.push(file.path);
    }
    this.candidates = candidates;
  }

  /** The module at `path`, parsed now if it was not yet; undefined when the file is not code or does not parse. */
  get(path: string): ParsedModule | undefined {
    return this.result(path)?.module;
  }

  /** Whether `path` was asked for already (parsed, or tried and failed). */
  wasRead(path: string): boolean {
    return this.results.has(path);
  }

  /** The diagnostics of the files read so far, in file order. */
  diagnostics(): Diagnostic[] {
    return this.candidates.flatMap((p) => this.results.get(p)?.diagnostics ?? []);
  }

  /** Every code file parsed: the eager parse. */
  all(): ParseResult {
    const modules: ParsedModule[] = [];
    for (const p of this.candidates) {
      const m = this.get(p);
      if (m) modules.push(m);
    }
    return { modules, diagnostics: this.diagnostics() };
  }

  private result(path: string): { module: ParsedModule | undefined; diagnostics: Diagnostic[] } | undefined {
    const done = this.results.get(path);
    if (done) return done;
    const file = this.files.get(path);
    if (!file) return undefined;
    const diagnostics: Diagnostic[] = [];
    const module = parseFile(file, diagnostics, this.shipped);
    if (module) {
      const vendoredIn = vendoredLibraryOf(module.path, module.text, this.vendorFolders);
      if (vendoredIn !== undefined) module.vendoredIn = vendoredIn;
    }
    const result = { module, diagnostics };
    this.results.set(path, result);
    return result;
  }
}
