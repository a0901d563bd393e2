// SQL: where a string is parsed as SQL text. Values passed as bind parameters
// (the second argument of query/execute, `?`/`$1` placeholders) are not sinks,
// and tagged templates (`sql\`...\``, prisma's `$queryRaw\`...\``) bind their
// interpolations, so they are not modeled as sinks at all.
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";

// SQL text is a string: a driver given an object reads its text from a named field (`{ text, values }`,
// `{ sql, values }`), a row of its own, and the object's other fields are bound values.
function sqlText(pkg: string, callee: string, note: string): SinkRow {
  return { package: pkg, path: `${callee}.Argument[0]`, kind: "sql-injection", destination: "Argument[0]", note, textOnly: true };
}

/** Objects that run queries in node-postgres: a Client, a Pool, and what pool.connect() gives. */
const PG_QUERYABLE = ["Member[Client].Instance", "Member[Pool].Instance", "Member[Pool].Instance.Member[connect].ReturnValue", "Member[default].Member[Client,Pool].Instance"];

/**
 * What a constant SQL statement does, by its leading keywords: reads, writes
 * (including DDL that creates or alters), deletes or drops. A statement that
 * matches none (`SELECT 1`, `BEGIN`) says nothing about the database.
 */
export interface SqlStatementKinds {
  read: RegExp;
  write: RegExp;
  delete: RegExp;
  /** A read-only transaction or connection: the database refuses writes whatever the statement says. */
  readOnly: RegExp;
  /**
   * One statement that sets up the server's own store and changes no row
   * there is: a table, index or view created only where none is
   * (`CREATE TABLE IF NOT EXISTS`, which an existing one makes a no-op), or a
   * PRAGMA setting how the connection works (`journal_mode = WAL`,
   * `foreign_keys = ON`; not `user_version`, which the file keeps). A text made only
   * of these (a schema run when the database is opened) writes nothing of the user's.
   */
  setup: RegExp;
  /**
   * The leading keyword alone, for text known to reach a query call: it is
   * SQL, so `UPDATE "` followed by a name the code computes is an update
   * even where the rest of the text is not known. Never used on a handler's
   * other literals, where `Update the record` is prose.
   */
  verb: { read: RegExp; write: RegExp; delete: RegExp };
  /**
   * A query builder's methods say what its statement does
   * (`db("users").where(…).del()`, `db.selectFrom("t")`): member names of a
   * query API's access path, matched whole.
   */
  builder: { read: RegExp; write: RegExp; delete: RegExp };
}

export const SQL_STATEMENT_KINDS: SqlStatementKinds = {
  read: /^\s*(select\b[\s\S]*\bfrom\b|with\b[\s\S]*\bselect\b|show\s+\w|explain\s|describe\s|pragma\s+(table_info|index_list|index_info|foreign_key_list|database_list)\b)/i,
  write: /^\s*(insert\s+(or\s+\w+\s+)?into\b|update\s+[\w."`[\]]+\s+set\b|replace\s+into\b|merge\s+into\b|upsert\b|create\s+(table|index|view|schema|database|unique|trigger|virtual\s+table)\b|alter\s+table\b|grant\b|revoke\b)/i,
  delete: /^\s*(delete\s+from\b|drop\s+(table|database|schema|index|view|trigger)\b|truncate\b)/i,
  setup: /^\s*(create\s+(temp\s+|temporary\s+|unique\s+|virtual\s+)?(table|index|view)\s+if\s+not\s+exists\b|pragma\s+(journal_mode|foreign_keys|busy_timeout|synchronous|cache_size|temp_store|mmap_size|locking_mode|encoding)\b[^;]*$)/i,
  readOnly: /\b(transaction|begin)\b[^;"'`]{0,30}\bread\s+only\b|transaction_read_only\s*(=|to)\s*'?on\b|\bquery_only\s*=\s*(on|1|true)\b/i,
  verb: {
    read: /^\s*(select|show|explain|describe)\b/i,
    write: /^\s*(insert|update|replace|merge|upsert|create|alter|grant|revoke)\b/i,
    delete: /^\s*(delete|drop|truncate)\b/i,
  },
  builder: {
    read: /^(select|selectFrom|selectAll|first|pluck|count|countDistinct|min|max|sum|avg|from|where|whereIn|orderBy|limit|findAll|findOne)$/,
    write: /^(insert|insertInto|update|updateTable|upsert|merge|onConflict|increment|decrement|replaceInto|createTable|alterTable)$/,
    delete: /^(del|delete|deleteFrom|truncate|dropTable|dropTableIfExists)$/,
  },
};

/** Every statement of the text sets up the store (`kinds.setup`): a schema the server runs when it opens its database. */
export function onlySetsUp(text: string, kinds: SqlStatementKinds): boolean {
  const statements = text.split(";").filter((s) => s.trim().length > 0);
  return statements.length > 0 && statements.every((s) => kinds.setup.test(s));
}

export const sqlModel: LibraryModel = {
  sinks: [
    ...PG_QUERYABLE.map((recv) => sqlText("pg", `${recv}.Member[query]`, "pg query text (values go in the second argument)")),
    // A query config object: { text, values }.
    ...PG_QUERYABLE.map((recv): SinkRow => ({ package: "pg", path: `${recv}.Member[query].Argument[0].Member[text]`, kind: "sql-injection", destination: "Argument[0].Member[text]", note: "pg query config text", textOnly: true })),

    ...["mysql", "mysql2", "mysql2/promise"].flatMap((pkg) => [
      sqlText(pkg, "Member[createConnection,createPool].ReturnValue.Member[query,execute]", `${pkg} query text`),
      sqlText(pkg, "Member[createConnection,createPool].ReturnValue.Member[getConnection].ReturnValue.Member[query,execute]", `${pkg} pooled connection query text`),
      ...["Member[createConnection,createPool].ReturnValue", "Member[createConnection,createPool].ReturnValue.Member[getConnection].ReturnValue"].map((recv): SinkRow => ({ package: pkg, path: `${recv}.Member[query,execute].Argument[0].Member[sql]`, kind: "sql-injection", destination: "Argument[0].Member[sql]", note: `${pkg} query options sql`, textOnly: true })),
    ]),

    sqlText("better-sqlite3", "Instance.Member[prepare,exec]", "better-sqlite3 statement text"),
    sqlText("better-sqlite3", "ReturnValue.Member[prepare,exec]", "better-sqlite3 called without new"),
    sqlText("sqlite3", "Member[Database].Instance.Member[run,all,get,each,exec,prepare]", "sqlite3 statement text"),
    sqlText("sqlite3", "Member[verbose].ReturnValue.Member[Database].Instance.Member[run,all,get,each,exec,prepare]", "sqlite3 (verbose) statement text"),
    sqlText("sqlite", "Member[open].ReturnValue.Member[run,all,get,each,exec,prepare]", "sqlite (promise wrapper) statement text"),

    sqlText("knex", "ReturnValue.Member[raw]", "knex.raw text (bindings go in the second argument)"),
    sqlText("knex", "ReturnValue.Member[whereRaw,orderByRaw,havingRaw,joinRaw,groupByRaw,selectRaw]", "knex *Raw fragments"),
    sqlText("knex", "Member[knex].ReturnValue.Member[raw]", "knex.raw text"),

    sqlText("sequelize", "Member[Sequelize].Instance.Member[query]", "sequelize.query text (replacements/bind are safe)"),
    sqlText("sequelize", "Instance.Member[query]", "sequelize.query text"),
    // `sequelize.query({ query, values })`.
    ...["Member[Sequelize].Instance", "Instance"].map((recv): SinkRow => ({ package: "sequelize", path: `${recv}.Member[query].Argument[0].Member[query]`, kind: "sql-injection", destination: "Argument[0].Member[query]", note: "sequelize query options text", textOnly: true })),

    sqlText("@prisma/client", "Member[PrismaClient].Instance.Member[$queryRawUnsafe,$executeRawUnsafe]", "prisma's *Unsafe raw queries take plain SQL text"),

    sqlText("duckdb", "Member[Database].Instance.Member[all,run,exec,each,prepare]", "duckdb statement text"),
    sqlText("duckdb", "Member[Database].Instance.Member[connect].ReturnValue.Member[all,run,exec,each,prepare]", "duckdb connection statement text"),
    sqlText("@duckdb/node-api", "Member[DuckDBInstance].Member[create].ReturnValue.Member[connect].ReturnValue.Member[run,runAndReadAll,prepare]", "duckdb node-api statement text"),

    sqlText("postgres", "ReturnValue.Member[unsafe]", "postgres.js sql.unsafe takes plain SQL text"),
    sqlText("@neondatabase/serverless", "Member[neon].ReturnValue.Member[query,unsafe]", "neon sql.query / unsafe"),
    sqlText("@vercel/postgres", "Member[sql].Member[query]", "@vercel/postgres sql.query text"),
    sqlText("mssql", "Member[ConnectionPool].Instance.Member[request].ReturnValue.Member[query,batch]", "mssql request.query text"),
    sqlText("mssql", "Member[Request].Instance.Member[query,batch]", "mssql request.query text"),
    // connect() resolves to the pool itself: `(await new sql.ConnectionPool(cfg).connect()).request().query(text)`.
    sqlText("mssql", "Member[ConnectionPool].Instance.Member[connect].ReturnValue.Member[request].ReturnValue.Member[query,batch]", "mssql request.query text"),
    sqlText("mssql", "Member[connect].ReturnValue.Member[request].ReturnValue.Member[query,batch]", "mssql request.query text"),
    sqlText("mssql", "Member[query]", "mssql.query text"),
    { package: "snowflake-sdk", path: "Member[createConnection].ReturnValue.Member[execute].Argument[0].Member[sqlText]", kind: "sql-injection", destination: "Argument[0].Member[sqlText]", note: "snowflake execute({ sqlText })", textOnly: true },
  ],
};

/**
 * How many statements a driver call runs from its SQL text. A statement check
 * that reads only the start of the text (`startsWith("select")`) holds when
 * the call runs one statement: `SELECT 1; DROP TABLE t` then runs only
 * `SELECT 1` (sqlite prepares the first statement and leaves the rest,
 * better-sqlite3's `prepare` refuses a second, mysql2's `execute` is one
 * server-side prepared statement, mysql's text protocol refuses `;`-stacked
 * statements unless the connection turns `multipleStatements` on). Calls not
 * listed (pg and neon `query`, mssql `query`/`batch`, sqlite `exec`,
 * better-sqlite3 `exec`) run every statement in the text.
 */
export interface StatementCountRow {
  /** The sink's package, as the finding names it (`mysql2.createPool().execute` → `mysql2`). */
  package: string;
  /** The driver methods that run only one statement (the last member of the sink's name). */
  oneStatement: readonly string[];
  /** Source text that makes these methods run several (a connection option); `execute` is exempt by `always`. */
  severalWhen?: RegExp;
  /** Methods that run one statement even then. */
  always?: readonly string[];
}

const MYSQL_STATEMENTS = (pkg: string): StatementCountRow => ({ package: pkg, oneStatement: ["query", "execute"], severalWhen: /\bmultipleStatements\s*:\s*(?!false\b)[^\s,}]/, always: ["execute"] });

export const SQL_STATEMENT_COUNTS: readonly StatementCountRow[] = [
  { package: "sqlite3", oneStatement: ["run", "all", "get", "each", "prepare"] },
  { package: "sqlite", oneStatement: ["run", "all", "get", "each", "prepare"] },
  { package: "better-sqlite3", oneStatement: ["prepare"] },
  MYSQL_STATEMENTS("mysql"),
  MYSQL_STATEMENTS("mysql2"),
  MYSQL_STATEMENTS("mysql2/promise"),
];

/**
 * The sink call runs one statement of its text, by the driver's rule
 * (`callee` is a finding's sink name, `programText` says whether a
 * connection turns several on).
 */
export function runsOneStatement(callee: string, programTexts: Iterable<string>): boolean {
  const driver = driverOf(callee);
  const method = callee.slice(callee.lastIndexOf(".") + 1);
  const row = driver !== undefined ? SQL_STATEMENT_COUNTS.find((r) => r.package === driver) : undefined;
  if (!row || !row.oneStatement.includes(method)) return false;
  if (!row.severalWhen || row.always?.includes(method)) return true;
  for (const text of programTexts) if (row.severalWhen.test(text)) return false;
  return true;
}

/**
 * The quotings of a driver's SQL whose only escape is the quote doubled: a
 * value written inside one with that quote doubled
 * (`"${t.replace(/"/g, '""')}"`, `'${v.replace(/'/g, "''")}'`) stays one
 * name or one string. Names: `"…"` in PostgreSQL, SQLite, SQL Server and
 * DuckDB, `` `…` `` in MySQL. Strings: `'…'` in SQLite, DuckDB and SQL Server,
 * and in PostgreSQL, whose `standard_conforming_strings` has been on by
 * default since 9.1 (its `E'…'` escape string reads backslashes, and is never
 * counted: analyzer/taint/quote-shapes.ts). Not listed: MySQL's `'…'` and
 * `"…"`, strings where a backslash escapes the quote (`\'` + `'` closes it);
 * drivers whose dialect the call does not say (knex, sequelize, prisma).
 */
const PG_QUOTES = ['"', "'"];
export const SQL_DOUBLED_QUOTES: Readonly<Record<string, readonly string[]>> = {
  pg: PG_QUOTES,
  postgres: PG_QUOTES,
  "@neondatabase/serverless": PG_QUOTES,
  "@vercel/postgres": PG_QUOTES,
  sqlite3: PG_QUOTES,
  sqlite: PG_QUOTES,
  "better-sqlite3": PG_QUOTES,
  duckdb: PG_QUOTES,
  "@duckdb/node-api": PG_QUOTES,
  mssql: PG_QUOTES,
  mysql: ["`"],
  mysql2: ["`"],
  "mysql2/promise": ["`"],
};

/** The doubled-only quotings of the sink's driver (`callee` is a finding's sink name, `mysql2.createPool().query`). */
export function doubledQuotesOf(callee: string): readonly string[] {
  const driver = driverOf(callee);
  return (driver !== undefined ? SQL_DOUBLED_QUOTES[driver] : undefined) ?? [];
}

/** The package a finding's sink name starts with (`mysql2/promise.createPool().query` → `mysql2/promise`). */
function driverOf(callee: string): string | undefined {
  const dot = callee.indexOf(".");
  return dot > 0 ? callee.slice(0, dot) : undefined;
}
