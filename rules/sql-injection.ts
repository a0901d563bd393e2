// sql-injection: an untrusted value becomes part of SQL text. Bind
// parameters and tagged templates (`sql\`...\``) are not sinks in the models,
// so only text that is parsed as SQL is reported.
import { staysQuotedName } from "../analyzer/taint/quote-shapes.js";
import { WORD_CHARS, type Flow, type GuardKind, type SinkHit } from "../analyzer/taint/spec.js";
import { doubledQuotesOf } from "./models/sql.js";
import type { Rule, RuleContext } from "./types.js";
import { declaredCapability } from "./util/declared-purpose.js";
import { attributedFlow, isUnsafe, reportFlow, type SafeShape, unreadCheckOf } from "./util/untrusted-flows.js";

const GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "regex-match", "type-check", "sanitizer-call"];

const FIX = "Pass values as bind parameters (`query('... WHERE id = $1', [id])`) or through a `sql` tagged template; allow-list identifiers such as table names. A `startsWith('select')` check does not make a statement read-only: run such tools in a read-only transaction or with a read-only database role.";

export const sqlInjection: Rule = {
  meta: {
    id: "sql-injection",
    title: "SQL injection",
    defaultSeverity: "high",
    threat: "prompt-injection",
    cwe: [89],
    summary: "A tool argument becomes part of SQL text.",
    description:
      "A value the model chooses is concatenated or interpolated into SQL text passed to pg, mysql/mysql2, better-sqlite3, sqlite3, knex `raw`, sequelize `query`, prisma's `$queryRawUnsafe`/`$executeRawUnsafe` or duckdb. The caller then chooses the statement: reads of other tables, writes, `DROP`, or with stacked queries anything. Bound values are not text: the values array (`query(text, values)`, `stmt.all(...values)`, mssql `request.input(name, value)`) and the values of a query object (`query({ text, values })`, `{ sql, values }`) are not reported; the object's text field is. A \"read-only\" check such as `sql.trim().toLowerCase().startsWith('select')` does not stop `SELECT 1; DROP TABLE users` or writable CTEs when the driver call runs several statements (pg and mssql `query`, sqlite `exec`, mysql with `multipleStatements`); it holds before a call that runs one (sqlite3 `all`, better-sqlite3 `prepare`, mysql2 `execute`), and the finding is then the tool's capability. A table or column name written inside the driver's name quotes with every such quote doubled (double quotes for PostgreSQL, SQLite, SQL Server and DuckDB; backticks for MySQL, where double quotes make a string that a backslash can end) stays one name and is not reported; so does a value written inside a `'…'` string literal with every `'` doubled (`'${v.replace(/'/g, \"''\")}'`) for a dialect that reads no backslash there (SQLite, DuckDB, SQL Server, PostgreSQL; not PostgreSQL's `E'…'`, and not MySQL, where a backslash escapes the quote after it). When the tool says this is what it is for (its name, description and schema declare the act and the argument is the whole statement), the finding is a capability: medium or low, listed under \"What it can do\", and the permission policy asks before each call; it stays an injection when the value crosses a boundary the code or the tool's text meant to keep.",
    help: [
      "**Why it matters.** A prompt injection can set the argument; the database runs whatever SQL results, with the server's credentials.",
      "",
      "**How to fix.** Use placeholders and a values array, or a `sql` tagged template; allow-list identifiers. For tools that run user-written SQL by design, enforce read-only in the database (a read-only transaction or role), not with a string check.",
      "",
      "```ts",
      "db.query(`SELECT * FROM users WHERE name = '${name}'`);   // injectable",
      'db.query("SELECT * FROM users WHERE name = $1", [name]);   // bound',
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    const open = (f: Flow, hit: SinkHit) => unsafe(ctx, f, hit);
    // One finding per place, and an injection is the one to see: a value pasted into the text, or a declared
    // statement that crosses its tool's promise, first; then a declared statement that is only composed with
    // another tool's value at this place; then a capability.
    const rank = (x: { capability?: unknown; composed: boolean }) => (x.capability ? 2 : x.composed ? 1 : 0);
    const judged = ctx.taint.hitsOf("sql-injection").flatMap((hit) => {
      const flows = hit.flows.filter((f) => unsafe(ctx, f, hit)).map((flow) => {
        const capability = declaredCapability(ctx, { hit, flow }, open);
        // It would be a capability with only its own tools' values at this place.
        const tools = attributedFlow(ctx, flow, hit).label.name;
        const own = (f: Flow, h: SinkHit) => open(f, h) && attributedFlow(ctx, f, h).label.name === tools;
        return { hit, flow, capability, composed: !capability && declaredCapability(ctx, { hit, flow }, own) !== undefined };
      });
      return flows.sort((a, b) => rank(a) - rank(b)).slice(0, 1);
    });
    for (const u of judged.sort((a, b) => rank(a) - rank(b))) {
      // A check the scanner cannot read is not proof of a hole (docs/value-shapes.md): said, at low.
      const unread = unreadCheckOf(ctx, u, "sql-injection", GUARDS, quotedNameOf(u.hit));
      if (unread) {
        reportFlow(ctx, u, `as SQL text, past a check the scanner does not read (${unread}); verify that it keeps SQL out`, FIX, "low");
        continue;
      }
      reportFlow(ctx, u, "as SQL text", u.capability?.advice ?? FIX, undefined, "", u.capability);
    }
  },
};

/**
 * The flow can still write SQL text: not guarded, and not kept one quoted
 * name or string (`"${t.replace(/"/g, '""')}"`, `'${v.replace(/'/g, "''")}'`
 * for a driver that reads that quoting with the doubled quote its only
 * escape: analyzer/taint/quote-shapes.ts).
 */
function unsafe(ctx: RuleContext, flow: Flow, hit: SinkHit): boolean {
  return isUnsafe(ctx, flow, "sql-injection", GUARDS, hit, quotedNameOf(hit));
}

/**
 * The shape that keeps a value one name or literal: only word characters (an
 * identifier pattern checked before, in place or in a helper: no quote,
 * space, `;`, `-`, `,` or `=` can end it), or one quoted name or string for the
 * sink's driver, when its dialect has such quotes.
 */
function quotedNameOf(hit: SinkHit): SafeShape {
  const quotes = doubledQuotesOf(hit.callee);
  return (marks) => marks.includes(WORD_CHARS) || quotes.some((q) => staysQuotedName(marks, q));
}
