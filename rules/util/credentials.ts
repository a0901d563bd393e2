// Which flow labels are credentials, and which tools reach them. Shared by the
// credential rules and the credential map (and meant for the leakage rules:
// a secret in tool output or logs is the same label set).
import type { FlowStep, Location } from "../../analyzer/types.js";
import type { Label } from "../../analyzer/taint/spec.js";
import { CREDENTIAL_COMMAND_KIND, CREDENTIAL_FILE_KIND, credentialCommandOf, credentialStoreOf } from "../models/credential-files.js";
import { ENV_KIND, ENV_WHOLE_KIND } from "../models/env.js";
import { isEnvName, isSecretName } from "../models/secret-names.js";
import type { HandlerRef } from "../../analyzer/mcp/index.js";
import type { RuleContext } from "../types.js";
import type { CredentialRef } from "./destinations.js";
import { normalizeShape } from "./path-shape.js";

/** The credential a label stands for: a secret env var, a credential store, a credential command. */
export function credentialOf(label: Label): CredentialRef | undefined {
  switch (label.kind) {
    case ENV_KIND:
      return isEnvName(label.name) && isSecretName(label.name) ? { name: label.name, kind: "env" } : undefined;
    case CREDENTIAL_FILE_KIND:
      return { name: credentialStoreOf(label.name)?.name ?? normalizeShape(label.name), kind: "file" };
    case CREDENTIAL_COMMAND_KIND:
      return { name: credentialCommandOf(label.name)?.name ?? label.name, kind: "process-output" };
    default:
      return undefined;
  }
}

/** The whole environment (or a whole .env file): what environment-dump is about. */
export function isEnvironmentWhole(label: Label): boolean {
  return label.kind === ENV_WHOLE_KIND;
}

/**
 * Tools whose handler (or handler branch) covers each line, per file; built on
 * first use and shared by every rule of the scan (the handler list is one
 * array per scan). Rules ask once per credential read and per flow step, so
 * scanning every handler per question was quadratic on large bundles: the
 * handlers' line ranges cut each file into segments covered by the same
 * tools, and a question is a binary search.
 */
interface LineIndex {
  /** Ascending first lines of the segments; a segment runs to the next one's first line. */
  starts: number[];
  /** The tools covering each segment, deduplicated and sorted. */
  tools: (readonly string[])[];
}

const lineIndexesOf = new WeakMap<readonly HandlerRef[], Map<string, LineIndex>>();

function lineIndex(handlers: readonly HandlerRef[], file: string): LineIndex {
  let byFile = lineIndexesOf.get(handlers);
  if (!byFile) {
    byFile = new Map();
    lineIndexesOf.set(handlers, byFile);
  }
  let index = byFile.get(file);
  if (!index) {
    index = buildLineIndex(handlers, file);
    byFile.set(file, index);
  }
  return index;
}

function buildLineIndex(handlers: readonly HandlerRef[], file: string): LineIndex {
  const spans: { first: number; last: number; tool: string }[] = [];
  for (const h of handlers) {
    if (h.module.path !== file) continue;
    const range = h.branch ?? h.fn;
    spans.push({ first: range.loc.start.line, last: range.loc.end.line, tool: h.item.name });
  }
  const starts = [...new Set(spans.flatMap((s) => [s.first, s.last + 1]))].sort((a, b) => a - b);
  spans.sort((a, b) => a.first - b.first);
  const tools: (readonly string[])[] = [];
  let active: typeof spans = [];
  let next = 0;
  for (const line of starts) {
    while (next < spans.length && spans[next].first <= line) active.push(spans[next++]);
    active = active.filter((s) => s.last >= line);
    tools.push([...new Set(active.map((s) => s.tool))].sort());
  }
  return { starts, tools };
}

function toolsAtLine(handlers: readonly HandlerRef[], file: string, line: number): readonly string[] {
  const { starts, tools } = lineIndex(handlers, file);
  // The last segment starting at or before the line.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? [] : tools[lo - 1];
}

/** Tools whose handler contains one of these locations (a read, a step of a flow, the sink). */
export function toolsAt(ctx: RuleContext, locations: Location[]): string[] {
  if (locations.length === 1) return [...toolsAtLine(ctx.handlers, locations[0].file, locations[0].line)];
  const tools = new Set<string>();
  for (const l of locations) for (const t of toolsAtLine(ctx.handlers, l.file, l.line)) tools.add(t);
  return [...tools].sort();
}

/** Tools that use a flow: any step of its path inside a handler. */
export function toolsOnPath(ctx: RuleContext, path: FlowStep[], sink: Location): string[] {
  return toolsAt(ctx, [...path.map((s) => s.location), sink]);
}

/** CredentialUse kind for a credential reference. */
export function useKind(ref: CredentialRef): "env" | "file" | "process-output" | "hardcoded" {
  return ref.kind === "environment" ? "env" : ref.kind;
}
