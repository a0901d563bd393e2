// `mcp-warden audit`'s server scans from the command line: progress on stderr
// while several servers are scanned, when stderr is a terminal (a log or pipe
// gets no progress unless --progress asks for it).
import type { AuditResult } from "./index.js";
import { scanServers, type ServerScan } from "./servers.js";

export interface AuditScanArgs {
  cacheDir?: string;
  registry?: string;
  offline: boolean;
  noAdvisories?: boolean;
  /** Progress lines even when stderr is not a terminal. */
  progress: boolean;
}

/** Progress is worth showing from this many distinct targets on. */
const PROGRESS_FROM = 2;

export async function runAuditServers(result: AuditResult, args: AuditScanArgs): Promise<ServerScan[]> {
  const show = args.progress || process.stderr.isTTY === true;
  return scanServers(result, {
    cacheDir: args.cacheDir,
    registry: args.registry,
    offline: args.offline ? true : undefined,
    noAdvisories: args.noAdvisories,
    onProgress: (i, total, target) => {
      if (show && (args.progress || total >= PROGRESS_FROM)) process.stderr.write(`mcp-warden: [${i}/${total}] scanning ${target}\n`);
    },
  });
}
