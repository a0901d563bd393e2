import { SqliteAdapter } from "./sqlite-adapter.js";
import { PostgresAdapter, type PostgresInfo } from "./postgres-adapter.js";
import { SqlServerAdapter } from "./sqlserver-adapter.js";

export interface DbAdapter {
  init(): Promise<void>;
  all(query: string, params?: unknown[]): Promise<unknown[]>;
  get(query: string, params?: unknown[]): Promise<unknown>;
}

export function createAdapter(type: string, info: string | PostgresInfo): DbAdapter {
  switch (type.toLowerCase()) {
    case "sqlite":
      return new SqliteAdapter(typeof info === "string" ? info : info.database);
    case "postgres":
    case "postgresql":
      if (typeof info === "string") throw new Error("PostgreSQL needs --host and --database");
      return new PostgresAdapter(info);
    case "sqlserver":
      if (typeof info === "string") throw new Error("SQL Server needs --server and --database");
      return new SqlServerAdapter({ server: info.host, database: info.database, user: info.user, password: info.password });
    default:
      throw new Error(`Unsupported database type: ${type}`);
  }
}
