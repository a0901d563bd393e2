import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

interface Job {
  id: string;
  preset: string;
  queuedAt: number;
}

interface Run {
  runId: string;
  jobId: string;
}

export class RenderQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly runs: Run[] = [];
  private seq = 0;

  constructor(private readonly root: string) {}

  async enqueue(preset: string): Promise<string> {
    const id = randomUUID();
    this.jobs.set(id, { id, preset, queuedAt: Date.now() });
    await mkdir(join(this.root, id), { recursive: true });
    return id;
  }

  start(jobId: string): string {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error(`unknown job ${jobId}`);
    const runId = `r${Date.now().toString(36)}${(this.seq++).toString(36)}`;
    this.runs.push({ runId, jobId: job.id });
    return runId;
  }

  async log(id: string): Promise<string> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`unknown job ${id}`);
    // ok: path-traversal
    return readFile(join(this.root, id, "render.log"), "utf8");
  }

  async runOutput(runId: string): Promise<string> {
    const run = this.runs.find((r) => r.runId === runId);
    if (run === undefined) throw new Error(`unknown run ${runId}`);
    // ok: path-traversal
    return readFile(join(this.root, run.jobId, `${runId}.out`), "utf8");
  }

  async discard(id: string): Promise<boolean> {
    if (!this.jobs.has(id)) return false;
    this.jobs.delete(id);
    // ok: path-traversal
    await rm(join(this.root, id), { recursive: true, force: true });
    return true;
  }
}

export class Scratchpad {
  private readonly open = new Map<string, number>();

  constructor(private readonly root: string) {}

  begin(name: string): void {
    this.open.set(name, Date.now());
  }

  async append(name: string, line: string): Promise<void> {
    const openedAt = this.open.get(name);
    if (openedAt === undefined) throw new Error(`open ${name} first`);
    // expect: path-traversal
    await writeFile(join(this.root, `${name}.md`), `${line}\n`, { flag: "a" });
  }
}
