// Where logs go, as sink rows of kind `log` (DESIGN.md: secret-in-log,
// error-detail-echo). A stdio MCP server's stderr is captured by the client
// into its own log files (Claude Desktop's mcp-server-*.log, Cursor's output
// panel), so anything written there outlives the session and is readable by
// whatever reads those files. Its stdout is the JSON-RPC channel itself: a
// console.log there corrupts the protocol, and clients log the offending line,
// so console.log is a log sink too.
import type { LibraryModel, SinkRow } from "../../analyzer/taint/spec.js";

export const LOG_SINK_KIND = "log";
/**
 * Writes to a file are logs when the file is a `*.log`: the rules read the
 * credentials model's `file-write` hits (rules/models/file-writes.ts) and
 * check the path with this, since a row cannot match on a path's suffix.
 */
export const LOG_FILE_PATH = /\.log(?:\.\d+)?$/i;

/**
 * Options a logger is created with that make it write nothing: pino's
 * `enabled: false` and `level: "silent"`, winston's `silent: true`, log4js's
 * and loglevel's `"off"` level. A logger made that way (and its children) is
 * no log sink. Only constant values count: `enabled: process.env.DEBUG === "1"`
 * can be on.
 */
export const SILENT_LOGGER_OPTIONS: readonly { option: string; value: string | boolean }[] = [
  { option: "enabled", value: false },
  { option: "level", value: "silent" },
  { option: "level", value: "off" },
  { option: "silent", value: true },
];

/**
 * Loggers that mask key paths of the object they log, named where the logger
 * is created: pino's `redact` option, a list of paths (`a.b`, `a["x-y"]`,
 * `a[*].b`, `*.token`) or `{ paths, censor | remove }`. Only the object in
 * `argument` (pino's merging object) is masked; a secret interpolated into
 * the message, or sitting under a key no path covers, is written.
 */
export interface RedactingLogger {
  package: string;
  option: string;
  /** The member holding the list when the option is an object. */
  pathsMember: string;
  argument: number;
}

export const REDACTING_LOGGERS: readonly RedactingLogger[] = [{ package: "pino", option: "redact", pathsMember: "paths", argument: 0 }];

/**
 * Loggers that copy an error given to a log call, field by field, into the
 * record their formats receive, and the options and format helpers that say
 * how each transport writes that record. winston 3 (checked with axios 1 on a
 * 500 and a refused connection): `logger.error("x", err)` and
 * `logger.error(err)` assign the error's own enumerable fields to `info`; a
 * `printf` callback that `JSON.stringify`s the record (or its rest after
 * destructuring) then throws on a field that holds a cycle, and that
 * transport writes nothing. `json()`, `simple()` and a transport with no
 * format of its own write the fields (the headers of an AxiosError's config).
 */
export interface RecordFormattingLogger {
  package: string;
  /** Functions that create a logger from an options object. */
  factories: readonly string[];
  /** Options naming the logger's own format and its list of transports (each `new X({ format })`). */
  formatOption: string;
  transportsOption: string;
  /** Format helpers that apply their arguments in turn, and those that run a callback on the record. */
  combinators: readonly string[];
  templates: readonly string[];
}

export const RECORD_FORMATTING_LOGGERS: readonly RecordFormattingLogger[] = [
  { package: "winston", factories: ["createLogger"], formatOption: "format", transportsOption: "transports", combinators: ["combine"], templates: ["printf"] },
];

const CONSOLE_METHODS = "log,info,warn,error,debug,trace,dir,dirxml,table,group,groupCollapsed,assert";
/** Level methods shared by most Node loggers. */
const LEVELS = "trace,debug,info,warn,warning,error,fatal,critical,notice,verbose,silly,http,log";

function rows(pkg: string, prefixes: string[], methods: string, note: string, args = "Argument[0..]"): SinkRow[] {
  const placesKeys = REDACTING_LOGGERS.some((r) => r.package === pkg);
  return prefixes.map((prefix) => ({
    package: pkg,
    path: `${prefix}${prefix ? "." : ""}Member[${methods}].${args}`,
    kind: LOG_SINK_KIND,
    note,
    ...(placesKeys ? { placesKeys } : {}),
  }));
}

/** pino(), pino.pino(), and their child loggers (`logger.child({...}).info`). */
const PINO_LOGGERS = ["ReturnValue", "Member[pino].ReturnValue", "Member[default].ReturnValue", "ReturnValue.Member[child].ReturnValue"];
const WINSTON_LOGGERS = ["", "Member[createLogger].ReturnValue", "Member[createLogger].ReturnValue.Member[child].ReturnValue", "Member[loggers].Member[get,add].ReturnValue"];
const BUNYAN_LOGGERS = ["Member[createLogger].ReturnValue", "Member[createLogger].ReturnValue.Member[child].ReturnValue"];
const LOGLEVEL_LOGGERS = ["", "Member[getLogger].ReturnValue", "Member[default]"];
const LOG4JS_LOGGERS = ["Member[getLogger].ReturnValue"];

export const LOGGING_MODEL: LibraryModel = {
  sinks: [
    ...rows("global", ["Member[console]"], CONSOLE_METHODS, "console.* writes to stdout/stderr, which stdio MCP clients capture into log files"),
    ...rows("console", [""], CONSOLE_METHODS, "the console builtin module is the same console"),
    {
      package: "global",
      path: "Member[process].Member[stderr,stdout].Member[write].Argument[0]",
      kind: LOG_SINK_KIND,
      note: "stderr goes to the client's log file; stdout is the stdio transport itself",
    },
    ...rows("pino", PINO_LOGGERS, LEVELS, "pino level methods (merging object or message)"),
    ...rows("winston", WINSTON_LOGGERS, LEVELS, "winston default logger and createLogger instances"),
    ...rows("bunyan", BUNYAN_LOGGERS, LEVELS, "bunyan loggers"),
    { package: "debug", path: "ReturnValue.Argument[0..]", kind: LOG_SINK_KIND, note: "debug('ns') returns the logging function" },
    { package: "debug", path: "Member[default].ReturnValue.Argument[0..]", kind: LOG_SINK_KIND, note: "debug as an ESM default import" },
    ...rows("loglevel", LOGLEVEL_LOGGERS, LEVELS, "loglevel default and named loggers"),
    ...rows("log4js", LOG4JS_LOGGERS, LEVELS, "log4js loggers"),
    ...rows("consola", ["", "Member[consola]", "Member[createConsola].ReturnValue"], `${LEVELS},success,fail,box,start,ready`, "consola loggers"),
    // Specifiers resolve to the package name (`…/sdk/server/mcp.js` is `@modelcontextprotocol/sdk`), as in mcp-protocol.ts.
    {
      package: "@modelcontextprotocol/sdk",
      path: "Member[Server].Instance.Member[sendLoggingMessage].Argument[0]",
      kind: LOG_SINK_KIND,
      note: "MCP logging notifications are sent to the client and shown in its logs",
    },
    {
      package: "@modelcontextprotocol/sdk",
      path: "Member[McpServer].Instance.Member[server].Member[sendLoggingMessage].Argument[0]",
      kind: LOG_SINK_KIND,
      note: "the low-level server behind McpServer",
    },
    {
      package: "@modelcontextprotocol/sdk",
      path: "Member[McpServer].Instance.Member[sendLoggingMessage].Argument[0]",
      kind: LOG_SINK_KIND,
      note: "McpServer's own logging helper (SDK 1.x)",
    },
  ],
};

