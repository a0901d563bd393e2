// The pantry store: one wrapper class, whose methods check the statement before running it.
import sqlite3 from "sqlite3";

export class PantryStore {
  constructor(file) {
    this.db = new sqlite3.Database(file);
  }

  rows(sql) {
    return new Promise((resolve, reject) => {
      // all() prepares and runs the first statement of the text only.
      this.db.all(sql, [], (err, rows) => (err ? reject(err) : resolve(rows))); // expect: sql-injection (medium)
    });
  }

  script(sql) {
    return new Promise((resolve, reject) => {
      // exec() runs every statement of the text.
      this.db.exec(sql, (err) => (err ? reject(err) : resolve())); // expect: sql-injection (high)
    });
  }

  readOnlyQuery(sql) {
    if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements");
    return this.rows(sql);
  }

  newShelfTable(sql) {
    if (!/^\s*create\s+table\b/i.test(sql)) throw new Error("only CREATE TABLE");
    return this.rows(sql);
  }

  readOnlyReport(sql) {
    if (!sql.trim().toLowerCase().startsWith("select")) throw new Error("only SELECT statements");
    return this.script(sql);
  }
}
