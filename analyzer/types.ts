// The plain data that flows between stages (DESIGN.md "The flow of data").
// Every stage takes and returns these; reporters only format them.

/** Finding severities, from worst to mildest. */
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Larger is worse; used for sorting and for `--fail-on`. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** A place in a scanned file. Lines and columns are 1-based (as SARIF and editors count). */
export interface Location {
  /** Path relative to the package root, forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The source line at `line`, trimmed and with secrets masked; filled by the pipeline. */
  snippet?: string;
  /** The exact text of a one-line region (start to end column), masked; filled by the pipeline. */
  regionText?: string;
  /** A few lines around the location for code frames (untrimmed, masked, long lines clipped); filled by the pipeline. */
  context?: SnippetContext;
}

/** Source lines around a location: `lines[0]` is line `startLine`. */
export interface SnippetContext {
  startLine: number;
  lines: string[];
}

/** Something the scan could not do, or chose not to: a skipped file, a parse error, a bound hit. */
export interface Diagnostic {
  level: "error" | "warning" | "note";
  /** Stable machine-readable code, e.g. `parse-error`, `file-too-large`, `unsafe-tar-entry`. */
  code: string;
  message: string;
  file?: string;
  line?: number;
}

// ---------------------------------------------------------------- acquire

/** One file of the package, read once by acquire. */
export interface SourceFile {
  /** Relative to the package root, forward slashes, never `..` or absolute. */
  path: string;
  bytes: Buffer;
}

export type TargetKind = "npm" | "tarball" | "directory";

/** What acquire hands to parse: the package's files and facts, already on the safe side. */
export interface PackageSource {
  /** The target as the user gave it. */
  target: string;
  kind: TargetKind;
  /** For directories, the absolute folder; for npm specs and tarballs, the spec or file path. */
  origin: string;
  files: SourceFile[];
  facts: PackageFacts;
  /** The raw package.json text (rules locate keys in it), absent when the package has none. */
  manifestText?: string;
  diagnostics: Diagnostic[];
}

export interface PackageFacts {
  name?: string;
  version?: string;
  /** Subresource-integrity string of the tarball, when the package came from a tarball or registry. */
  integrity?: string;
  /** The registry's resolved tarball address, for npm specs. */
  resolved?: string;
  description?: string;
  entryPoints: EntryPoints;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  homepage?: string;
  repositoryUrl?: string;
  bugsUrl?: string;
  authorUrl?: string;
  /** True when the package.json exists but is not valid JSON. */
  manifestInvalid?: boolean;
  /** Files counted by acquire, and what it skipped (with reasons in diagnostics). */
  filesSeen: number;
  filesSkipped: number;
  /** The paths of the files kept, whatever their language (code of another language is named, never parsed). */
  files?: string[];
}

export interface EntryPoints {
  main?: string;
  module?: string;
  /** Every file path mentioned under `exports`, in document order. */
  exports: string[];
  bin: Record<string, string>;
}

// ---------------------------------------------------------------- parse

export type SourceLanguage = "js" | "ts";

/** A parsed file. The AST is ESTree (typescript-estree's node types cover both JS and TS). */
export interface ParsedModule {
  path: string;
  language: SourceLanguage;
  /** Whether the file parsed as an ES module (else script / CommonJS). */
  isModule: boolean;
  text: string;
  ast: import("@typescript-eslint/types").TSESTree.Program;
  /** A shipped source map next to the file or inlined, if any (path or `inline`). */
  sourceMap?: string;
  /** True when the file looks minified (long lines, little whitespace): rules may relax style heuristics. */
  minified: boolean;
  /** The vendor folder (`third_party`, `vendor`) this file is a copied library of: dependency code, not the package's own (parse/vendored-libraries.ts). */
  vendoredIn?: string;
}

// ---------------------------------------------------------------- findings

/** One step of a data-flow path, source first. */
export interface FlowStep {
  location: Location;
  /** Short human label: "GITHUB_TOKEN read", "stored in config.token", "passed to send()". */
  label: string;
}

export interface RelatedLocation {
  location: Location;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Says what flows where, in words a person understands. Never contains a secret in full. */
  message: string;
  /** The sink (primary location). */
  location: Location;
  /** For data-flow rules: source first, sink last. */
  path?: FlowStep[];
  related?: RelatedLocation[];
  /** One sentence: what to do about it. */
  fix?: string;
  /**
   * Stable across unrelated edits: rule id + sink shape + source kind, never line numbers.
   * Filled by the pipeline from `fingerprintKey` when a rule does not set it.
   */
  fingerprint: string;
  /** Extra machine-readable facts (destination host, credential name, ...). */
  properties?: Record<string, string | number | boolean | string[]>;
}

// ---------------------------------------------------------------- server model

export type Capability =
  | "fs-read"
  | "fs-write"
  | "fs-delete"
  | "process-exec"
  | "network-read"
  | "network-send"
  | "env-read"
  | "credential-access"
  | "db-read"
  | "db-write"
  | "db-delete"
  /** Runs SQL whose statements the analysis could not read: neither a constant nor the model's. */
  | "db-query";

export interface ToolParameter {
  name: string;
  type?: string;
  description?: string;
  descriptionLocation?: Location;
  required?: boolean;
  /** Allowed values when the schema pins them (zod enum, JSON Schema enum/const). */
  enum?: string[];
  /** Shape marks (analyzer/taint/shapes.ts) every value the schema admits carries: zod `.regex()`/`.uuid()`, JSON Schema `pattern`/`format`. */
  shape?: string[];
}

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
  title?: string;
}

export interface SurfaceItem {
  kind: "tool" | "prompt" | "resource" | "resource-template";
  name: string;
  /** True when the name or description could not be resolved to constants. */
  dynamic?: boolean;
  nameLocation: Location;
  description?: string;
  descriptionLocation?: Location;
  parameters: ToolParameter[];
  annotations: ToolAnnotations;
  /** Where the handler function starts, when found. */
  handlerLocation?: Location;
  capabilities: Capability[];
  /** Credential names (env vars, files) the handler can reach. */
  credentials: string[];
  /** Which SDK shape registered it (e.g. `McpServer.tool`, `setRequestHandler`, `fastmcp.addTool`). */
  registeredVia: string;
  /**
   * The registration runs once per element of a list whose elements were not read (run-time plugins,
   * a remote server's tools, definitions collected where the loop reading does not follow): it stands
   * for as many tools as the list holds, not for one tool, and is not counted as one.
   */
  perElement?: boolean;
}

export interface ServerModel {
  tools: SurfaceItem[];
  prompts: SurfaceItem[];
  resources: SurfaceItem[];
  instructions?: { text: string; location: Location };
  /** SDKs seen (`@modelcontextprotocol/sdk`, `fastmcp`, ...). */
  sdks: string[];
  /** When the package does not hold its server's code: where the server is instead (the verdict is incomplete). */
  elsewhere?: ServerElsewhere;
  /** When the package holds code but nothing was read off it and no other place is named: why (so "0 tools" never reads as an empty server). */
  unread?: ServerUnread;
}

/** Why no tool, prompt or resource was read off a package's own code. */
export interface ServerUnread {
  kind: "no-code" | "obfuscated" | "unrecognised" | "run-time-load" | "no-server";
  /** One sentence a person reads: what was seen. */
  reason: string;
  location?: Location;
}

/**
 * Where a server lives when its package does not hold the code: a native binary
 * (platform packages, a prebuilt executable), a shim that starts another program,
 * a dependency the package imports its server from, or a remote URL it proxies to;
 * or code the package ships in another language (a Dart or Python server behind a
 * JavaScript launcher), which the scan does not analyse.
 */
export interface ServerElsewhere {
  kind: "native-binary" | "shim" | "dependency" | "remote-proxy" | "other-language";
  /** The binary, program, dependency name or URL. */
  where: string;
  /** One sentence a person reads: what was seen and what would cover it. */
  reason: string;
  location?: Location;
}

// ---------------------------------------------------------------- credential map

export type DestinationClass = "own-service" | "user-configured" | "foreign" | "collector" | "unknown";

export interface CredentialDestination {
  /** Host or URL prefix as far as it is known, e.g. `https://api.github.com`. */
  destination?: string;
  class: DestinationClass;
  /** Kind of sink: `http`, `dns`, `email`, `process`, `socket`... */
  via: string;
  location: Location;
}

export interface CredentialUse {
  /** Env var name (`GITHUB_TOKEN`) or credential file (`~/.aws/credentials`). */
  credential: string;
  kind: "env" | "file" | "process-output" | "hardcoded";
  readAt: Location[];
  destinations: CredentialDestination[];
  /** Tools whose handlers can reach this credential. */
  tools: string[];
}

// ---------------------------------------------------------------- outbound destinations

/**
 * One place the code sends something to (a request, a socket, a mail, a DNS
 * query, a network program), credential or not: telemetry, update checks and
 * tool requests alike. Built from the engine's sink hits, no second pass.
 */
export interface OutboundDestination {
  /** Host or URL origin as far as the code fixes it; absent when nothing pins it. */
  destination?: string;
  /** The same classes as the credential map's; for a destination no credential reaches, judged as for a package-owned value. */
  class: DestinationClass;
  /** In words: "set by API_BASE_URL", "a destination chosen by fetch_url", "a request-capture service". */
  reason: string;
  /** Kind of sink: `http`, `socket`, `dns`, `email`, `process`. */
  via: string;
  /** The call, e.g. `fetch`, `axios.post`, `https.request`. */
  callee: string;
  /** What reaches it, when the data flow shows it: `credential GITHUB_TOKEN`, `argument url of fetch_page`, `env USER`. Empty: nothing the engine labels (a version string, a fixed body). */
  sends: string[];
  /** Tools whose handlers reach the call; empty for start-up code (update checks, telemetry on launch). */
  tools: string[];
  location: Location;
}

// ---------------------------------------------------------------- the result

export interface Timings {
  acquireMs: number;
  parseMs: number;
  analysisMs: number;
  /** Of analysisMs, the data-flow engine (analyzeTaint) alone. */
  engineMs?: number;
  /** The rules' online lookups before analysis (the advisory query: a registry round trip); not part of analysisMs, part of totalMs. */
  lookupMs?: number;
  totalMs: number;
}

export interface ScanResult {
  schemaVersion: string;
  tool: { name: string; version: string };
  target: string;
  targetKind: TargetKind;
  package: PackageFacts & { filesScanned: number };
  findings: Finding[];
  credentials: CredentialUse[];
  /** Every outbound destination the code has, worst class first (added in schema 1.3.0; always set by scan). */
  destinations?: OutboundDestination[];
  server: ServerModel;
  diagnostics: Diagnostic[];
  timings: Timings;
}
