import Database from "better-sqlite3";
import pg from "pg";
import sql from "mssql";
import mysql from "mysql2/promise";

const local = new Database(process.env.TICKETS_DB ?? "tickets.db");
const pool = new pg.Pool({ connectionString: process.env.TICKETS_PG });
const archive = mysql.createPool({ uri: process.env.TICKETS_MYSQL });

export class Stores {
  local(text: string): unknown[] {
    return local.prepare(text).all(); // ok: sql-injection
  }

  localUnquoted(text: string): unknown[] {
    return local.prepare(text).all(); // expect: sql-injection (high)
  }

  async postgres(text: string): Promise<unknown[]> {
    const res = await pool.query(text); // ok: sql-injection
    return res.rows;
  }

  async postgresEscapeString(text: string): Promise<unknown[]> {
    const res = await pool.query(text); // expect: sql-injection (high)
    return res.rows;
  }

  async postgresFirstQuote(text: string): Promise<unknown[]> {
    const res = await pool.query(text); // expect: sql-injection (high)
    return res.rows;
  }

  async sqlServer(text: string): Promise<unknown> {
    const conn = await sql.connect(process.env.TICKETS_MSSQL ?? "");
    const res = await conn.request().query(text); // ok: sql-injection
    return res.recordset;
  }

  async mysqlArchive(text: string): Promise<unknown> {
    const [rows] = await archive.query(text); // expect: sql-injection (high)
    return rows;
  }
}
