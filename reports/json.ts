// The JSON report: the ScanResult itself, in a deterministic key order.
import type { ScanResult } from "../analyzer/types.js";

export function renderJson(result: ScanResult): string {
  return JSON.stringify(result, null, 2) + "\n";
}
