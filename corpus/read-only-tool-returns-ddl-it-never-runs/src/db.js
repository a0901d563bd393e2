// One pool for the whole server; every tool sends its statements through runStatement.
import mysql from "mysql2/promise";

const pool = mysql.createPool({ uri: process.env.WAREHOUSE_DSN });

export async function runStatement(text, values = []) {
  const [rows] = await pool.execute(text, values);
  return rows;
}

export async function countRows(table) {
  const rows = await runStatement(`SELECT COUNT(*) AS n FROM \`${table.replace(/`/g, "``")}\``);
  return rows[0].n;
}
