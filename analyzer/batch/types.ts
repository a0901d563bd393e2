// The data of `mcp-warden batch`: what goes in (targets, options) and what the
// store holds (docs/batch-index.md, docs/batch-index.schema.json).
import type { ServerVerdict } from "../audit/servers.js";
import type { Severity } from "../types.js";

/** Bumped when an index line changes shape (docs/batch-index.md). */
export const INDEX_SCHEMA_VERSION = "1.0.0";

/** One thing to scan: an npm spec, a .tgz or a folder, with the version and integrity a list pins, when it pins them. */
export interface BatchTarget {
  spec: string;
  /** Subresource integrity the package must have (`sha512-...`); a scan of other bytes fails. */
  integrity?: string;
}

/** The scanner that wrote an entry: a rerun reuses an entry only from the same build. */
export interface ScannerId {
  name: string;
  version: string;
  /** sha256 (first 16 hex digits) of the scanner's own code: changes whenever the code does, version bump or not. */
  build: string;
}

/** What `--since` found: the earlier version diffed against and how much the new one adds. */
export interface SinceSummary {
  version: string;
  /** Everything the new version adds (diff's additions), and per kind. */
  additions: number;
  byKind: Record<string, number>;
  /** The worst addition's severity, absent when nothing was added. */
  worst?: Severity;
  /** The diff (SnapshotDiff as JSON), relative to the output folder. */
  diff: string;
}

/** One line of index.jsonl. */
export interface IndexEntry {
  schemaVersion: string;
  /** The target as given (npm spec, tarball or folder path). */
  spec: string;
  name?: string;
  version?: string;
  integrity?: string;
  scanner: ScannerId;
  /** `scanned`: a report was written; `failed`: `error` says why (timeout, out of memory, crash, fetch error). */
  status: "scanned" | "failed";
  error?: string;
  verdict?: ServerVerdict;
  counts?: Record<Severity, number>;
  /** Findings per rule id (the rules hit), keys sorted. */
  rules?: Record<string, number>;
  /** Names of the tools found, sorted. */
  tools?: string[];
  /** Prompts and resources found (tools are listed by name above). */
  prompts?: number;
  resources?: number;
  /** Where the analysis stopped at one of its bounds (`analysis-incomplete` diagnostics): a warning's file, `(package)` for one about several files or the whole program. */
  incomplete?: string[];
  /** Scanner diagnostics by code (warnings and errors). */
  diagnostics?: Record<string, number>;
  /**
   * `scan`: parse and analysis inside the scanner; `wall`: the child process from start to exit (fetch and start-up included);
   * `cpu`: the child process's CPU time (what the scan's time budget counts), the same on a busy machine as on an idle one.
   */
  timeMs: { scan?: number; wall: number; cpu?: number };
  /** The JSON report (docs/json-report.md), relative to the output folder. */
  report?: string;
  since?: SinceSummary;
}

/** What the per-package job needs besides its target: everything that decides its result. */
export interface JobOptions {
  cacheDir?: string;
  registry?: string;
  offline?: boolean;
  includeTests?: boolean;
  rules?: string[];
  /**
   * With `--since`: the earlier batch's reports that can be this target's earlier version (read from that
   * batch's index once, by the parent: since.ts). The job diffs against the latest one of its package older
   * than the version it scanned.
   */
  earlier?: EarlierReport[];
  scanner: ScannerId;
}

/** A report in an earlier batch's store: one package version, its JSON report by absolute path. */
export interface EarlierReport {
  name: string;
  version: string;
  report: string;
}
