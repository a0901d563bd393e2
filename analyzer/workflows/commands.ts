// The command-line side of `permissions`, `diff` and `pin`: arguments in,
// report out, exit code back. cli.ts only dispatches here.
import { writeFile } from "node:fs/promises";
import { renderDiff, DIFF_FORMATS, type DiffFormat } from "../../reports/diff.js";
import { renderPermissions, PERMISSION_FORMATS, type PermissionFormat } from "../../reports/permissions.js";
import { scan, type ScanOptions } from "../scan.js";
import type { ScanResult } from "../types.js";
import { SEVERITIES, type Severity } from "../types.js";
import { addsAtOrOver, diffSnapshots } from "./diff.js";
import { permissionPolicy } from "./permissions.js";
import { comparableTo, lockOf, readLock, renderLock, type Lock } from "./pin.js";
import { snapshotOf, type Snapshot } from "./snapshot.js";

export interface WorkflowArgs {
  format: string;
  output?: string;
  failOn: string;
  cacheDir?: string;
  registry?: string;
  offline: boolean;
  includeTests: boolean;
  serverName?: string;
  lenient: boolean;
  out?: string;
  noAdvisories?: boolean;
}

/** A mistake in the command line: exit 2 with this message. */
export class WorkflowUsageError extends Error {}

export const WORKFLOW_COMMANDS = ["permissions", "diff", "pin"] as const;

export function scanOptionsOf(args: WorkflowArgs): ScanOptions {
  if (args.registry !== undefined && !/^https?:\/\/[^/]/.test(args.registry)) throw new WorkflowUsageError(`--registry must be an http(s) URL, not "${args.registry}"`);
  // offline unset unless given, as in `scan`, so npm's own offline setting can apply.
  return { cacheDir: args.cacheDir, registry: args.registry, offline: args.offline ? true : undefined, includeTests: args.includeTests, noAdvisories: args.noAdvisories };
}

function formatOf<T extends string>(args: WorkflowArgs, command: string, formats: readonly T[]): T {
  const format = args.format;
  if (!formats.includes(format as T)) throw new WorkflowUsageError(`${command} --format must be one of ${formats.join(", ")}, not "${format}"`);
  return format as T;
}

async function emit(text: string, file: string | undefined): Promise<void> {
  if (file) await writeFile(file, text);
  else process.stdout.write(text);
}

/** A side of a diff: a lock file (`*.json` written by `pin`), or a target's scan. */
async function sideOf(target: string, options: ScanOptions): Promise<Lock | ScanResult> {
  if (/\.json$/i.test(target)) return readLock(target);
  return scan(target, options);
}

const isLock = (side: Lock | ScanResult): side is Lock => "lockFormatVersion" in side;

/** A scan compared with a lock is seen as that lock's format saw it (see comparableTo). */
function snapshotsOf(before: Lock | ScanResult, after: Lock | ScanResult): [Snapshot, Snapshot] {
  const lock = isLock(before) ? before : isLock(after) ? after : undefined;
  const of = (side: Lock | ScanResult): Snapshot => (isLock(side) ? side : lock ? comparableTo(lock, side) : snapshotOf(side));
  return [of(before), of(after)];
}

export async function runWorkflow(command: (typeof WORKFLOW_COMMANDS)[number], targets: string[], args: WorkflowArgs): Promise<number> {
  const options = scanOptionsOf(args);
  if (command === "permissions") {
    if (targets.length !== 1) throw new WorkflowUsageError("permissions takes exactly one target: an npm spec, a .tgz or a folder");
    const format = formatOf<PermissionFormat>(args, "permissions", PERMISSION_FORMATS);
    const policy = permissionPolicy(await scan(targets[0], options), { serverName: args.serverName, lenient: args.lenient });
    await emit(renderPermissions(policy, format), args.output);
    return 0;
  }
  if (command === "pin") {
    if (targets.length !== 1) throw new WorkflowUsageError("pin takes exactly one target: an npm spec, a .tgz or a folder");
    if (args.format !== "text" && args.format !== "json") throw new WorkflowUsageError("pin writes a JSON lock; drop --format");
    const lock = lockOf(await scan(targets[0], options));
    await emit(renderLock(lock), args.out ?? args.output);
    if (args.out ?? args.output) process.stderr.write(`mcp-warden: pinned ${lock.package.name ?? targets[0]}${lock.package.version ? `@${lock.package.version}` : ""} (${lock.tools.length} tools) to ${args.out ?? args.output}\n`);
    return 0;
  }
  if (targets.length !== 2) throw new WorkflowUsageError("diff takes two targets: the old and the new version (npm specs, .tgz files, folders or a lock file)");
  const format = formatOf<DiffFormat>(args, "diff", DIFF_FORMATS);
  const failOn = args.failOn;
  if (failOn !== "none" && !SEVERITIES.includes(failOn as Severity)) throw new WorkflowUsageError(`--fail-on must be one of ${SEVERITIES.join(", ")} or none, not "${failOn}"`);
  const [before, after] = snapshotsOf(await sideOf(targets[0], options), await sideOf(targets[1], options));
  const diff = diffSnapshots(before, after);
  await emit(renderDiff(diff, format), args.output);
  return addsAtOrOver(diff, failOn as Severity | "none") ? 1 : 0;
}
