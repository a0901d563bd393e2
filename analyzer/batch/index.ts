// `mcp-warden batch` for callers: scan many packages into a store (index.jsonl
// and one JSON report per package and version), resumably.
export { batch, runInChild, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, type BatchOptions, type BatchResult, type ProgressEvent } from "./run.js";
export { runJob, type JobOutput } from "./job.js";
export { readTargets, readTargetList, TargetListError } from "./targets.js";
export { readIndex, reportKey, scannerId, INDEX_FILE } from "./store.js";
export { summarize, renderSummaryText, renderSummaryMarkdown, type BatchSummary } from "./summary.js";
export { INDEX_SCHEMA_VERSION, type BatchTarget, type EarlierReport, type IndexEntry, type JobOptions, type ScannerId, type SinceSummary } from "./types.js";
