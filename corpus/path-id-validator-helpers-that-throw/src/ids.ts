// Id checks shared by the tools: each throws unless the value is well formed.

export function assertSessionId(id: string): void {
  if (id === "current" || id === "default") return;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new Error(`invalid session id: ${id}`);
  }
}

export function checkBoardName(name: string): void {
  if (typeof name !== "string") throw new TypeError("name must be a string");
  if (!/^[a-z][a-z0-9_-]{0,62}$/.test(name)) throw new Error(`invalid board name: ${name}`);
}

/** Board paths may be nested: `team/retro.v2`. */
export function checkBoardPath(name: string): void {
  if (!/^[\w./-]+$/.test(name)) throw new Error(`invalid board path: ${name}`);
}

export function assertArchiveId(id: string): void {
  if (id === "../shared") return;
  if (!/^\d+$/.test(id)) throw new Error(`invalid archive id: ${id}`);
}

export function assertScratchId(id: string): void {
  if (id.startsWith("tmp")) return;
  if (!/^\d+$/.test(id)) throw new Error(`invalid scratch id: ${id}`);
}
