import sql from "mssql";
import type { DbAdapter } from "./adapter.js";

export interface SqlServerInfo {
  server: string;
  database: string;
  user?: string;
  password?: string;
}

export class SqlServerAdapter implements DbAdapter {
  private pool: sql.ConnectionPool | null = null;

  constructor(private readonly info: SqlServerInfo) {}

  async init(): Promise<void> {
    this.pool = await new sql.ConnectionPool({ server: this.info.server, database: this.info.database, user: this.info.user, password: this.info.password, options: { trustServerCertificate: true } }).connect();
  }

  async all(query: string, params: unknown[] = []): Promise<unknown[]> {
    if (!this.pool) throw new Error("Database not initialized");
    const request = this.pool.request();
    params.forEach((p, i) => request.input(`p${i}`, p));
    const result = await request.query(query.replace(/\?/g, () => "@p0")); // expect: sql-injection (high)
    return result.recordset;
  }

  async get(query: string, params: unknown[] = []): Promise<unknown> {
    if (!this.pool) throw new Error("Database not initialized");
    const request = this.pool.request();
    params.forEach((p, i) => request.input(`p${i}`, p));
    // ok: sql-injection
    const result = await request.query(query.replace(/\?/g, () => "@p0"));
    return result.recordset[0];
  }
}
