// The data-flow engine's contract. The engine knows no rule by name: rules and
// library models describe sources, sinks, sanitizers, guards and steps as data
// (STYLE.md, CodeQL models-as-data), and read the engine's results.
import type { TSESTree } from "@typescript-eslint/types";
import type { FlowStep, Location, ParsedModule } from "../types.js";
import { boundedMemo } from "../memo.js";

/**
 * An access path into a package's API, read left to right from the package's
 * export (CodeQL's MaD syntax, JavaScript flavour). Tokens, joined with ".":
 *
 * - `Member[name]`        a property (`Member[a,b]` for either); on a call's
 *                         receiver, a method: `Member[exec]` is `cp.exec`
 * - `AnyMember`           any property (`process.env.AnyMember` is every env var)
 * - `AnyPath`             zero or more tokens: any value reached from the package
 *                         (`AnyPath.Member[uploadFile]` is an `uploadFile` method of
 *                         whatever object the package's calls hand out, however many
 *                         steps away); for method names no other object of that package has
 * - `ArrayElement`        an element of an array (in a row's argument part)
 * - `DeepMember[name]`    the named field at any depth, its nesting flattened
 *                         (`Member[body].DeepMember[bcc]`: a mail body's bcc however nested)
 * - `ReturnValue`         what a call returns (awaited promises included)
 * - `Instance`            what `new X()` returns (also a class's `this`)
 * - `Argument[n]`         the n-th argument (0-based); `Argument[n..]` from n on;
 *                         `Argument[this]` the receiver
 * - `Parameter[n]`        the n-th parameter of a callback passed at that point
 *
 * `package` is an npm name (`axios`, `@octokit/rest`), a Node builtin without
 * `node:` (`child_process`, `fs/promises`), or `global` for globals
 * (`global` + `Member[fetch]`, `global` + `Member[process].Member[env]`).
 */
export type AccessPath = string;

interface RowBase {
  package: string;
  path: AccessPath;
  /** Why the row exists, for people reading the model. */
  note?: string;
}

/** A value that starts a flow. The label's name is the last `Member[...]` name unless `name` is set. */
export interface SourceRow extends RowBase {
  kind: string;
  name?: string;
  /**
   * Only a source when the constant value (or constant prefix) at `at`, relative
   * to the call, matches `pattern`; the label's name is then that constant.
   * E.g. `fs` + `Member[readFileSync].ReturnValue` with `at: "Argument[0]"` and a
   * pattern for `~/.aws/credentials`: reading a credential file.
   */
  requiresMatch?: { at: AccessPath; pattern: RegExp };
}

/** String literals that are themselves a source (hardcoded credentials). */
export interface LiteralSourceRow {
  kind: string;
  /** Human name of the format, e.g. "GitHub personal access token"; becomes the label name. */
  name: string;
  pattern: RegExp;
  note?: string;
}

/** A place where a flow ends. `path` ends at the argument (or option property) that is the sink. */
export interface SinkRow extends RowBase {
  kind: string;
  /**
   * Where the call's destination (URL, host, address, command) is, relative to the call, e.g. `Argument[0]`.
   * `Origin.` first reads it from the library call the receiver came from:
   * `https` + `Member[request].ReturnValue.Member[end].Argument[0]` with destination
   * `Origin.Argument[0]` (the body of `req.end(body)` goes to `https.request(url)`'s url).
   */
  // Alternatives separated by ` | `: the first that holds anything at the call
  // (`Origin.Argument[0].Member[host] | Origin.Argument[1]` for `connect(options)` and `connect(port, host)`).
  destination?: AccessPath;
  /** Only a sink when this option is truthy at the call, e.g. `Argument[2].Member[shell]`. */
  requires?: AccessPath;
  /**
   * The sink reads the argument as a string (SQL text): an object there is
   * read through the fields other rows name (`query({ text, values })`), so
   * the taint of its fields (bound values) is not the argument's.
   */
  textOnly?: boolean;
  /**
   * The library masks some key paths of what it is given (a logger's
   * redaction list): each flow at this sink says where in the arguments its
   * label sits (Flow.keyPaths), so a rule can tell a masked field from a
   * written one.
   */
  placesKeys?: boolean;
}

/** A library function that moves data the engine cannot see (`input` → `output`, relative to the call). */
export interface StepRow extends RowBase {
  input: AccessPath;
  output: AccessPath;
  /**
   * A getter by name: the output is the input's property that the constant at
   * `at` names, not the whole input (`headers.get("authorization")` is
   * `headers.authorization`). An unknown name: the whole.
   */
  readsProperty?: { at: AccessPath };
}

/**
 * The `sanitizedFor` mark of a value that went through `encodeURIComponent`: it
 * holds no `:`, `/`, `?`, `#` or `@`, so it cannot name a scheme or a host on its
 * own; a rule decides where that matters (after a base URL it is only path).
 */
export const URI_COMPONENT = "uri-component";

/**
 * Shape marks (docs/value-shapes.md): `sanitizedFor` marks that state what a
 * string can look like, set by transforms, dominating checks and input
 * schemas (shapes.ts), and read by rules. Like URI_COMPONENT, a mark names a
 * fact about the value, never a rule.
 *
 * - NO_SEPARATOR     holds no `/` or `\` (basename, `replace(/[^\w.-]/g, "")`)
 * - NO_DOT_DOT       holds no `.` pair: no `..` segment (a check rejected it, or a pattern excludes `.`)
 * - RELATIVE         is not an absolute path (a check rejected absolute paths, or it holds no separator)
 * - NO_LEADING_DASH  cannot start with `-`, so an argument vector cannot read it as an option
 * - PREFIX_CHECKED   was checked to start with a value the code chose, with no separator after it
 *                    (`p.startsWith(root)`): inside `root`, or in a sibling whose name starts with root's
 * - WORD_CHARS       holds only letters, digits, `_`, `.` and other characters no language here reads
 *                    as syntax: no quote, space, separator, `-`, `,`, `=` or shell metacharacter (an
 *                    identifier pattern `^[A-Za-z_][A-Za-z0-9_]*$`)
 */
export const NO_SEPARATOR = "shape:no-separator";
export const NO_DOT_DOT = "shape:no-dot-dot";
export const RELATIVE = "shape:relative";
export const NO_LEADING_DASH = "shape:no-leading-dash";
export const PREFIX_CHECKED = "shape:prefix-checked";
export const WORD_CHARS = "shape:word-chars";

/**
 * The value passed a check that gates the sink and that the scanner cannot
 * judge: a helper from a package no model describes, or a user helper that
 * tests the value in a way no guard form reads. The mark is this prefix and
 * the check as the finding names it ("`isSafe(p)` at src/a.js:12"). It proves
 * nothing; a rule may say the finding rests on what that check does.
 */
export const UNREAD_CHECK = "check:unread ";

/**
 * The `sanitizedFor` mark of a URL's address parts (`protocol`, `host`,
 * `hostname`, `port`, `origin`, `pathname`): they never hold the userinfo
 * (`user:password@`) or the query, so a URL built with a password gives none
 * of it there. The value still says where the URL points (ssrf asks for that).
 */
export const URL_ADDRESS = "url-address";

/**
 * The `sanitizedFor` mark of an object's property names (`Object.keys`, the
 * keys of `Object.entries`, `for...in`): which fields a parsed `.env` or a
 * credentials file has, not what they hold. A tool argument's keys are still
 * chosen by the model (injection rules ignore the mark).
 */
export const PROPERTY_NAMES = "property-names";

/** The call's return value is clean for these flow kinds. `kinds: ["*"]` means for every kind. */
export interface SanitizerRow extends RowBase {
  kinds: string[];
}

/**
 * Data handed between threads (or processes) that no call connects: what a
 * `send` row's call hands over, a `receive` row gives back wherever the other
 * side reads it (`new Worker(file, { workerData })` → `workerData` in the
 * worker; `worker.postMessage(x)` → `parentPort.on("message", m => ...)`).
 * Channels are package-wide: a package rarely runs more than one kind of worker.
 */
export interface ChannelRow extends RowBase {
  channel: string;
  role: "send" | "receive";
  /**
   * send: the data, relative to the call at `path` (`Argument[1].Member[workerData]`).
   * receive: `Argument[k].Parameter[n]` for a callback's parameter, or "" for the value at `path` itself.
   */
  at: AccessPath;
  /** Only when the call's first argument is this constant (an event name). */
  event?: string;
}

/**
 * A call that sends a request and gives back what the other side answered
 * (`fetch(url, init)`, `axios.get(url, config)`, `http.get(url, res => ...)`):
 * its result, and the parameters of its callbacks, are the remote side's data,
 * not the request. The default step (a library call's result carries its
 * arguments' taint) does not apply: the URL, headers and body went out and
 * what comes back was chosen by the server. Only the fields in `echoes` hold
 * the request as it was sent (an axios response's `config` and `request`,
 * a fetch Response's `url`); serializing the whole response takes those too.
 */
export interface ResponseRow extends RowBase {
  /** Field names; `name@n` holds only argument n as sent (`url@0`), a plain name the whole request. */
  echoes?: string[];
}

/**
 * Options that make a library object a client of a remote service: a
 * constructor or factory given an options object where one of them carries a
 * value from outside (`new X({ apiKey })`, `createClient({ credentials: { ... } })`, a pool's
 * `{ password }`) builds an object whose methods, at any depth
 * (`client.models.generate(...)`, `pool.query(sql)`), send requests and give
 * back the service's answer (as a ResponseRow with no echoes) instead of
 * their arguments. Rows that model those methods otherwise (steps,
 * sanitizers, responses) still decide; the object itself keeps its options.
 */
export interface RemoteClientRow {
  options: string[];
  /** Names of the factories that build a client (`createPool`, `createClient`); a constructor (`new X(...)`) always may. */
  factories: RegExp;
  note: string;
}

export interface LibraryModel {
  sources?: SourceRow[];
  responses?: ResponseRow[];
  remoteClients?: RemoteClientRow[];
  literals?: LiteralSourceRow[];
  sinks?: SinkRow[];
  steps?: StepRow[];
  sanitizers?: SanitizerRow[];
  channels?: ChannelRow[];
  entryGetters?: EntryGetterRow[];
}

/**
 * A method that reads one entry by name from a field of the value it is called on, for receivers no
 * API names (a source's value handed to a callback, a parameter): `req.get("authorization")` reads
 * `req.headers.authorization`; called on the field itself (`headers.get(name)`) it reads the entry.
 * The read is added to what the call gives otherwise (a Map's `get` still gives its values); the
 * rules tell by the source's kind whether that entry matters (a request's credential header).
 */
export interface EntryGetterRow {
  methods: string[];
  field: string;
  /** The name argument, as a constant. */
  at: AccessPath;
  /** Names are case-insensitive (HTTP headers): the entry is named in lower case. */
  lowerCase?: boolean;
  note: string;
}

/**
 * Checks that make a value safe on the branch they dominate (DESIGN.md:
 * "Guards are judged by what they do"). A query names the guard kinds that
 * sanitize for it.
 *
 * - `literal-equality`   `x === "a"`, `switch (x) { case "a": }`, `x in CONST_MAP`
 * - `allow-list`         `LIST.includes(x)`, `SET.has(x)` with a constant list/set
 * - `path-containment`   `path.relative(root, p)` checked for `..`/absolute, or
 *                        `p.startsWith(root + path.sep)` (a bare `startsWith(root)` is not)
 * - `regex-match`        `/^[\w-]+$/.test(x)` with an anchored pattern
 * - `type-check`         `typeof x === "number"`, `Number.isInteger(x)`
 * - `sanitizer-call`     `if (isSafe(x))` where `isSafe` is a sanitizer row or a
 *                        function whose name says it validates (`isValid*`, `validate*`)
 * - `shape`              a check that only narrows what the value can look like
 *                        (`!x.includes("..")`, `!path.isAbsolute(x)`): it counts
 *                        through the shape marks it sets, not as a guard
 */
export type GuardKind = "literal-equality" | "allow-list" | "path-containment" | "regex-match" | "type-check" | "sanitizer-call" | "shape";

/** A function-level source: parameters of a tool handler, of an exported API. */
export interface FunctionSource {
  fn: FunctionNode;
  module: ParsedModule;
  /** Parameter indexes, or "all". */
  params: number[] | "all";
  kind: string;
  /** Label name, e.g. the tool name. */
  name: string;
  /**
   * The library value the parameter also is (an API key, `pkg tokens`), so model
   * rows on its members apply: the SDK's request context, whose `sendRequest` asks the client.
   */
  api?: string;
  /**
   * Two property names that wrap the values the label is about when the
   * parameter is a whole protocol message (`request.params.arguments` around a
   * low-level handler's tool arguments): a read through both is the envelope,
   * and the property read after them is the first field that names a value.
   */
  envelope?: readonly [string, string];
}

/** A function-level sink: what a tool handler returns, or a throw escaping it. */
export interface FunctionSink {
  fn: FunctionNode;
  module: ParsedModule;
  what: "return" | "throw";
  kind: string;
  /** e.g. the tool name, for messages. */
  name: string;
  /**
   * Parts of `fn` that serve one name of several (a dispatcher's `case` for one
   * tool), by source range: a return inside one is named by it, not by `name`.
   */
  parts?: { range: readonly [number, number]; lines: { start: { line: number; column: number }; end: { line: number; column: number } }; name: string }[];
}

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export interface EngineInput {
  models: LibraryModel[];
  functionSources?: FunctionSource[];
  functionSinks?: FunctionSink[];
  /**
   * Calls whose result is clean for some flow kinds, judged by code rather than
   * by a row: a user-written `maskKey(k)`, an inline `k.slice(0, 4)`, which no
   * access path can name. Returns those kinds (none: not a sanitizer).
   */
  sanitizingCalls?: (call: TSESTree.CallExpression | TSESTree.NewExpression, module: ParsedModule) => readonly string[];
}

// ---------------------------------------------------------------- results

/** Where a flow started. */
export interface Label {
  id: number;
  kind: string;
  /** Env var name, file path, tool name + parameter... */
  name: string;
  location: Location;
  /** The envelope of the source's values (FunctionSource.envelope). */
  envelope?: readonly [string, string];
}

/** One labelled value arriving at a sink. */
export interface Flow {
  label: Label;
  /** Flow kinds this value was sanitized for on the way (by sanitizer rows or guards). */
  sanitizedFor: string[];
  /** Guard kinds that dominate the sink for this value. */
  guards: GuardKind[];
  /** Source first, sink last. */
  path: FlowStep[];
  /** The value reached the sink only as part of a larger whole (serialized object, spread env). */
  whole?: boolean;
  /** The first property read from the source value, e.g. the tool argument's name (`args.branch` → `branch`). */
  field?: string;
  /** The property read below `field` (`req.headers.authorization` → `authorization`, `extra.authInfo.token` → `token`). */
  subfield?: string;
  /** Every property read, when the flow carries more than one (`[String(args.lines), args.file]`); `field` is one of them. */
  fields?: string[];
  /** One property of the source value, read by a key not known statically (`env[name]`): a part of it, not the whole. */
  member?: boolean;
  /**
   * At a sink row that asks for them (`placesKeys`): every key path in the
   * call's arguments where the label sits, argument index first
   * (`["0", "headers", "x-api-key"]`; `*` for any element of an array).
   * Absent when not known: then it may sit anywhere.
   */
  keyPaths?: (readonly string[])[];
}

/** What is known about a sink's destination (URL, host, mail recipient, command). */
export interface Destination {
  /** Constant values or constant prefixes it can take, e.g. `https://api.github.com/`. Decoded literals included. */
  constants: string[];
  /** True when a constant is only a prefix (something non-constant follows). */
  prefixOnly: boolean;
  /**
   * Every alternative fixes scheme and host (`https://api.x.com/` + anything):
   * whatever flows in can only be in the path or query. Then `configuredBy` is empty.
   */
  hostFixed: boolean;
  /**
   * Every alternative's host is fixed or comes first from configuration
   * (`${process.env.API_URL}/items/${id}`): untrusted data only fills the path
   * or query. Heuristic: the engine does not track which value comes first, so
   * an unknown leading part counts as the configured one when configuration is
   * among the data.
   */
  hostConfigured?: boolean;
  /**
   * Every alternative starts with a value nothing is known about (no constant,
   * no configuration), followed by a path: `${connection.serverUrl}/${project}/_apis`.
   * Whatever else flows in may only be in the path, unless it is that leading value.
   */
  pathUnderUnknownHost?: boolean;
  /**
   * Some alternative starts with a value nothing is known about and goes on
   * with no path before the next unknown (`p.startsWith("http") ? p : BASE + "/" + p`):
   * `constants` lists the other alternatives' prefixes only, and this one may
   * be a whole URL.
   */
  openStart?: boolean;
  /** Env vars, argv or config reads the host is built from: the user configures it. */
  configuredBy: string[];
  /** Labels (e.g. tool arguments, secrets) that flow into it, anywhere in it. */
  tainted: Label[];
  /** How each tainted label got there, with the guards that dominate it (e.g. a host allow-list). */
  flows?: Flow[];
  /** Nothing constant or configured was found. */
  unresolved: boolean;
  /**
   * Every alternative ends with constant text after its last unknown part,
   * and that text holds a separator then a file name (`/.specs/origin.md`):
   * those texts. Whatever flows in picks at most the folder; the file's
   * name is the code's.
   */
  fixedTails?: string[];
}

export interface SinkHit {
  /** Sink kind of the row or function sink. */
  kind: string;
  /** Human name of the callee: `child_process.exec`, `fetch`, `axios.post`, or `return of tool "x"`. */
  callee: string;
  /** The call, return or throw. */
  node: TSESTree.Node;
  module: ParsedModule;
  location: Location;
  /** Which argument of the call is the sink, e.g. `Argument[1].Member[body]`. */
  argument: string;
  flows: Flow[];
  destination?: Destination;
}

export interface TaintResult {
  hits: SinkHit[];
  /** Hits of one sink kind. */
  hitsOf(kind: string): SinkHit[];
  /**
   * Calls to sinks with a destination that carry no labelled data but fix
   * their destination in the call (telemetry posts, update checks): no flows,
   * never in `hits`. Optional (older results lack it).
   */
  quietHits?: SinkHit[];
  /**
   * Every library API called from `fn` or anything it calls, as `"<package> <path>"`
   * strings (`"fs Member[writeFileSync]"`, `"axios Member[create].ReturnValue.Member[post]"`).
   * Match them against rows with `apiMatches`.
   */
  reachableApis(fn: FunctionNode): Set<string>;
  /**
   * The same, not entering the functions in `avoid` (tool handlers a function
   * registers run on later requests, not during its call). Optional.
   */
  reachableApisAvoiding?(fn: FunctionNode, avoid: ReadonlySet<FunctionNode>): Set<string>;
  /**
   * The same APIs by the function that calls each: `fn` and every function it
   * reaches, each with the APIs it calls itself, not entering the functions in
   * `avoid` (as reachableApisAvoiding). Optional (older results lack it).
   */
  apisByFunction?(fn: FunctionNode, avoid?: ReadonlySet<FunctionNode>): Map<FunctionNode, ReadonlySet<string>>;
  /** Constant string values an expression can take (through variables, concatenation, decoding), if any. */
  constantsOf(node: TSESTree.Node, module: ParsedModule): string[];
  /**
   * The constant texts `fn` hands the destination of sinks of `kind` (the SQL
   * text a query call runs): at a sink call in `fn`, or where `fn` fills in a
   * helper's parameter that reaches one. Undefined when `fn` evaluated no such
   * sink and filled in none. Optional (older results lack it).
   */
  sinkTexts?(kind: string, fn: TSESTree.Node): ReadonlySet<string> | undefined;
  /** Labels that can escape `fn` as a thrown value (and so become tool output). */
  escapingThrows(fn: FunctionNode): Flow[];
  /** Places the engine gave up (bound hit): "analysis incomplete in file X". */
  incomplete: { file: string; reason: string }[];
  /**
   * What a call expression was seen to call (undefined: the engine never
   * evaluated it). Optional (older results lack it).
   */
  callTargets?(call: TSESTree.Node): CallTargets | undefined;
  /** Whether every flow through `fn` was followed (false when the engine stopped at a bound before finishing it). */
  analyzed(fn: FunctionNode): boolean;
  /** The bound the engine stopped at, in words ("the CPU time budget of 45 s"), when it stopped early. */
  stoppedBy?: string;
}

/** The targets of one call expression: package functions, library APIs, and whether unknown code answered it. */
export interface CallTargets {
  fns: ReadonlySet<FunctionNode>;
  apis: ReadonlySet<string>;
  opaque: boolean;
}

/** The `"<package> <path>"` key of a row, as reachableApis reports APIs. */
export function apiKey(row: { package: string; path: AccessPath }): string {
  return `${row.package} ${row.path}`;
}

/**
 * True when `api` (from reachableApis) is the row's API or something reached
 * through it: row `fs Member[promises]` matches `fs Member[promises].Member[rm]`.
 * A `Member[a,b]` token in the row matches either name; `AnyMember` matches any.
 */
export function apiMatches(api: string, row: { package: string; path: AccessPath }): boolean {
  if (!api.startsWith(row.package) || (api.length > row.package.length && api[row.package.length] !== " ")) return false;
  const apiTokens = api.length > row.package.length ? pathTokens(api.slice(row.package.length + 1)) : [];
  const rowTokens = pathTokens(row.path);
  if (rowTokens.length > apiTokens.length) return false;
  for (let i = 0; i < rowTokens.length; i++) if (!tokenMatches(rowTokens[i], apiTokens[i])) return false;
  return true;
}

/**
 * splitPath, remembered: capability inference asks apiMatches for every
 * (reachable API, model row) pair, and the same few hundred paths recur.
 */
const pathTokens: (path: AccessPath) => readonly string[] = boundedMemo((path: AccessPath) => splitPath(path), 50_000);

/** Splits an access path at the dots between tokens (not inside brackets). */
export function splitPath(path: AccessPath): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "." && depth === 0) {
      out.push(path.slice(start, i));
      start = i + 1;
    }
  }
  if (path.length > start) out.push(path.slice(start));
  return out;
}

function tokenMatches(rowToken: string, apiToken: string): boolean {
  if (rowToken === apiToken) return true;
  if (rowToken === "AnyMember") return apiToken.startsWith("Member[");
  const m = /^Member\[(.*)\]$/.exec(rowToken);
  const a = /^Member\[(.*)\]$/.exec(apiToken);
  if (m && a) return m[1].split(",").map((s) => s.trim()).includes(a[1]);
  return false;
}
