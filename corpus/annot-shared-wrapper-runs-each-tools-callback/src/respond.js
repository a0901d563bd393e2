// Every tool answers through these: they run what the tool hands them and shape the result or the error.
export async function answer(work, tag) {
  try {
    const out = await work();
    return { content: [{ type: "text", text: typeof out === "string" ? out : JSON.stringify(out) }] };
  } catch (err) {
    return { content: [{ type: "text", text: `[${tag}] ${err instanceof Error ? err.message : "failed"}` }], isError: true };
  }
}

export async function withDeadline({ task, ms }) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  try {
    return await Promise.race([task(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a file operation, an absent file being no error. */
export function quietly(op, ...args) {
  try {
    return op(...args);
  } catch {
    return undefined;
  }
}
