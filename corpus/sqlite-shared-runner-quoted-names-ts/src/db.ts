import Database from "better-sqlite3";
import pg from "pg";

const db = new Database(process.env.DB_FILE ?? "desk.db");
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function runSql(text: string): unknown[] {
  return db.prepare(text).all(); // expect: sql-injection (medium)
}

export function runReport(text: string): unknown[] {
  return db.prepare(text).all(); // expect: sql-injection (high)
}

export async function pgRows(text: string): Promise<unknown[]> {
  const res = await pool.query(text); // ok: sql-injection
  return res.rows;
}

export async function pgColumns(text: string): Promise<unknown[]> {
  const res = await pool.query(text); // expect: sql-injection (high)
  return res.rows;
}
