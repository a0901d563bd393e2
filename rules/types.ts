// What a rule is: metadata plus what it asks of the pipeline (STYLE.md, ESLint).
// Rules never walk the AST themselves: the driver walks each module once and
// calls the visitors rules subscribe; whole-program questions go in `check`.
import type { TSESTree } from "@typescript-eslint/types";
import type { HandlerRef } from "../analyzer/mcp/index.js";
import type { Program } from "../analyzer/program/index.js";
import type { TaintResult } from "../analyzer/taint/spec.js";
import type { CredentialUse, Diagnostic, Finding, OutboundDestination, PackageSource, ParsedModule, ServerModel, Severity } from "../analyzer/types.js";

/** The four threats of the README, plus the package's own supply chain. */
export type Threat = "malicious-server" | "prompt-injection" | "over-broad-permissions" | "credential-leakage" | "supply-chain";

export interface RuleMeta {
  /** Public contract: SARIF ruleId, JSON, docs. Never renamed. */
  id: string;
  /** Short name, e.g. "Credential exfiltration". */
  title: string;
  /** The usual severity; a finding may carry another (DESIGN.md). */
  defaultSeverity: Severity;
  threat: Threat;
  cwe?: number[];
  /** One line: what the rule finds. */
  summary: string;
  /** A paragraph: what it finds, why it matters. */
  description: string;
  /** Markdown: why it matters, how to fix, a short example. */
  help: string;
  precision: "very-high" | "high" | "medium" | "low";
}

/** A finding as a rule reports it; the pipeline fills ruleId and fingerprint. */
export type ReportedFinding = Omit<Finding, "ruleId" | "fingerprint" | "severity"> & {
  severity?: Severity;
  /** Stable shape for the fingerprint: sink kind + source kind, no line numbers. */
  fingerprintKey: string;
};

export interface RuleContext {
  source: PackageSource;
  program: Program;
  server: ServerModel;
  /** Tool/prompt/resource handlers, linked to their functions. */
  handlers: HandlerRef[];
  /** The data-flow engine's results for this program (computed once, shared by all rules). */
  taint: TaintResult;
  report(finding: ReportedFinding): void;
  /** Adds to the credential map: where a credential goes, which tools use it. */
  recordCredential(use: CredentialUse): void;
  /** Adds to the list of outbound destinations (telemetry and update checks included). */
  recordDestination?(destination: OutboundDestination): void;
  diagnostic(d: Diagnostic): void;
}

type NodeOfType<T extends TSESTree.Node["type"]> = Extract<TSESTree.Node, { type: T }>;

/** Handlers keyed by node type, like ESLint's `create()` result. */
export type RuleVisitors = {
  [T in TSESTree.Node["type"]]?: (node: NodeOfType<T>, module: ParsedModule) => void;
};

/** Where a rule may fetch from before the scan's synchronous rule run (scan options, passed through). */
export interface RuleNetworkOptions {
  registry?: string;
  offline?: boolean;
  /** `--no-advisories`: skip the advisory lookup (a registry round trip), said in a note. */
  noAdvisories?: boolean;
  cacheDir?: string;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Async work before the rules run (rules themselves are synchronous): e.g.
   * fetching advisories for the declared dependencies. Keep the result keyed by
   * `source` (the same object is `ctx.source` in visitors and check). Must not
   * throw: a failure becomes a diagnostic in `check`.
   */
  prepare?(source: PackageSource, network: RuleNetworkOptions): Promise<void>;
  /** AST subscriptions; called once per scan with the context, before the walk. */
  visitors?(ctx: RuleContext): RuleVisitors;
  /** Whole-program checks, after the walk: package.json, taint queries, the server model. */
  check?(ctx: RuleContext): void;
}
