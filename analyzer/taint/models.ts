// The library models, indexed for lookup by API key ("<package> <path>").
// Rows are data (rules/models); this file only knows the access-path language.
import { type ChannelRow, type EntryGetterRow, type LibraryModel, type LiteralSourceRow, type ResponseRow, type SanitizerRow, type SinkRow, type SourceRow, splitPath, type StepRow } from "./spec.js";

/** A row split into the callee part and what follows (argument selector, return...). */
interface Split<R> {
  row: R;
  pkg: string;
  callee: string[];
  rest: string[];
}

export interface SinkMatch {
  row: SinkRow;
  /** Tokens after the callee: `Argument[1]`, `Member[body]`... */
  selector: string[];
  destination?: string[];
  /** `a | b`: the destination is the first of these that holds anything at the call (`destination` is the first). */
  destinationAlternatives?: string[][];
  requires?: string[];
}

export interface CallbackSourceMatch {
  row: SourceRow;
  argument: number;
  parameter: number;
}

/** What the models say about one call: its sinks, steps, sanitizer kinds, callback sources. */
export interface CallModels {
  sinks: readonly SinkMatch[];
  steps: readonly StepMatch[];
  sanitizerKinds: readonly string[];
  callbackSources: readonly CallbackSourceMatch[];
  /** The call answers with the remote side's data (ResponseRow): the request fields its result echoes; undefined when no row says so. */
  responseEchoes?: readonly string[];
}

export interface StepMatch {
  row: StepRow;
  input: string[];
  output: string[];
}

const CALL_TOKEN = /^(Argument|Parameter)\[/;
const ANY_PATH = "AnyPath";

function splitAtCall(path: string): { callee: string[]; rest: string[] } {
  const tokens = splitPath(path);
  const i = tokens.findIndex((t) => CALL_TOKEN.test(t));
  return i < 0 ? { callee: tokens, rest: [] } : { callee: tokens.slice(0, i), rest: tokens.slice(i) };
}

function tokenMatches(pattern: string, token: string): boolean {
  if (pattern === token) return true;
  if (!token.startsWith("Member[")) return false;
  if (pattern === "AnyMember") return true;
  if (pattern.startsWith("Member[") && pattern.includes(",")) {
    const name = token.slice(7, -1);
    return pattern.slice(7, -1).split(",").some((n) => n.trim() === name);
  }
  return false;
}

function tokensMatch(pattern: readonly string[], tokens: readonly string[], from = 0, at = 0): boolean {
  if (from === pattern.length) return at === tokens.length;
  // `AnyPath`: zero or more tokens (any value reached from the package).
  if (pattern[from] === ANY_PATH) {
    for (let skip = at; skip <= tokens.length; skip++) if (tokensMatch(pattern, tokens, from + 1, skip)) return true;
    return false;
  }
  return at < tokens.length && tokenMatches(pattern[from], tokens[at]) && tokensMatch(pattern, tokens, from + 1, at + 1);
}

/** `"axios Member[create].ReturnValue"` → package and tokens. */
export function parseApiKey(key: string): { pkg: string; tokens: string[] } {
  const space = key.indexOf(" ");
  return space < 0 ? { pkg: key, tokens: [] } : { pkg: key.slice(0, space), tokens: splitPath(key.slice(space + 1)) };
}

export function argumentIndex(token: string): number | "this" | undefined {
  const m = /^Argument\[(\d+|this)(\.\.)?\]$/.exec(token);
  if (!m) return undefined;
  return m[1] === "this" ? "this" : Number(m[1]);
}

class ByPackage<R> {
  private rows = new Map<string, Split<R>[]>();
  private memo = new Map<string, Split<R>[]>();
  add(pkg: string, path: string, row: R) {
    const { callee, rest } = splitAtCall(path);
    const list = this.rows.get(pkg) ?? [];
    list.push({ row, pkg, callee, rest });
    this.rows.set(pkg, list);
  }
  /** Rows whose callee part matches the key exactly. */
  at(key: string): Split<R>[] {
    const hit = this.memo.get(key);
    if (hit) return hit;
    const { pkg, tokens } = parseApiKey(key);
    const out = (this.rows.get(pkg) ?? []).filter((s) => tokensMatch(s.callee, tokens));
    this.memo.set(key, out);
    return out;
  }
  hasPackage(pkg: string): boolean {
    return this.rows.has(pkg);
  }
}

export class ModelIndex {
  private readonly valueSources = new ByPackage<SourceRow>();
  private readonly callSources = new ByPackage<SourceRow>();
  private readonly sinks = new ByPackage<SinkRow>();
  private readonly steps = new ByPackage<StepRow>();
  private readonly sanitizers = new ByPackage<SanitizerRow>();
  private readonly channels = new ByPackage<ChannelRow>();
  private readonly responses = new ByPackage<ResponseRow>();
  readonly literals: LiteralSourceRow[] = [];
  /** Option names that make a library object a remote service's client (RemoteClientRow). */
  readonly remoteClientOptions = new Set<string>();
  /** Factory names that build such a client (RemoteClientRow.factories); constructors always may. */
  readonly remoteClientFactories: RegExp[] = [];
  readonly sinkKinds = new Set<string>();
  private readonly entryGetters = new Map<string, EntryGetterRow>();

  constructor(models: readonly LibraryModel[]) {
    for (const m of models) {
      for (const r of m.sources ?? []) {
        const { rest } = splitAtCall(r.path);
        (rest.length ? this.callSources : this.valueSources).add(r.package, r.path, r);
      }
      for (const r of m.sinks ?? []) {
        this.sinks.add(r.package, r.path, r);
        this.sinkKinds.add(r.kind);
      }
      for (const r of m.steps ?? []) this.steps.add(r.package, r.path, r);
      for (const r of m.sanitizers ?? []) this.sanitizers.add(r.package, r.path, r);
      for (const r of m.channels ?? []) this.channels.add(r.package, r.path, r);
      for (const r of m.responses ?? []) this.responses.add(r.package, r.path, r);
      for (const r of m.remoteClients ?? []) {
        for (const o of r.options) this.remoteClientOptions.add(o);
        this.remoteClientFactories.push(r.factories);
      }
      this.literals.push(...(m.literals ?? []));
      for (const r of m.entryGetters ?? []) for (const method of r.methods) this.entryGetters.set(method, r);
    }
    this.literalScreens = screensFor(this.literals.map((r) => r.pattern));
  }

  /** One alternation per flag set of all literal rows: no match there, no row matches (most strings). */
  private readonly literalScreens: RegExp[];

  /** Literal rows whose pattern matches `s`. */
  literalRowsMatching(s: string): LiteralSourceRow[] {
    if (!this.literalScreens.some((re) => re.test(s))) return [];
    return this.literals.filter((row) => {
      row.pattern.lastIndex = 0;
      return row.pattern.test(s);
    });
  }

  // Asked for every library call and member read the engine evaluates, with a
  // few hundred distinct keys per program: the answers are kept, read-only.
  private readonly sourceAnswers = new Map<string, readonly SourceRow[]>();
  private readonly callAnswers = new Map<string, CallModels>();

  /** Sources that are the value at this API key itself: `process.env.X`, `fs.readFileSync(...)`'s `ReturnValue`. */
  sourcesAt(key: string): readonly SourceRow[] {
    let rows = this.sourceAnswers.get(key);
    if (!rows) {
      rows = this.valueSources.at(key).map((s) => s.row);
      this.sourceAnswers.set(key, rows);
    }
    return rows;
  }

  /** Everything the models say about a call to `calleeKey`, in one lookup. */
  callModels(calleeKey: string): CallModels {
    let m = this.callAnswers.get(calleeKey);
    if (!m) {
      m = {
        sinks: this.sinks.at(calleeKey).map((s) => ({
          row: s.row,
          selector: s.rest,
          ...destinationPaths(s.row.destination),
          requires: s.row.requires ? splitPath(s.row.requires) : undefined,
        })),
        steps: this.steps.at(calleeKey).map((s) => ({ row: s.row, input: splitPath(s.row.input), output: splitPath(s.row.output) })),
        sanitizerKinds: this.sanitizers.at(calleeKey).flatMap((s) => s.row.kinds),
        callbackSources: this.callbackSourcesOf(calleeKey),
      };
      const responses = this.responses.at(calleeKey);
      if (responses.length) m.responseEchoes = [...new Set(responses.flatMap((r) => r.row.echoes ?? []))];
      this.callAnswers.set(calleeKey, m);
    }
    return m;
  }

  /** Sources on a callback parameter of a call to `calleeKey`: `fs.readFile(p, (err, data) => ...)`. */
  private callbackSourcesOf(calleeKey: string): CallbackSourceMatch[] {
    const out: CallbackSourceMatch[] = [];
    for (const s of this.callSources.at(calleeKey)) {
      const arg = argumentIndex(s.rest[0]);
      const pm = /^Parameter\[(\d+)\]$/.exec(s.rest[1] ?? "");
      if (typeof arg === "number" && pm) out.push({ row: s.row, argument: arg, parameter: Number(pm[1]) });
    }
    return out;
  }

  /** The entry-getter row of a method name, for receivers no API names. */
  entryGetterOf(method: string): EntryGetterRow | undefined {
    return this.entryGetters.get(method);
  }

  /** Channel rows at this API key (a call's callee, or a value read). */
  channelsAt(key: string): readonly ChannelRow[] {
    return this.channels.at(key).map((c) => c.row);
  }

  /** Whether any row mentions this package (an unmodelled package gets the default step). */
  knows(pkg: string): boolean {
    return this.valueSources.hasPackage(pkg) || this.callSources.hasPackage(pkg) || this.sinks.hasPackage(pkg) || this.steps.hasPackage(pkg) || this.sanitizers.hasPackage(pkg) || this.channels.hasPackage(pkg) || this.responses.hasPackage(pkg);
  }
}

/**
 * Regexes that together match wherever one of `patterns` does: the patterns
 * joined as alternatives, grouped by flags. A pattern with a backreference
 * (group numbers shift inside a join) stands alone.
 */
function screensFor(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const p of patterns) {
    const flags = p.flags.replace(/[gy]/g, "");
    if (/\\[1-9]|\\k</.test(p.source)) alone.push(new RegExp(p.source, flags));
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${p.source})`]);
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags)), ...alone];
}

/** A row's destination, with its alternatives when it lists several (`Argument[0].Member[host] | Argument[1]`). */
function destinationPaths(destination: string | undefined): Pick<SinkMatch, "destination" | "destinationAlternatives"> {
  if (!destination) return { destination: undefined };
  const alternatives = destination.split("|").map((d) => splitPath(d.trim()));
  return alternatives.length > 1 ? { destination: alternatives[0], destinationAlternatives: alternatives } : { destination: alternatives[0] };
}
