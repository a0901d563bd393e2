import pg from "pg";
import type { DbAdapter } from "./adapter.js";

export interface PostgresInfo {
  host: string;
  database: string;
  user?: string;
  password?: string;
}

export class PostgresAdapter implements DbAdapter {
  private client: pg.Client | null = null;

  constructor(private readonly info: PostgresInfo) {}

  async init(): Promise<void> {
    this.client = new pg.Client({ host: this.info.host, database: this.info.database, user: this.info.user, password: this.info.password });
    await this.client.connect();
  }

  async all(query: string, params: unknown[] = []): Promise<unknown[]> {
    if (!this.client) throw new Error("Database not initialized");
    const result = await this.client.query(query, params); // expect: sql-injection (high)
    return result.rows;
  }

  async get(query: string, params: unknown[] = []): Promise<unknown> {
    if (!this.client) throw new Error("Database not initialized");
    // ok: sql-injection
    const result = await this.client.query(query, params);
    return result.rows[0];
  }
}
