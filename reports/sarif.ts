// SARIF 2.1.0 for GitHub code scanning.
import type { Finding, Location, ScanResult, Severity } from "../analyzer/types.js";
import { TOOL_URI } from "../analyzer/version.js";
import { ALL_RULES } from "../rules/index.js";
import type { RuleMeta } from "../rules/types.js";

export const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };

type Json = Record<string, unknown>;

function ruleDescriptor(meta: RuleMeta): Json {
  const tags = ["security", meta.threat, ...(meta.cwe ?? []).map((n) => `external/cwe/cwe-${n}`)];
  return {
    id: meta.id,
    name: meta.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : "")),
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.description },
    help: { text: meta.help.replace(/[`*]/g, ""), markdown: meta.help },
    helpUri: `${TOOL_URI}#${meta.id}`,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags, precision: meta.precision, "security-severity": SECURITY_SEVERITY[meta.defaultSeverity] },
  };
}

function physicalLocation(loc: Location): Json {
  const region: Json = { startLine: loc.line, startColumn: loc.column, columnKind: "utf16CodeUnits" };
  if (loc.endLine !== undefined) region.endLine = loc.endLine;
  if (loc.endColumn !== undefined) region.endColumn = loc.endColumn;
  if (loc.snippet !== undefined) region.snippet = { text: loc.snippet };
  return { artifactLocation: { uri: loc.file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" }, region };
}

function result(f: Finding, ruleIndex: number): Json {
  const out: Json = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message + (f.fix ? ` Fix: ${f.fix}` : "") },
    locations: [{ physicalLocation: physicalLocation(f.location) }],
    partialFingerprints: { "mcpWarden/v1": f.fingerprint },
    properties: { severity: f.severity, "security-severity": SECURITY_SEVERITY[f.severity], ...(f.properties ?? {}) },
  };
  if (f.path && f.path.length > 0) {
    out.codeFlows = [{ threadFlows: [{ locations: f.path.map((s) => ({ location: { physicalLocation: physicalLocation(s.location), message: { text: s.label } } })) }] }];
  }
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.location), message: { text: r.message } }));
  }
  return out;
}

export function renderSarif(scan: ScanResult, category = "mcp-warden"): Json {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.meta.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: scan.tool.name,
            semanticVersion: scan.tool.version,
            informationUri: TOOL_URI,
            rules: ALL_RULES.map((r) => ruleDescriptor(r.meta)),
          },
        },
        automationDetails: { id: `${category}/` },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned package" } } },
        results: scan.findings.map((f) => result(f, ruleIndex.get(f.ruleId) ?? -1)),
        invocations: [
          {
            executionSuccessful: !scan.diagnostics.some((d) => d.level === "error"),
            toolExecutionNotifications: scan.diagnostics.map((d) => ({
              level: d.level === "note" ? "note" : d.level,
              message: { text: d.message },
              descriptor: { id: d.code },
              ...(d.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: d.file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" }, ...(d.line ? { region: { startLine: d.line } } : {}) } }] } : {}),
            })),
          },
        ],
        properties: { target: scan.target, targetKind: scan.targetKind },
      },
    ],
  };
}
