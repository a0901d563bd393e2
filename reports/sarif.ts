// SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule described
// from its metadata, results with the sink as primary location, the engine's
// path as a code flow, and fingerprints that do not move with line numbers.
import type { Diagnostic, Finding, Location, ScanResult, Severity } from "../analyzer/types.js";
import { TOOL_URI } from "../analyzer/version.js";
import { ALL_RULES } from "../rules/index.js";
import type { RuleMeta } from "../rules/types.js";
import { markdownToText, ruleHelpMarkdown, ruleHelpText } from "./rule-help.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };
export const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };
/** The key of our fingerprint in `partialFingerprints`; the `v1` changes if the fingerprint recipe does. */
export const FINGERPRINT_KEY = "mcpWarden/v1";
export const DEFAULT_CATEGORY = "mcp-warden";
const SRCROOT = "%SRCROOT%";

export interface SarifOptions {
  /**
   * Separates this run from other analyses of the same repository in code
   * scanning (`automationDetails.id`), e.g. one category per scanned server.
   */
  category?: string;
  /**
   * Folder of the scanned package relative to the repository root, for folder
   * scans of a subfolder: code scanning resolves URIs against the repository.
   */
  uriPrefix?: string;
  /** The rule catalog to describe (default: every rule); results of rules not in it carry no ruleIndex. */
  rules?: readonly RuleMeta[];
}

type Json = { [key: string]: unknown };

export function renderSarif(scan: ScanResult, options: SarifOptions = {}): Json {
  const rules = options.rules ?? ALL_RULES.map((r) => r.meta);
  const ruleIndex = new Map(rules.map((m, i) => [m.id, i]));
  const uri = uriMaker(options.uriPrefix);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: scan.tool.name,
            semanticVersion: scan.tool.version,
            informationUri: TOOL_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        automationDetails: { id: automationId(options.category ?? DEFAULT_CATEGORY) },
        originalUriBaseIds: { [SRCROOT]: { description: { text: rootDescription(scan) } } },
        columnKind: "utf16CodeUnits",
        results: scan.findings.map((f) => result(f, ruleIndex.get(f.ruleId), uri)),
        invocations: [invocation(scan.diagnostics, uri)],
        properties: runProperties(scan),
      },
    ],
  };
}

/** `automationDetails.id` is `category/run-id`; code scanning keys analyses on the part before the last slash. */
export function automationId(category: string): string {
  const trimmed = category.trim().replace(/\/+$/, "");
  return `${trimmed || DEFAULT_CATEGORY}/`;
}

function rootDescription(scan: ScanResult): string {
  return scan.targetKind === "directory" ? "The scanned folder" : `The root of the package ${scan.target}`;
}

function runProperties(scan: ScanResult): Json {
  const props: Json = { target: scan.target, targetKind: scan.targetKind };
  if (scan.targetKind === "npm") props.spec = scan.target;
  const pkg: Json = {};
  if (scan.package.name !== undefined) pkg.name = scan.package.name;
  if (scan.package.version !== undefined) pkg.version = scan.package.version;
  if (scan.package.integrity !== undefined) pkg.integrity = scan.package.integrity;
  if (scan.package.resolved !== undefined) pkg.resolved = scan.package.resolved;
  props.package = pkg;
  return props;
}

export function ruleDescriptor(meta: RuleMeta): Json {
  const tags = ["security", meta.threat, ...(meta.cwe ?? []).map((n) => `external/cwe/cwe-${n}`)];
  return {
    id: meta.id,
    name: pascalCase(meta.title),
    shortDescription: { text: meta.summary },
    fullDescription: { text: markdownToText(meta.description), markdown: meta.description },
    help: { text: ruleHelpText(meta), markdown: ruleHelpMarkdown(meta) },
    helpUri: `${TOOL_URI}/blob/main/docs/rules.md#${meta.id}`,
    defaultConfiguration: { level: SARIF_LEVEL[meta.defaultSeverity] },
    properties: { tags, precision: meta.precision, "security-severity": SECURITY_SEVERITY[meta.defaultSeverity] },
  };
}

function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

type UriMaker = (file: string) => string;

/** Relative, percent-encoded per segment, so spaces, `#` and `%` in file names stay one path. */
function uriMaker(prefix: string | undefined): UriMaker {
  const base = (prefix ?? "")
    .replace(/\\/g, "/")
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  return (file) => [...base, ...file.split("/")].map(encodeURIComponent).join("/");
}

function physicalLocation(loc: Location, uri: UriMaker): Json {
  const region: Json = { startLine: loc.line, startColumn: loc.column };
  if (loc.endLine !== undefined) region.endLine = loc.endLine;
  if (loc.endColumn !== undefined) region.endColumn = loc.endColumn;
  if (loc.regionText !== undefined) region.snippet = { text: loc.regionText };
  const out: Json = { artifactLocation: { uri: uri(loc.file), uriBaseId: SRCROOT }, region };
  const ctx = loc.context;
  const regionEnd = loc.endLine ?? loc.line;
  if (ctx && ctx.lines.length > 0 && ctx.startLine <= loc.line && ctx.startLine + ctx.lines.length - 1 >= regionEnd) {
    out.contextRegion = { startLine: ctx.startLine, endLine: ctx.startLine + ctx.lines.length - 1, snippet: { text: ctx.lines.join("\n") } };
  }
  return out;
}

/** SARIF messages treat `[text](id)` as a link: literal brackets are escaped. */
export function escapeSarifText(s: string): string {
  return s.replace(/[[\]]/g, (m) => `\\${m}`);
}

interface Related {
  id: number;
  location: Location;
  message: string;
}

/** The source of a flow, then the rule's related places: each gets an id the message links to. */
function relatedOf(f: Finding): Related[] {
  const out: Related[] = [];
  const source = f.path && f.path.length > 1 ? f.path[0] : undefined;
  if (source) out.push({ id: 1, location: source.location, message: source.label });
  for (const r of f.related ?? []) out.push({ id: out.length + 1, location: r.location, message: r.message });
  return out;
}

function messageText(f: Finding, related: Related[]): string {
  let text = escapeSarifText(f.message.trim());
  if (!/[.!?]$/.test(text)) text += ".";
  const hasSource = f.path && f.path.length > 1;
  const links = related.map((r) => `[${escapeSarifText(r.message)}](${r.id})`);
  if (hasSource) text += ` Source: ${links[0]}.`;
  const others = hasSource ? links.slice(1) : links;
  if (others.length > 0) text += ` See also: ${others.join(", ")}.`;
  if (f.fix) text += ` Fix: ${escapeSarifText(f.fix.trim())}`;
  return text;
}

function result(f: Finding, ruleIndex: number | undefined, uri: UriMaker): Json {
  const related = relatedOf(f);
  const out: Json = { ruleId: f.ruleId };
  if (ruleIndex !== undefined) out.ruleIndex = ruleIndex;
  out.level = SARIF_LEVEL[f.severity];
  out.message = { text: messageText(f, related) };
  out.locations = [{ physicalLocation: physicalLocation(f.location, uri) }];
  if (related.length > 0) {
    out.relatedLocations = related.map((r) => ({ id: r.id, physicalLocation: physicalLocation(r.location, uri), message: { text: escapeSarifText(r.message) } }));
  }
  if (f.path && f.path.length > 0) {
    out.codeFlows = [
      {
        message: { text: `${f.path[0].label} → ${f.path[f.path.length - 1].label}` },
        threadFlows: [
          {
            locations: f.path.map((step, i) => ({
              location: { physicalLocation: physicalLocation(step.location, uri), message: { text: step.label } },
              executionOrder: i + 1,
              nestingLevel: 0,
            })),
          },
        ],
      },
    ];
  }
  out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  out.properties = { ...(f.properties ?? {}), ...(f.fix ? { fix: f.fix } : {}), severity: f.severity, "security-severity": SECURITY_SEVERITY[f.severity] };
  return out;
}

function invocation(diagnostics: Diagnostic[], uri: UriMaker): Json {
  return {
    executionSuccessful: !diagnostics.some((d) => d.level === "error"),
    toolExecutionNotifications: diagnostics.map((d) => {
      const n: Json = { level: d.level, message: { text: d.message }, descriptor: { id: d.code } };
      if (d.file) {
        const physical: Json = { artifactLocation: { uri: uri(d.file), uriBaseId: SRCROOT } };
        if (d.line !== undefined && d.line > 0) physical.region = { startLine: d.line };
        n.locations = [{ physicalLocation: physical }];
      }
      return n;
    }),
  };
}
