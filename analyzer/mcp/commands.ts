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
        if (isFunctionNode(n)) scopes.push(n);
        if (n.type !== "CallExpression" || seenCalls.has(n)) return undefined;
        seenCalls.add(n);
        const api = apiKeyOf(folder, n.callee, f.module, 0);
        if (api === undefined || !isProcessApi(api)) {
          calls.push({ call: n, module: f.module, scopes: [...scopes] });
          return undefined;
        }
        seenApis.add(api);
        const enclosing = scopes[scopes.length - 1];
        const wrapper = enclosing && isFunctionNode(enclosing) ? passedThrough(folder, n.arguments[0], n.arguments[1], enclosing, f.module) : undefined;
        if (wrapper) {
          if (!wrappers.has(enclosing)) wrappers.set(enclosing, wrapper);
          return undefined;
        }
        const found = commandLines(folder, n.arguments[0], n.arguments[1], f.module, scopes);
        if (found) commands.push(...found);
        else pinned = false;
        return undefined;
      },
      leave(n) {
        if (isFunctionNode(n)) scopes.pop();
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
      const enclosing = scopes[scopes.length - 1];
      const outer = enclosing && isFunctionNode(enclosing) ? passedThrough(folder, programArg, argvArg, enclosing, module) : undefined;
      if (outer) {
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
  const program = typeof programNode === "string" ? programNode : programName(folder, programNode, module, 0);
  if (program === undefined || program.length === 0) return undefined;
  const name = program.slice(Math.max(program.lastIndexOf("/"), program.lastIndexOf("\\")) + 1);
  // `exec("kubectl get pods")`: a constant shell line.
  if (!argvNode && /\s/.test(name)) return /[;&|`$<>(){}]/.test(name) ? undefined : [name.trim().split(/\s+/)];
  if (!argvNode || (argvNode.type !== "SpreadElement" && isOptionsObject(argvNode))) return [[name]];
  if (argvNode.type === "SpreadElement") return undefined;
  const vectors = argumentVectors(folder, argvNode, module, scopes, 0);
  return vectors?.map((v) => [name, ...v]);
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
  return undefined;
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
    if (values.length === 0 || values.some((v) => v.elementsOf) || reordered(scope, n.name)) return undefined;
    const out: CommandToken[][] = [];
    for (const v of values) {
      // `args = addLogOptions(args, input)` names the same array.
      const u = unwrapExpression(v.node);
      if (u.type === "CallExpression" && u.arguments[0] && isIdentifier(unwrapExpression(u.arguments[0]), n.name) && returnsFirstParameter(folder, u, module)) continue;
      const found = argumentVectors(folder, v.node, module, scopes.slice(0, i + 1), depth + 1);
      if (!found) return undefined;
      out.push(...found);
    }
    return out.length > 0 ? out : undefined;
  }
  // A module-level constant list.
  const init = folder.initializerOf(n, module);
  return init ? argumentVectors(folder, init, module, [], depth + 1) : undefined;
}

/** `args.unshift(...)`, `args.splice(...)`, `args[0] = ...`, `args.reverse()`: the head may change. */
function reordered(scope: Node, name: string): boolean {
  let found = false;
  walk(scope, {
    enter(n) {
      if (found) return false;
      if (n.type === "CallExpression") {
        const c = unwrapExpression(n.callee);
        if (c.type === "MemberExpression" && isIdentifier(unwrapExpression(c.object), name) && c.property.type === "Identifier" && ["unshift", "splice", "reverse", "sort", "shift", "fill", "copyWithin"].includes(c.property.name)) found = true;
      } else if (n.type === "AssignmentExpression" && n.left.type === "MemberExpression" && n.left.computed && isIdentifier(unwrapExpression(n.left.object), name)) found = true;
      return undefined;
    },
  });
  return found;
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
