// What the five tool-argument rules share: which labels are untrusted input,
// which guards count for which sink kind, and how to say what flows where.
// Sources stay separate from sinks (issue 6): library mode swaps the source
// kind, the rules stay the same.
import { UNREAD_CHECK, type Flow, type GuardKind, type Label, type SinkHit } from "../../analyzer/taint/spec.js";
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName } from "../../analyzer/parse/ast.js";
import type { Location, ParsedModule, ServerModel } from "../../analyzer/types.js";
import type { RuleContext } from "../types.js";
import { SAMPLING_RESULT_KIND } from "../models/mcp-protocol.js";
import { constantsShape, NUMBER_SHAPE } from "../../analyzer/taint/shapes.js";

/**
 * Label kinds an attacker chooses: a tool's arguments (a prompt injection picks
 * them), the parameters of a library's exported API (`scan --sources exported`),
 * the URL/headers/body of an incoming HTTP request, and what a model wrote in
 * answer to a sampling request (the conversation it saw can steer it).
 */
export const UNTRUSTED_LABEL_KINDS: readonly string[] = ["tool-argument", "exported-parameter", "http-request", SAMPLING_RESULT_KIND];

export interface UntrustedFlow {
  hit: SinkHit;
  /** The first unsanitized untrusted flow into the hit (one finding per sink, not per flow). */
  flow: Flow;
}

/**
 * Hits of `sinkKind` reached by an untrusted label that was neither sanitized
 * for `sinkKind` nor dominated by one of the `effectiveGuards`.
 */
export function untrustedFlows(ctx: RuleContext, sinkKind: string, effectiveGuards: readonly GuardKind[], safeShape?: SafeShape): UntrustedFlow[] {
  const out: UntrustedFlow[] = [];
  for (const hit of ctx.taint.hitsOf(sinkKind)) {
    const flow = hit.flows.find((f) => isUnsafe(ctx, f, sinkKind, effectiveGuards, hit, safeShape));
    if (flow) out.push({ hit, flow });
  }
  return out;
}

/**
 * A rule's question to a value's shape (docs/value-shapes.md): given the shape
 * marks the value carries (from transforms, dominating checks and its input
 * schema), can it still break this sink's boundary? True: it cannot.
 */
export type SafeShape = (marks: readonly string[]) => boolean;

export function isUnsafe(ctx: RuleContext, flow: Flow, sinkKind: string, effectiveGuards: readonly GuardKind[], hit?: SinkHit, safeShape?: SafeShape): boolean {
  if (!UNTRUSTED_LABEL_KINDS.includes(flow.label.kind)) return false;
  if (flow.sanitizedFor.includes(sinkKind) || flow.sanitizedFor.includes("*")) return false;
  if (flow.guards.some((g) => effectiveGuards.includes(g))) return false;
  if (safeShape && safeShape(shapeOf(ctx, flow, hit))) return false;
  return !pinnedBySchema(ctx, flow, hit);
}

/**
 * The check the scanner cannot judge (spec.ts UNREAD_CHECK) that every unsafe
 * flow into the sink passed, as the finding names it ("`isSafe(p)` at
 * src/a.js:12"); undefined when some unsafe flow passed none.
 */
export function unreadCheckOf(ctx: RuleContext, u: UntrustedFlow, sinkKind: string, effectiveGuards: readonly GuardKind[], safeShape?: SafeShape): string | undefined {
  let named: string | undefined;
  for (const f of u.hit.flows) {
    if (!isUnsafe(ctx, f, sinkKind, effectiveGuards, u.hit, safeShape)) continue;
    const mark = f.sanitizedFor.find((m) => m.startsWith(UNREAD_CHECK));
    if (!mark) return undefined;
    named ??= mark.slice(UNREAD_CHECK.length);
  }
  return named;
}

/**
 * The shape marks a flow's value carries: those it picked up on the way, plus
 * those its input schema guarantees when every argument the sink names has one.
 */
export function shapeOf(ctx: RuleContext, flow: Flow, hit?: SinkHit): string[] {
  const marks = new Set(flow.sanitizedFor);
  if (flow.label.kind === "tool-argument") {
    const names = argumentNamesOf(ctx, flow, hit);
    const per = names.map((name) => schemaShape(ctx, flow.label, name));
    if (per.length > 0) for (const m of per[0]) if (per.every((p) => p.includes(m))) marks.add(m);
  }
  return [...marks];
}

/** The marks every schema of the label's tools gives parameter `name` (none when one lacks them). */
function schemaShape(ctx: RuleContext, label: Label, name: string): string[] {
  const params = named(ctx.server.tools, label.name.split(" | "), (t) => t.name).flatMap((t) => t.parameters.filter((p) => p.name === name));
  if (params.length === 0) return [];
  // An enum, a literal, a number or a boolean is a value from a finite or numeric set: its shape is the set's.
  const shapes = params.map((p) => (p.enum?.length ? constantsShape(p.enum) : p.type === "number" || p.type === "integer" ? NUMBER_SHAPE : p.type === "boolean" ? constantsShape(["true", "false"]) : (p.shape ?? [])));
  return shapes[0].filter((m) => shapes.every((sh) => sh.includes(m)));
}

/**
 * The SDK validates arguments against the tool's input schema before the
 * handler runs, so a parameter pinned to an enum or typed as a number or
 * boolean cannot carry a command, path or SQL fragment.
 */
function pinnedBySchema(ctx: RuleContext, flow: Flow, hit?: SinkHit): boolean {
  const label = flow.label;
  if (label.kind !== "tool-argument") return false;
  // `["-n", String(args.lines), service]`: every argument the sink's text names must be pinned, not just the first.
  const names = argumentNamesOf(ctx, flow, hit);
  return names.length > 0 && names.every((name) => isPinnedArgument(ctx, label, name));
}

/** The argument is an enum, a number or a boolean in every schema of the label's tools that has it. */
function isPinnedArgument(ctx: RuleContext, label: Label, name: string): boolean {
  const params = named(ctx.server.tools, label.name.split(" | "), (t) => t.name).flatMap((t) => t.parameters.filter((p) => p.name === name));
  return params.length > 0 && params.every((param) => (param.enum !== undefined && param.enum.length > 0) || param.type === "number" || param.type === "integer" || param.type === "boolean");
}

/** Tool name and parameter of a tool-argument label named `tool.param` (or just `tool`). */
export function splitToolLabel(label: Label): { tool: string; param?: string } {
  const dot = label.name.lastIndexOf(".");
  if (dot <= 0 || dot === label.name.length - 1) return { tool: label.name };
  return { tool: label.name.slice(0, dot), param: label.name.slice(dot + 1) };
}

/** Words for a prompt's arguments and a resource template's variables, by the item's name. */
function surfaceKindOf(server: ServerModel, name: string): { what: string; any: string; of: string } | undefined {
  if (server.prompts.some((p) => p.name === name)) return { what: "prompt argument", any: "an argument", of: "prompt" };
  if (server.resources.some((r) => r.name === name)) return { what: "resource template variable", any: "a variable", of: "resource" };
  return undefined;
}

/** "tool argument `branch` of `git_checkout`", "parameter of exported `run`", "the HTTP request". */
export function describeSource(server: ServerModel, label: Label, argument?: string): string {
  if (label.kind === "tool-argument") {
    const known = server.tools.some((t) => t.name === label.name) || label.name.includes(" | ");
    const { tool, param } = known ? { tool: label.name, param: argument } : splitToolLabel(label);
    // A shared dispatcher: name the tool whose schema has the argument, when only one has it.
    let tools = tool.split(" | ");
    const having = tools.filter((t) => server.tools.some((x) => x.name === t && x.parameters.some((p) => p.name === (param ?? argument))));
    if (having.length === 1) tools = having;
    // A handler labelled with a prompt's or a resource template's name (and no tool's): say which it is.
    const item = tools.length === 1 && !server.tools.some((t) => t.name === tools[0]) ? surfaceKindOf(server, tools[0]) : undefined;
    if (item) return param ?? argument ? `${item.what} \`${param ?? argument}\` of ${item.of} \`${tools[0]}\`` : `${item.any} of ${item.of} \`${tools[0]}\``;
    const of = tools.length > 1 ? `one of the tools \`${tools.join("`, `")}\`` : `\`${tools[0]}\``;
    return param ?? argument ? `tool argument \`${param ?? argument}\` of ${of}` : `an argument of ${tools.length > 1 ? of : `tool ${of}`}`;
  }
  if (label.kind === "exported-parameter") return `a parameter of exported \`${label.name}\``;
  if (label.kind === "http-request") return "the incoming HTTP request";
  return `\`${label.name}\``;
}

/**
 * Which tool argument a flow carries, when the path shows it: a property of the
 * tool's schema read on the way (`args.branch`), or a destructured binding of
 * the handler's parameter (`({ path: requested })` then `requested`). The engine
 * labels the whole handler parameter, so this reads the path's own text.
 */
export function argumentNameOf(ctx: RuleContext, flow: Flow, hit?: SinkHit): string | undefined {
  const names = argumentNamesOf(ctx, flow, hit);
  // The one that can carry text is the one that matters.
  return names.find((n) => !isPinnedArgument(ctx, flow.label, n)) ?? names[0];
}

/**
 * The tool arguments a flow may carry, best first: the flow's own field, or
 * the arguments named at the first step (or the sink) whose text names any,
 * in text order.
 */
export function argumentNamesOf(ctx: RuleContext, flow: Flow, hit?: SinkHit): string[] {
  if (flow.label.kind !== "tool-argument") return [];
  const toolNames = flow.label.name.split(" | ");
  const tools = named(ctx.server.tools, toolNames, (t) => t.name);
  const params = new Set(tools.flatMap((t) => t.parameters.map((p) => p.name)));
  // A low-level handler's label is the whole request: `request.params.arguments` is the protocol's envelope
  // around the tool's arguments, not a tool argument named `params` (the engine keeps two levels of fields).
  const envelope = flow.field === "params" && flow.subfield === "arguments";
  const carried = envelope ? [] : (flow.fields ?? (flow.field !== undefined ? [flow.field] : [])).filter((f) => params.size === 0 || params.has(f));
  if (carried.length > 0) return carried;
  if (params.size === 0) return [];
  // `async ({ path: requested, content }) =>`: local name → argument name.
  const aliases = new Map<string, string>();
  for (const h of named(ctx.handlers, toolNames, (x) => x.item.name)) {
    for (const i of h.argumentParams) {
      let p: TSESTree.Node | undefined = h.fn.params[i];
      if (p?.type === "AssignmentPattern") p = p.left;
      if (p?.type !== "ObjectPattern") continue;
      for (const prop of p.properties) {
        if (prop.type !== "Property") continue;
        const key = propertyName(prop);
        let value: TSESTree.Node = prop.value;
        if (value.type === "AssignmentPattern") value = value.left;
        if (key !== undefined && params.has(key) && value.type === "Identifier") aliases.set(value.name, key);
      }
    }
  }
  const locations = [...flow.path.slice(1).map((s) => s.location), ...(hit ? [hit.location] : [])];
  for (const location of locations) {
    const text = stepText(ctx, location);
    const found: string[] = [];
    // `.query(` calls a method: a member called is not an argument read (`pool.query(sql)` with a `query` argument).
    // `...headers` spreads a local: no member read.
    for (const m of text.matchAll(/(?<!\.\.)\.\s*([A-Za-z_$][\w$]*)\b(?!\s*\()|\b([A-Za-z_$][\w$]*)\b/g)) {
      // `request.params.arguments`: the protocol's envelope, not a tool argument named `params` (as above).
      const member = m[1] !== undefined && /^\s*\.\s*arguments\b/.test(text.slice(m.index + m[0].length)) ? undefined : m[1];
      const id = m[2];
      const name = member !== undefined && params.has(member) ? member : id !== undefined ? aliases.get(id) : undefined;
      if (name !== undefined && !found.includes(name)) found.push(name);
    }
    if (found.length > 0) return found;
  }
  // `const savePath = validated.savePath || cwd()` off the path, then `mkdirSync(savePath)`: a local named as a parameter, at the sink.
  if (hit) {
    // `filePath` for `file_path` too: the same words.
    const byWords = new Map([...params].map((p) => [spelledAsWords(p), p]));
    const atSink = [...sourceText(ctx, hit.location).matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)\b(?!\s*[:(])/g)].map((m) => byWords.get(spelledAsWords(m[1]))).filter((p): p is string => p !== undefined);
    if (atSink.length > 0) return [...new Set(atSink)];
  }
  // The path does not show it, but only one argument can carry text.
  const free = [...new Set(tools.flatMap((t) => t.parameters.filter((p) => !(p.enum?.length || p.type === "number" || p.type === "integer" || p.type === "boolean")).map((p) => p.name)))];
  return free.length === 1 ? [free[0]] : [];
}

/**
 * `items.filter((x) => names.includes(nameOf(x)))`, through an index by name
 * built once per list: a bundle has thousands of tools and handlers, and
 * every flow asks.
 */
const byNameIndexes = new WeakMap<readonly object[], { length: number; positions: Map<string, number[]> }>();
function named<T extends object>(items: readonly T[], names: readonly string[], nameOf: (x: T) => string): T[] {
  let index = byNameIndexes.get(items);
  if (!index || index.length !== items.length) {
    const positions = new Map<string, number[]>();
    items.forEach((x, i) => {
      const list = positions.get(nameOf(x));
      if (list) list.push(i);
      else positions.set(nameOf(x), [i]);
    });
    index = { length: items.length, positions };
    byNameIndexes.set(items, index);
  }
  const found = new Set<number>();
  for (const n of names) for (const i of index.positions.get(n) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => items[i]);
}

/** A module's text split at "\n", once per module (a bundle is megabytes, asked about per flow step). */
const linesByModule = new WeakMap<ParsedModule, string[]>();

/**
 * `const filePath = args?.path;`: a step that names the variable assigned
 * shows only `filePath`; the rest of its line says which argument it holds.
 */
function initializerAfter(ctx: RuleContext, location: Location): string {
  if (location.endLine !== undefined && location.endLine !== location.line) return "";
  const line = linesOf(ctx, location.file)[location.line - 1];
  if (line === undefined || location.endColumn === undefined) return "";
  const m = /^\s*=(?!=)\s*([^;]*)/.exec(line.slice(location.endColumn - 1));
  return m ? ` ${m[1]}` : "";
}

/**
 * The text a flow step shows, with the rest of its line when the step names a
 * variable being assigned (`sql` in `const sql = \`INSERT INTO ${t}\``).
 */
export function stepText(ctx: RuleContext, location: Location): string {
  return sourceText(ctx, location) + initializerAfter(ctx, location);
}

function linesOf(ctx: RuleContext, file: string): string[] {
  const module = ctx.program.byPath.get(file);
  if (!module?.text) return [];
  let all = linesByModule.get(module);
  if (!all) {
    all = module.text.split("\n");
    linesByModule.set(module, all);
  }
  return all;
}

/** The source text a location spans. */
function sourceText(ctx: RuleContext, location: Location): string {
  const lines = linesOf(ctx, location.file).slice(location.line - 1, location.endLine ?? location.line);
  if (lines.length === 0) return "";
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, (location.endColumn ?? 100_000) - 1);
  lines[0] = lines[0].slice(location.column - 1);
  return lines.join("\n");
}

/** Source kind + sink callee + source name: stable across line moves (DESIGN.md Findings). */
export function fingerprintKeyOf(hit: SinkHit, flow: Flow, extra = ""): string {
  return `${hit.callee}|${hit.argument}|${flow.label.kind}|${flow.label.name}${extra ? `|${extra}` : ""}`;
}

/** Sinks already reported per rule run: two model rows can match one call (`pg` via default and named import). */
const reported = new WeakMap<RuleContext, Set<string>>();

/** What a tool's declared purpose makes of a flow (rules/util/declared-purpose.ts): the sentence and its severity. */
export interface CapabilityFraming {
  sentence: string;
  severity: "medium" | "low";
  tools: string[];
}

/** Reports one finding for an untrusted flow: message, path, fix. One finding per sink call. */
export function reportFlow(ctx: RuleContext, u: UntrustedFlow, what: string, fix: string, severity?: "critical" | "high" | "medium" | "low", extra = "", capability?: CapabilityFraming): void {
  const seen = reported.get(ctx) ?? new Set<string>();
  reported.set(ctx, seen);
  const at = `${u.hit.location.file}:${u.hit.location.line}:${u.hit.location.column}`;
  if (seen.has(at)) return;
  seen.add(at);
  const flow = attributedFlow(ctx, u.flow, u.hit);
  const source = describeSource(ctx.server, flow.label, argumentNameOf(ctx, flow, u.hit));
  const sharers = flow === u.flow ? [] : sharedWith(ctx, u.flow, flow, u.hit);
  const listed = `${sharers.slice(0, 3).map((t) => `\`${t}\``).join(", ")}${sharers.length > 3 ? ", …" : ""}`;
  const shared = sharers.length === 0 ? "" : sharers.length === 1 ? ` (tool ${listed} reaches this call too)` : ` (${sharers.length} other tools reach this call too: ${listed})`;
  const flows = `${source} reaches ${u.hit.callee} ${what}${shared}`;
  ctx.report({
    // A capability says what the tool can do first; the flow is how.
    message: capability ? `${capitalize(capability.sentence)}, as it says it does: ${flows}` : capitalize(flows),
    location: u.hit.location,
    path: flow.path,
    fix,
    ...(capability ? { severity: capability.severity } : severity ? { severity } : {}),
    fingerprintKey: fingerprintKeyOf(u.hit, flow, capability ? `capability${extra ? `|${extra}` : ""}` : extra),
    properties: { sourceKind: flow.label.kind, source: flow.label.name, sink: u.hit.callee, ...(capability ? { capability: capability.sentence, tool: capability.tools.join(" | ") } : {}) },
  });
}

/**
 * A shared dispatcher labels its parameter with every tool it serves
 * (`kubectl_get | kubectl_apply | ...`). The path says which branch the data
 * took: the first step inside one tool's `case`/`if` names that tool (the
 * step `kubectlApply(k8sManager, input)` in `if (name === "kubectl_apply")`).
 */
export function attributedFlow(ctx: RuleContext, flow: Flow, hit?: SinkHit): Flow {
  if (flow.label.kind !== "tool-argument" || !flow.label.name.includes(" | ")) return flow;
  const names = flow.label.name.split(" | ");
  const branches = named(ctx.handlers, names, (h) => h.item.name).filter((h) => h.branch);
  if (branches.length === 0) return flow;
  const locations = [...flow.path.slice(1).map((s) => s.location), ...(hit ? [hit.location] : [])];
  for (const at of locations) {
    const inside = branches.filter((h) => h.module.path === at.file && contains(h.branch!.loc, at));
    if (inside.length === 0) continue;
    const tools = names.filter((n) => inside.some((h) => h.item.name === n));
    return tools.length === 0 || tools.length === names.length ? flow : { ...flow, label: { ...flow.label, name: tools.join(" | ") } };
  }
  return flow;
}

/**
 * The other tools of the dispatcher whose branch reaches the function the sink
 * is in (a helper every branch calls): the path shows one of them.
 */
function sharedWith(ctx: RuleContext, original: Flow, narrowed: Flow, hit: SinkHit): string[] {
  const shown = new Set(narrowed.label.name.split(" | "));
  const names = original.label.name.split(" | ").filter((n) => !shown.has(n));
  const out: string[] = [];
  for (const h of named(ctx.handlers, names, (x) => x.item.name)) {
    if (!h.branch || out.includes(h.item.name)) continue;
    const inside = (h.functions ?? []).some((f) => f.node !== h.fn && f.module.path === hit.location.file && contains(f.node.loc, hit.location));
    if (inside) out.push(h.item.name);
  }
  return out;
}

function contains(range: { start: { line: number; column: number }; end: { line: number; column: number } }, at: Location): boolean {
  const col = at.column - 1;
  const afterStart = at.line > range.start.line || (at.line === range.start.line && col >= range.start.column);
  const beforeEnd = at.line < range.end.line || (at.line === range.end.line && col < range.end.column);
  return afterStart && beforeEnd;
}

/** `filePath`, `file_path`, `file-path` → "file path". */
export function spelledAsWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\-.:/]+/g, " ")
    .toLowerCase()
    .trim();
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
