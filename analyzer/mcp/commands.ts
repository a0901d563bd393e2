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
/** A function that starts a process from its own parameters: which carry the program (or the program it pins) and the argv. */
interface Wrapper {
  program: number | string;
  argv: number | undefined;
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
        seenApis.add(api);
        const enclosing = enclosingFunction(scopes);
        const wrapper = enclosing && isFunctionNode(enclosing) ? passedThrough(folder, n.arguments[0], n.arguments[1], enclosing, f.module) : undefined;
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
      const argvArg = wrapper.argv === undefined ? undefined : call.arguments[wrapper.argv];
      const enclosing = enclosingFunction(scopes);
      const outer = enclosing && isFunctionNode(enclosing) ? passedThrough(folder, programArg, argvArg, enclosing, module) : undefined;
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
  const name = baseName(program);
  // `exec("kubectl get pods")`: a constant shell line.
  if (!argvNode && /\s/.test(name)) return /[;&|`$<>(){}]/.test(name) ? undefined : [name.trim().split(/\s+/)];
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
  // Only a program the command table knows: a vendor's own CLI found in its SDK folder stays unpinned (what it does is unknown).
  if (n.type === "CallExpression") {
    const names = new Set<string>();
    const name = programPaths(folder, n, module, depth, names) && names.size === 1 ? [...names][0] : undefined;
    return name !== undefined && commandRow(name) !== undefined ? name : undefined;
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
function programPaths(folder: ConstantFolder, node: Node, module: ParsedModule, depth: number, names: Set<string>): boolean {
  if (depth > 4) return false;
  const constant = folder.string(node, module);
  const add = (path: string) => {
    const name = baseName(path).replace(/\.exe$/i, "");
    if (name.length > 0) names.add(name);
    return name.length > 0;
  };
  if (constant !== undefined) return add(constant);
  const n = unwrapExpression(node);
  if (n.type === "Identifier") {
    const init = folder.initializerOf(n, module);
    if (init) return programPaths(folder, init, module, depth + 1, names);
    const declared = folder.declarationOf(n, module);
    if (declared?.parent.type !== "ForOfStatement" || declared.parent.left !== declared.binder) return false;
    let list = unwrapExpression(declared.parent.right);
    if (list.type === "Identifier") list = unwrapExpression(folder.initializerOf(list, module) ?? list);
    return list.type === "ArrayExpression" && list.elements.length > 0 && list.elements.every((e) => e !== null && e.type !== "SpreadElement" && programPaths(folder, e, module, depth + 1, names));
  }
  if (n.type !== "CallExpression") return false;
  const callee = unwrapExpression(n.callee);
  if (/^(node:)?path(\/posix|\/win32)? Member\[(join|resolve)\]$/.test(apiKeyOf(folder, n.callee, module, 0) ?? "")) {
    const last = n.arguments[n.arguments.length - 1];
    const part = last && last.type !== "SpreadElement" ? folder.string(last, module) : undefined;
    return part !== undefined && !/[\\/]$/.test(part) && add(part);
  }
  if (callee.type !== "Identifier" && callee.type !== "MemberExpression") return false;
  const target = folder.resolve(callee, module);
  if (!target || !isFunctionNode(target.node)) return false;
  const fn = target.node as FunctionNode;
  if (fn.body.type !== "BlockStatement") return programPaths(folder, fn.body, target.module, depth + 1, names);
  let returns = 0;
  let ok = true;
  walk(fn.body, {
    enter(r) {
      if (!ok || isFunctionNode(r)) return false;
      if (r.type === "ReturnStatement") {
        returns++;
        ok = r.argument !== null && r.argument !== undefined && programPaths(folder, r.argument, target.module, depth + 1, names);
      }
      return undefined;
    },
  });
  return ok && returns > 0;
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
      if (!el || el.type === "SpreadElement" || out.length >= MAX_TOKENS) break;
      out.push(folder.string(el, module));
    }
    return [out];
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
