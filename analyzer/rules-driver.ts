// Runs the rules over a program: one walk of each module dispatching to every
// subscribed visitor, then the whole-program checks.
import { createHash } from "node:crypto";
import type { TSESTree } from "@typescript-eslint/types";
import type { Rule, RuleContext, RuleVisitors } from "../rules/types.js";
import type { Budget, BudgetStop } from "./budget.js";
import { walkTypes } from "./parse/ast.js";
import type { ExtractedServer } from "./mcp/index.js";
import type { Program } from "./program/index.js";
import type { TaintResult } from "./taint/spec.js";
import type { CredentialUse, Diagnostic, Finding, OutboundDestination, PackageSource, ParsedModule } from "./types.js";

type Handler = (node: TSESTree.Node, module: ParsedModule) => void;

/** Files named one by one in a budget diagnostic; the rest are counted. */
const MAX_NAMED = 20;
type Subscription = { rule: Rule; fn: Handler };

/** The message of whatever was thrown, on one line. */
export function thrownMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
}

export function fingerprintOf(ruleId: string, key: string): string {
  return createHash("sha256").update(`${ruleId}\0${key}`).digest("hex").slice(0, 32);
}

export interface RuleRun {
  findings: Finding[];
  diagnostics: Diagnostic[];
  credentials: CredentialUse[];
  destinations: OutboundDestination[];
  /** Files the rules did not look at because the scan's budget was spent (0 when it was not). */
  unwalkedFiles: number;
}

export function runRules(rules: readonly Rule[], source: PackageSource, program: Program, server: ExtractedServer, taint: TaintResult, budget?: Budget): RuleRun {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const credentials: CredentialUse[] = [];
  const destinations: OutboundDestination[] = [];
  const handlers = new Map<string, Subscription[]>();
  // A bug in one rule must not cost the user the whole scan: that rule stops,
  // the scan says so, and every other rule still reports.
  const failed = new Set<Rule>();
  const fail = (rule: Rule, stage: string, err: unknown, file?: string): void => {
    if (failed.has(rule)) return;
    failed.add(rule);
    diagnostics.push({ level: "error", code: "internal-error", message: `rule ${rule.meta.id} failed (${stage}): ${thrownMessage(err)}; its findings may be missing`, ...(file ? { file } : {}) });
  };

  const contexts = rules.map((rule) => {
    const ctx: RuleContext = {
      source,
      program,
      server: server.model,
      handlers: server.handlers,
      taint,
      recordCredential(use) {
        credentials.push(use);
      },
      recordDestination(d) {
        destinations.push(d);
      },
      report(f) {
        const { fingerprintKey, ...rest } = f;
        findings.push({ ...rest, ruleId: rule.meta.id, severity: f.severity ?? rule.meta.defaultSeverity, fingerprint: fingerprintOf(rule.meta.id, fingerprintKey) });
      },
      diagnostic(d) {
        diagnostics.push(d);
      },
    };
    let visitors: RuleVisitors = {};
    try {
      visitors = rule.visitors?.(ctx) ?? {};
    } catch (err) {
      fail(rule, "setup", err);
    }
    for (const [type, fn] of Object.entries(visitors)) {
      if (!fn) continue;
      const list = handlers.get(type) ?? [];
      list.push({ rule, fn: fn as Handler });
      handlers.set(type, list);
    }
    return { rule, ctx };
  });

  // Past the scan's budget the walk and the checks stop; what they found stays, and what they did not reach is said.
  let stop: BudgetStop | undefined;
  const unwalked: string[] = [];
  if (handlers.size > 0) {
    for (const module of program.modules) {
      if (budget && (stop ??= budget.spent())) {
        unwalked.push(module.path);
        continue;
      }
      // Only the node types some rule visits: a bundle's other nodes are never touched.
      walkTypes(module.ast, handlers.keys(), (node) => {
        const list = handlers.get(node.type);
        if (list === undefined) return;
        for (const h of list) {
          if (failed.has(h.rule)) continue;
          try {
            h.fn(node, module);
          } catch (err) {
            fail(h.rule, "walk", err, module.path);
          }
        }
      });
    }
  }
  const unchecked: string[] = [];
  for (const { rule, ctx } of contexts) {
    if (failed.has(rule) || !rule.check) continue;
    if (budget && (stop ??= budget.spent())) {
      unchecked.push(rule.meta.id);
      continue;
    }
    try {
      rule.check(ctx);
    } catch (err) {
      fail(rule, "check", err);
    }
  }
  // One warning for the stop, naming the files the walk did not reach and the checks not run (its file when only one file is concerned).
  if (stop && budget && (unwalked.length || unchecked.length)) {
    const why = budget.describe(stop);
    const parts: string[] = [];
    if (unwalked.length) parts.push(`the rules did not look at ${unwalked.length === 1 ? "this file" : `${unwalked.slice(0, MAX_NAMED).join(", ")}${unwalked.length > MAX_NAMED ? ` and ${unwalked.length - MAX_NAMED} more files` : ""}`}`);
    if (unchecked.length) parts.push(`whole-program checks not run: ${unchecked.join(", ")}`);
    diagnostics.push({ level: "warning", code: "analysis-incomplete", ...(unwalked.length === 1 ? { file: unwalked[0] } : {}), message: `stopped at ${why}: ${parts.join("; ")}` });
  }
  return { findings: disambiguate(findings), diagnostics, credentials: mergeCredentials(credentials), destinations: mergeDestinations(destinations), unwalkedFiles: unwalked.length };
}

/** Two findings of one rule with the same shape get distinct, order-stable fingerprints. */
function disambiguate(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    if (n > 0) f.fingerprint = `${f.fingerprint}:${n}`;
  }
  return findings;
}

/** One entry per credential, destinations and tools merged, in a stable order. */
function mergeCredentials(uses: CredentialUse[]): CredentialUse[] {
  const byName = new Map<string, CredentialUse>();
  for (const u of uses) {
    const prev = byName.get(u.credential);
    if (!prev) {
      byName.set(u.credential, { ...u, readAt: [...u.readAt], destinations: [...u.destinations], tools: [...u.tools] });
      continue;
    }
    prev.readAt.push(...u.readAt);
    prev.destinations.push(...u.destinations);
    prev.tools.push(...u.tools);
  }
  const locKey = (l: { file: string; line: number; column: number }) => `${l.file}:${l.line}:${l.column}`;
  for (const u of byName.values()) {
    u.readAt = uniqueBy(u.readAt, locKey);
    u.destinations = uniqueBy(u.destinations, (d) => `${d.class}|${d.destination ?? ""}|${d.via}|${locKey(d.location)}`);
    u.tools = [...new Set(u.tools)].sort();
  }
  return [...byName.values()].sort((a, b) => a.credential.localeCompare(b.credential));
}

const DESTINATION_RANK: Record<OutboundDestination["class"], number> = { collector: 0, foreign: 1, unknown: 2, "user-configured": 3, "own-service": 4 };

/** One entry per sink call and destination, what is sent and the tools merged; worst class first, then by place. */
function mergeDestinations(found: OutboundDestination[]): OutboundDestination[] {
  const byKey = new Map<string, OutboundDestination>();
  for (const d of found) {
    const key = `${d.destination ?? ""}|${d.via}|${d.location.file}:${d.location.line}:${d.location.column}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...d, sends: [...d.sends], tools: [...d.tools] });
      continue;
    }
    prev.sends.push(...d.sends);
    prev.tools.push(...d.tools);
    if (DESTINATION_RANK[d.class] < DESTINATION_RANK[prev.class]) Object.assign(prev, { class: d.class, reason: d.reason });
  }
  const out = [...byKey.values()];
  for (const d of out) {
    d.sends = [...new Set(d.sends)].sort();
    d.tools = [...new Set(d.tools)].sort();
  }
  return out.sort(
    (a, b) =>
      DESTINATION_RANK[a.class] - DESTINATION_RANK[b.class] ||
      (a.destination ?? "\uffff").localeCompare(b.destination ?? "\uffff") ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column,
  );
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
