// Capability versus vulnerability (DESIGN.md, issue 21): when every tool a
// flow comes from declares the dangerous act as its purpose (its name, title
// or description says it runs SQL, fetches URLs, works on files, runs
// commands or code), the argument is that act's object (`sql`, `url`, `path`,
// `command`, `code`, by name or by its description), and the argument is the
// whole of what the sink receives (no constant text of the code before it),
// the flow is the tool doing its job. It is reported as a capability, at the
// severity of what the act reaches. It stays an injection when the value
// crosses a boundary the code or the tool meant to keep: a constant statement,
// URL or root it is put into, a check that does not work, or a promise in the
// tool's text (read-only, sandbox, an allowed folder) the code does not keep.
import type { TSESTree } from "@typescript-eslint/types";
import { type FunctionNode, isMemberAccess, propertyName, unwrapExpression, walk } from "../../analyzer/parse/ast.js";
import { returnedExpressions } from "../../analyzer/mcp/low-level.js";
import { isFunctionNode } from "../../analyzer/mcp/context.js";
import { patternIdentifiers } from "../../analyzer/taint/modules.js";
import { AFTER_FIRST_WORD, AFTER_OPTIONS_END, IN_DOUBLE_QUOTES, IN_SINGLE_QUOTES, OPTION_VALUE, commandStartWords } from "../../analyzer/taint/shell-shapes.js";
import { AFTER_TEXT } from "../../analyzer/taint/position-shapes.js";
import { type Flow, type SinkHit, URI_COMPONENT } from "../../analyzer/taint/spec.js";
import type { ParsedModule, SurfaceItem } from "../../analyzer/types.js";
import { launchersOnly } from "../models/commands.js";
import { WRITING_PATH_CALLS } from "../models/fs-paths.js";
import { NETWORK_REQUEST_KIND } from "../models/network.js";
import { runsOneStatement } from "../models/sql.js";
import { PURPOSE_ROWS, SQL_READ_ONLY_ENFORCED, SQL_SELECT_PREFIX_CHECK, type PurposeAct, type PurposeRow } from "../models/tool-purposes.js";
import type { RuleContext } from "../types.js";
import { folderFor } from "./outbound.js";
import { functionsAround } from "./functions-around.js";
import { pathShape } from "./path-shape.js";
import { argumentNamesOf, attributedFlow, spelledAsWords, stepText, UNTRUSTED_LABEL_KINDS, type UntrustedFlow } from "./untrusted-flows.js";

/** A flow that could still carry the model's text to the sink: the rule's own judgement (`isUnsafe` with its shapes), by default unguarded and unsanitized. */
export type OpenFlow = (flow: Flow, hit: SinkHit) => boolean;

const openFlow: OpenFlow = (f, hit) => UNTRUSTED_LABEL_KINDS.includes(f.label.kind) && f.guards.length === 0 && !f.sanitizedFor.includes(hit.kind) && !f.sanitizedFor.includes("*");

export interface DeclaredCapability {
  act: PurposeAct;
  tools: string[];
  argument: string;
  severity: "medium" | "low";
  /** "`run_sql` runs any SQL the model writes against the database". */
  sentence: string;
  advice: string;
}

function toolText(t: SurfaceItem): string {
  return [spelledAsWords(t.name), t.annotations.title ?? "", t.description ?? ""].join(" \n ");
}

/** The tool declares the act, and names `argument` as its object. */
function declares(row: PurposeRow, t: SurfaceItem, argument: string): boolean {
  const toolSays = row.tool.test(toolText(t));
  const named = row.parameter.test(spelledAsWords(argument));
  const param = t.parameters.find((p) => p.name === argument);
  // The parameter's own description says it is the act's object ("file paths to attach"): the schema declares the act.
  const described = param?.description !== undefined && row.parameterSays.test(param.description);
  // A parameter named for the act says it alone (schemaSuffices); otherwise the tool's own text must say it too.
  if (!toolSays && !(row.schemaSuffices && named) && !described) return false;
  // A schema the scan could not read: the argument's name still says what it is.
  if (!param) return t.parameters.length === 0 && named;
  if (param.enum?.length) return false;
  return named || described || (toolSays && param.description !== undefined && row.parameterDescription.test(param.description) && !(row.act === "path" && namesAThing(param.description)));
}

/** Words that say a value is a path or a file itself, not the name of something kept in one. */
const PATH_WORDS = /\b(path|paths|file|files|filename|filenames|folder|folders|directory|directories|dir|dirs)\b/i;

/**
 * The parameter's description first calls it the name or id of a thing
 * ("Project name (must match a directory under apps/)", "ID of the
 * workspace, a folder under the data root"): a folder it mentions after that
 * is where the code keeps the thing, not a path the model writes. A "file
 * name" or "name of the folder" is still a path's part.
 */
function namesAThing(description: string): boolean {
  const firstClause = description.split(/[(,;:.\n]|\s[-–—]\s/)[0];
  return /\b(name|id|identifier|slug|key|handle)\b/i.test(firstClause) && !PATH_WORDS.test(firstClause);
}

/**
 * Words that make what follows advice to the caller about what to pass ("should be a folder inside the
 * workspace", "ideally under the project"), not a promise of the tool: the tool states no boundary it keeps.
 */
const ADVISORY = /\b(should|ideally|preferably|recommended|typically|usually|normally)\b/i;

/**
 * A concession right before the words ("ask the user even for safe commands", "log even when in the sandbox"):
 * they name a case the sentence also covers, not a boundary the tool keeps.
 */
const CONCESSIVE = /\beven\s+(for|when|if|on|with|in)\s+(\w+\s+){0,2}$/i;

/** A boundary the sentence states, unless advice to the caller, or a concession, comes before it in the same sentence. */
function statesBoundary(boundary: RegExp, sentence: string): boolean {
  const m = new RegExp(boundary.source, boundary.flags.replace("g", "")).exec(sentence);
  return m !== null && !ADVISORY.test(sentence.slice(0, m.index)) && !CONCESSIVE.test(sentence.slice(0, m.index));
}

/** The tool's own text promises a boundary inside the act. */
function promisesBoundary(row: PurposeRow, t: SurfaceItem): boolean {
  if (row.act === "sql" && t.annotations.readOnlyHint === true) return true;
  if (!row.boundary) return false;
  const text = [toolText(t), ...t.parameters.map((p) => p.description ?? "")].join(" \n ");
  const sentences = text.split(/[.;!?]\s|\n/);
  return sentences.some((sentence) => statesBoundary(row.boundary!, sentence)) && !(row.boundaryUnless?.test(text) ?? false);
}

/** Every module's text: a connection option (`multipleStatements`) may sit anywhere. */
function programTexts(ctx: RuleContext): string[] {
  return [...ctx.program.byPath.values()].map((m) => m.text ?? "");
}

/** The text of the functions a tool's handlers reach (where a read-only transaction would be opened). */
function handlerSources(ctx: RuleContext, tools: readonly string[]): string[] {
  const out: string[] = [];
  for (const h of ctx.handlers) {
    if (!tools.includes(h.item.name)) continue;
    for (const f of h.functions ?? [{ node: h.fn, module: h.module }]) {
      const range = f.node.range;
      if (f.module.text && range) out.push(f.module.text.slice(range[0], range[1]));
    }
  }
  return out;
}

/** Per module, read once: its functions, its calls by where they start (`line:column`, 1-based column), and its class methods by name. */
interface ModuleIndex {
  functions: TSESTree.Node[];
  calls: Map<string, TSESTree.CallExpression>;
  methods: Map<string, TSESTree.Node[]>;
}
const moduleIndex = new WeakMap<ParsedModule, ModuleIndex>();

function indexOf(module: ParsedModule): ModuleIndex {
  let index = moduleIndex.get(module);
  if (index) return index;
  const built: ModuleIndex = { functions: [], calls: new Map(), methods: new Map() };
  walk(module.ast, {
    enter(n) {
      if (isFunctionNode(n)) built.functions.push(n);
      if (n.type === "CallExpression") {
        const key = `${n.loc.start.line}:${n.loc.start.column + 1}`;
        if (!built.calls.has(key)) built.calls.set(key, n);
      }
      if (n.type === "MethodDefinition" && isFunctionNode(n.value)) {
        const name = propertyName(n);
        if (name !== undefined) built.methods.set(name, [...(built.methods.get(name) ?? []), n.value]);
      }
      return undefined;
    },
  });
  index = built;
  moduleIndex.set(module, index);
  return index;
}

/** The one class method named `name` in `module`, or else in the whole package; undefined when there is none or more than one. */
function onlyMethodNamed(ctx: RuleContext, module: ParsedModule, name: string): { node: TSESTree.Node; module: ParsedModule } | undefined {
  if (name === "") return undefined;
  const here = indexOf(module).methods.get(name) ?? [];
  if (here.length > 0) return here.length === 1 ? { node: here[0], module } : undefined;
  const found: { node: TSESTree.Node; module: ParsedModule }[] = [];
  for (const m of ctx.program.byPath.values()) {
    for (const node of indexOf(m).methods.get(name) ?? []) found.push({ node, module: m });
    if (found.length > 1) return undefined;
  }
  return found[0];
}

/**
 * The text of the functions the value goes through on its way to the sink:
 * the function around each step of its path (and the sink), and the function
 * a step calls (`readQuery(args.query)` in a dispatcher, whose body checks the
 * statement before `db.all(query)` in an adapter). A check or a read-only
 * transaction written there is on the value's way, not only one in the handler.
 */
function pathSources(ctx: RuleContext, flow: Flow, hit: SinkHit): string[] {
  const folder = folderFor(ctx.program);
  const out = new Set<string>();
  const textOf = (node: TSESTree.Node, module: ParsedModule) => {
    if (module.text && node.range) out.add(module.text.slice(node.range[0], node.range[1]));
  };
  const inside = (n: TSESTree.Node, line: number, column: number) =>
    (n.loc.start.line < line || (n.loc.start.line === line && n.loc.start.column < column)) && (n.loc.end.line > line || (n.loc.end.line === line && n.loc.end.column >= column));
  for (const at of [...flow.path.slice(1).map((s) => s.location), hit.location]) {
    const module = ctx.program.byPath.get(at.file);
    if (!module) continue;
    const { functions, calls } = indexOf(module);
    // The innermost: functions are listed outer before inner.
    const around = functions.filter((f) => inside(f, at.line, at.column)).pop();
    if (around) textOf(around, module);
    const call = calls.get(`${at.line}:${at.column}`);
    const target = call ? folder.resolve(call.callee, module) : undefined;
    if (target && target.node !== call?.callee && isFunctionNode(target.node)) textOf(target.node as TSESTree.Node, target.module);
    // `db.readQuery(q)` on an instance of a class of the package, when the resolver cannot name the instance's
    // class: the one class method of that name, in this module or else in the whole package.
    else if (call && call.callee.type === "MemberExpression") {
      const method = onlyMethodNamed(ctx, module, propertyName(call.callee) ?? "");
      if (method) textOf(method.node, method.module);
    }
  }
  return [...out];
}

/**
 * The sink receives the argument itself (or the argument with text after it):
 * nothing constant or configured is known to come first. Every hit at this
 * sink's place that carries a value the rule would report must agree: a
 * helper called with `SELECT … ${x}` by one caller and with the model's
 * statement by another is still composing text. A hit whose values the rule
 * finds safe there (a table name quoted as an identifier, a checked value)
 * composes nothing the model chose.
 */
function argumentLeads(ctx: RuleContext, hit: SinkHit, open: OpenFlow): boolean {
  const at = (h: SinkHit) => `${h.location.file}:${h.location.line}:${h.location.column}`;
  const here = at(hit);
  const hits = ctx.taint.hitsOf(hit.kind).filter((h) => at(h) === here && (h === hit || h.flows.some((f) => open(f, h))));
  const bare = hits.every((h) => {
    const d = h.destination;
    if (!d) return false;
    // A URL the user may also configure (`settings.webhookUrl` from the environment or the tool) is whole either
    // way: a configured base written before the argument is `hostConfigured` or `pathUnderUnknownHost`. In a
    // command line or a statement, a configured value may be the program or the text around the argument.
    const configuredFirst = d.configuredBy.length > 0 && hit.kind !== NETWORK_REQUEST_KIND;
    return d.constants.length === 0 && !configuredFirst && !d.hostFixed && !d.hostConfigured && !d.pathUnderUnknownHost;
  });
  return bare || hits.every((h) => passedWhole(ctx, h, open));
}

/**
 * The argument is the command a shell line runs: written where a command of
 * the line starts, after commands of the code's own (`cd "<dir>" && ${command}`)
 * and launchers that hand it the rest of the line (`env K=V`, `npx cross-env
 * K=V`), and not inside quotes. It is no argument of a program the code chose
 * (`git ${command}` keeps the model to git's arguments): the line runs
 * whatever the model writes, which is what the tool says it does.
 */
function startsTheCommand(flow: Flow): boolean {
  const words = commandStartWords(flow.sanitizedFor);
  return words !== undefined && launchersOnly(words) && !flow.sanitizedFor.some((m) => m === IN_SINGLE_QUOTES || m === IN_DOUBLE_QUOTES);
}

/**
 * The argument starts the URL: no text is written before it
 * (position-shapes.ts AFTER_TEXT), and it is not URI-encoded (then it could not
 * be a base). A default of the code's used when the argument is missing
 * (`${base_url ?? DEFAULT_API}/v1/projects`) is no boundary: when the model
 * names the base, the request goes where it says.
 */
function startsTheUrl(flow: Flow): boolean {
  return !flow.sanitizedFor.includes(AFTER_TEXT) && !flow.sanitizedFor.includes(URI_COMPONENT);
}

/**
 * `name` at `node` is a parameter of a function around it (the nearest that
 * binds it), never declared again or assigned there: the value is what the
 * function's caller passed, as it was passed.
 */
function enteredAsParameter(module: ParsedModule, node: TSESTree.Node, name: string): boolean {
  for (const fn of functionsAround(module.ast, node)) {
    const f = fn as TSESTree.FunctionLike;
    const bound = f.params.some((p) => bindsName(p, name));
    let rebound = false;
    walk(fn, {
      enter(n) {
        if (rebound) return false;
        if (n.type === "VariableDeclarator" && bindsName(n.id, name)) rebound = true;
        if (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name) rebound = true;
        return undefined;
      },
    });
    if (rebound) return false;
    if (bound) return true;
  }
  return false;
}

/** The pattern (a parameter, a declarator's id, destructured or not) binds `name`. */
function bindsName(p: TSESTree.Node, name: string): boolean {
  return patternIdentifiers(p).some((id) => id.name === name);
}

/** Shape marks (analyzer/taint/shell-shapes.ts) that say the value was written into a larger text: after its first word, inside its quotes. */
const COMPOSED_MARKS = new Set([AFTER_FIRST_WORD, AFTER_OPTIONS_END, IN_SINGLE_QUOTES, IN_DOUBLE_QUOTES, OPTION_VALUE]);

/**
 * A helper (`executeQuery(sql, values)`) that the code's own callers give
 * constant statements, or identifiers they checked, and a tool gives the
 * model's statement as it is: the constants are those callers'. Every flow
 * that could still carry the model's text (no guard, not sanitized) must
 * reach the sink's argument itself, through variables and calls that pass it
 * on, with no text put around it on the way: no step whose text holds a
 * string or template literal, no value returned from a function it went
 * through (that function may have composed it), and the sink's argument a
 * plain variable.
 */
function passedWhole(ctx: RuleContext, hit: SinkHit, isOpen: OpenFlow): boolean {
  const index = /^Argument\[(\d+)\]$/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return false;
  const arg = call.arguments[Number(index[1])];
  const value = arg ? unwrapExpression(arg as TSESTree.Expression) : undefined;
  // `new vm.Script(wrapped)` with `const wrapped = \`…${code}…\`` inside the helper: the path does not show that step.
  if (value?.type !== "Identifier" || !enteredAsParameter(hit.module, call, value.name)) return false;
  const open = hit.flows.filter((f) => isOpen(f, hit));
  return open.every((f) => !f.sanitizedFor.some((m) => COMPOSED_MARKS.has(m)) && f.path.slice(1, -1).every((step) => !step.label.startsWith("returned from") && !/["'`]/.test(stepText(ctx, step.location))));
}

/**
 * For a file API: the path's shape (`join(root, name)` → `/srv/data/*`)
 * starts with what the code does not know, so no root of its own comes first.
 */
export function pathLeads(ctx: RuleContext, hit: SinkHit): boolean {
  const index = /^Argument\[(\d+)\]/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return false;
  const arg = call.arguments[Number(index[1])];
  if (!arg || arg.type === "SpreadElement") return false;
  return leadsUnknown(ctx, arg, hit.module, 0);
}

const TEMP_ROOT_CALLS = new Set(["mkdtemp", "mkdtempSync", "tmpdir"]);
/** `path` functions whose result starts where their first argument does. */
const PATH_BUILDERS = new Set(["join", "resolve", "normalize", "dirname"]);

function calleeName(n: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(n.callee);
  return callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
}

/**
 * `join(outDir, ".extraction", "analysis.json")`: the folder the model names,
 * then only names the code fixed. The tool works inside the folder it was
 * given (its working folder), not on any path: said so, at the same rung.
 */
export function fixedNamesUnder(ctx: RuleContext, hit: SinkHit): string | undefined {
  const index = /^Argument\[(\d+)\]/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return undefined;
  const arg = call.arguments[Number(index[1])];
  if (!arg || arg.type === "SpreadElement") return undefined;
  const shape = pathShape(arg, hit.module, folderFor(ctx.program)).replace(/\\/g, "/");
  const m = /^\*\/+([^*]+)$/.exec(shape);
  if (!m || m[1].split("/").includes("..")) return undefined;
  return `works on \`${m[1]}\` inside whatever folder the model names (the folder is the tool's input; the file names are fixed)`;
}

/** What a followed function's parameters hold: the expressions its call passed, read where that call is. */
type Passed = ReadonlyMap<string, { node: TSESTree.Node; module: ParsedModule; passed: Passed }>;
const NOTHING_PASSED: Passed = new Map();

/** The package's own function a call calls (`getProjectPath(p)`, `this.rootFor(p)`), when the scan can find it. */
function packageFunction(ctx: RuleContext, call: TSESTree.CallExpression, module: ParsedModule): { node: FunctionNode; module: ParsedModule } | undefined {
  const target = folderFor(ctx.program).resolve(call.callee, module);
  if (target && target.node !== call.callee && isFunctionNode(target.node)) return { node: target.node, module: target.module };
  const callee = unwrapExpression(call.callee);
  if (callee.type === "MemberExpression" && callee.object.type === "ThisExpression") {
    const method = onlyMethodNamed(ctx, module, propertyName(callee) ?? "");
    if (method && isFunctionNode(method.node)) return { node: method.node, module: method.module };
  }
  return undefined;
}

/**
 * Some way the path can be built starts with what may be the model's value:
 * `args.dir || process.cwd()` may be the model's folder, `join(dir, name)`
 * starts where `dir` does. A root the code finds itself is not the model's:
 * the configuration (`process.env.WORKSPACE_ROOT`), a function of the package
 * called with nothing (`detectWorkspaceRoot()`), and what a function of the
 * package returns when none of its returns starts with the model's value
 * (`getProjectPath(name)` returning `join(APPS_DIR, name)`): a name the tool
 * takes, put under such a root, is not a path the model names.
 */
function leadsUnknown(ctx: RuleContext, node: TSESTree.Node, module: ParsedModule, depth: number, passed: Passed = NOTHING_PASSED): boolean {
  if (depth > 8) return false;
  const n = unwrapExpression(node);
  const rec = (x: TSESTree.Node, m = module, p = passed) => leadsUnknown(ctx, x, m, depth + 1, p);
  if (n.type === "AwaitExpression") return rec(n.argument);
  // A fresh temp folder (`mkdtemp(join(tmpdir(), "x-"))`) or the temp folder is a root of the code's own.
  if (n.type === "CallExpression" && TEMP_ROOT_CALLS.has(calleeName(n) ?? "")) return false;
  if (n.type === "LogicalExpression") return rec(n.left) || rec(n.right);
  if (n.type === "ConditionalExpression") return rec(n.consequent) || rec(n.alternate);
  // `path.join(dir, …)` or an imported `join(dir, …)`, `dirname(file)`: the path starts where its first argument does.
  if (n.type === "CallExpression" && PATH_BUILDERS.has(calleeName(n) ?? "") && n.arguments[0] && n.arguments[0].type !== "SpreadElement") return rec(n.arguments[0]);
  if (isMemberAccess(n.type === "MemberExpression" ? n.object : undefined, "process", "env")) return false;
  if (n.type === "CallExpression") {
    const fn = packageFunction(ctx, n, module);
    if (fn) {
      // Given nothing, it computes the value from what the code reads itself, never from a tool's argument.
      if (n.arguments.length === 0) return false;
      const values = returnedExpressions(fn.node);
      if (values.length > 0) {
        const bound = new Map<string, { node: TSESTree.Node; module: ParsedModule; passed: Passed }>();
        fn.node.params.forEach((param, i) => {
          const arg = n.arguments[i];
          const id = param.type === "AssignmentPattern" ? param.left : param;
          if (arg && arg.type !== "SpreadElement" && id.type === "Identifier") bound.set(id.name, { node: arg, module, passed });
        });
        return values.some((v) => rec(v, fn.module, bound));
      }
    }
  }
  if (n.type === "Identifier") {
    const target = folderFor(ctx.program).resolve(n, module);
    if (target && target.node !== n && target.node.type !== "Identifier") return rec(target.node as TSESTree.Node, target.module);
    // A parameter of a function followed from its call: what that call passed.
    const given = target ? undefined : passed.get(n.name);
    if (given) return rec(given.node, given.module, given.passed);
  }
  return pathShape(n, module, folderFor(ctx.program)).startsWith("*");
}

/**
 * The tool parameters a sink's value is built from, when the flow's path does
 * not name them: `writeFileSync(fullPath)` with `const fullPath =
 * path.join(savePath, filename)` is built from `savePath` and `filename`
 * (names compared as words: `file_path` is `filePath`).
 */
function namesInSinkValue(ctx: RuleContext, hit: SinkHit, tools: readonly SurfaceItem[]): string[] {
  const index = /^Argument\[(\d+)\]/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return [];
  const arg = call.arguments[Number(index[1])];
  if (!arg || arg.type === "SpreadElement") return [];
  const byWords = new Map(tools.flatMap((t) => t.parameters.map((p): [string, string] => [spelledAsWords(p.name), p.name])));
  const out = new Set<string>();
  const visit = (node: TSESTree.Node, module: ParsedModule, depth: number): void => {
    if (depth > 3) return;
    const n = unwrapExpression(node);
    if (n.type === "Identifier") {
      const p = byWords.get(spelledAsWords(n.name));
      if (p) out.add(p);
      else {
        const target = folderFor(ctx.program).resolve(n, module);
        if (target && target.node !== n && target.node.type !== "Identifier") visit(target.node as TSESTree.Node, target.module, depth + 1);
        // `for (const refPath of referenceImages)`: each element of the list argument.
        else {
          const list = module === hit.module ? iteratedList(hit, n.name) : undefined;
          if (list) visit(list, module, depth + 1);
        }
      }
    } else if (n.type === "MemberExpression") {
      const p = byWords.get(spelledAsWords(propertyName(n) ?? ""));
      if (p) out.add(p);
    } else if (n.type === "CallExpression") for (const a of n.arguments) visit(a, module, depth + 1);
    // `sendMail({ subject, attachments })`: the sink reads a path from one of the options; each property's value may be the argument.
    else if (n.type === "ObjectExpression") for (const p of n.properties) visit(p.type === "Property" ? p.value : p.argument, module, depth + 1);
    else if (n.type === "ArrayExpression") {
      for (const e of n.elements) if (e) visit(e.type === "SpreadElement" ? e.argument : e, module, depth + 1);
    }
    else if (n.type === "TemplateLiteral") for (const e of n.expressions) visit(e, module, depth + 1);
    else if (n.type === "BinaryExpression" || n.type === "LogicalExpression") {
      visit(n.left as TSESTree.Node, module, depth + 1);
      visit(n.right, module, depth + 1);
    }
  };
  visit(arg, hit.module, 0);
  return [...out];
}

/**
 * The list a `for (const name of list)` around the sink walks, when `name` is that loop's variable.
 * Only the nodes around the sink are entered (the cost is the tree's depth there, not the module's size).
 */
function iteratedList(hit: SinkHit, name: string): TSESTree.Node | undefined {
  const at = hit.node.range;
  if (!at) return undefined;
  let list: TSESTree.Node | undefined;
  walk(hit.module.ast, {
    enter(n) {
      if (n.range[0] > at[0] || n.range[1] < at[1]) return false;
      // The innermost such loop wins: it is entered last.
      if (n.type === "ForOfStatement" && n.left.type === "VariableDeclaration" && n.left.declarations.some((d) => d.id.type === "Identifier" && d.id.name === name)) list = n.right;
      return undefined;
    },
  });
  return list;
}

/**
 * Idioms of a containment check, the path compared with a root: `p.startsWith(root)`, `relative(root, p)`.
 * A constant prefix (`xml.startsWith("<mxGraphModel")`) checks a format, not a root.
 */
function isContainmentCall(n: TSESTree.CallExpression): boolean {
  const callee = n.callee;
  if (callee.type === "Identifier") return callee.name === "relative";
  if (callee.type !== "MemberExpression") return false;
  const name = propertyName(callee);
  if (name === "relative") return true;
  const prefix = n.arguments[0] ? unwrapExpression(n.arguments[0] as TSESTree.Expression) : undefined;
  return name === "startsWith" && !!prefix && !(prefix.type === "Literal" || (prefix.type === "TemplateLiteral" && prefix.expressions.length === 0));
}

/**
 * The sink is a file call that writes, creates, moves or deletes the file the
 * model names: the last part of the path is wholly the model's. A name the
 * code composes (`${p}.${process.pid}.tmp`, `.deploy-${Date.now()}.tar.gz`
 * next to the model's folder) is the code's own temp file, not the argument's path.
 */
function writesAtSink(ctx: RuleContext, hit: SinkHit): boolean {
  const call = hit.node;
  if (hit.kind !== "path-traversal" || (call.type !== "CallExpression" && call.type !== "NewExpression")) return false;
  const callee = unwrapExpression(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
  if (name === undefined || !WRITING_PATH_CALLS.has(name)) return false;
  // `renameSync(tmpPath, filePath)`: any path argument of the call (each is a hit of its own at the same place).
  return ctx.taint.hitsOf(hit.kind).some((h) => {
    if (h.node !== call) return false;
    const index = /^Argument\[(\d+)\]/.exec(h.argument);
    const arg = index ? call.arguments[Number(index[1])] : undefined;
    if (!arg || arg.type === "SpreadElement") return false;
    return pathShape(arg, h.module, folderFor(ctx.program)).replace(/\\/g, "/").split("/").pop() === "*";
  });
}

/**
 * A check of the code's own that the path at the sink is under a root: a call
 * in the tool's handler that is given the same variable the sink gets, to a
 * function (or one it calls) that compares a path with a root
 * (`assertInside(resolved)`, `if (!pathStartsWith(p, ROOT)) throw`). The
 * engine may not see such a check as a guard; the tool then does not work
 * on "any path", and the scan says whose check it relies on.
 */
function ownContainmentCheck(ctx: RuleContext, hit: SinkHit, tools: readonly string[]): string | undefined {
  const index = /^Argument\[(\d+)\]/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return undefined;
  const arg = call.arguments[Number(index[1])];
  const value = arg && arg.type !== "SpreadElement" ? unwrapExpression(arg) : undefined;
  if (!value || value.type !== "Identifier") return undefined;
  const folder = folderFor(ctx.program);
  const checks = (fn: TSESTree.Node, module: ParsedModule, depth: number): boolean => {
    // The idiom read from the AST, not the text: a comment or string that mentions `.startsWith(` is no check.
    let found = false;
    walk(fn, {
      enter(n) {
        if (found) return false;
        if (n.type === "CallExpression" && isContainmentCall(n)) {
          found = true;
          return false;
        }
        if (depth < 2 && n !== fn && n.type === "CallExpression") {
          const target = folder.resolve(n.callee, module);
          if (target && target.node !== n.callee && isFunctionNode(target.node) && checks(target.node as TSESTree.Node, target.module, depth + 1)) found = true;
        }
        return undefined;
      },
    });
    return found;
  };
  for (const h of ctx.handlers) {
    if (!tools.includes(h.item.name)) continue;
    for (const f of h.functions ?? [{ node: h.fn, module: h.module }]) {
      let name: string | undefined;
      walk(f.node, {
        enter(n) {
          if (name) return false;
          if (n.type !== "CallExpression" || n === call || !n.arguments.some((a) => a.type === "Identifier" && a.name === value.name)) return undefined;
          const target = folder.resolve(n.callee, f.module);
          if (target && target.node !== n.callee && isFunctionNode(target.node) && checks(target.node as TSESTree.Node, target.module, 0)) name = n.callee.type === "Identifier" ? n.callee.name : n.callee.type === "MemberExpression" ? propertyName(n.callee) : undefined;
          return undefined;
        },
      });
      if (name) return name;
    }
  }
  return undefined;
}

/** The name of the function or method a sink call calls (`writeFileSync`, `fs.promises.readFile` → `readFile`). */
function sinkCallName(hit: SinkHit): string | undefined {
  const call = hit.node;
  if (call.type !== "CallExpression" && call.type !== "NewExpression") return undefined;
  const callee = unwrapExpression(call.callee);
  return callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
}

function sinkWrites(hit: SinkHit): boolean {
  const name = sinkCallName(hit);
  return name !== undefined && WRITING_PATH_CALLS.has(name);
}

/**
 * Severity from what the act can reach. A path capability is rated by its
 * call: one that writes, moves or deletes is medium where the model names the
 * file itself or the tool writes; one that only reads is low, whatever else
 * the tool writes (its own temp files, or the path the model names: each
 * write is a finding of its own).
 */
function severityOf(ctx: RuleContext, row: PurposeRow, tools: readonly SurfaceItem[], readOnlyEnforced: boolean, hit: SinkHit): "medium" | "low" {
  if (row.act === "sql") return readOnlyEnforced ? "low" : "medium";
  if (row.act === "path") {
    if (writesAtSink(ctx, hit)) return "medium";
    const toolWrites = tools.some((t) => t.capabilities.includes("fs-write") || t.capabilities.includes("fs-delete"));
    return toolWrites && sinkWrites(hit) ? "medium" : "low";
  }
  return "medium";
}

/**
 * The capability a flow is, when the tool's declared purpose is the act its
 * sink does; undefined when it is an injection (see the file comment).
 */
/** Every tool the flow comes from declares the sink's act, with the flow's argument as its object (whatever the code does with it). */
function declaration(ctx: RuleContext, u: UntrustedFlow, sinkKind = u.hit.kind): { flow: Flow; row: PurposeRow; tools: SurfaceItem[]; argumentsNamed: string[] } | undefined {
  const flow: Flow = attributedFlow(ctx, u.flow, u.hit);
  if (flow.label.kind !== "tool-argument") return undefined;
  // A guard that does not work for this sink still says the code meant a boundary.
  if (flow.guards.length > 0) return undefined;
  const row = PURPOSE_ROWS.find((r) => r.sinkKinds.includes(sinkKind));
  if (!row) return undefined;
  // `path.join(savePath, name)`: one named argument is the act's object; what follows it (the code puts
  // nothing constant before it, checked below) is inside a place the model already chose.
  const names = flow.label.name.split(" | ");
  const tools = ctx.server.tools.filter((t) => names.includes(t.name));
  let argumentsNamed = argumentNamesOf(ctx, flow, u.hit);
  if (argumentsNamed.length === 0) argumentsNamed = namesInSinkValue(ctx, u.hit, tools);
  if (argumentsNamed.length === 0) return undefined;
  if (tools.length === 0) return undefined;
  if (tools.every((t) => argumentsNamed.some((a) => declares(row, t, a)))) return { flow, row, tools, argumentsNamed };
  // `{ params: { sql, projectId } }`: the one argument the scan read wraps the tool's real ones, whose fields it
  // did not read. What the wrapper holds is then named by the field the code takes out of it, the variable the
  // sink is given (`query(sql)` after `({ sql }) =>`), and the tool's own text must still declare the act.
  const field = sinkVariableName(u.hit);
  if (field === undefined || !tools.every((t) => argumentsNamed.every((a) => opaqueWrapper(t, a)) && row.tool.test(toolText(t)) && row.parameter.test(spelledAsWords(field)))) return undefined;
  return { flow, row, tools, argumentsNamed: [field] };
}

/**
 * The argument is a wrapper whose contents the scan could not read: the tool's
 * only parameter, with no description, no enum, no shape, and no type or an
 * object's. Any other parameter says what it is by its schema.
 */
function opaqueWrapper(t: SurfaceItem, argument: string): boolean {
  const param = t.parameters.find((p) => p.name === argument);
  return t.parameters.length === 1 && param !== undefined && param.description === undefined && !param.enum?.length && !param.shape?.length && (param.type === undefined || param.type === "object");
}

/**
 * The name of the plain variable the sink's argument is (`runQuery.query(sql)` → `sql`), also where the driver
 * would read the text from a field of an options object given there (`Argument[0].Member[sql]`).
 */
function sinkVariableName(hit: SinkHit): string | undefined {
  const index = /^Argument\[(\d+)\](\.Member\[\w+\])?$/.exec(hit.argument);
  const call = hit.node;
  if (!index || (call.type !== "CallExpression" && call.type !== "NewExpression")) return undefined;
  const arg = call.arguments[Number(index[1])];
  const value = arg && arg.type !== "SpreadElement" ? unwrapExpression(arg) : undefined;
  return value?.type === "Identifier" ? value.name : undefined;
}

/**
 * How the sink is read when its kind is not the act's own: the script of a
 * shell in an argument vector (`spawn("bash", ["-c", command])`) is a command
 * line, and the caller, which read the vector, says whether the value starts it.
 */
export interface SinkAsAct {
  sinkKind: string;
  startsTheSink: boolean;
}

export function declaredCapability(ctx: RuleContext, u: UntrustedFlow, open: OpenFlow = openFlow, readAs?: SinkAsAct): DeclaredCapability | undefined {
  const declared = declaration(ctx, u, readAs?.sinkKind);
  if (!declared) return undefined;
  const { flow, row, tools, argumentsNamed } = declared;
  const leads = readAs ? readAs.startsTheSink : row.act === "path" ? pathLeads(ctx, u.hit) : argumentLeads(ctx, u.hit, open) || (row.act === "command" && startsTheCommand(flow)) || (row.act === "fetch" && startsTheUrl(flow));
  if (!leads) return undefined;
  const toolNames = [...new Set(tools.map((t) => t.name))];
  let readOnlyEnforced = false;
  // The handlers' text, read once for both questions below.
  const promised = tools.some((t) => promisesBoundary(row, t));
  // Where a read-only transaction or a statement check is looked for: the handlers, and where the tool
  // promised reads, the functions on the value's way (read only then: it walks their modules once).
  const sources = row.act === "sql" ? [...handlerSources(ctx, toolNames), ...(promised ? pathSources(ctx, flow, u.hit) : [])] : [];
  if (row.act === "sql") readOnlyEnforced = sources.some((s) => SQL_READ_ONLY_ENFORCED.test(s));
  // "Run a read-only query" over a `startsWith("select")` check: `SELECT 1; DROP TABLE t` crosses the promise,
  // unless the driver call runs only one statement of the text (the check then reads the statement that runs).
  const oneSelect = promised && row.act === "sql" && !readOnlyEnforced && runsOneStatement(u.hit.callee, programTexts(ctx)) && sources.some((s) => SQL_SELECT_PREFIX_CHECK.test(s));
  if (promised && !readOnlyEnforced && !oneSelect) return undefined;
  const shown = toolNames.map((n) => `\`${n}\``).join(", ");
  const checkedBy = row.act === "path" ? ownContainmentCheck(ctx, u.hit, toolNames) : undefined;
  if (checkedBy) {
    return { act: row.act, tools: toolNames, argument: argumentsNamed[0], severity: "low", sentence: `${shown} works on file paths the model names, which its own \`${checkedBy}\` checks against a root (a check the scan did not verify)`, advice: "Confirm that the check resolves the path (and its symlinks) before comparing it with the root, as `path.relative(root, path.resolve(root, p))` does." };
  }
  let says = (row.act === "path" && fixedNamesUnder(ctx, u.hit)) || row.says;
  const within = readOnlyEnforced ? " (inside a read-only transaction or connection)" : "";
  if (oneSelect) says = "runs any single SELECT statement the model writes against the database (the driver call runs one statement, which the code checks starts with SELECT)";
  // The argument named is one the tools declare (`attachments`, not the `subject` beside it in the options).
  const argument = argumentsNamed.find((a) => tools.some((t) => declares(row, t, a))) ?? argumentsNamed[0];
  return { act: row.act, tools: toolNames, argument, severity: severityOf(ctx, row, tools, readOnlyEnforced, u.hit), sentence: `${shown} ${says}${within}`, advice: row.advice };
}
