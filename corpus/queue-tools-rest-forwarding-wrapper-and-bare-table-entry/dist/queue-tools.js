import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const QUEUE_DIR = path.resolve(process.env.QUEUE_DIR ?? ".queue");
const JOBS_FILE = path.join(QUEUE_DIR, "jobs.json");
const tool = (definition) => ({ readonly: false, ...definition });
const readJobs = async () => JSON.parse(await readFile(JOBS_FILE, "utf8"));

export const queueTools = {
  queue_names: tool({
    readonly: true,
    description: "Lists the names of the queues",
    handler: async () => JSON.parse(await readFile(path.join(QUEUE_DIR, "queues.json"), "utf8")).map((q) => q.name),
  }),
  queue_depth: tool({
    readonly: true,
    description: "Counts the jobs waiting in one queue",
    inputSchema: z.object({ queue: z.string() }),
    handler: async ({ queue }) => (await readJobs()).filter((j) => j.queue === queue).length,
  }),
  queue_purge: tool({
    description: "Drops every job of one queue",
    inputSchema: z.object({ queue: z.string() }),
    handler: async ({ queue }) => {
      const kept = (await readJobs()).filter((j) => j.queue !== queue);
      await writeFile(JOBS_FILE, JSON.stringify(kept));
      return `purged ${queue}`;
    },
  }),
};

// Run by `npm run selfcheck`, never by a client.
export const selfCheck = { name: "selfcheck", description: "Checks that the queue folder exists", run: async () => readFile(path.join(QUEUE_DIR, "queues.json")) };
