// One runner per driver; callers pass the statement and its values apart.
import pg from "pg";
import mysql from "mysql2/promise";
import Database from "better-sqlite3";
import sql from "mssql";
import sqlite3 from "sqlite3";
import { Sequelize, QueryTypes } from "sequelize";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export const my = mysql.createPool({ uri: process.env.MYSQL_URL });
const lite = new Database(process.env.SQLITE_FILE ?? "orders.db");
export const legacy = new sqlite3.Database(process.env.SQLITE_FILE ?? "orders.db");
export const orm = new Sequelize(process.env.DATABASE_URL);

export async function pgRows(text, values) {
  const { rows } = await pool.query(text, values);
  return rows;
}

export async function myRows(statement, values) {
  const [rows] = await my.execute(statement, values);
  return rows;
}

export function liteRows(statement, values = []) {
  const stmt = lite.prepare(statement);
  return stmt.all(...values);
}

export function liteChange(statement, ...values) {
  return lite.prepare(statement).run(...values);
}

export async function msRows(statement, values) {
  const request = (await sql.connect(process.env.MSSQL_URL)).request();
  values.forEach((v, i) => request.input(`p${i}`, v));
  const result = await request.query(statement);
  return result.recordset;
}
