// The budget of one scan: CPU time and memory, watched between steps of every
// whole-program stage (the engine, the rules' walk and checks). A stage that
// finds the budget spent stops where it is, keeps what it found, and says what
// it did not finish; the scan then reports `analysis-incomplete`.
//
// Time is the process's CPU time, not the wall clock: on a machine shared by
// other scans a wall-clock budget ran out sooner, so the same package gave
// fewer findings under load. A scan that truly hangs (waits without working)
// is the caller's to end by the wall clock (batch kills its child at --timeout).
import { getHeapStatistics } from "node:v8";

/** Defaults that keep a scan of any package under a minute and 1.5 GB on a small machine. */
export const DEFAULT_TIME_BUDGET_MS = 45_000;
export const DEFAULT_MAX_MEMORY_BYTES = 1400 * 1024 * 1024;

/** What the engine may use of the time left when it starts: the rules and source maps need the rest. */
const ENGINE_SHARE = 0.5;

/** Least time between two looks at the process's memory. */
const MEMORY_LOOK_MS = 20;

export type BudgetStop = "time" | "memory";

/** The CPU time this process has used so far (user and system, every thread), in ms. */
export function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Least wall time between two reads of the CPU clock (see throttledClock). */
const CPU_READ_EVERY_MS = 10;

/**
 * `read`, asked at most once per `everyMs` of the cheap `wall` clock, the last
 * answer given in between. Reading CPU time is a system call (a few µs of
 * work), and the engine looks at the clock on every call of a package
 * function; on a loaded machine each read is also where the scheduler tends to
 * switch the process out (a profile put 8% of sentry's samples in them when
 * they were 1 ms apart). The answer is late by at most `everyMs` of work.
 */
export function throttledClock(read: () => number, wall: () => number = () => performance.now(), everyMs = CPU_READ_EVERY_MS): () => number {
  let readAt = -Infinity;
  let last = 0;
  return () => {
    const now = wall();
    if (now - readAt >= everyMs) {
      readAt = now;
      last = read();
    }
    return last;
  };
}

/** The clock a budget reads by default: this process's CPU time, in ms. */
export function cpuClock(): () => number {
  return throttledClock(processCpuMs);
}

export interface BudgetOptions {
  /** Milliseconds of CPU time from the scan's start (0 or Infinity: no limit). */
  timeBudgetMs?: number;
  /** Resident memory of the process, in bytes (0 or Infinity: no limit). */
  maxMemoryBytes?: number;
}

export class Budget {
  private stopped: BudgetStop | undefined;
  /** The whole scan's limits, for the words of a diagnostic (a stage's own deadline is earlier). */
  readonly timeBudgetMs: number;
  readonly maxMemoryBytes: number;

  private readonly deadline: number;

  constructor(
    options: BudgetOptions = {},
    /** When the budget starts, on `now`'s scale (default: now). */
    startedAt?: number,
    /** The clock: CPU time in ms by default; tests inject one, so that where a stage stops does not depend on the machine. */
    private readonly now: () => number = cpuClock(),
    /** Resident memory now; by default read only when the peak says it may be over the limit (see residentBytes). */
    private readonly rss?: () => number,
    deadline?: number,
  ) {
    const time = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    const memory = options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES;
    this.timeBudgetMs = time > 0 ? time : Infinity;
    this.maxMemoryBytes = memory > 0 ? memory : Infinity;
    this.deadline = deadline ?? deadlineOf(options, startedAt ?? now());
  }

  /** Why the budget is spent, or undefined while some is left. Once spent it stays spent. */
  spent(): BudgetStop | undefined {
    if (this.stopped) return this.stopped;
    const now = this.now();
    if (now > this.deadline) this.stopped = "time";
    else if (this.memoryDue(now) && (this.rss ? this.rss() : residentBytes(this.maxMemoryBytes)) > this.maxMemoryBytes) this.stopped = "memory";
    return this.stopped;
  }

  /** When memory was last looked at: a look asks the OS, the clock does not. */
  private memoryLookedAt = -Infinity;

  /**
   * Whether memory is worth a look now: at most once per MEMORY_LOOK_MS of the
   * clock. Callers ask by steps (the engine every 1024), which on a busy
   * machine came to hundreds of looks a second; memory does not grow by the
   * budget's margin in a few milliseconds.
   */
  private memoryDue(now: number): boolean {
    if (!Number.isFinite(this.maxMemoryBytes)) return false;
    if (now - this.memoryLookedAt < MEMORY_LOOK_MS) return false;
    this.memoryLookedAt = now;
    return true;
  }

  /** The clock only (cheaper than `spent`: reading resident memory asks the OS), for checks made at every call. */
  pastDeadline(): boolean {
    if (this.stopped) return true;
    if (this.now() > this.deadline) this.stopped = "time";
    return this.stopped !== undefined;
  }

  /**
   * A budget for a stage that must leave time to the stages after it: it ends
   * at `share` of the time left (memory is the same process's, so the same limit).
   */
  forStage(share = ENGINE_SHARE): Budget {
    const now = this.now();
    const stageDeadline = Number.isFinite(this.deadline) ? now + Math.max(0, this.deadline - now) * share : Infinity;
    const stage = new Budget({ timeBudgetMs: this.timeBudgetMs, maxMemoryBytes: this.maxMemoryBytes }, now, this.now, this.rss, stageDeadline);
    stage.stopped = this.stopped;
    return stage;
  }

  /** In words, for diagnostics: "the CPU time budget of 45 s", "the memory budget of 1200 MB". */
  describe(stop: BudgetStop): string {
    return stop === "time" ? `the CPU time budget of ${formatSeconds(this.timeBudgetMs)}` : `the memory budget of ${Math.round(this.maxMemoryBytes / 1024 / 1024)} MB`;
  }
}

/**
 * What the process may hold outside V8's own accounting (its heap, the memory
 * it allocates itself and the external buffers it is told of): code, thread
 * stacks, Node's and the allocator's own. A bare Node process is about 40 MB
 * resident in all, so this is a wide margin.
 */
export const OUTSIDE_V8_BYTES = 256 * 1024 * 1024;

/**
 * Resident memory, as far as comparing it with `limit` needs. V8's heap
 * statistics are read in-process; while they plus OUTSIDE_V8_BYTES are within
 * the limit, so is the process, and that sum answers. Only past it is the OS
 * asked: the process's peak (getrusage) first, never below what it holds now,
 * and past the limit the present size (a /proc read that waits on the memory
 * map's lock). Both are system calls that cost about a millisecond each in a
 * process of several hundred MB on a busy machine, a few hundred a large scan
 * (1 s of sentry's 17 s) when they were the first look.
 */
export function residentBytes(limit: number): number {
  if (!Number.isFinite(limit)) return 0;
  const heap = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
  const bound = heap.total_heap_size + heap.malloced_memory + (heap.external_memory ?? 0) + OUTSIDE_V8_BYTES;
  if (bound <= limit) return bound;
  const peak = process.resourceUsage().maxRSS * 1024;
  return peak <= limit ? peak : process.memoryUsage.rss();
}

function deadlineOf(options: BudgetOptions, startedAt: number): number {
  const time = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  return time > 0 && Number.isFinite(time) ? startedAt + time : Infinity;
}

function formatSeconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms) / 1000} s`;
}

/** A budget that never runs out (library callers that want every step, tests of other stages). */
export const UNLIMITED: BudgetOptions = { timeBudgetMs: 0, maxMemoryBytes: 0 };
