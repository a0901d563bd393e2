// What programs a handler runs, when the code pins them: the program and the
// constant arguments it starts with (`kubectl get ...` → ["kubectl", "get"]),
// for every process the handler (or a branch of a dispatcher) starts. A
// wrapper that passes its own parameters on (`execFileSafe(file, args, opts)`
// calling `execFileSync(file, args, opts)`) is judged at each call the
// handler makes to it. Undefined when any process start is not pinned, so a
// rule can tell "runs `kubectl get`" from "runs something".
import type { TSESTree } from "@typescript-eslint/types";
import { isFunctionNode } from "./context.js";
import { assignedValues, declares } from "./local-values.js";
import { apiKeyOf } from "./reachable.js";
import { isIdentifier, propertyName, unwrapExpression, walk, type Node } from "../parse/ast.js";
import type { ConstantFolder } from "../program/constants.js";
import { commandRow } from "../../rules/models/commands.js";
import type { ParsedModule } from "../types.js";

/** One argument of a command line: its constant text, or undefined when the code does not pin it. */
export type CommandToken = string | undefined;
/** `["kubectl", "-n", undefined, "logs"]`: the program and the arguments up to the last the code pins at the start. */
export type Command = CommandToken[];

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
/**
 * A piece of an argument vector a function builds from what its callers
 * give: one element, a parameter spread in (an array, or a string split on
 * whitespace: `[...command.split(/\s+/), ...args]`), an array the code builds
 * at the call, or elements the scan cannot count.
 */
type ArgvPiece =
  | { kind: "token"; token: CommandToken }
  | { kind: "param"; index: number; words: boolean }
  | { kind: "vector"; node: Node; module: ParsedModule; scopes: readonly Node[] }
  | { kind: "unknown" };

/**
 * A function that starts a process from its own parameters: which carry the
 * program (or the program it pins) and the argv, either one parameter
 * (`argv: number`) or pieces built from several (`argv: ArgvPiece[]`).
 */
interface Wrapper {
  program: number | string;
  argv: number | ArgvPiece[] | undefined;
  calls: number;
}

const MAX_TOKENS = 6;

/**
 * The commands the given functions start, or undefined when one is not
 * pinned, when a wrapper is reached but never called where we can see, or
 * when `processApis` (what the handler can reach, engine included) holds a
 * process API none of the seen calls uses.
 */
export function commandsOf(folder: ConstantFolder, functions: readonly { node: Node; module: ParsedModule }[], isProcessApi: (api: string) => boolean, processApis: Iterable<string>): Command[] | undefined {
  const seenCalls = new Set<Node>();
  const seenApis = new Set<string>();
  const wrappers = new Map<Node, Wrapper>();
  const calls: { call: TSESTree.CallExpression; module: ParsedModule; scopes: Node[] }[] = [];
  const commands: Command[] = [];
  let pinned = true;
  for (const f of functions) {
    const scopes: Node[] = [];
    walk(f.node, {
      enter(n) {
        if (!pinned) return false;
        // A block is a scope too: `const args` declared in each branch of an `if` are different arrays.
        if (isFunctionNode(n) || n.type === "BlockStatement") scopes.push(n);
        if (n.type !== "CallExpression" || seenCalls.has(n)) return undefined;
        seenCalls.add(n);
        const api = apiKeyOf(folder, n.callee, f.module, 0);
        if (api === undefined || !isProcessApi(api)) {
          calls.push({ call: n, module: f.module, scopes: [...scopes] });
          return undefined;
        }
        // `child.kill()`, `child.stdin.write()`: a call on the process a start returned starts nothing.
        const started = /^(.*?)\.ReturnValue\b/.exec(api);
        if (started && isProcessApi(started[1])) return undefined;
        seenApis.add(api);
        const enclosing = carrierOf(scopes, n.arguments);
        const wrapper = enclosing ? (passedThrough(folder, n.arguments[0], n.arguments[1], enclosing, f.module) ?? builtFromParameters(folder, n.arguments[0], n.arguments[1], enclosing, f.module, scopes)) : undefined;
        if (wrapper && enclosing) {
          if (!wrappers.has(enclosing)) wrappers.set(enclosing, wrapper);
          return undefined;
        }
        const found = commandLines(folder, n.arguments[0], n.arguments[1], f.module, scopes);
        if (found) commands.push(...found);
        else pinned = false;
        return undefined;
      },
      leave(n) {
        if (isFunctionNode(n) || n.type === "BlockStatement") scopes.pop();
      },
    });
    if (!pinned) return undefined;
  }
  // Calls of wrappers; a call that passes its own function's parameters on makes that function a wrapper too.
  const targets = calls.map(({ call, module }) => {
    const callee = unwrapExpression(call.callee);
    return callee.type === "Identifier" || callee.type === "MemberExpression" ? folder.resolve(callee, module)?.node : undefined;
  });
  const judged = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    calls.forEach(({ call, module, scopes }, i) => {
      const wrapper = targets[i] && wrappers.get(targets[i]!);
      if (!wrapper || judged.has(i) || !pinned) return;
      judged.add(i);
      changed = true;
      wrapper.calls++;
      const programArg = typeof wrapper.program === "string" ? wrapper.program : call.arguments[wrapper.program];
      const enclosing = carrierOf(scopes, call.arguments);
      if (Array.isArray(wrapper.argv)) {
        const judged = builtAtCall(folder, programArg, wrapper.argv, call, enclosing, module, scopes);
        if (judged === undefined) pinned = false;
        else if (Array.isArray(judged)) commands.push(...judged);
        else if (enclosing && !wrappers.has(enclosing)) wrappers.set(enclosing, judged);
        return;
      }
      const argvArg = wrapper.argv === undefined ? undefined : call.arguments[wrapper.argv];
      const outer = enclosing ? (passedThrough(folder, programArg, argvArg, enclosing, module) ?? builtFromParameters(folder, programArg, argvArg, enclosing, module, scopes)) : undefined;
      if (outer && enclosing) {
        if (!wrappers.has(enclosing)) wrappers.set(enclosing, outer);
        return;
      }
      const found = commandLines(folder, programArg, argvArg, module, scopes);
      if (found) commands.push(...found);
      else pinned = false;
    });
  }
  if (!pinned) return undefined;
  if ([...wrappers.values()].some((w) => w.calls === 0)) return undefined;
  for (const api of processApis) if (isProcessApi(api) && !seenApis.has(api) && ![...seenApis].some((s) => api.startsWith(`${s}.`))) return undefined;
  return commands;
}

/**
 * The function whose parameters a call passes on: the innermost one, or an
 * outer one whose parameter a callback inside it uses (`new Promise((resolve)
 * => spawn(file, args))` inside `function run(file, args)`: each call of `run`
 * gives the values), when no scope in between declares the name again.
 */
function carrierOf(scopes: readonly Node[], args: readonly Node[]): FunctionNode | undefined {
  const names = args.flatMap((a) => {
    const u = a.type === "SpreadElement" ? a : unwrapExpression(a);
    return u.type === "Identifier" ? [u.name] : [];
  });
  const innermost = enclosingFunction(scopes);
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (isFunctionNode(scope) && (scope as FunctionNode).params.some((p) => names.some((n) => declares(p, n)))) return scope as FunctionNode;
    if (names.some((n) => assignedValues(scope, n) !== undefined)) return innermost;
  }
  return innermost;
}

function enclosingFunction(scopes: readonly Node[]): FunctionNode | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) if (isFunctionNode(scopes[i])) return scopes[i] as FunctionNode;
  return undefined;
}

/**
 * `execFileSync(file, args, options)` inside `function run(file, args, options)`,
 * or `execFileSync("kubectl", args)` inside `function kubectl(args)`: which
 * parameters carry the program (or which program it pins) and the argv.
 */
function passedThrough(folder: ConstantFolder, programArg: Node | string | undefined, argvArg: Node | undefined, fn: FunctionNode, module: ParsedModule): Wrapper | undefined {
  const position = (arg: Node | undefined): number | undefined => {
    if (!arg || arg.type === "SpreadElement") return undefined;
    const a = unwrapExpression(arg);
    if (a.type !== "Identifier") return undefined;
    const i = fn.params.findIndex((p) => declares(p, a.name));
    return i >= 0 ? i : undefined;
  };
  const programAt = typeof programArg === "string" ? undefined : position(programArg);
  const argv = position(argvArg);
  if (programAt === undefined && argv === undefined) return undefined;
  if (argvArg && argv === undefined) return undefined;
  const program = programAt ?? (typeof programArg === "string" ? programArg : programArg && programArg.type !== "SpreadElement" ? programName(folder, programArg, module, 0) : undefined);
  return program === undefined ? undefined : { program, argv, calls: 0 };
}

/** The command lines a program and an argument vector can be: one per way the vector is built. */
function commandLines(folder: ConstantFolder, programNode: Node | string | undefined, argvNode: Node | undefined, module: ParsedModule, scopes: readonly Node[]): Command[] | undefined {
  if (!programNode || (typeof programNode !== "string" && programNode.type === "SpreadElement")) return undefined;
  // `execa(line[0], line.slice(1))`: one array holds the whole command line, program first.
  const line = typeof programNode === "string" ? undefined : headOf(programNode);
  if (line) {
    if (!argvNode || argvNode.type === "SpreadElement" || !slicesFrom(argvNode, line.name, 1)) return undefined;
    const vectors = argumentVectors(folder, line, module, scopes, 0);
    if (!vectors || vectors.some((v) => v[0] === undefined || v[0].length === 0)) return undefined;
    return vectors.map(([program, ...rest]) => [baseName(program!), ...rest]);
  }
  const program = typeof programNode === "string" ? programNode : programName(folder, programNode, module, 0);
  if (program === undefined || program.length === 0) return undefined;
  // `exec("kubectl get pods")`, `execSync("wsl rm -rf /tmp/x", { encoding })`: a constant shell line, its first word the
  // program (a path with spaces in a folder name, `C:\\Program Files\\tool.exe`, is one program).
  const words = program.trim().split(/\s+/);
  if ((!argvNode || (argvNode.type !== "SpreadElement" && isOptionsObject(argvNode))) && words.length > 1 && (/\s/.test(baseName(program)) || baseName(words[0]) === words[0])) return /[;&|`$<>(){}]/.test(program) ? undefined : [[baseName(words[0]), ...words.slice(1)]];
  const name = baseName(program);
  if (!argvNode || (argvNode.type !== "SpreadElement" && isOptionsObject(argvNode))) return [[name]];
  if (argvNode.type === "SpreadElement") return undefined;
  const vectors = argumentVectors(folder, argvNode, module, scopes, 0);
  return vectors?.map((v) => [name, ...v]);
}

function baseName(program: string): string {
  return program.slice(Math.max(program.lastIndexOf("/"), program.lastIndexOf("\\")) + 1);
}

/** `line[0]`: the array `line` names. */
function headOf(node: Node): TSESTree.Identifier | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "MemberExpression" || !n.computed || n.property.type !== "Literal" || n.property.value !== 0) return undefined;
  const object = unwrapExpression(n.object);
  return object.type === "Identifier" ? object : undefined;
}

/** `name.slice(k)`: the array `name` without its first `k` elements. */
function slicesFrom(node: Node, name: string, k: number): boolean {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.arguments.length !== 1) return false;
  const callee = unwrapExpression(n.callee);
  const arg = n.arguments[0];
  return callee.type === "MemberExpression" && propertyName(callee) === "slice" && isIdentifier(unwrapExpression(callee.object), name) && arg.type === "Literal" && arg.value === k;
}

/**
 * The program's constant name; `process.env.KUBECTL_BIN ?? "kubectl"` is
 * kubectl (the user may point it at their own build, the model cannot).
 */
function programName(folder: ConstantFolder, node: Node, module: ParsedModule, depth: number): string | undefined {
  const constant = folder.string(node, module);
  if (constant !== undefined || depth > 3) return constant;
  const n = unwrapExpression(node);
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, module);
    return init ? programName(folder, init, module, depth + 1) : undefined;
  }
  if (n.type === "LogicalExpression" && n.operator !== "&&" && isEnvRead(n.left)) return programName(folder, n.right, module, depth + 1);
  // `findAdb()`: a package function that looks in a few places and returns a path to the same program from each.
  // A program found by a search must be one the command table knows: a vendor's own CLI found in its SDK folder
  // stays unpinned (what it does is unknown). One the function names outright (`"vendorctl"`, perhaps behind the
  // operator's env override) is that program.
  if (n.type === "CallExpression") {
    const names = new Set<string>();
    const how = { searched: false };
    const name = programPaths(folder, n, module, depth, names, how) && names.size === 1 ? [...names][0] : undefined;
    return name !== undefined && (commandRow(name) !== undefined || !how.searched) ? name : undefined;
  }
  return undefined;
}

/**
 * Adds to `names` the program (last path segment, without `.exe`) each path
 * a value can be: a constant, a `join(…, "adb")` whose last part is constant,
 * a local bound to one, a `for (const p of candidates)` variable over a list
 * of them, or what every `return` of a package function gives. False when
 * some value is none of these.
 */
function programPaths(folder: ConstantFolder, node: Node, module: ParsedModule, depth: number, names: Set<string>, how: { searched: boolean }): boolean {
  if (depth > 4) return false;
  const constant = folder.string(node, module);
  const add = (path: string) => {
    // `vendorctl.cmd` on Windows, `vendorctl` elsewhere: one program.
    const name = baseName(path).replace(/\.(exe|cmd|bat)$/i, "");
    if (name.length > 0) names.add(name);
    return name.length > 0;
  };
  if (constant !== undefined) return add(constant);
  const n = unwrapExpression(node);
  if (n.type === "ConditionalExpression") return programPaths(folder, n.consequent, module, depth + 1, names, how) && programPaths(folder, n.alternate, module, depth + 1, names, how);
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, module);
    if (init) return programPaths(folder, init, module, depth + 1, names, how);
    const declared = folder.declarationOf(n, module);
    if (declared?.parent.type !== "ForOfStatement" || declared.parent.left !== declared.binder) return false;
    let list = unwrapExpression(declared.parent.right);
    if (list.type === "Identifier") list = unwrapExpression(folder.initializerOf(list, module) ?? list);
    how.searched = true;
    return list.type === "ArrayExpression" && list.elements.length > 0 && list.elements.every((e) => e !== null && e.type !== "SpreadElement" && programPaths(folder, e, module, depth + 1, names, how));
  }
  if (n.type !== "CallExpression") return false;
  const callee = unwrapExpression(n.callee);
  if (/^(node:)?path(\/posix|\/win32)? Member\[(join|resolve)\]$/.test(apiKeyOf(folder, n.callee, module, 0) ?? "")) {
    const last = n.arguments[n.arguments.length - 1];
    const part = last && last.type !== "SpreadElement" ? folder.string(last, module) : undefined;
    how.searched = true;
    return part !== undefined && !/[\\/]$/.test(part) && add(part);
  }
  if (callee.type !== "Identifier" && callee.type !== "MemberExpression") return false;
  const target = folder.resolve(callee, module);
  if (!target || !isFunctionNode(target.node)) return false;
  const fn = target.node as FunctionNode;
  if (fn.body.type !== "BlockStatement") return programPaths(folder, fn.body, target.module, depth + 1, names, how);
  let returns = 0;
  let ok = true;
  walk(fn.body, {
    enter(r) {
      if (!ok || isFunctionNode(r)) return false;
      if (r.type === "ReturnStatement") {
        returns++;
        // `return override` where the override is the operator's env setting: their choice, not a program the code names.
        ok = r.argument !== null && r.argument !== undefined && (isOperatorChoice(folder, r.argument, fn, n, target.module, 0) || programPaths(folder, r.argument, target.module, depth + 1, names, how));
      }
      return undefined;
    },
  });
  return ok && returns > 0;
}

/**
 * A value only the operator sets: an env read, trimmed or not, also through
 * a local or a parameter whose default is one when the call leaves it out
 * (`function bin(override = process.env.VENDOR_BIN)` called as `bin()`).
 */
function isOperatorChoice(folder: ConstantFolder, node: Node, fn: FunctionNode, call: TSESTree.CallExpression, module: ParsedModule, depth: number): boolean {
  if (depth > 3) return false;
  const n = unwrapExpression(node);
  if (isEnvRead(n)) return true;
  if (n.type === "CallExpression" && n.arguments.length === 0) {
    const c = unwrapExpression(n.callee);
    return c.type === "MemberExpression" && ["trim", "trimStart", "trimEnd"].includes(propertyName(c) ?? "") && isOperatorChoice(folder, c.object, fn, call, module, depth + 1);
  }
  if (n.type !== "Identifier") return false;
  const at = parameterIndex(n, fn);
  if (at !== undefined) {
    const param = fn.params[at];
    const leftOut = call.arguments.length <= at && !call.arguments.some((a) => a.type === "SpreadElement");
    return leftOut && param.type === "AssignmentPattern" && isOperatorChoice(folder, param.right, fn, call, module, depth + 1);
  }
  const init = folder.initializerOf(n, module);
  return init !== undefined && isOperatorChoice(folder, init, fn, call, module, depth + 1);
}

function isEnvRead(n: Node): boolean {
  const u = unwrapExpression(n);
  if (u.type !== "MemberExpression") return false;
  const env = unwrapExpression(u.object);
  return env.type === "MemberExpression" && isIdentifier(env.object, "process") && propertyName(env) === "env";
}

function isOptionsObject(n: Node): boolean {
  return unwrapExpression(n).type === "ObjectExpression";
}

/** The leading arguments of each array a vector expression can be. */
function argumentVectors(folder: ConstantFolder, node: Node, module: ParsedModule, scopes: readonly Node[], depth: number): CommandToken[][] | undefined {
  if (depth > 4) return undefined;
  const n = unwrapExpression(node);
  if (n.type === "ArrayExpression") {
    const out: CommandToken[] = [];
    for (const el of n.elements) {
      if (!el || out.length >= MAX_TOKENS) break;
      if (el.type === "SpreadElement") {
        // `[..."jobs list".split(" "), id]`: a constant line split into its words.
        const subject = splitSubject(el.argument);
        const text = subject && folder.string(subject, module);
        if (text === undefined) break;
        out.push(...text.trim().split(/\s+/).filter((w) => w.length > 0));
        continue;
      }
      out.push(folder.string(el, module));
    }
    return [out.slice(0, MAX_TOKENS)];
  }
  if (n.type === "CallExpression") {
    // `line.slice(1)`: the array without its first words.
    const callee = unwrapExpression(n.callee);
    const from = n.arguments.length === 1 && n.arguments[0].type === "Literal" ? n.arguments[0].value : undefined;
    if (callee.type === "MemberExpression" && propertyName(callee) === "slice" && typeof from === "number" && from >= 0 && Number.isInteger(from)) {
      const whole = argumentVectors(folder, callee.object, module, scopes, depth + 1);
      return whole?.map((v) => v.slice(from));
    }
    // `args = addLogOptions(args, input)`: a helper that appends and returns its first argument keeps the head.
    const first = n.arguments[0];
    return first && first.type !== "SpreadElement" && returnsFirstParameter(folder, n, module) ? argumentVectors(folder, first, module, scopes, depth + 1) : undefined;
  }
  if (n.type !== "Identifier") return undefined;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (isFunctionNode(scope) && scope.params.some((p) => declares(p, n.name))) return undefined;
    const values = assignedValues(scope, n.name);
    if (values === undefined) continue;
    if (values.length === 0 || values.some((v) => v.elementsOf)) return undefined;
    // `args.unshift("xcrun", "simctl", "spawn", "booted")` (perhaps under a condition): the line with and without those words first.
    const prefix = headChange(folder, scope, n.name, module);
    if (prefix === null) return undefined;
    const out: CommandToken[][] = [];
    for (const v of values) {
      // `args = addLogOptions(args, input)` names the same array.
      const u = unwrapExpression(v.node);
      if (u.type === "CallExpression" && u.arguments[0] && isIdentifier(unwrapExpression(u.arguments[0]), n.name) && returnsFirstParameter(folder, u, module)) continue;
      const found = argumentVectors(folder, v.node, module, scopes.slice(0, i + 1), depth + 1);
      if (!found) return undefined;
      out.push(...found);
    }
    if (out.length === 0) return undefined;
    return prefix ? [...out, ...out.map((v) => [...prefix, ...v])] : out;
  }
  // A module-level constant list.
  const init = folder.initializerOf(n, module);
  return init ? argumentVectors(folder, init, module, [], depth + 1) : undefined;
}

/**
 * How the head of the array may change after it is built: undefined when it
 * cannot, the words of one `args.unshift("a", "b")` whose arguments are all
 * constant, null when anything else may (`args.splice(...)`, `args[0] = ...`,
 * `args.reverse()`, a second unshift, an unshift of a value the code does not pin).
 */
function headChange(folder: ConstantFolder, scope: Node, name: string, module: ParsedModule): string[] | null | undefined {
  let prefix: string[] | null | undefined;
  walk(scope, {
    enter(n) {
      if (prefix === null) return false;
      if (n.type === "CallExpression") {
        const c = unwrapExpression(n.callee);
        if (c.type !== "MemberExpression" || !isIdentifier(unwrapExpression(c.object), name) || c.property.type !== "Identifier") return undefined;
        if (c.property.name === "unshift") {
          const words = n.arguments.map((a) => (a.type === "SpreadElement" ? undefined : folder.string(a, module)));
          prefix = prefix === undefined && words.length > 0 && words.every((w) => w !== undefined) ? (words as string[]) : null;
        } else if (["splice", "reverse", "sort", "shift", "fill", "copyWithin"].includes(c.property.name)) prefix = null;
      } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression" && n.left.computed && isIdentifier(unwrapExpression(n.left.object), name)) prefix = null;
      return undefined;
    },
  });
  return prefix;
}

/** A package function whose every `return` gives back its first parameter. */
function returnsFirstParameter(folder: ConstantFolder, call: TSESTree.CallExpression, module: ParsedModule): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== "Identifier" && callee.type !== "MemberExpression") return false;
  const target = folder.resolve(callee, module);
  if (!target || !isFunctionNode(target.node)) return false;
  const fn = target.node as FunctionNode;
  const first = fn.params[0];
  if (!first || first.type !== "Identifier" || fn.body.type !== "BlockStatement") return false;
  let returns = 0;
  let others = false;
  walk(fn.body, {
    enter(n) {
      if (isFunctionNode(n)) return false;
      if (n.type === "ReturnStatement") {
        if (n.argument && isIdentifier(unwrapExpression(n.argument), first.name)) returns++;
        else others = true;
      }
      return undefined;
    },
  });
  return returns > 0 && !others;
}

/** The index of the parameter of `fn` the expression names, if it names one. */
function parameterIndex(node: Node, fn: FunctionNode): number | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "Identifier") return undefined;
  const i = fn.params.findIndex((p) => declares(p, n.name));
  return i >= 0 ? i : undefined;
}

/** The program a call names: the enclosing function's parameter that carries it, or its constant name. */
function programOf(folder: ConstantFolder, programArg: Node | string | undefined, fn: FunctionNode | undefined, module: ParsedModule): number | string | undefined {
  if (programArg === undefined || typeof programArg === "string") return programArg;
  if (programArg.type === "SpreadElement") return undefined;
  const at = fn ? parameterIndex(programArg, fn) : undefined;
  return at ?? programName(folder, programArg, module, 0);
}

/**
 * `const argv = [...command.trim().split(/\s+/), ...args]; execFile(bin, argv)`
 * inside `function run(command, args)`: the vector is built from the
 * function's parameters, so the function is a wrapper judged at each call.
 */
function builtFromParameters(folder: ConstantFolder, programArg: Node | string | undefined, argvArg: Node | undefined, fn: FunctionNode, module: ParsedModule, scopes: readonly Node[]): Wrapper | undefined {
  if (!argvArg || argvArg.type === "SpreadElement") return undefined;
  const pieces = piecesOf(folder, argvArg, fn, module, scopes, 0);
  if (!pieces.some((p) => p.kind === "param")) return undefined;
  const program = programOf(folder, programArg, fn, module);
  return program === undefined ? undefined : { program, argv: pieces, calls: 0 };
}

/**
 * A call of a wrapper whose vector is built from pieces: the pieces with the
 * call's arguments put in. Still built from the enclosing function's own
 * parameters: that function is a wrapper too. Otherwise the command lines it
 * runs, or undefined when the program is not pinned.
 */
function builtAtCall(folder: ConstantFolder, programArg: Node | string | undefined, template: readonly ArgvPiece[], call: TSESTree.CallExpression, fn: FunctionNode | undefined, module: ParsedModule, scopes: readonly Node[]): Command[] | Wrapper | undefined {
  const pieces = bindPieces(folder, template, call.arguments, fn, module, scopes);
  const program = programOf(folder, programArg, fn, module);
  if (program === undefined) return undefined;
  if (typeof program === "number" || pieces.some((p) => p.kind === "param")) return { program, argv: pieces, calls: 0 };
  if (program.length === 0) return undefined;
  const vectors = expandPieces(folder, pieces);
  return vectors?.map((v) => [baseName(program), ...v]);
}

/** The template's parameter pieces replaced by what the call passes, in terms of the enclosing function's parameters. */
function bindPieces(folder: ConstantFolder, template: readonly ArgvPiece[], args: readonly Node[], fn: FunctionNode | undefined, module: ParsedModule, scopes: readonly Node[]): ArgvPiece[] {
  const out: ArgvPiece[] = [];
  for (const piece of template) {
    if (piece.kind !== "param") {
      out.push(piece);
      continue;
    }
    const arg = args[piece.index];
    // A spread argument before it moves every later one: what lands in the parameter is unknown.
    if (!arg || args.slice(0, piece.index + 1).some((a) => a.type === "SpreadElement")) out.push({ kind: "unknown" });
    else out.push(...(piece.words ? wordsOf(folder, arg, fn, module) : piecesOf(folder, arg, fn, module, scopes, 0)));
  }
  return out;
}

/** The words of a string split on whitespace: constant words, the enclosing function's parameter, or words the scan cannot count. */
function wordsOf(folder: ConstantFolder, node: Node, fn: FunctionNode | undefined, module: ParsedModule): ArgvPiece[] {
  const at = fn ? parameterIndex(node, fn) : undefined;
  if (at !== undefined) return [{ kind: "param", index: at, words: true }];
  const text = folder.string(node, module);
  if (text === undefined) return [{ kind: "unknown" }];
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((token) => ({ kind: "token", token }));
}

/** The pieces of an argument vector expression, in terms of the enclosing function's parameters. */
function piecesOf(folder: ConstantFolder, node: Node, fn: FunctionNode | undefined, module: ParsedModule, scopes: readonly Node[], depth: number): ArgvPiece[] {
  const n = unwrapExpression(node);
  const at = fn ? parameterIndex(n, fn) : undefined;
  if (at !== undefined) return [{ kind: "param", index: at, words: false }];
  if (n.type === "ArrayExpression") {
    const out: ArgvPiece[] = [];
    for (const el of n.elements) {
      if (!el) out.push({ kind: "token", token: undefined });
      else if (el.type !== "SpreadElement") out.push({ kind: "token", token: folder.string(el, module) });
      else {
        const subject = splitSubject(el.argument);
        out.push(...(subject ? wordsOf(folder, subject, fn, module) : piecesOf(folder, el.argument, fn, module, scopes, depth + 1)));
      }
    }
    return out;
  }
  // A local built once whose head nothing changes afterwards (a later `push` only adds after what is pinned).
  if (n.type === "Identifier" && depth < 4) {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const scope = scopes[i];
      if (isFunctionNode(scope) && scope.params.some((p) => declares(p, n.name))) break;
      const values = assignedValues(scope, n.name);
      if (values === undefined) continue;
      if (values.length === 1 && !values[0].elementsOf && headChange(folder, scope, n.name, module) === undefined) return piecesOf(folder, values[0].node, fn, module, scopes.slice(0, i + 1), depth + 1);
      break;
    }
  }
  return [{ kind: "vector", node: n, module, scopes }];
}

/** `text.split(/\s+/)`, `text.trim().split(" ")`: the string split into words, or undefined for anything else. */
function splitSubject(node: Node): Node | undefined {
  const n = unwrapExpression(node);
  if (n.type !== "CallExpression" || n.arguments.length !== 1) return undefined;
  const callee = unwrapExpression(n.callee);
  if (callee.type !== "MemberExpression" || propertyName(callee) !== "split") return undefined;
  const sep = n.arguments[0];
  const whitespace = sep.type === "Literal" && (("regex" in sep && sep.regex !== undefined && /^(\\s|\[ \\t\]| )[+*]?$/.test(sep.regex.pattern)) || (typeof sep.value === "string" && /^ +$/.test(sep.value)));
  if (!whitespace) return undefined;
  let subject = unwrapExpression(callee.object);
  // `.trim()` changes no word.
  while (subject.type === "CallExpression" && subject.arguments.length === 0) {
    const c = unwrapExpression(subject.callee);
    if (c.type !== "MemberExpression" || !["trim", "trimStart", "trimEnd"].includes(propertyName(c) ?? "")) break;
    subject = unwrapExpression(c.object);
  }
  return subject;
}

/**
 * The leading arguments each expanded vector can be. Pieces past one the scan
 * cannot read are not pinned (an undefined token ends the line: words split
 * from a string the code does not fix are chosen at run time); a vector that
 * starts with an array the scan cannot read is not pinned at all.
 */
function expandPieces(folder: ConstantFolder, pieces: readonly ArgvPiece[]): CommandToken[][] | undefined {
  let lines: CommandToken[][] = [[]];
  const capped = () => lines.map((l) => l.slice(0, MAX_TOKENS));
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === "token") {
      lines.forEach((l) => l.push(piece.token));
      continue;
    }
    const vectors = piece.kind === "vector" ? argumentVectors(folder, piece.node, piece.module, piece.scopes, 0) : undefined;
    if (!vectors || vectors.length === 0) {
      if (i === 0 && piece.kind === "vector") return undefined;
      lines.forEach((l) => l.push(undefined));
      return capped();
    }
    const more = i < pieces.length - 1 ? [undefined] : [];
    lines = lines.flatMap((l) => vectors.map((v) => [...l, ...v, ...more]));
    return capped();
  }
  return capped();
}
