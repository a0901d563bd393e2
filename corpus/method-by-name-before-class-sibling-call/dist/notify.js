#!/usr/bin/env node
// Posts a one-line note to the queue the caller hands in; the queue is whatever object the host wired up.
export async function annotate(queue, note) {
  try {
    const saved = await queue.enqueue("/notes", { note });
    return saved.id;
  } catch {
    return null;
  }
}

const id = await annotate(globalThis.shipyardQueue, process.argv[2] ?? "");
process.stdout.write(`${id ?? "not saved"}\n`);
