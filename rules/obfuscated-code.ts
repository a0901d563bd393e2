// obfuscated-code: code written so that a reader cannot see what it does.
// Minifiers shorten names and drop whitespace; they do not hide strings in
// rotated arrays, escape plain ASCII, decode text and evaluate it, or push code
// past the right edge of the screen. Those are the signs this rule reads, so a
// minified bundle stays silent while obfuscator output does not.
import type { TSESTree } from "@typescript-eslint/types";
import { isMemberCall, locationOf, propertyName, unwrapExpression, walk } from "../analyzer/parse/ast.js";
import type { Location, ParsedModule } from "../analyzer/types.js";
import type { Rule, RuleContext } from "./types.js";
import { calleeApi } from "./util/module-apis.js";
import { folderFor } from "./util/outbound.js";
import type { ConstantFolder } from "../analyzer/program/constants.js";
import { lineAt } from "./util/manifest-location.js";
import { readableApi } from "./util/script-reach.js";

type Node = TSESTree.Node;

/** Names javascript-obfuscator and its clones give everything: `_0x3f2a1c`. */
const HEX_NAME = /^_0x[0-9a-f]{3,}$/i;
/** Distinct `_0x` names that make a module obfuscator output even without the rotation loop. */
const HEX_NAMES_THRESHOLD = 12;
/** `\x72` / `\u0072` / `\u{72}` escapes. */
const ESCAPE = /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}/g;
/** Escaped printable ASCII characters in one module that make a hidden string table. */
const ESCAPED_ASCII_THRESHOLD = 64;
/** Whitespace run after which code on the same line is off any screen. */
const FAR_RIGHT_SPACES = 150;

/** Where eval-like APIs run a string as code. */
const EVAL_APIS = /^(global Member\[(eval|Function)\]|vm Member\[(runInNewContext|runInThisContext|runInContext|compileFunction|Script)\])$/;

interface ModuleSigns {
  hexNames: Set<string>;
  firstHexName?: Node;
  /** `arr.push(arr.shift())`: the string-array rotation loop. */
  rotation?: Node;
  escapedAscii: number;
  firstEscaped?: Node;
  /** String literal and template ranges: far-right whitespace inside them is data, not hidden code. */
  stringRanges: [number, number][];
}

/** How many of a literal's raw escapes encode printable ASCII (which never needs escaping). */
function escapedAsciiCount(raw: string): number {
  let n = 0;
  for (const m of raw.matchAll(ESCAPE)) {
    const code = parseInt(m[1] ?? m[2] ?? m[3], 16);
    if (code >= 0x30 && code <= 0x7a && /[0-9A-Za-z]/.test(String.fromCharCode(code))) n++;
  }
  return n;
}

/**
 * Whether an expression decodes text: base64/hex buffers, atob, char codes,
 * unescape, inflate. Follows a name only to the declaration it is bound to in
 * its scope, one hop at a time: in a bundle, `e` or `r` is declared thousands
 * of times, and a decoded `r` in one function says nothing about the `r` of
 * another. Source text built from constant strings and loop counters (code
 * generated over argument counts) has no decoder and so is not reported.
 */
function decodes(expr: Node, module: ParsedModule, folder: ConstantFolder, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  let found: string | undefined;
  walk(expr, {
    enter(node) {
      if (found) return false;
      if (node.type === "CallExpression") {
        const api = calleeApi(node, module);
        if (api === "global Member[atob]") found = "atob";
        else if (api && /^global Member\[Buffer\]\.Member\[from\]$/.test(api) && node.arguments[1] && /^(base64|base64url|hex)$/.test(String((unwrapExpression(node.arguments[1]) as TSESTree.Literal).value ?? ""))) found = `Buffer.from(…, "${String((unwrapExpression(node.arguments[1]) as TSESTree.Literal).value)}")`;
        else if (api && /^zlib Member\[(inflateSync|gunzipSync|inflateRawSync|brotliDecompressSync|unzipSync)\]$/.test(api)) found = readableApi(api);
        else if (node.callee.type === "MemberExpression" && propertyName(node.callee) === "fromCharCode") found = "String.fromCharCode";
      }
      if (node.type === "Identifier") {
        const init = folder.declaredInitializerOf(node, module);
        if (init && init !== expr) {
          const inner = decodes(init, module, folder, depth + 1);
          if (inner) found = inner;
        }
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Whether `_compile` is called on a Node `Module` (the CommonJS loader, which
 * compiles its text argument as a module body): the free `module` of a
 * CommonJS file, `new Module(…)` / `new module.constructor(…)` with `Module`
 * from the `module` builtin, or a name bound to one of those. A `_compile`
 * method on `this` or on any other object is that object's own method (schema
 * validators and template engines have one), not the code loader.
 */
function isNodeModuleObject(expr: Node, module: ParsedModule, folder: ConstantFolder, depth = 0): boolean {
  const n = unwrapExpression(expr);
  if (n.type === "Identifier") {
    if (n.name === "module" && !folder.isDeclared(n, module)) return true;
    const init = depth < 3 ? folder.declaredInitializerOf(n, module) : undefined;
    return !!init && isNodeModuleObject(init, module, folder, depth + 1);
  }
  if (n.type !== "NewExpression") return false;
  const callee = unwrapExpression(n.callee);
  // new module.constructor(…): the Module class reached from the free `module`.
  if (callee.type === "MemberExpression" && propertyName(callee) === "constructor") return isNodeModuleObject(callee.object, module, folder, depth + 1);
  const api = calleeApi(n, module);
  return !!api && /^module( Member\[Module\])?$/.test(api);
}

const stateOf = new WeakMap<RuleContext, Map<ParsedModule, ModuleSigns>>();

export const obfuscatedCode: Rule = {
  meta: {
    id: "obfuscated-code",
    title: "Obfuscated code",
    defaultSeverity: "high",
    threat: "malicious-server",
    cwe: [506],
    summary: "Code is written to hide what it does: obfuscator string tables, escaped strings, decoded payloads that are run, code pushed off screen.",
    description:
      "Obfuscator output (rotated `_0x` string arrays and their decoder), string tables of escaped plain ASCII, `eval`/`Function`/`vm` of text decoded from base64, hex or char codes, and code hidden far to the right of a line after a long run of spaces. Honest packages ship readable or minified code; minification shortens names but never hides strings or what runs.",
    help: [
      "**Why it matters.** Obfuscation defeats review: the strings that name hosts, files and environment variables are encrypted, and a decoder runs the real code at load time. Malicious npm packages use it to hide droppers and stealers, and to hide a single line of payload in an otherwise honest file.",
      "",
      "**How to fix.** Publish readable or plainly minified code with a source map. If a vendor ships obfuscated code for licensing reasons, keep it out of the MCP server's process.",
      "",
      "```js",
      "eval(Buffer.from(PAYLOAD, 'base64').toString());   // what runs is unreadable",
      "```",
      "",
      "Not reported: minified bundles (short names, no whitespace), escaped non-ASCII text (Unicode tables), ordinary base64 data that is decoded but not run, `Function` source generated from constant strings and counters, and a `_compile` method of any object other than a Node `Module` (the CommonJS loader).",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const signs = new Map<ParsedModule, ModuleSigns>();
    stateOf.set(ctx, signs);
    const folder = folderFor(ctx.program);
    const signsOf = (m: ParsedModule) => {
      let s = signs.get(m);
      if (!s) {
        s = { hexNames: new Set(), escapedAscii: 0, stringRanges: [] };
        signs.set(m, s);
      }
      return s;
    };
    const onCall = (call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule) => {
      // arr.push(arr.shift()) / arr['push'](arr['shift']()): the rotation loop of a string array.
      if (call.type === "CallExpression" && isMemberCall(call, undefined, "push") && call.arguments.length === 1) {
        const arg = unwrapExpression(call.arguments[0]);
        if (isMemberCall(arg, undefined, "shift") && call.callee.type === "MemberExpression" && arg.callee.type === "MemberExpression" && sameText(call.callee.object, arg.callee.object, module)) {
          const s = signsOf(module);
          s.rotation ??= call;
        }
      }
      const api = calleeApi(call, module);
      const isModuleCompile = call.callee.type === "MemberExpression" && propertyName(call.callee) === "_compile" && isNodeModuleObject(call.callee.object, module, folder);
      if (!(api && EVAL_APIS.test(api)) && !isModuleCompile) return;
      for (const arg of call.arguments) {
        const decoder = decodes(arg, module, folder);
        if (!decoder) continue;
        const what = isModuleCompile ? "module._compile" : readableApi(api!);
        ctx.report({
          message: `${what} runs text decoded with ${decoder}: the code that runs cannot be read in the package`,
          location: locationOf(module.path, call),
          fix: "Do not install a package that decodes and runs hidden code; ask the author for readable source.",
          fingerprintKey: `decoded-eval|${what}|${decoder}`,
          properties: { sign: "decoded-eval", decoder },
        });
        return;
      }
    };
    return {
      Identifier(node, module) {
        // Every identifier of the program comes here: a character test before the pattern.
        if (node.name.charCodeAt(0) !== 95 /* _ */ || !HEX_NAME.test(node.name)) return;
        const s = signsOf(module);
        s.hexNames.add(node.name);
        s.firstHexName ??= node;
      },
      Literal(node, module) {
        if (typeof node.value !== "string") return;
        const s = signsOf(module);
        s.stringRanges.push(node.range);
        const raw = node.raw;
        if (raw.length < 8 || !raw.includes("\\")) return;
        const n = escapedAsciiCount(raw);
        if (n === 0) return;
        s.escapedAscii += n;
        if (n >= 4) s.firstEscaped ??= node;
      },
      TemplateLiteral(node, module) {
        signsOf(module).stringRanges.push(node.range);
      },
      CallExpression: onCall,
      NewExpression: onCall,
    };
  },
  check(ctx) {
    const signs = stateOf.get(ctx) ?? new Map<ParsedModule, ModuleSigns>();
    for (const module of ctx.program.modules) {
      const s = signs.get(module);
      if (s) reportModuleSigns(ctx, module, s);
      reportFarRight(ctx, module, s?.stringRanges ?? []);
    }
  },
};

function sameText(a: Node, b: Node, module: ParsedModule): boolean {
  return module.text.slice(a.range[0], a.range[1]) === module.text.slice(b.range[0], b.range[1]);
}

function reportModuleSigns(ctx: RuleContext, module: ParsedModule, s: ModuleSigns): void {
  if (s.rotation || s.hexNames.size >= HEX_NAMES_THRESHOLD) {
    const at = s.rotation ?? s.firstHexName!;
    const parts = [s.rotation ? "a rotated string array (`push(shift())`)" : "", s.hexNames.size > 0 ? `${s.hexNames.size} \`_0x\` names` : ""].filter(Boolean);
    ctx.report({
      message: `${module.path} is obfuscator output: ${parts.join(" and ")}; its strings and control flow are hidden from review`,
      location: locationOf(module.path, at),
      fix: "Do not install a package whose code is obfuscated; ask the author for readable source.",
      fingerprintKey: `obfuscator|${module.path}`,
      properties: { sign: "obfuscator", hexNames: s.hexNames.size, rotation: !!s.rotation },
    });
  }
  if (s.escapedAscii >= ESCAPED_ASCII_THRESHOLD && s.firstEscaped) {
    ctx.report({
      message: `${module.path} hides ${s.escapedAscii} plain ASCII characters behind \\x/\\u escapes in its strings: text no tool needs escaped, written so a reader cannot see it`,
      location: locationOf(module.path, s.firstEscaped),
      fix: "Decode the strings and read what they name before installing; honest code writes ASCII as ASCII.",
      fingerprintKey: `escaped-strings|${module.path}`,
      properties: { sign: "escaped-strings", escapedCharacters: s.escapedAscii },
    });
  }
}

/** Code after a long run of spaces or tabs on one line: invisible in an editor without scrolling far right. */
function reportFarRight(ctx: RuleContext, module: ParsedModule, stringRanges: [number, number][]): void {
  const re = new RegExp(`[ \\t]{${FAR_RIGHT_SPACES},}(?=[^\\s])`, "g");
  for (const m of module.text.matchAll(re)) {
    const at = m.index + m[0].length;
    if (stringRanges.some(([a, b]) => at > a && at < b)) continue;
    const rest = module.text.slice(at, at + 2);
    if (rest === "//" || rest === "/*" || rest.startsWith("*")) continue;
    // Only code: prose in a comment block does not call, assign or end statements.
    const tail = module.text.slice(at, module.text.indexOf("\n", at) < 0 ? undefined : module.text.indexOf("\n", at));
    if (!/[(=;]/.test(tail)) continue;
    const line = lineAt(module.text, at);
    const lineStart = module.text.lastIndexOf("\n", at - 1) + 1;
    const location: Location = { file: module.path, line, column: at - lineStart + 1 };
    ctx.report({
      message: `${module.path}:${line} has code after ${m[0].length} blanks on one line, beyond the right edge of any editor: hidden from review`,
      location,
      fix: "Look at the whole line (e.g. with `cut -c150-`) before installing; honest code never hides past the margin.",
      fingerprintKey: `far-right|${module.path}`,
      properties: { sign: "far-right", blanks: m[0].length },
    });
    return;
  }
}
