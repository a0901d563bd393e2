import mysql from "mysql2/promise";
import pg from "pg";

export function openWarehouse() {
  const settings = { host: process.env.WAREHOUSE_HOST ?? "localhost", port: Number(process.env.WAREHOUSE_PORT ?? 3306), user: process.env.WAREHOUSE_USER, connectionLimit: 4 };
  if (process.env.WAREHOUSE_PASSWORD) settings.password = process.env.WAREHOUSE_PASSWORD;
  return mysql.createPool(settings);
}

export const audit = new pg.Pool({ connectionString: process.env.AUDIT_DATABASE_URL, max: 2 });

export async function selectAll(pool, sql) {
  const conn = await pool.getConnection();
  try {
    const [rows] = await conn.query(sql);
    return rows;
  } finally {
    conn.release();
  }
}

export async function runAudit(db, text, values) {
  const client = await db.connect();
  try {
    return await client.query({ text, values });
  } finally {
    client.release();
  }
}

export function describePool(pool) {
  return JSON.stringify(pool, null, 2);
}
