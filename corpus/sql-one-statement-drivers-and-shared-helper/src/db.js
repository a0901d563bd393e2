import sqlite3 from "sqlite3";
import mysql from "mysql2/promise";

export const db = new sqlite3.Database(process.env.DB_PATH ?? "notes.db");

export const pool = mysql.createPool({ uri: process.env.MYSQL_URL });

export const multi = mysql.createPool({ uri: process.env.MYSQL_URL, multipleStatements: true });

export function runAll(text, values = []) {
  return new Promise((resolve, reject) => {
    db.all(text, values, (err, rows) => (err ? reject(err) : resolve(rows))); // expect: sql-injection (medium)
  });
}

export function runGet(text) {
  return new Promise((resolve, reject) => {
    db.get(text, [], (err, row) => (err ? reject(err) : resolve(row))); // expect: sql-injection (high)
  });
}

export function explainAll(text) {
  const plan = `EXPLAIN QUERY PLAN ${text}`;
  return new Promise((resolve, reject) => {
    db.all(plan, [], (err, rows) => (err ? reject(err) : resolve(rows))); // expect: sql-injection (high)
  });
}
