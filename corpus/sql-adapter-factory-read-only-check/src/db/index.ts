import { createAdapter, type DbAdapter } from "./adapter.js";
import type { PostgresInfo } from "./postgres-adapter.js";

let adapter: DbAdapter | null = null;

export async function initDatabase(type: string, info: string | PostgresInfo): Promise<void> {
  adapter = createAdapter(type, info);
  await adapter.init();
}

export function dbAll(query: string, params: unknown[] = []): Promise<unknown[]> {
  if (!adapter) throw new Error("Database not initialized");
  return adapter.all(query, params);
}

export function dbGet(query: string, params: unknown[] = []): Promise<unknown> {
  if (!adapter) throw new Error("Database not initialized");
  return adapter.get(query, params);
}
