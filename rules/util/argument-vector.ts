// Reading an argument vector passed to execFile/spawn: is it really a shell
// line (`sh -c ...`), and can an untrusted element be read as an option?
import type { TSESTree } from "@typescript-eslint/types";
import { stringLiteralValue, unwrapExpression, walk } from "../../analyzer/parse/ast.js";
import type { Flow, SinkHit, TaintResult } from "../../analyzer/taint/spec.js";
import { endsOptionList, launchesWithOption, readsNextAsValue, runsOperandsAsCode, runsScriptFile } from "../models/commands.js";
import { functionsAround } from "./functions-around.js";

/** Programs that parse their `-c` argument as a shell line. */
const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh", "ash", "fish", "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "pwsh.exe"]);
/** The flag that makes a shell take the next argument as its script. */
const SCRIPT_FLAGS = new Set(["-c", "/c", "/C", "-Command", "-command", "-lc", "-ec", "-ic"]);

export type VectorRisk =
  /**
   * `spawn("sh", ["-c", x])`: x is a shell line. `scriptStartsWithValue` when the script element is seen and
   * no constant text of the code comes before the value in it (`["-c", command]`, not `["-c", `git log ${x}`]`).
   */
  | { kind: "shell"; shell: string; scriptStartsWithValue?: boolean }
  /**
   * A non-constant element can start with `-` and no `--` precedes it; `program` when the code names it.
   * `toScript` names the interpreter when it follows that interpreter's script file (`python3 tool.py ARG`): the script reads it, not the interpreter.
   */
  | { kind: "option"; index: number | undefined; program?: string; subcommand?: string; before?: string[]; toScript?: string }
  /** Every non-constant element is after `--` or starts with a constant prefix. */
  | { kind: "safe" };

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return p.slice(i + 1);
}

/** The constant text an element starts with, when it starts with one: `--ref=${x}` → `--ref=`. */
function constantPrefix(node: TSESTree.Node, taint: TaintResult, module: SinkHit["module"]): string | undefined {
  const n = unwrapExpression(node);
  const lit = stringLiteralValue(n);
  if (lit !== undefined) return lit;
  if (n.type === "TemplateLiteral") return n.quasis[0].value.cooked || undefined;
  if (n.type === "BinaryExpression" && n.operator === "+") return constantPrefix(n.left, taint, module);
  const constants = taint.constantsOf(n, module);
  return constants.length > 0 && constants.every((c) => c.length > 0) ? commonPrefix(constants) || undefined : undefined;
}

function commonPrefix(values: string[]): string {
  let p = values[0];
  for (const v of values) while (!v.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/**
 * Judges the call's argument vector (`Argument[1]`). An element counts as
 * unable to start with `-` when it starts with a constant that does not.
 */
export function argumentVectorRisk(hit: SinkHit, taint: TaintResult, flow?: Flow): VectorRisk {
  if (hit.node.type === "TaggedTemplateExpression") return templateRisk(hit.node, hit, taint, flow);
  if (hit.node.type !== "CallExpression" && hit.node.type !== "NewExpression") return { kind: "option", index: undefined };
  const [program, vector] = hit.node.arguments;
  const programNames = program ? taint.constantsOf(program, hit.module).map(basename) : [];
  const shell = programNames.find((p) => SHELLS.has(p));
  const array = vector ? unwrapExpression(vector) : undefined;
  // Built elsewhere: we cannot see a `--`; a shell launcher still takes a script.
  const elsewhere: VectorRisk = shell ? { kind: "shell", shell } : { kind: "option", index: undefined, program: programNames[0] };
  const local = array && array.type !== "ArrayExpression" ? localVectorElements(array, hit.node, hit.module) : undefined;
  const elements = array?.type === "ArrayExpression" ? array.elements : local?.elements;
  if (!elements) return elsewhere;
  let sawScriptFlag = false;
  // The program that reads the element: a launcher or interpreter (`npx pkg …`, `node script.js …`, `sudo cmd …`)
  // hands every argument after its first operand to the program that operand names.
  let reader: string | undefined = programNames[0];
  let launched = !runsOperandsAsCode(reader);
  // Past an interpreter's script file (`python3 tool.py …`): the script reads the rest, its options unknown, the interpreter's out of reach.
  let toScript: string | undefined;
  // The elements written with the flow's argument (`pattern`, `String(limit)`, `glob ?? "*"`); others (a folder from the
  // environment) are the code's. When none names it (built in a variable), every element is judged.
  const fields = fieldsOf(flow);
  const writtenWith = elements.filter((el) => el && el.type !== "SpreadElement" && mentions(el, fields));
  // A local array the flow's argument is not seen in, which a helper may have pushed to: judged as built elsewhere.
  if (local && !local.complete && writtenWith.length === 0) return elsewhere;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!el) continue;
    if (el.type === "SpreadElement") {
      if (shell) return { kind: "shell", shell };
      return { kind: "option", index: i, program: toScript ? reader : programNames[0], subcommand: firstWord(elements), ...(toScript ? { toScript } : {}) };
    }
    const prefix = constantPrefix(el, taint, hit.module);
    const whole = stringLiteralValue(unwrapExpression(el));
    if ((whole === "--" || whole === "--end-of-options") && !shell) return { kind: "safe" };
    // `python -c CODE ARG…`, `sh -c SCRIPT NAME ARG…`: the program reads no option after that option's value, here the code's own.
    // `python -m pip ARG…` is not one: the module named reads the rest (below, as any launcher's first operand).
    const value = elements[i + 1];
    if (whole !== undefined && !launched && endsOptionList(reader, whole) && !launchesWithOption(reader, whole) && value && value.type !== "SpreadElement" && stringLiteralValue(unwrapExpression(value)) !== undefined) return { kind: "safe" };
    if (whole !== undefined && SCRIPT_FLAGS.has(whole)) sawScriptFlag = true;
    if (whole !== undefined && !launched && !whole.startsWith("-") && !isFlagTakingOperand(elements[i - 1], reader)) {
      toScript = isScriptSlot(elements[i - 1], reader) ? reader : undefined;
      reader = basename(whole);
      launched = true;
    }
    if (whole !== undefined) continue;
    // The script file as a value the code builds (`path.join(dir, "tool.py")`), the tool's own value after it.
    if (!shell && !launched && isScriptSlot(elements[i - 1], reader) && !mentions(el, fields) && (writtenWith.length > 0 || elements.slice(i + 1).some((e) => e?.type === "SpreadElement"))) {
      toScript = reader;
      reader = undefined;
      launched = true;
      continue;
    }
    if (shell && sawScriptFlag) return { kind: "shell", shell, scriptStartsWithValue: prefix === undefined };
    // `refs/${x}` cannot be an option; `--depth=${x}` is one, but with its name fixed.
    if (prefix !== undefined) continue;
    // `["-s", x]`, `["--udid", x]`: the operand of the flag before it, which the program reads whatever it starts with.
    if (!shell && isFlagTakingOperand(elements[i - 1], reader)) continue;
    if (!shell && writtenWith.length > 0 && !writtenWith.includes(el)) continue;
    return { kind: "option", index: i, program: reader, subcommand: firstWord(elements), before: constantsBefore(elements, i), ...(toScript ? { toScript } : {}) };
  }
  return { kind: "safe" };
}

/**
 * The element is an interpreter's first operand, its script file: the
 * interpreter runs scripts, and no option comes right before it (`python -m
 * pip`, `node --require x`: that word is the option's value, not a script).
 */
function isScriptSlot(prev: TSESTree.Node | null | undefined, reader: string | undefined): boolean {
  if (!runsScriptFile(reader)) return false;
  if (!prev) return true;
  const flag = prev.type !== "SpreadElement" ? stringLiteralValue(unwrapExpression(prev)) : undefined;
  return flag !== undefined && !flag.startsWith("-");
}

/** The constant elements before index `i` (`["simctl", "spawn"]`), or undefined when one of them is not constant. */
function constantsBefore(elements: readonly (TSESTree.Node | null)[], i: number): string[] | undefined {
  const out: string[] = [];
  for (const el of elements.slice(0, i)) {
    // A local vector's `push` calls are kept apart by a null (localVectorElements): no element of its own.
    if (el === null) continue;
    const v = el.type !== "SpreadElement" ? stringLiteralValue(unwrapExpression(el)) : undefined;
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * A constant option just before an element that takes a value (`adb -s X`,
 * `--udid X`, by the command table): the element is then its operand. For a
 * program the table has a row for, an option it does not know to take a value
 * (`git ls-remote --heads X`, `grep -rn X`) leaves the element in option
 * position; for one it does not know, the code's pairing is taken (readsNextAsValue).
 */
function isFlagTakingOperand(prev: TSESTree.Node | null | undefined, program: string | undefined): boolean {
  if (!prev || prev.type === "SpreadElement") return false;
  const flag = stringLiteralValue(unwrapExpression(prev));
  return flag !== undefined && !SCRIPT_FLAGS.has(flag) && readsNextAsValue(program, flag);
}


/** The first constant element that is not an option: the subcommand (`git -C dir fetch` → fetch). */
function firstWord(elements: readonly (TSESTree.Node | null)[]): string | undefined {
  for (const el of elements) {
    const v = el && el.type !== "SpreadElement" ? stringLiteralValue(unwrapExpression(el)) : undefined;
    if (v === undefined) return undefined;
    if (!v.startsWith("-")) return v;
  }
  return undefined;
}

/** The flow's argument names (`projectRoot`), to find its interpolation among others. */
function fieldsOf(flow: Flow | undefined): string[] {
  if (!flow) return [];
  return flow.fields?.length ? [...flow.fields] : flow.field ? [flow.field] : [];
}

function namesOneOf(node: TSESTree.Node, names: readonly string[]): boolean {
  const n = unwrapExpression(node);
  if (n.type === "Identifier") return names.includes(n.name);
  return n.type === "MemberExpression" && !n.computed && n.property.type === "Identifier" && names.includes(n.property.name);
}

/** Whether the expression reads one of `names` (`x`, `args.x`, `String(x)`, `x ?? "*"`, `` `${x}` ``), a few levels deep. */
function mentions(node: TSESTree.Node, names: readonly string[], depth = 0): boolean {
  if (names.length === 0 || depth > 4) return false;
  const n = unwrapExpression(node);
  if (namesOneOf(n, names)) return true;
  const more = (xs: readonly (TSESTree.Node | null | undefined)[]) => xs.some((x) => !!x && x.type !== "SpreadElement" && mentions(x, names, depth + 1));
  switch (n.type) {
    case "LogicalExpression":
    case "BinaryExpression":
      return more([n.left, n.right]);
    case "ConditionalExpression":
      return more([n.consequent, n.alternate]);
    case "CallExpression":
      return more([...n.arguments, n.callee.type === "MemberExpression" ? n.callee.object : undefined]);
    case "TemplateLiteral":
      return more(n.expressions);
    default:
      return false;
  }
}

/**
 * zx's $`lsof -p ${pid} | grep 'cwd.*${root}'`: each interpolation is quoted as
 * one shell word and joined to the text around it. A value glued to constant text
 * before it (`cwd.*${root}`, `--ref=${x}`) cannot start with `-`, nor can one
 * after a standalone `--`. The interpolations judged are those naming the flow's
 * argument, or, when none does, every one whose value is not constant.
 */
function templateRisk(tpl: TSESTree.TaggedTemplateExpression, hit: SinkHit, taint: TaintResult, flow: Flow | undefined): VectorRisk {
  const { quasis, expressions } = tpl.quasi;
  const fields = fieldsOf(flow);
  const named = expressions.filter((e) => namesOneOf(e, fields));
  const judged = new Set(named.length > 0 ? named : expressions.filter((e) => taint.constantsOf(e, hit.module).length === 0));
  let before = "";
  for (let i = 0; i < expressions.length; i++) {
    before += quasis[i].value.cooked ?? quasis[i].value.raw;
    if (judged.has(expressions[i])) {
      const afterDoubleDash = /(^|\s)--(\s|$)/.test(before.replace(/\u0000/g, " "));
      // Glued to constant text; a quote only opens the word, another interpolation may be empty.
      const glued = before.length > 0 && !/[\s'"\u0000]$/.test(before);
      // `${adbPath} logcat -c`: a value judged only for want of a named one, written as the program itself, is no option.
      const program = named.length === 0 && before.replace(/\u0000/g, "").trim() === "" && i === 0;
      if (!afterDoubleDash && !glued && !program) return { kind: "option", index: i };
    }
    before += "\u0000";
  }
  return { kind: "safe" };
}

/** Array methods that read an array without changing which element comes first. */
const READS_ONLY = new Set(["slice", "join", "length", "map", "filter", "includes", "indexOf", "forEach", "concat", "some", "every", "find", "at", "toString", "flatMap", "entries", "values"]);

/** What the code does to a local array: its declaration's initial elements, then its appends and prepends, in source order. */
interface LocalArray {
  init: TSESTree.ArrayExpression;
  pushes: TSESTree.CallExpression[];
  unshifts: TSESTree.CallExpression[];
  /** The calls it is handed to (the sink itself, a helper that may push to it). */
  handedTo: TSESTree.Node[];
  /** It is put in an object literal (`log({ args })`). */
  inObject: boolean;
}

/**
 * The local array `name` read at `at`: declared once in the function around
 * `at` with an array literal, then changed only by `push` and `unshift`.
 * Undefined when any other use could write or reorder it (`shift`, `splice`,
 * `sort`, an index write, `length = 0`, reassignment) or the declaration is
 * not an array literal.
 */
function localArray(at: TSESTree.Node, name: string, module: SinkHit["module"]): LocalArray | undefined {
  const fn = functionsAround(module.ast, at)[0];
  if (!fn) return undefined;
  const parents = new Map<TSESTree.Node, TSESTree.Node | undefined>();
  const uses: TSESTree.Identifier[] = [];
  walk(fn, {
    enter(x, parent) {
      parents.set(x, parent);
      if (x.type === "Identifier" && x.name === name) uses.push(x);
    },
  });
  // Block-scoped: the declaration whose block holds the read (`const args` may be declared again in another branch).
  const within = (x: TSESTree.Node, scope: TSESTree.Node) => x.range[0] >= scope.range[0] && x.range[1] <= scope.range[1];
  const declared = uses.filter((id) => parents.get(id)?.type === "VariableDeclarator" && (parents.get(id) as TSESTree.VariableDeclarator).id === id);
  const scopeOf = (id: TSESTree.Identifier) => {
    const declaration = parents.get(parents.get(id)!);
    return declaration?.type === "VariableDeclaration" && declaration.kind !== "var" ? (parents.get(declaration) ?? fn) : fn;
  };
  const holding = declared.filter((id) => within(at, scopeOf(id))).sort((a, b) => (scopeOf(a).range[1] - scopeOf(a).range[0]) - (scopeOf(b).range[1] - scopeOf(b).range[0]));
  if (holding.length === 0) return undefined;
  const scope = scopeOf(holding[0]);
  let init: TSESTree.ArrayExpression | undefined;
  let declarations = 0;
  const out: Omit<LocalArray, "init"> = { pushes: [], unshifts: [], handedTo: [], inObject: false };
  for (const id of uses) {
    if (!within(id, scope)) continue;
    const parent = parents.get(id);
    if (!parent) return undefined;
    // `obj.args`, `{ args: 1 }`: a property name, not the variable.
    if (parent.type === "MemberExpression" && parent.property === id && !parent.computed) continue;
    if (parent.type === "Property" && parent.key === id && !parent.computed && !parent.shorthand) continue;
    if (parent.type === "VariableDeclarator" && parent.id === id) {
      declarations++;
      const value = parent.init ? unwrapExpression(parent.init) : undefined;
      if (value?.type !== "ArrayExpression") return undefined;
      init = value;
      continue;
    }
    // `run(cmd, args)`, `log({ args })`: read where it goes; what it can change there is its own call's.
    if ((parent.type === "CallExpression" || parent.type === "NewExpression") && parent.arguments.includes(id)) {
      out.handedTo.push(parent);
      continue;
    }
    if (parent.type === "Property" && (parent.value === id || (parent.shorthand && parent.key === id))) {
      out.inObject = true;
      continue;
    }
    if (parent.type !== "MemberExpression" || parent.object !== id) return undefined;
    const grand = parents.get(parent);
    if (parent.computed) {
      // A read of one element; a write (`args[0] = x`, `args[i]++`) changes the array.
      if ((grand?.type === "AssignmentExpression" && grand.left === parent) || grand?.type === "UpdateExpression") return undefined;
      continue;
    }
    // `args.length = 0` empties it: the next push becomes the first element.
    if ((grand?.type === "AssignmentExpression" && grand.left === parent) || grand?.type === "UpdateExpression") return undefined;
    const method = parent.property.type === "Identifier" ? parent.property.name : "";
    if (READS_ONLY.has(method)) continue;
    const call = grand?.type === "CallExpression" && grand.callee === parent ? grand : undefined;
    if (method === "push" && call) out.pushes.push(call);
    else if (method === "unshift" && call) out.unshifts.push(call);
    else return undefined;
  }
  return declarations === 1 && init ? { init, ...out } : undefined;
}

/**
 * `execa(args[0], args.slice(1))` where `args` is a local array whose first
 * element the code fixes: declared once with a constant first element and then
 * changed only by `push` (appends) or by `unshift` with a constant first
 * argument (prepends it). Any other use that could write or reorder the array
 * (`shift`, `splice`, `sort`, an index write, reassignment, handing it to
 * another function) leaves the first element unknown.
 */
export function isFixedFirstElement(node: TSESTree.Node, module: SinkHit["module"]): boolean {
  const n = unwrapExpression(node);
  if (n.type !== "MemberExpression" || !n.computed || n.object.type !== "Identifier") return false;
  const index = unwrapExpression(n.property);
  if (index.type !== "Literal" || index.value !== 0) return false;
  const array = localArray(n, n.object.name, module);
  if (!array || array.handedTo.length > 0 || array.inObject) return false;
  const first = array.init.elements[0];
  if (!first || first.type === "SpreadElement" || stringLiteralValue(unwrapExpression(first)) === undefined) return false;
  return array.unshifts.every((call) => {
    const head = call.arguments[0];
    return !!head && head.type !== "SpreadElement" && stringLiteralValue(unwrapExpression(head)) !== undefined;
  });
}

/**
 * The elements of an argument vector held in a local array
 * (`const args = ["-y", pkg, "-b", bg]; if (pdf) args.push("--pdfFit")`), in
 * the order the program gets them: the literal's, then each `push`'s. Only
 * the elements before an element decide how it is read, and appends come
 * after every literal element; nothing is known before a pushed call's own
 * first argument (another push may or may not have run), so `null` stands
 * there. `complete` when no call but the sink is handed the array (a helper
 * could push elements not seen here). Undefined when the array is not such a
 * local, or something prepends to it (`unshift`).
 */
function localVectorElements(node: TSESTree.Node, sink: TSESTree.Node, module: SinkHit["module"]): { elements: (TSESTree.Node | null)[]; complete: boolean } | undefined {
  if (node.type !== "Identifier") return undefined;
  const array = localArray(node, node.name, module);
  if (!array || array.unshifts.length > 0) return undefined;
  const elements: (TSESTree.Node | null)[] = [...array.init.elements];
  for (const call of [...array.pushes].sort((a, b) => a.range[0] - b.range[0])) elements.push(null, ...call.arguments);
  return { elements, complete: array.handedTo.every((c) => c === sink) };
}
