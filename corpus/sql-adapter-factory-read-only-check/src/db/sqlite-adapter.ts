import sqlite3 from "sqlite3";
import type { DbAdapter } from "./adapter.js";

export class SqliteAdapter implements DbAdapter {
  private db: sqlite3.Database | null = null;

  constructor(private readonly dbPath: string) {}

  async init(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db = new sqlite3.Database(this.dbPath, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }

  async all(query: string, params: unknown[] = []): Promise<unknown[]> {
    if (!this.db) throw new Error("Database not initialized");
    return new Promise((resolve, reject) => {
      this.db!.all(query, params, (err, rows) => (err ? reject(err) : resolve(rows))); // expect: sql-injection (medium)
    });
  }

  async get(query: string, params: unknown[] = []): Promise<unknown> {
    if (!this.db) throw new Error("Database not initialized");
    return new Promise((resolve, reject) => {
      // ok: sql-injection
      this.db!.get(query, params, (err, row) => (err ? reject(err) : resolve(row)));
    });
  }
}
