// A finding about a client config (not about a package's code): which server,
// where in the file, and what to do.
import type { Severity } from "../../analyzer/types.js";

export interface ConfigFinding {
  ruleId: string;
  severity: Severity;
  /** The server it is about; absent for file-wide settings. */
  server?: string;
  line: number;
  message: string;
  fix: string;
  /** Stable part of the fingerprint (no line numbers). */
  key: string;
}
