// Which flow labels are credentials, and which tools reach them. Shared by the
// credential rules and the credential map (and meant for the leakage rules:
// a secret in tool output or logs is the same label set).
import type { FlowStep, Location } from "../../analyzer/types.js";
import type { Label } from "../../analyzer/taint/spec.js";
import { CREDENTIAL_COMMAND_KIND, CREDENTIAL_FILE_KIND, credentialCommandOf, credentialStoreOf } from "../models/credential-files.js";
import { ENV_KIND, ENV_WHOLE_KIND } from "../models/env.js";
import { isEnvName, isSecretName } from "../models/secret-names.js";
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

function within(loc: Location, fn: { file: string; start: number; end: number }): boolean {
  return loc.file === fn.file && loc.line >= fn.start && loc.line <= fn.end;
}

/** Tools whose handler contains one of these locations (a read, a step of a flow, the sink). */
export function toolsAt(ctx: RuleContext, locations: Location[]): string[] {
  const tools = new Set<string>();
  for (const h of ctx.handlers) {
    const range = { file: h.module.path, start: h.fn.loc.start.line, end: h.fn.loc.end.line };
    const branch = h.branch ? { file: h.module.path, start: h.branch.loc.start.line, end: h.branch.loc.end.line } : undefined;
    if (locations.some((l) => within(l, branch ?? range))) tools.add(h.item.name);
  }
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
