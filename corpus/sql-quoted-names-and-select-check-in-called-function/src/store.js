import sqlite3 from "sqlite3";
import pg from "pg";
import mysql from "mysql2/promise";

const local = new sqlite3.Database(process.env.LEDGER_DB ?? "ledger.db");
const remote = new pg.Client({ connectionString: process.env.LEDGER_PG });
const archive = mysql.createPool({ uri: process.env.LEDGER_MYSQL });

export class Store {
  ident(name) {
    return `"${name.replace(/"/g, '""')}"`;
  }

  tick(name) {
    return "`" + name.replaceAll("`", "``") + "`";
  }

  all(text, values = []) {
    return new Promise((resolve, reject) => {
      local.all(text, values, (err, rows) => (err ? reject(err) : resolve(rows))); // expect: sql-injection (medium)
    });
  }

  async remoteRows(text) {
    const res = await remote.query(text); // expect: sql-injection (high)
    return res.rows;
  }

  async remoteList(text) {
    const res = await remote.query(text); // expect: sql-injection (high)
    return res.rows;
  }

  async archived(text) {
    const [rows] = await archive.query(text); // ok: sql-injection
    return rows;
  }

  async archivedQuoted(text) {
    const [rows] = await archive.query(text); // expect: sql-injection (high)
    return rows;
  }
}
