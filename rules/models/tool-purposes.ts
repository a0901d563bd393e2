// What a tool says it is for, as data: the words in a tool's name, title or
// description that declare a dangerous act, the parameter that carries the
// act's object, and the words that declare a boundary the tool means to keep.
//
// When a tool declares the act (a `run_sql` tool whose `sql` argument is the
// statement), the argument reaching the sink is the tool doing its job: a
// capability, reported at the severity of what the act can reach, not an
// injection. A declared boundary ("read-only", "in a sandbox", "inside the
// allowed folder") turns it back into an injection when the code does not
// keep it: the value then crosses a line the tool promised.

import { SQL_STATEMENT_KINDS } from "./sql.js";

export type PurposeAct = "sql" | "fetch" | "path" | "command" | "code";

export interface PurposeRow {
  act: PurposeAct;
  /** Sink kinds whose findings this purpose can explain. */
  sinkKinds: readonly string[];
  /** Words of the tool's name (split at `_`, `-`, `.` and case changes), title or description that declare the act. */
  tool: RegExp;
  /** A parameter name, as words, that is the act's object. */
  parameter: RegExp;
  /** Words in a parameter's description that say it is the act's object. */
  parameterDescription: RegExp;
  /**
   * Words of a parameter's own description (zod `.describe()`, JSON Schema `description`) that say the
   * parameter is the act's object, whatever the tool's name says: "path to the JavaScript file",
   * "file paths to attach". The schema is the tool's declaration too: it declares the act by itself.
   */
  parameterSays: RegExp;
  /** A parameter that is the act's object declares the act by itself (a `file_path` argument says the tool works on that file). */
  schemaSuffices?: boolean;
  /** Words that promise a boundary inside the act (read-only SQL, a sandbox); when present the code must keep it. */
  boundary?: RegExp;
  /** Words that widen the act again ("SELECT, INSERT or UPDATE"): then no boundary is promised. */
  boundaryUnless?: RegExp;
  /** What the tool can do, after its name: "`run_sql` runs any SQL the model writes". */
  says: string;
  /** What a user or the author can do about it. */
  advice: string;
}

export const PURPOSE_ROWS: readonly PurposeRow[] = [
  {
    act: "sql",
    sinkKinds: ["sql-injection"],
    tool: /\b(sql|query|queries|statement|statements)\b/i,
    parameter: /^(sql|query|statement|stmt|sql query|query string|query text|sql statement|raw sql|sql string)$/i,
    parameterDescription: /\b(sql|query|statement)\b/i,
    // "SQL query to execute", "raw SQL", and a description that opens by naming the statement ("CREATE TABLE SQL statement",
    // "SELECT SQL query"), not one that mentions a query further on ("table name for the SQL query").
    parameterSays: /\b(sql|query|statement)\s+to\s+(run|execute)\b|\b(raw|arbitrary)\s+sql\b|^\s*(an?\s+|the\s+)?([\w-]+\s+){0,2}sql\s+(statement|statements|query|queries|text)\b/i,
    // `read_query`, "Run a SELECT query", "read-only": the tool promises reads (a `readOnlyHint` too).
    boundary: /\bread\b|\bread[- ]?only\b|\bselect\b|\bno\s+(writes|modifications)\b/i,
    boundaryUnless: /\b(insert|update|delete|drop|create|alter|write|writes|modify|ddl|dml|arbitrary)\b/i,
    says: "runs any SQL the model writes against the database",
    advice: "Approve each call (the permission policy puts the tool under `ask`), connect with a database role that has only the rights the tool needs, or open a read-only transaction when it should only read.",
  },
  {
    act: "fetch",
    sinkKinds: ["network-request"],
    // A tool that says it sends to a webhook declares the request too: the user names where alerts go.
    tool: /\b(fetch|url|urls|uri|http|https|web|webpage|page|pages|browse|navigate|download|scrape|crawl|request|link|links|website|site|endpoint|webhook|webhooks|callback|send|sends|post|posts|notify|notifies|notification|notifications)\b/i,
    parameter: /^((target |page |source |base |request |web |website |image |file |download |webhook |callback |notification |hook )?(url|uri|href|link|endpoint|address)|webhook|callback)$/i,
    parameterDescription: /\b(url|uri|link|web ?page|address|endpoint)\b/i,
    parameterSays: /\b(url|uri|link|address)\s+to\s+(fetch|download|open|visit|scrape|crawl|request|post|notify)\b/i,
    says: "fetches any URL the model names, including localhost, the local network and cloud metadata addresses",
    advice: "Approve each call (the permission policy puts the tool under `ask`); if the tool should only reach the public web, refuse loopback, private and link-local addresses after resolving the host.",
  },
  {
    act: "path",
    sinkKinds: ["path-traversal"],
    schemaSuffices: true,
    tool: /\b(file|files|path|paths|folder|folders|directory|directories|dir|dirs|deploy|upload|download|downloads|read|write|save|edit|open|list|move|copy|delete|remove|create|attach|attachment|attachments|artifact|artifacts|image|document|documents|archive|extract|project|parse|parsing)\b/i,
    // The name itself says path: `file_path`, `saveDir`, `output_path`, `filename`; not `workspace` or `project` (names of remote things).
    // `projectRoot`, `repo_root`, `cwd`: a folder the tool works in (not a bare `root`, which may be a JSON or tree root).
    parameter: /^((\w+ ){0,2}(path|paths|file|files|filename|filepath|dir|dirs|directory|directories|folder|folders)|(\w+ ){1,2}root|cwd|file name|file path)$/i,
    parameterDescription: /\b(path|file|folder|directory)\b/i,
    // "Path to JavaScript file", "List of file paths to attach", "Directory path where tests are saved",
    // "absolute path of the source folder to deploy", "local path to save the attachment to", "URL of the image to attach".
    // An output named by what is put there: "Path to save diff image PNG", "directory to store images in",
    // "folder where the export is written", "where to save the file".
    // Not "destination path in the bucket" or "path of the page in the wiki": a remote thing's path names no file here.
    parameterSays: /\b(file|folder|directory|dir|local|absolute|output|input)\s+paths?\b|\bpaths?\s+(of|to)\s+(an?\s+|the\s+)?([\w.-]+\s+){0,2}(file|folder|directory|dir)s?\b|\b(file|files|folder|directory|image|images|document|documents|attachment|attachments)\s+to\s+(attach|upload|deploy|send|save|write)\b|\b(path|paths|folder|directory|dir)\s+(to|for|where|in\s+which)\s+(to\s+)?(save|saving|store|storing|write|writing|export|exporting|download|downloading|put|place|output)\b|\bwhere\s+to\s+(save|store|write|export|download|put|place)\b|\b(path|folder|directory|dir)\s+where\s+([\w.-]+\s+){0,3}(is|are|gets|get|will\s+be)\s+(saved|stored|written|exported|downloaded|placed|put)\b/i,
    boundary: /\b(allowed|permitted)\s+(dir|director|folder|path|root)|\b(within|inside|under)\s+(the\s+)?(allowed|configured|permitted|workspace|project|root|sandbox)\b|\bsandbox/i,
    says: "works on any file path the model names, wherever the user's account can reach",
    advice: "Approve each call (the permission policy puts the tool under `ask`), or give the server the folders it may use and check containment (`path.relative` against each root).",
  },
  {
    act: "command",
    sinkKinds: ["command-injection"],
    tool: /\b(command|commands|shell|terminal|bash|sh|zsh|powershell|cmd|exec|execute|run|script|scripts|task|tasks)\b/i,
    parameter: /^(command|cmd|commands|command line|shell command|script|shell|cmdline|bash command|line)$/i,
    parameterDescription: /\b(command|shell|script)\b/i,
    parameterSays: /\b(command|command line|shell command|script)\s+to\s+(run|execute)\b/i,
    boundary: /\b(allowed|permitted|allow-?listed|whitelisted|safe)\s+commands?\b|\bsandbox/i,
    says: "runs any command line the model writes, with the user's rights",
    advice: "Approve each call (the permission policy puts the tool under `ask`), or run the server in a container or as a user with only the rights it needs.",
  },
  {
    act: "code",
    sinkKinds: ["code-injection"],
    tool: /\b(javascript|js|node|code|script|snippet|eval|repl)\b/i,
    parameter: /^(code|script|source|snippet|javascript|js|source code|program)$/i,
    parameterDescription: /\b(javascript|js|code|script)\b/i,
    parameterSays: /\b(javascript|js|code)\s+to\s+(run|execute|evaluate|eval)\b/i,
    boundary: /\bsandbox|\bisolated\b|\bsafe(ly)?\b/i,
    says: "runs any JavaScript the model writes, with the server's rights",
    advice: "Approve each call (the permission policy puts the tool under `ask`); `vm` is not a sandbox: run untrusted code in a separate process or isolate with no rights.",
  },
];

/**
 * A read-only transaction or connection: the database, not a string check,
 * keeps a SQL tool from writing (a read-only transaction statement, better-sqlite3's
 * `{ readonly: true }`, a `mode=ro` SQLite URI, sqlite3's OPEN_READONLY).
 */
export const SQL_READ_ONLY_ENFORCED = new RegExp(`${SQL_STATEMENT_KINDS.readOnly.source}|\\breadonly\\s*:\\s*true\\b|\\bmode=ro\\b|OPEN_READONLY\\b`, "i");

/**
 * A check that the statement starts with SELECT (`sql.trim().toLowerCase().startsWith("select")`,
 * `/^\s*select\b/i.test(sql)`): it holds only for a driver call that runs one statement
 * (rules/models/sql.ts `SQL_STATEMENT_COUNTS`).
 */
export const SQL_SELECT_PREFIX_CHECK = /\.startsWith\(\s*["'`]select\b|\/\^(\\s[*+])?\(?(\?:)?select\b/i;

/**
 * A tool whose name, title or description says it opens or launches an
 * application the user sees (an editor, a game, a browser window, a simulator):
 * a detached child it starts is that window, which is meant to outlive the
 * call, not hidden work (rules/silent-process.ts). The verb comes first, the
 * thing opened within a few words after it ("Open a file in the Cursor editor",
 * "launch game", "start the iOS simulator").
 */
export const LAUNCHES_APPLICATION = /\b(open|opens|opening|launch|launches|launching|start|starts|starting|run|runs|running|show|shows|play|plays)\b(\W+[\w.-]+){0,5}?\W+(editor|editors|ide|app|apps|application|applications|window|game|games|browser|viewer|gui|emulator|simulator|player|studio)\b/i;
