// The engine's bound hits as the user reads them: one `analysis-incomplete`
// warning per cause, naming the files it concerns (a file of its own when
// only one) and, for a stop at the scan's budget, the tools whose handlers it
// left unfinished. A row per file read as a screenful of warnings about one thing.
import type { Diagnostic } from "./types.js";

/** Files and tools named one by one; the rest are counted. */
const MAX_NAMED = 20;

export interface EngineBoundRow {
  /** The file concerned, or "*" for the whole program. */
  file: string;
  reason: string;
}

export function incompleteDiagnostics(rows: readonly EngineBoundRow[], unfinishedTools: readonly string[], stoppedBy: string | undefined): Diagnostic[] {
  const byReason = new Map<string, string[]>();
  for (const { file, reason } of rows) {
    const files = byReason.get(reason);
    if (!files) byReason.set(reason, [file]);
    else if (!files.includes(file)) files.push(file);
  }
  const tools = unfinishedTools.length ? `${unfinishedTools.length === 1 ? "tool" : "tools"} ${named(unfinishedTools, "more")}` : undefined;
  let toolsSaid = tools === undefined;
  const out: Diagnostic[] = [];
  for (const [reason, files] of byReason) {
    const stopRow = !toolsSaid && stoppedBy !== undefined && reason.startsWith(`stopped at ${stoppedBy}`);
    if (stopRow) toolsSaid = true;
    const places = files.filter((f) => f !== "*");
    const where = places.length > 1 || (places.length === 1 && files.length > 1) ? ` (in ${named(places, "more files")})` : "";
    out.push({ level: "warning", code: "analysis-incomplete", ...(files.length === 1 && places.length === 1 ? { file: places[0] } : {}), message: `data-flow analysis incomplete: ${reason}${where}${stopRow ? `; the handlers of ${tools} were not followed to their end` : ""}` });
  }
  if (!toolsSaid) out.push({ level: "warning", code: "analysis-incomplete", message: `data-flow analysis incomplete for ${tools}: stopped at ${stoppedBy ?? "a bound"} before their handlers were followed to their end` });
  return out;
}

function named(list: readonly string[], rest: string): string {
  return `${list.slice(0, MAX_NAMED).join(", ")}${list.length > MAX_NAMED ? ` and ${list.length - MAX_NAMED} ${rest}` : ""}`;
}
