import { dbAll, dbGet } from "../db/index.js";
import { QueryLog } from "./query-log.js";

const log = new QueryLog();

export async function readQuery(query: string): Promise<string> {
  if (!query.trim().toLowerCase().startsWith("select")) {
    throw new Error("Only SELECT queries are allowed with read_query");
  }
  log.add(query);
  const rows = await dbAll(query);
  return JSON.stringify(rows, null, 2);
}

export async function countRows(table: string): Promise<string> {
  const row = await dbGet("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?", [table]);
  return JSON.stringify(row);
}

export function recentQueries(filter: string): string {
  return JSON.stringify(log.all(filter), null, 2);
}
