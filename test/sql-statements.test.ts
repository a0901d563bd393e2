// What the sql-injection findings say where a driver call runs one statement,
// and which tool argument a low-level handler's flow carries.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { scan } from "../analyzer/scan.js";
import { runsOneStatement } from "../rules/models/sql.js";
import { CORPUS_DIR } from "./support/corpus.js";

const OFFLINE = { offline: true, rules: ["sql-injection"] };

test("the driver's method decides how many statements run; mysql's connection option turns several on, except for execute", () => {
  assert.equal(runsOneStatement("sqlite3.verbose().Database.all", []), true);
  assert.equal(runsOneStatement("sqlite3.Database.exec", []), false);
  assert.equal(runsOneStatement("better-sqlite3.prepare", []), true);
  assert.equal(runsOneStatement("better-sqlite3.exec", []), false);
  assert.equal(runsOneStatement("pg.Client.query", []), false);
  assert.equal(runsOneStatement("mssql.ConnectionPool.connect().request().query", []), false);
  assert.equal(runsOneStatement("mysql2.createPool().query", ["createPool({ uri })"]), true);
  assert.equal(runsOneStatement("mysql2.createPool().query", ["createPool({ uri, multipleStatements: true })"]), false);
  assert.equal(runsOneStatement("mysql2.createPool().query", ["createPool({ uri, multipleStatements: false })"]), true);
  assert.equal(runsOneStatement("mysql2.createPool().execute", ["createPool({ uri, multipleStatements: true })"]), true);
});

test("a low-level handler's request.params envelope is not the tool argument named params", async () => {
  const result = await scan(path.join(CORPUS_DIR, "low-level-request-params-envelope"), OFFLINE);
  assert.deepEqual(
    result.findings.map((f) => f.message),
    ["Tool argument `customer` of `find_orders` reaches mysql2.createPool().query as SQL text", "Tool argument `where` of `filter_rows` reaches mysql2.createPool().execute as SQL text"],
  );
});

test("a SELECT check before a one-statement call is the tool's capability; before a call that runs several it is bypassed", async () => {
  const result = await scan(path.join(CORPUS_DIR, "sql-one-statement-drivers-and-shared-helper"), OFFLINE);
  const byLine = result.findings.map((f) => `${f.location.file}:${f.location.line} ${f.severity} ${f.properties?.capability ? "capability" : "injection"}`).sort();
  assert.deepEqual(byLine, [
    "src/db.js:12 medium capability",
    "src/db.js:18 high injection",
    "src/db.js:25 high injection",
    "src/index.js:20 medium capability",
    "src/index.js:27 medium capability",
    "src/index.js:33 high injection",
    "src/index.js:39 high injection",
    "src/index.js:61 high injection",
  ]);
});
