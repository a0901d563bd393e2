// The library API: `import { scan } from "mcp-warden"`.
export { scan, UnknownRuleError, type ScanOptions } from "./scan.js";
export { AcquireError } from "./acquire/index.js";
export { ALL_RULES } from "../rules/index.js";
export type { Rule, RuleMeta } from "../rules/types.js";
export * from "./types.js";
export { SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from "./version.js";
// The reporters, for callers that scan once and write several formats.
export { FORMATS, type Format, render, type RenderOptions, renderJson, renderMarkdown, renderSarif, renderText, type SarifOptions, type TextOptions } from "../reports/index.js";
// The workflows: permission policies, version diffs and locks, from scan results.
export { permissionPolicy, claudeSettings, type PermissionPolicy, type PermissionRule } from "./workflows/permissions.js";
export { diffSnapshots, addsAtOrOver, type SnapshotDiff, type Addition } from "./workflows/diff.js";
export { snapshotOf, type Snapshot } from "./workflows/snapshot.js";
export { lockOf, parseLock, readLock, departuresFrom, LockError, type Lock } from "./workflows/pin.js";
// Batch scanning into a resumable store (docs/batch-index.md).
export { batch, runJob, readTargets, readIndex, summarize, renderSummaryText, renderSummaryMarkdown, INDEX_SCHEMA_VERSION, type BatchOptions, type BatchResult, type BatchTarget, type BatchSummary, type IndexEntry, type JobOptions, type ProgressEvent } from "./batch/index.js";
