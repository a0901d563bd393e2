// The synthetic bundle for `npm run bench`: corpus code shaped like what a
// bundler and minifier ship (one IIFE, modules wrapped in functions in a
// module table, mangled local names, no comments, very long lines), about
// 5 MB, generated the same way every time from the same corpus.
//
// It is built by re-emitting acorn's tokens, not by a bundler: we only need
// the shape, and the scanner must never depend on how a bundle was produced.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import type { TSESTree } from "@typescript-eslint/types";
import ts from "typescript";
import { walk, type Node } from "../analyzer/parse/ast.js";

/** One source file of the corpus, as the bundler reads it. */
export interface BundleInput {
  /** Corpus case (package) the file belongs to. */
  pkg: string;
  /** Path inside the package, forward slashes. */
  file: string;
  text: string;
}

/** A piece of a minified module: fixed text, a local name to mangle, or a reference to another module. */
type Piece = { kind: "text"; text: string } | { kind: "name"; name: string; shorthandKey?: string } | { kind: "module"; target: number; specifier: string };

/** A module ready to be emitted any number of times under different manglings. */
interface PreparedModule {
  pkg: string;
  file: string;
  pieces: Piece[];
  /** The local names, in first-seen order. */
  locals: string[];
  /** Names the module uses without declaring: a mangled name must never collide with them. */
  freeNames: Set<string>;
  /** Uses top-level await, so its function is async. */
  async: boolean;
}

export interface BundleOptions {
  /** Stop adding modules once the bundle reaches this many bytes. */
  targetBytes: number;
  /** Seed of the deterministic name shuffling. */
  seed?: number;
  /** Start a new line once the current one is longer than this. */
  maxLineLength?: number;
}

export interface Bundle {
  text: string;
  modules: number;
  /** How many times the whole corpus was repeated. */
  copies: number;
  /** Corpus files that could not be turned into a module (unparseable after transpiling). */
  skipped: string[];
}

const CODE_FILE = /\.(m|c)?(j|t)sx?$/i;
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

/** Every code file of every corpus case, in a stable order. */
export function readCorpusInputs(corpusDir: string): BundleInput[] {
  const inputs: BundleInput[] = [];
  for (const pkg of readdirSync(corpusDir).sort()) {
    const root = path.join(corpusDir, pkg);
    if (!statSync(root).isDirectory()) continue;
    for (const file of listCodeFiles(root, "")) inputs.push({ pkg, file, text: readFileSync(path.join(root, file), "utf8") });
  }
  return inputs;
}

function listCodeFiles(root: string, rel: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== "node_modules") out.push(...listCodeFiles(root, r));
    else if (entry.isFile() && CODE_FILE.test(entry.name) && !DECLARATION_FILE.test(entry.name)) out.push(r);
  }
  return out;
}

// Names a minifier leaves alone: renaming them would change what the code
// reaches (and what a scanner should recognise), even where a module also
// declares a local of the same name somewhere.
const KEEP_NAMES = new Set([
  "arguments", "require", "module", "exports", "process", "global", "globalThis", "console", "Buffer",
  "JSON", "Object", "Array", "String", "Number", "Boolean", "Promise", "Error", "Math", "Date", "RegExp",
  "Symbol", "Map", "Set", "URL", "URLSearchParams", "fetch", "setTimeout", "setInterval", "eval", "undefined",
]);

const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this " +
    "throw true try typeof var void while with yield await async of get set").split(" "),
);

/** Short names in the order a minifier hands them out: a..z, A..Z, _, $, then two characters. */
function* shortNames(): Generator<string> {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
  const rest = first + "0123456789";
  for (const c of first) yield c;
  for (let len = 2; ; len++) {
    const idx = new Array<number>(len).fill(0);
    for (;;) {
      let name = first[idx[0]];
      for (let i = 1; i < len; i++) name += rest[idx[i]];
      yield name;
      let k = len - 1;
      while (k >= 1 && ++idx[k] === rest.length) idx[k--] = 0;
      if (k === 0 && ++idx[0] === first.length) break;
    }
  }
}

/** The module wrapper's parameters and the loader's name, which locals must not shadow. */
const WRAPPER = { module: "e", exports: "t", load: "o" } as const;

/** Deterministic PRNG (mulberry32): same seed, same bundle. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ESM and TypeScript to CommonJS, the form a CJS bundle's module functions hold. */
function toCommonJs(input: BundleInput): string {
  // TypeScript keeps .mjs/.mts as ES modules whatever `module` says: hand it the plain extension.
  const out = ts.transpileModule(input.text, {
    fileName: input.file.replace(/\.m([jt]s)$/i, ".$1").replace(/\.c([jt]s)$/i, ".$1"),
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, removeComments: true, jsx: ts.JsxEmit.React, esModuleInterop: false },
  });
  return out.outputText.replace(/^#![^\n]*/, "");
}

function bindingNames(pattern: Node | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  switch (pattern.type) {
    case "Identifier":
      into.add(pattern.name);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties) bindingNames(p.type === "RestElement" ? p.argument : p.value, into);
      break;
    case "ArrayPattern":
      for (const e of pattern.elements) bindingNames(e, into);
      break;
    case "AssignmentPattern":
      bindingNames(pattern.left, into);
      break;
    case "RestElement":
      bindingNames(pattern.argument, into);
      break;
    default:
      break;
  }
}

function declaredNames(program: Node): Set<string> {
  const names = new Set<string>();
  walk(program, {
    enter(node) {
      switch (node.type) {
        case "VariableDeclarator":
          bindingNames(node.id, names);
          break;
        case "FunctionDeclaration":
        case "FunctionExpression":
        case "ArrowFunctionExpression":
          if (node.id) names.add(node.id.name);
          for (const p of node.params) bindingNames(p, names);
          break;
        case "ClassDeclaration":
        case "ClassExpression":
          if (node.id) names.add(node.id.name);
          break;
        case "CatchClause":
          bindingNames(node.param, names);
          break;
        default:
          break;
      }
    },
  });
  return names;
}

/** An identifier that names a property or label rather than a variable. */
function isNonVariablePosition(node: TSESTree.Identifier, parent: Node | undefined): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case "MemberExpression":
      return parent.property === node && !parent.computed;
    case "Property":
      return parent.key === node && !parent.computed && !parent.shorthand;
    case "MethodDefinition":
    case "PropertyDefinition":
      return parent.key === node && !parent.computed;
    case "LabeledStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return true;
    case "MetaProperty":
      return true;
    default:
      return false;
  }
}

type Rewrite = { kind: "name"; name: string; shorthandKey?: string } | { kind: "require"; end: number; specifier: string };

const TEMPLATE_TOKENS = new Set(["`", "template", "invalidTemplate", "${"]);
const WORD_CHAR = /[\p{ID_Continue}$\\\u200c\u200d]/u;

/** Whether two tokens written back to back would run together or change meaning. */
function needsSpace(prev: acorn.Token, prevText: string, next: acorn.Token, nextText: string): boolean {
  if (TEMPLATE_TOKENS.has(prev.type.label) || TEMPLATE_TOKENS.has(next.type.label)) return false;
  const a = prevText[prevText.length - 1];
  const b = nextText[0];
  if (WORD_CHAR.test(a) && WORD_CHAR.test(b)) return true;
  if ((a === "+" || a === "-") && b === a) return true;
  if (a === "/" && (b === "/" || b === "*")) return true;
  if (a === "<" && b === "!") return true;
  if (prev.type === acorn.tokTypes.num && b === ".") return true;
  return false;
}

/**
 * Parses one transpiled module inside its wrapper and turns it into pieces:
 * tokens without comments or whitespace, semicolons where ASI put them, local
 * names marked for mangling, relative requires marked for the module table.
 */
function prepareModule(code: string): PreparedPieces {
  try {
    return prepareWrapped(code, false);
  } catch (err) {
    // Top-level await: bundlers give such a module an async initializer.
    if (!/\bawait\b/.test(code)) throw err;
    return prepareWrapped(code, true);
  }
}

interface PreparedPieces {
  pieces: Piece[];
  locals: string[];
  freeNames: Set<string>;
  requires: string[];
  async: boolean;
}

function prepareWrapped(code: string, async: boolean): PreparedPieces {
  const wrapped = `(${async ? "async " : ""}function(module,exports){${code}\n})`;
  const tokens: acorn.Token[] = [];
  const semicolons = new Set<number>();
  const ast = acorn.parse(wrapped, {
    ecmaVersion: "latest",
    sourceType: "script",
    ranges: true,
    onToken: tokens,
    onInsertedSemicolon: (end) => semicolons.add(end),
  }) as unknown as TSESTree.Program;

  const declared = declaredNames(ast);
  for (const keep of KEEP_NAMES) declared.delete(keep);
  declared.add("module");
  declared.add("exports");

  const rewrites = new Map<number, Rewrite>();
  const freeNames = new Set<string>();
  const requires: string[] = [];
  walk(ast, {
    enter(node, parent) {
      if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length === 1) {
        const arg = node.arguments[0];
        if (arg.type === "Literal" && typeof arg.value === "string" && arg.value.startsWith(".")) {
          rewrites.set(node.range[0], { kind: "require", end: node.range[1], specifier: arg.value });
          requires.push(arg.value);
          return false;
        }
      }
      if (node.type !== "Identifier" || isNonVariablePosition(node, parent)) return;
      if (!declared.has(node.name)) {
        freeNames.add(node.name);
        return;
      }
      // A shorthand `{ a }` is visited as key and then as value at the same place: the key decides.
      if (rewrites.has(node.range[0])) return;
      const shorthand = parent?.type === "Property" && parent.shorthand && parent.key === node;
      rewrites.set(node.range[0], shorthand ? { kind: "name", name: node.name, shorthandKey: node.name } : { kind: "name", name: node.name });
    },
  });

  const pieces: Piece[] = [];
  const locals: string[] = [];
  const seenLocals = new Set<string>();
  let text = "";
  let prev: { token: acorn.Token; text: string } | undefined;
  const flush = () => {
    if (text) pieces.push({ kind: "text", text });
    text = "";
  };
  // Skip the wrapper `(function(module,exports){` and `})`: the bundle writes its own.
  const bodyStart = tokens.findIndex((t) => t.type === acorn.tokTypes.braceL);
  const closing = wrapped.lastIndexOf("}");
  const bodyEnd = tokens.findIndex((t) => t.start === closing);
  for (let i = bodyStart + 1; i < bodyEnd; i++) {
    const token = tokens[i];
    const rewrite = rewrites.get(token.start);
    let tokenText = wrapped.slice(token.start, token.end);
    let lastToken = token;
    if (rewrite?.kind === "require") {
      tokenText = "o(0)"; // stands for the spacing decision; the real id is filled per copy
      while (i + 1 < bodyEnd && tokens[i + 1].end <= rewrite.end) i++;
      lastToken = tokens[i];
    }
    if (prev && needsSpace(prev.token, prev.text, token, tokenText)) text += " ";
    if (rewrite?.kind === "require") {
      flush();
      pieces.push({ kind: "module", target: requires.indexOf(rewrite.specifier), specifier: rewrite.specifier });
    } else if (rewrite?.kind === "name" && token.type === acorn.tokTypes.name) {
      flush();
      pieces.push(rewrite.shorthandKey ? { kind: "name", name: rewrite.name, shorthandKey: rewrite.shorthandKey } : { kind: "name", name: rewrite.name });
      if (!seenLocals.has(rewrite.name)) {
        seenLocals.add(rewrite.name);
        locals.push(rewrite.name);
      }
    } else {
      text += tokenText;
    }
    if (semicolons.has(lastToken.end)) text += ";";
    prev = { token: lastToken, text: tokenText };
  }
  flush();
  return { pieces, locals, freeNames, requires, async };
}

/** Resolves `./x`, `./x.js` (written for `./x.ts`) and `./dir` the way Node and TypeScript would. */
function resolveRelative(fromFile: string, specifier: string, files: Map<string, number>): number | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  const stem = base.replace(/\.(m|c)?js$/i, "");
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.cts`, `${base}.js`, `${base}.ts`, `${base}/index.js`, `${base}/index.ts`];
  for (const c of candidates) {
    const id = files.get(c);
    if (id !== undefined) return id;
  }
  return undefined;
}

interface Prepared {
  modules: PreparedModule[];
  /** For each module, the module index each of its relative requires points at (or -1). */
  links: number[][];
  /** Index of each package's entry module. */
  entries: number[];
  skipped: string[];
}

function prepareAll(inputs: BundleInput[]): Prepared {
  const modules: PreparedModule[] = [];
  const requiresOf: string[][] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    try {
      const prepared = prepareModule(toCommonJs(input));
      modules.push({ pkg: input.pkg, file: input.file, pieces: prepared.pieces, locals: prepared.locals, freeNames: prepared.freeNames, async: prepared.async });
      requiresOf.push(prepared.requires);
    } catch (err) { if (process.env.BUNDLE_DEBUG) console.error(input.file, err);
      skipped.push(`${input.pkg}/${input.file}`);
    }
  }
  const byPackage = new Map<string, Map<string, number>>();
  modules.forEach((m, i) => {
    if (!byPackage.has(m.pkg)) byPackage.set(m.pkg, new Map());
    byPackage.get(m.pkg)!.set(m.file, i);
  });
  const links = modules.map((m, i) => requiresOf[i].map((spec) => resolveRelative(m.file, spec, byPackage.get(m.pkg)!) ?? -1));
  const entries = [...byPackage.values()].map((files) => Math.min(...files.values()));
  return { modules, links, entries, skipped };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One module's function under one mangling. */
function emitModule(m: PreparedModule, ids: number[], random: () => number): string {
  const names = new Map<string, string>([
    ["module", WRAPPER.module],
    ["exports", WRAPPER.exports],
  ]);
  const taken = new Set<string>([WRAPPER.module, WRAPPER.exports, WRAPPER.load, ...m.freeNames, ...KEEP_NAMES]);
  const gen = shortNames();
  for (const local of shuffled(m.locals.filter((l) => !names.has(l)), random)) {
    let short = gen.next().value as string;
    while (taken.has(short) || RESERVED.has(short)) short = gen.next().value as string;
    names.set(local, short);
  }
  let out = `${m.async ? "async " : ""}function(${WRAPPER.module},${WRAPPER.exports}){`;
  for (const piece of m.pieces) {
    if (piece.kind === "text") out += piece.text;
    else if (piece.kind === "name") out += piece.shorthandKey ? `${piece.shorthandKey}:${names.get(piece.name)}` : names.get(piece.name);
    // A relative require that leads outside the bundled code (a JSON file, say) stays a require.
    else out += ids[piece.target] >= 0 ? `${WRAPPER.load}(${ids[piece.target]})` : `require(${JSON.stringify(piece.specifier)})`;
  }
  return `${out}}`;
}

const LOADER = `var n={},r={};function ${WRAPPER.load}(i){var c=r[i];if(c!==void 0)return c.exports;var s=r[i]={exports:{}};return n[i].call(s.exports,s,s.exports),s.exports}`;

/**
 * Repeats the corpus, each copy mangled differently, until the bundle holds
 * `targetBytes`: a module table of functions inside one IIFE, entries loaded
 * at the end, lines broken only between modules.
 */
export function buildBundle(inputs: BundleInput[], options: BundleOptions): Bundle {
  const { modules, links, entries, skipped } = prepareAll(inputs);
  if (modules.length === 0) throw new Error("the corpus holds no module that could be bundled");
  const random = seededRandom(options.seed ?? 0x5eed);
  const maxLine = options.maxLineLength ?? 120_000;
  const head = `#!/usr/bin/env node\n"use strict";(()=>{${LOADER}n={`;
  const lines: string[] = [];
  let line = head;
  let bytes = head.length;
  let copies = 0;
  let emitted = 0;
  const loaded: number[] = [];
  // At least one whole copy of the corpus, however small the target.
  while (copies === 0 || bytes < options.targetBytes) {
    const base = copies * modules.length;
    for (let i = 0; i < modules.length && (copies === 0 || bytes < options.targetBytes); i++) {
      const ids = links[i].map((target) => (target >= 0 ? base + target : -1));
      const entry = `${emitted === 0 ? "" : ","}${base + i}:${emitModule(modules[i], ids, random)}`;
      if (line.length + entry.length > maxLine && line.length > 0) {
        lines.push(line);
        line = "";
      }
      line += entry;
      bytes += entry.length;
      emitted++;
      if (entries.includes(i)) loaded.push(base + i);
    }
    copies++;
  }
  line += `};${loaded.map((id) => `${WRAPPER.load}(${id})`).join(",")}})();`;
  lines.push(line);
  return { text: `${lines.join("\n")}\n`, modules: emitted, copies, skipped };
}
