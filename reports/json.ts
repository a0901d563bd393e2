// The JSON report: the ScanResult itself (docs/json-report.md,
// docs/json-report.schema.json), made deterministic: arrays in a stable
// order and object keys in a fixed order, so two scans of the same package
// differ only in timings and a diff of two versions shows what changed.
import type { CredentialDestination, CredentialUse, Diagnostic, Finding, Location, ScanResult, SurfaceItem } from "../analyzer/types.js";
import { severityRank } from "../analyzer/types.js";

type Json = { [key: string]: unknown };

export function renderJson(result: ScanResult): string {
  return JSON.stringify(canonicalResult(result), null, 2) + "\n";
}

/** A copy of the result with every array sorted and every object's keys in the documented order. */
export function canonicalResult(result: ScanResult): ScanResult {
  return ordered(
    {
      ...result,
      package: ordered({ ...result.package, scripts: sortedKeys(result.package.scripts), dependencies: sortedKeys(result.package.dependencies), devDependencies: sortedKeys(result.package.devDependencies), optionalDependencies: sortedKeys(result.package.optionalDependencies), peerDependencies: sortedKeys(result.package.peerDependencies) }, PACKAGE_KEYS),
      findings: sortFindings(result.findings).map(canonicalFinding),
      credentials: [...result.credentials].sort((a, b) => compare(a.credential, b.credential)).map(canonicalCredential),
      // Older results (a ScanResult built before schema 1.3.0) have no destinations.
      destinations: result.destinations?.map((d) => ordered({ ...d, location: canonicalLocation(d.location) }, ["destination", "class", "reason", "via", "callee", "sends", "tools", "location"])),
      server: ordered(
        {
          ...result.server,
          tools: sortSurface(result.server.tools),
          prompts: sortSurface(result.server.prompts),
          resources: sortSurface(result.server.resources),
          ...(result.server.instructions ? { instructions: ordered({ ...result.server.instructions, location: canonicalLocation(result.server.instructions.location) }, ["text", "location"]) } : {}),
          sdks: [...result.server.sdks].sort(compare),
        },
        ["tools", "prompts", "resources", "instructions", "sdks"],
      ),
      diagnostics: sortDiagnostics(result.diagnostics).map((d) => ordered(d, ["level", "code", "message", "file", "line"])),
      timings: ordered(result.timings, ["acquireMs", "parseMs", "analysisMs", "engineMs", "lookupMs", "totalMs"]),
    },
    ["schemaVersion", "tool", "target", "targetKind", "package", "findings", "credentials", "destinations", "server", "diagnostics", "timings"],
  );
}

const PACKAGE_KEYS = [
  "name",
  "version",
  "integrity",
  "resolved",
  "description",
  "filesSeen",
  "filesScanned",
  "filesSkipped",
  "entryPoints",
  "scripts",
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
  "homepage",
  "repositoryUrl",
  "bugsUrl",
  "authorUrl",
  "manifestInvalid",
];
const LOCATION_KEYS = ["file", "line", "column", "endLine", "endColumn", "snippet", "regionText", "context"];

/** Worst first, then by place, then rule and fingerprint: the same order as the pipeline's. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      compare(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, note: 2 } as const;
  return [...diagnostics].sort((a, b) => rank[a.level] - rank[b.level] || compare(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compare(a.code, b.code) || compare(a.message, b.message));
}

function canonicalLocation(loc: Location): Location {
  return ordered(loc, LOCATION_KEYS);
}

function canonicalFinding(f: Finding): Finding {
  const out: Finding = { ...f, location: canonicalLocation(f.location) };
  if (f.path) out.path = f.path.map((s) => ordered({ ...s, location: canonicalLocation(s.location) }, ["label", "location"]));
  if (f.related) out.related = f.related.map((r) => ordered({ ...r, location: canonicalLocation(r.location) }, ["message", "location"]));
  if (f.properties) out.properties = sortedKeys(f.properties);
  return ordered(out, ["ruleId", "severity", "message", "location", "path", "related", "fix", "fingerprint", "properties"]);
}

function canonicalCredential(c: CredentialUse): CredentialUse {
  const byPlace = (a: Location, b: Location) => compare(a.file, b.file) || a.line - b.line || a.column - b.column;
  const destinations = [...c.destinations]
    .sort((a, b) => compare(a.destination ?? "", b.destination ?? "") || compare(a.class, b.class) || compare(a.via, b.via) || byPlace(a.location, b.location))
    .map((d) => ordered({ ...d, location: canonicalLocation(d.location) }, ["destination", "class", "via", "location"]) as CredentialDestination);
  return ordered(
    { ...c, readAt: [...c.readAt].sort(byPlace).map(canonicalLocation), destinations, tools: [...c.tools].sort(compare) },
    ["credential", "kind", "readAt", "destinations", "tools"],
  );
}

function sortSurface(items: readonly SurfaceItem[]): SurfaceItem[] {
  return [...items]
    .sort((a, b) => compare(a.name, b.name) || compare(a.nameLocation.file, b.nameLocation.file) || a.nameLocation.line - b.nameLocation.line)
    .map((item) =>
      ordered(
        {
          ...item,
          nameLocation: canonicalLocation(item.nameLocation),
          ...(item.descriptionLocation ? { descriptionLocation: canonicalLocation(item.descriptionLocation) } : {}),
          ...(item.handlerLocation ? { handlerLocation: canonicalLocation(item.handlerLocation) } : {}),
          capabilities: [...item.capabilities].sort(compare),
          credentials: [...item.credentials].sort(compare),
          annotations: sortedKeys(item.annotations),
        },
        ["kind", "name", "dynamic", "nameLocation", "description", "descriptionLocation", "parameters", "annotations", "handlerLocation", "capabilities", "credentials", "registeredVia"],
      ),
    );
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The listed keys first, in that order, then any others alphabetically; undefined values dropped. */
function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Json;
  const out: Json = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  for (const k of Object.keys(source).sort(compare)) if (!(k in out) && source[k] !== undefined) out[k] = source[k];
  return out as T;
}

function sortedKeys<T extends object>(value: T): T {
  return ordered(value, []);
}
