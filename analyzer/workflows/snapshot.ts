// A scan reduced to what matters when a server changes: its tools (with
// fingerprints of what the client is shown), what each tool can do, the
// credentials read, where data goes, and the findings by fingerprint.
// `diff` compares two snapshots; a lock (`pin`) is a snapshot saved to disk.
import { createHash } from "node:crypto";
import type { Capability, ScanResult, Severity, SurfaceItem, ToolParameter } from "../types.js";

export interface ToolPrint {
  name: string;
  /** The description the client shows the model, as written (absent when none or not constant). */
  description?: string;
  /** sha256 of the description, hex (of "" when there is none). */
  descriptionHash: string;
  /** sha256 of the input schema as extracted: each parameter's name, type, required, enum and description. */
  schemaHash: string;
  /** sha256 over name, description hash and schema hash: changes when anything the model is shown changes. */
  fingerprint: string;
  /** Parameter names in declaration order, to say what changed in a schema. */
  parameters: string[];
  capabilities: Capability[];
  credentials: string[];
  /** True when the tool's name or description is not constant, or its handler was not found: its capabilities are unknown. */
  unknown: boolean;
}

export interface FindingPrint {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
}

export interface Snapshot {
  package: { name?: string; version?: string; integrity?: string };
  tools: ToolPrint[];
  /** Credential names any code of the package reads (env vars, files). */
  credentials: string[];
  /** Where data is sent: hosts or URL prefixes from the outbound destinations, the credential map and findings. */
  destinations: string[];
  findings: FindingPrint[];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function schemaText(parameters: ToolParameter[]): string {
  return JSON.stringify(parameters.map((p) => [p.name, p.type ?? null, p.required === true, p.enum ? [...p.enum].sort() : null, p.description ?? null]));
}

export function toolPrint(tool: SurfaceItem): ToolPrint {
  const descriptionHash = sha256(tool.description ?? "");
  const schemaHash = sha256(schemaText(tool.parameters));
  return {
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    descriptionHash,
    schemaHash,
    fingerprint: sha256(`${tool.name}\0${descriptionHash}\0${schemaHash}`),
    parameters: tool.parameters.map((p) => p.name),
    capabilities: [...tool.capabilities],
    credentials: [...tool.credentials],
    unknown: tool.dynamic === true || tool.handlerLocation === undefined,
  };
}

/** Finding properties that name where data goes. */
const DESTINATION_PROPERTIES = ["destination", "recipient", "url", "host"];

/** `https://api.example.com/v1/x?y` → `https://api.example.com`: the place, not the request. */
export function destinationKey(text: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\s]+)/i.exec(text.trim());
  return m ? m[1].toLowerCase() : text.trim();
}

/**
 * Hosts the package sends to. `credentialOnly` keeps what locks held before
 * the scan listed every outbound destination (the credential map and
 * findings): a lock written then is compared on those alone, so upgrading
 * mcp-warden does not turn every telemetry host into a departure.
 */
export function destinationsOf(result: ScanResult, credentialOnly = false): string[] {
  const out = new Set<string>();
  for (const c of result.credentials) for (const d of c.destinations) if (d.destination) out.add(destinationKey(d.destination));
  // Every outbound destination, credential or not: a new telemetry host is a change worth a review.
  if (!credentialOnly) for (const d of result.destinations ?? []) if (d.destination) out.add(destinationKey(d.destination));
  for (const f of result.findings) {
    for (const key of DESTINATION_PROPERTIES) {
      const v = f.properties?.[key];
      if (typeof v === "string" && v !== "") out.add(destinationKey(v));
    }
  }
  return [...out].sort();
}

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function snapshotOf(result: ScanResult): Snapshot {
  const credentials = new Set<string>(result.credentials.map((c) => c.credential));
  for (const t of result.server.tools) t.credentials.forEach((c) => credentials.add(c));
  return {
    package: { name: result.package.name, version: result.package.version, integrity: result.package.integrity },
    tools: result.server.tools.map(toolPrint).sort(byName),
    credentials: [...credentials].sort(),
    destinations: destinationsOf(result),
    findings: result.findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.location.file, line: f.location.line })),
  };
}
