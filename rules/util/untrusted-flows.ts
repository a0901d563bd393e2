// What the five tool-argument rules share: which labels are untrusted input,
// which guards count for which sink kind, and how to say what flows where.
// Sources stay separate from sinks (issue 6): library mode swaps the source
// kind, the rules stay the same.
import type { Flow, GuardKind, Label, SinkHit } from "../../analyzer/taint/spec.js";
import type { ServerModel, ToolParameter } from "../../analyzer/types.js";
import type { RuleContext } from "../types.js";

/**
 * Label kinds an attacker chooses: a tool's arguments (a prompt injection picks
 * them), the parameters of a library's exported API (`scan --sources exported`),
 * and the URL/headers/body of an incoming HTTP request.
 */
export const UNTRUSTED_LABEL_KINDS: readonly string[] = ["tool-argument", "exported-parameter", "http-request"];

export interface UntrustedFlow {
  hit: SinkHit;
  /** The first unsanitized untrusted flow into the hit (one finding per sink, not per flow). */
  flow: Flow;
}

/**
 * Hits of `sinkKind` reached by an untrusted label that was neither sanitized
 * for `sinkKind` nor dominated by one of the `effectiveGuards`.
 */
export function untrustedFlows(ctx: RuleContext, sinkKind: string, effectiveGuards: readonly GuardKind[]): UntrustedFlow[] {
  const out: UntrustedFlow[] = [];
  for (const hit of ctx.taint.hitsOf(sinkKind)) {
    const flow = hit.flows.find((f) => isUnsafe(ctx.server, f, sinkKind, effectiveGuards));
    if (flow) out.push({ hit, flow });
  }
  return out;
}

export function isUnsafe(server: ServerModel, flow: Flow, sinkKind: string, effectiveGuards: readonly GuardKind[]): boolean {
  if (!UNTRUSTED_LABEL_KINDS.includes(flow.label.kind)) return false;
  if (flow.sanitizedFor.includes(sinkKind) || flow.sanitizedFor.includes("*")) return false;
  if (flow.guards.some((g) => effectiveGuards.includes(g))) return false;
  return !pinnedBySchema(server, flow.label);
}

/**
 * The SDK validates arguments against the tool's input schema before the
 * handler runs, so a parameter pinned to an enum or typed as a number or
 * boolean cannot carry a command, path or SQL fragment.
 */
function pinnedBySchema(server: ServerModel, label: Label): boolean {
  if (label.kind !== "tool-argument") return false;
  const param = toolParameterOf(server, label);
  if (!param) return false;
  if (param.enum && param.enum.length > 0) return true;
  return param.type === "number" || param.type === "integer" || param.type === "boolean";
}

/** Tool name and parameter of a tool-argument label named `tool.param` (or just `tool`). */
export function splitToolLabel(label: Label): { tool: string; param?: string } {
  const dot = label.name.lastIndexOf(".");
  if (dot <= 0 || dot === label.name.length - 1) return { tool: label.name };
  return { tool: label.name.slice(0, dot), param: label.name.slice(dot + 1) };
}

function toolParameterOf(server: ServerModel, label: Label): ToolParameter | undefined {
  const direct = server.tools.find((t) => t.name === label.name);
  if (direct) return undefined;
  const { tool, param } = splitToolLabel(label);
  if (!param) return undefined;
  return server.tools.find((t) => t.name === tool)?.parameters.find((p) => p.name === param);
}

/** "tool argument `branch` of `git_checkout`", "parameter of exported `run`", "the HTTP request". */
export function describeSource(server: ServerModel, label: Label): string {
  if (label.kind === "tool-argument") {
    if (server.tools.some((t) => t.name === label.name)) return `an argument of tool \`${label.name}\``;
    const { tool, param } = splitToolLabel(label);
    return param ? `tool argument \`${param}\` of \`${tool}\`` : `an argument of tool \`${tool}\``;
  }
  if (label.kind === "exported-parameter") return `a parameter of exported \`${label.name}\``;
  if (label.kind === "http-request") return "the incoming HTTP request";
  return `\`${label.name}\``;
}

/** Source kind + sink callee + source name: stable across line moves (DESIGN.md Findings). */
export function fingerprintKeyOf(hit: SinkHit, flow: Flow, extra = ""): string {
  return `${hit.callee}|${hit.argument}|${flow.label.kind}|${flow.label.name}${extra ? `|${extra}` : ""}`;
}

/** Reports one finding for an untrusted flow: message, path, fix. */
export function reportFlow(ctx: RuleContext, u: UntrustedFlow, what: string, fix: string, severity?: "critical" | "high" | "medium" | "low", extra = ""): void {
  const source = describeSource(ctx.server, u.flow.label);
  ctx.report({
    message: `${capitalize(source)} reaches ${u.hit.callee} ${what}`,
    location: u.hit.location,
    path: u.flow.path,
    fix,
    ...(severity ? { severity } : {}),
    fingerprintKey: fingerprintKeyOf(u.hit, u.flow, extra),
    properties: { sourceKind: u.flow.label.kind, source: u.flow.label.name, sink: u.hit.callee },
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
