// The library API: `import { scan } from "mcp-warden"`.
export { scan, type ScanOptions } from "./scan.js";
export { AcquireError } from "./acquire/index.js";
export { ALL_RULES } from "../rules/index.js";
export type { Rule, RuleMeta } from "../rules/types.js";
export * from "./types.js";
