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
 * scanning every handler per question was quadratic on large bundles.
 */
const toolsByLineOf = new WeakMap<readonly HandlerRef[], Map<string, Map<number, readonly string[]>>>();

function toolsAtLine(handlers: readonly HandlerRef[], file: string, line: number): readonly string[] {
  let byFile = toolsByLineOf.get(handlers);
  if (!byFile) {
    byFile = new Map();
    toolsByLineOf.set(handlers, byFile);
  }
  let byLine = byFile.get(file);
  if (!byLine) {
    byLine = new Map();
    byFile.set(file, byLine);
  }
  let tools = byLine.get(line);
  if (!tools) {
    const found: string[] = [];
    for (const h of handlers) {
      if (h.module.path !== file) continue;
      const range = h.branch ?? h.fn;
      if (line >= range.loc.start.line && line <= range.loc.end.line) found.push(h.item.name);
    }
    tools = found;
    byLine.set(line, tools);
  }
  return tools;
}

/** Tools whose handler contains one of these locations (a read, a step of a flow, the sink). */
export function toolsAt(ctx: RuleContext, locations: Location[]): string[] {
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
