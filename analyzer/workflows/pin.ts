// `mcp-warden pin`: a lock file records what a reviewed version of a server
// exposes and can do. `scan --baseline LOCK` compares a later scan with it:
// the lock is the old side of a diff (diff.ts), the scan the new one.
import { readFile } from "node:fs/promises";
import type { ScanResult } from "../types.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { diffSnapshots, type Addition } from "./diff.js";
import { destinationsOf, snapshotOf, type Snapshot } from "./snapshot.js";

/** Bumped when a field is removed or changes meaning; readers refuse other versions. */
export const LOCK_FORMAT_VERSION = 1;

export interface Lock extends Snapshot {
  lockFormatVersion: number;
  /**
   * `all`: `destinations` lists every outbound destination. Absent in locks
   * written before that (credential-map destinations only): they are compared
   * on those alone.
   */
  destinationsCover?: "all";
  warden: { name: string; version: string };
  /** What was scanned to make the lock, as given. */
  target: string;
}

export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LockError";
  }
}

export function lockOf(result: ScanResult): Lock {
  return { lockFormatVersion: LOCK_FORMAT_VERSION, destinationsCover: "all", warden: { name: TOOL_NAME, version: TOOL_VERSION }, target: result.target, ...snapshotOf(result) };
}

export function renderLock(lock: Lock): string {
  return JSON.stringify(lock, null, 2) + "\n";
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isToolPrint(v: unknown): boolean {
  return isObject(v) && typeof v.name === "string" && typeof v.descriptionHash === "string" && typeof v.schemaHash === "string" && isStrings(v.parameters) && isStrings(v.capabilities) && isStrings(v.credentials) && typeof v.unknown === "boolean";
}

function isFindingPrint(v: unknown): boolean {
  return isObject(v) && typeof v.fingerprint === "string" && typeof v.ruleId === "string" && typeof v.severity === "string" && typeof v.file === "string" && typeof v.line === "number";
}

/** Parses and checks a lock; the error names the file and what is wrong with it. */
export function parseLock(text: string, file: string): Lock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LockError(`${file} is not a lock file: not valid JSON (${(err as Error).message}); write one with \`mcp-warden pin <target> --out ${file}\``);
  }
  if (!isObject(data) || !("lockFormatVersion" in data)) throw new LockError(`${file} is not a lock file (no lockFormatVersion); write one with \`mcp-warden pin <target> --out ${file}\``);
  if (data.lockFormatVersion !== LOCK_FORMAT_VERSION) throw new LockError(`${file} is lock format ${String(data.lockFormatVersion)}; this mcp-warden reads format ${LOCK_FORMAT_VERSION}: pin the target again`);
  const problems: string[] = [];
  if (!isObject(data.package)) problems.push("package");
  if (!Array.isArray(data.tools) || !data.tools.every(isToolPrint)) problems.push("tools");
  if (!isStrings(data.credentials)) problems.push("credentials");
  if (!isStrings(data.destinations)) problems.push("destinations");
  if (!Array.isArray(data.findings) || !data.findings.every(isFindingPrint)) problems.push("findings");
  if (problems.length) throw new LockError(`${file} is a malformed lock: ${problems.join(", ")} missing or of the wrong shape; pin the target again`);
  return data as unknown as Lock;
}

export async function readLock(file: string): Promise<Lock> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LockError(code === "ENOENT" ? `lock file ${file} does not exist; write one with \`mcp-warden pin <target> --out ${file}\`` : `cannot read lock file ${file}: ${(err as Error).message}`);
  }
  return parseLock(text, file);
}

/** The scan as a snapshot to compare with `lock`: on the destinations that lock's format recorded. */
export function comparableTo(lock: Lock, result: ScanResult): Snapshot {
  const now = snapshotOf(result);
  return lock.destinationsCover === "all" ? now : { ...now, destinations: destinationsOf(result, true) };
}

/** Kinds of change that depart from a lock. New findings are judged by `--fail-on` as in any scan. */
const DEPARTURE_KINDS = new Set<Addition["kind"]>(["tool", "capability", "description", "schema", "credential", "destination", "unknown-capabilities"]);

/** A lock for another package, or the same version with other bytes (a republished or tampered tarball). */
function identityDepartures(lock: Lock, now: Snapshot["package"]): Addition[] {
  const was = lock.package;
  if (was.name && now.name && was.name !== now.name) return [{ kind: "package", severity: "high", message: `the lock pins ${was.name}, the target is ${now.name}` }];
  if (was.version && was.version === now.version && was.integrity && now.integrity && was.integrity !== now.integrity) {
    return [{ kind: "package", severity: "critical", message: `${now.name ?? "the package"}@${now.version} has other contents than when pinned (integrity ${was.integrity.slice(0, 20)}… → ${now.integrity.slice(0, 20)}…)` }];
  }
  return [];
}

/** What the scanned target adds over the lock: new tools, changed descriptions or schemas, new capabilities, credentials or destinations. */
export function departuresFrom(lock: Lock, result: ScanResult): Addition[] {
  const now = comparableTo(lock, result);
  return [...identityDepartures(lock, now.package), ...diffSnapshots(lock, now).additions.filter((a) => DEPARTURE_KINDS.has(a.kind))];
}
