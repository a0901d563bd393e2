// The pipeline of DESIGN.md: acquire → parse → link → mcp → rules.
import { ALL_RULES } from "../rules/index.js";
import type { Rule } from "../rules/types.js";
import { acquire, AcquireError, type AcquireOptions } from "./acquire/index.js";
import { Budget } from "./budget.js";
import { CAPABILITY_ROWS, CREDENTIAL_ENV } from "../rules/models/capabilities.js";
import { SQL_STATEMENT_KINDS } from "../rules/models/sql.js";
import { incompleteDiagnostics } from "./incomplete.js";
import { installHooks, stepsOf } from "./lifecycle.js";
import { fillCapabilities } from "./mcp/capabilities.js";
import { handlerSinks, handlerSources, requestContextSources } from "./mcp/engine-inputs.js";
import { REQUEST_CONTEXT_API, REQUEST_CONTEXT_KIND } from "../rules/models/mcp-protocol.js";
import { extractInstalledServer, extractServer, type ExtractedServer } from "./mcp/index.js";
import { installedCode, REACHED_DECLARES_NOTHING } from "./installed-code.js";
import { LazyParser, type ParseResult } from "./parse/index.js";
import { exportedParameterSources } from "./program/exports.js";
import { link, type Program, type ResolutionConfig, resolutionConfig } from "./program/index.js";
import { withoutMaintainerScripts } from "./maintainer-scripts.js";
import { analyzeTaint, emptyTaintResult, type TaintResult } from "./taint/index.js";
import { ALL_MODELS } from "../rules/models/index.js";
import { maskingCallKinds } from "../rules/models/masking.js";
import { runRules, thrownMessage } from "./rules-driver.js";
import { attachSnippets } from "./snippets.js";
import { mapToOriginalSources, mergeMappedDuplicates } from "./source-maps.js";
import { suppressionMarkers } from "./suppression-markers.js";
import { type CredentialUse, type Diagnostic, type Finding, type PackageSource, type ParsedModule, type ScanResult, type ServerModel, severityRank } from "./types.js";
import { SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface ScanOptions extends AcquireOptions {
  /** Restrict to these rule ids (default: all). */
  rules?: readonly string[];
  /**
   * Which inputs count as untrusted besides the MCP surface: `exported` adds the
   * parameters of the package's exported API (library mode, kind `exported-parameter`).
   */
  sources?: "tools" | "exported";
  /** Skip the registry's advisory lookup for the declared dependencies (`--no-advisories`). */
  noAdvisories?: boolean;
  /**
   * CPU time (ms of this process's, from the scan's start) and resident memory
   * (bytes) the analysis may use; past them each stage stops cleanly and the scan
   * says what it did not finish (`analysis-incomplete`). 0 means no limit.
   * Defaults in budget.ts. CPU time, so that a busy machine gives the same report.
   */
  timeBudgetMs?: number;
  maxMemoryBytes?: number;
  /** The clock the budget reads, in ms (default: the process's CPU time); tests inject one to make the budget's stops deterministic. */
  clock?: () => number;
}

export async function scan(target: string, options: ScanOptions = {}): Promise<ScanResult> {
  const t0 = performance.now();
  const budget = new Budget({ timeBudgetMs: options.timeBudgetMs, maxMemoryBytes: options.maxMemoryBytes }, undefined, options.clock);
  const source = await acquire(target, options);
  const t1 = performance.now();
  const parser = new LazyParser(source);
  const aliases = resolutionConfig(source.files);
  // Only what the entry points load is parsed when that is known (installed-code.ts); else every file.
  const installed = options.includeTests ? undefined : installedCode(parser, source, aliases);
  const { program, server, notes, parseDiagnostics, parsedCount } =
    installed && installed !== REACHED_DECLARES_NOTHING
      ? { ...installed, notes: installed.diagnostics, parseDiagnostics: parser.diagnostics(), parsedCount: installed.program.modules.length }
      : wholePackage(parser.all(), source, aliases, options.includeTests === true, installed === REACHED_DECLARES_NOTHING);
  const t2 = performance.now();
  const rules: readonly Rule[] = options.rules ? selectRules(options.rules) : ALL_RULES;
  // Rules' online lookups (the advisory query) are a network round trip, timed on their own, not as analysis.
  const lookupStart = performance.now();
  await Promise.all(rules.map((r) => r.prepare?.(source, { registry: options.registry, offline: options.offline, cacheDir: options.cacheDir, noAdvisories: options.noAdvisories })));
  const lookupMs = performance.now() - lookupStart;
  // The engine and capability inference are guarded like the rules (rules-driver.ts): a bug
  // there costs the data-flow findings, said in a diagnostic, not the whole scan.
  const stageDiagnostics: Diagnostic[] = [];
  // No tool, prompt or resource here because the server is elsewhere: "No findings" would read as a clean bill of health.
  const elsewhere = server.model.elsewhere;
  const unread = server.model.unread;
  // A package with no MCP server is not an incomplete scan of one: a note; tools there but unread leave the verdict incomplete: a warning.
  if (unread) stageDiagnostics.push({ level: unread.kind === "no-server" ? "note" : "warning", code: "tools-unread", message: `no tools read: ${unread.reason}`, ...(unread.location ? { file: unread.location.file, line: unread.location.line } : {}) });
  if (elsewhere) stageDiagnostics.push({ level: "warning", code: "server-elsewhere", message: `${elsewhere.kind === "other-language" ? "the server is not JavaScript and was not analysed" : "no server code in this package"}: ${elsewhere.reason}`, ...(elsewhere.location ? { file: elsewhere.location.file, line: elsewhere.location.line } : {}) });
  let taint: TaintResult;
  // Spent before the analysis began (acquire, parse and extraction are not interruptible): what follows reads nothing.
  const spentBeforeAnalysis = budget.spent();
  const engineStart = performance.now();
  try {
    taint = analyzeTaint(program, {
      models: ALL_MODELS,
      functionSources: [...handlerSources(server.handlers), ...requestContextSources(server.handlers, REQUEST_CONTEXT_KIND, REQUEST_CONTEXT_API), ...(options.sources === "exported" ? exportedParameterSources(program) : [])],
      functionSinks: handlerSinks(server.handlers),
      sanitizingCalls: maskingCallKinds,
    }, { budget: budget.forStage() });
  } catch (err) {
    stageDiagnostics.push({ level: "error", code: "internal-error", message: `the data-flow analysis failed: ${thrownMessage(err)}; findings that follow data (credentials, tool arguments) are missing` });
    taint = emptyTaintResult();
  }
  const engineMs = performance.now() - engineStart;
  try {
    fillCapabilities(server, taint, program, { rows: CAPABILITY_ROWS, credentialEnv: CREDENTIAL_ENV, sql: SQL_STATEMENT_KINDS });
  } catch (err) {
    stageDiagnostics.push({ level: "error", code: "internal-error", message: `inferring tool capabilities failed: ${thrownMessage(err)}; capabilities may be missing` });
  }
  // Where the engine stopped at one of its bounds, the user hears it, once per cause: flows there may be missing.
  const unfinishedTools = [...new Set(server.handlers.filter((h) => !taint.analyzed(h.fn)).map((h) => h.item.name))];
  stageDiagnostics.push(...incompleteDiagnostics(taint.incomplete, unfinishedTools, taint.stoppedBy));
  const ruleRun = runRules(rules, source, program, server, taint, budget);
  const { credentials } = ruleRun;
  const diagnostics = [...stageDiagnostics, ...ruleRun.diagnostics];
  // The budget ran out before the rules read a single file: a report would say "no findings" about code nobody read.
  if (spentBeforeAnalysis && program.modules.length > 0 && ruleRun.unwalkedFiles === program.modules.length && ruleRun.findings.length === 0) {
    throw new NothingAnalyzedError(`${target}: nothing could be analyzed within ${budget.describe(spentBeforeAnalysis)}: reading and parsing the package used it all; raise --time-budget or --max-memory`);
  }
  if (parsedCount === 0) {
    // "No findings" on a package with no code to read would read as "safe".
    if (ruleRun.findings.length === 0) throw new AcquireError(nothingToScan(target, source.files.length, parseDiagnostics.filter((d) => d.code === "parse-error").length));
    diagnostics.push({ level: "warning", code: "no-code", message: "no JavaScript or TypeScript file was analyzed: only the package's manifest was checked" });
  }
  reachingTools(credentials, server.model);
  const t3 = performance.now();
  // Findings in a bundle that ships a source map with sourcesContent move to the original source.
  const mapped = mapToOriginalSources(ruleRun.findings, program.modules, source.files);
  const findings = mergeMappedDuplicates(ruleRun.findings, mapped.moved);
  attachSnippets(findings, (file) => (file === "package.json" ? source.manifestText : (program.byPath.get(file)?.text ?? mapped.textOf(file))));

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target,
    targetKind: source.kind,
    package: { ...source.facts, filesScanned: program.modules.length },
    findings: sortFindings(findings),
    credentials,
    destinations: ruleRun.destinations,
    server: server.model,
    diagnostics: [...source.diagnostics, ...parseDiagnostics, ...notes, ...suppressionMarkers(source), ...diagnostics, ...mapped.diagnostics],
    timings: { acquireMs: round(t1 - t0), parseMs: round(t2 - t1), analysisMs: round(t3 - t2 - lookupMs), engineMs: round(engineMs), lookupMs: round(lookupMs), totalMs: round(t3 - t0) },
  };
}

/**
 * Every file parsed: maintainer scripts no entry point or server code reaches
 * are left out, then what the entry points do not reach (unless the reached
 * code declares no tool); with --include-tests, everything.
 */
function wholePackage(parsed: ParseResult, source: PackageSource, aliases: ResolutionConfig, includeTests: boolean, reachedDeclaresNothing: boolean): { program: Program; server: ExtractedServer; notes: Diagnostic[]; parseDiagnostics: Diagnostic[]; parsedCount: number } {
  const linked = link(parsed.modules, source.facts, aliases);
  const base = { parseDiagnostics: parsed.diagnostics, parsedCount: parsed.modules.length };
  if (includeTests) return { ...base, program: linked, server: extractServer(linked), notes: [] };
  // An install hook's files stay, also when reached through `npm run x` or a shell script (the lifecycle reading the install-script rule uses).
  const hookRun = new Set(installHooks(source).flatMap((h) => stepsOf(h.command, source, linked.byPath)).flatMap((step) => (step.kind === "js-file" ? [step.module.path] : [])));
  const kept = withoutMaintainerScripts(linked, hookRun);
  const scripted = kept.modules === linked.modules ? linked : link(kept.modules, source.facts, aliases);
  const hookModules = [...hookRun].map((p) => scripted.byPath.get(p)).filter((m): m is ParsedModule => m !== undefined);
  const { program, server, diagnostics } = extractInstalledServer(scripted, hookModules, reachedDeclaresNothing);
  return { ...base, program, server, notes: [...kept.diagnostics, ...diagnostics] };
}

/** The rules named by --rules; an unknown id is an error that lists the valid ones, never a scan with no rules. */
export function selectRules(ids: readonly string[]): Rule[] {
  const known = new Set(ALL_RULES.map((r) => r.meta.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UnknownRuleError(`unknown rule ${unknown.map((id) => `"${id}"`).join(", ")}; valid rules: ${[...known].sort().join(", ")}`);
  }
  return ALL_RULES.filter((r) => ids.includes(r.meta.id));
}

/** A rule id the build does not know: the command line exits 2. */
export class UnknownRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnknownRuleError";
  }
}

/** The scan's budget was spent before any file was analyzed (exit 2, like a target with nothing to read). */
export class NothingAnalyzedError extends AcquireError {
  constructor(message: string) {
    super(message);
    this.name = "NothingAnalyzedError";
  }
}

function nothingToScan(target: string, files: number, unparsed: number): string {
  if (files === 0) return `${target}: nothing to scan: no files found (is it the right folder?)`;
  const why = unparsed > 0 ? "none of its JavaScript or TypeScript files could be parsed" : "it holds no JavaScript or TypeScript file";
  return `${target}: nothing to scan: ${why} (${files} file${files === 1 ? "" : "s"} read); mcp-warden analyzes servers written in JavaScript or TypeScript`;
}

/**
 * The credential map lists every tool whose handler reaches a credential: the
 * rules name the tools on a flow's path, the capability inference the tools
 * whose handlers read it (through helpers the flow paths do not show).
 */
function reachingTools(credentials: CredentialUse[], model: ServerModel): void {
  const items = [...model.tools, ...model.prompts, ...model.resources];
  for (const use of credentials) {
    const names = new Set(use.tools);
    for (const item of items) if (item.credentials.includes(use.credential)) names.add(item.name);
    use.tools = [...names].sort();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Deterministic order: worst first, then by place, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}
