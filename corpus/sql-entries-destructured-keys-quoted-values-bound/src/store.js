import sqlite3 from "sqlite3";
import mysql from "mysql2/promise";

export class RowStore {
  constructor(file) {
    this.db = new sqlite3.Database(file);
  }

  /** A name inside double quotes, each quote doubled: one SQLite identifier. */
  ident(name) {
    return `"${String(name).replace(/"/g, '""')}"`;
  }

  all(statement, values = []) {
    return new Promise((resolve, reject) => {
      this.db.all(statement, values, (err, rows) => (err ? reject(err) : resolve(rows)));
    });
  }

  run(statement, values = []) {
    return new Promise((resolve, reject) => {
      this.db.run(statement, values, function (err) {
        if (err) reject(err);
        else resolve(this.changes);
      });
    });
  }
}

const backtick = (name) => "`" + name.replace(/`/g, "``") + "`";
const pool = mysql.createPool({ uri: process.env.MYSQL_URL });

export async function mysqlUpdate(table, changes, id) {
  const sets = [];
  const values = [];
  Object.entries(changes).forEach(([column, value]) => {
    sets.push(`${backtick(column)} = ?`);
    values.push(value);
  });
  const [result] = await pool.execute(`UPDATE ${backtick(table)} SET ${sets.join(", ")} WHERE id = ?`, [...values, id]);
  return result.affectedRows;
}
