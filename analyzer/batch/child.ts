// One package of a batch, in its own process (started by run.ts with a heap
// limit and killed at its time limit): runs the job, stores the report (and
// diff) under the output folder, and prints the index entry as one JSON line.
// The request (ChildRequest) comes as JSON on stdin; argv[2] is the store, for process listings.
// A failure prints its reason on stderr and exits 1; the parent records it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { AcquireError } from "../acquire/errors.js";
import { processCpuMs } from "../budget.js";
import { UnknownRuleError } from "../scan.js";
import { runJob } from "./job.js";
import { writeAtomic } from "./store.js";
import type { BatchTarget, JobOptions } from "./types.js";

export interface ChildRequest {
  target: BatchTarget;
  options: JobOptions;
  out: string;
}

async function main(request: ChildRequest): Promise<void> {
  const { entry, report, diff } = await runJob(request.target, request.options);
  // The child's own CPU time (start-up and fetching included): unlike the wall clock, the same on a busy machine.
  entry.timeMs = { ...entry.timeMs, cpu: Math.round(processCpuMs()) };
  const store = (relative: string, text: string) => {
    const file = path.join(request.out, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeAtomic(file, text);
  };
  store(entry.report!, report);
  if (diff && entry.since) store(entry.since.diff, diff);
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

/**
 * The one line the parent records as the failure. The scan's own errors (a package that cannot be
 * fetched or read, an unknown rule, a system call's) explain themselves; anything else is a bug in the
 * scanner, named as such with where it was thrown, the whole stack on the lines after (the parent keeps
 * the first line only).
 */
export function failureReason(err: unknown): string {
  if (!(err instanceof Error)) return `internal error: ${String(err)}`;
  if (err instanceof AcquireError || err instanceof UnknownRuleError || typeof (err as NodeJS.ErrnoException).syscall === "string" || err.name === "Error") return err.message;
  const frame = /\n\s+at (?:.*?\()?(.*?)\)?\n/.exec(`${err.stack ?? ""}\n`)?.[1];
  return `internal error: ${err.name}: ${err.message}${frame ? ` (at ${frame})` : ""}\n${err.stack ?? ""}`;
}

async function readRequest(): Promise<ChildRequest> {
  let text = "";
  for await (const chunk of process.stdin.setEncoding("utf8")) text += chunk as string;
  return JSON.parse(text) as ChildRequest;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  readRequest().then(main).then(
    () => undefined,
    (err: unknown) => {
      process.stderr.write(`${failureReason(err)}\n`);
      process.exitCode = 1;
    },
  );
}
