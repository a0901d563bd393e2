// Calls into code outside the package, by model rows: sinks, sources, steps,
// sanitizers, callbacks, and the documented default step; and recording sink hits.
import { locationOf } from "../parse/ast.js";
import { builtinCall } from "./builtins.js";
import { argumentIndex, type SinkMatch } from "./models.js";
import {
  UNKNOWN_PART,
  type Atom,
  compact,
  deepTaint,
  EMPTY,
  extendPath,
  hasTaint,
  isEmpty,
  join,
  joinAll,
  sanitize,
  sameValue,
  taintBeyond,
  taintJoinFits,
  taintOnly,
  type Value,
} from "./values.js";
import { type Node, type PendingSink, Ctx, MAX_PENDING_COPIES, MAX_PENDING_SINKS } from "./context.js";
import { type Flow, type FunctionNode, splitPath } from "./spec.js";
import { appendToken, describeApi } from "./api-keys.js";
import { sameSets, atomToFlow, toDestination } from "./hit-results.js";
import { joinFlowPaths, joinPlacements, pathsOfLabel, placeLabels, sameFlowPaths, type KeyPlacement } from "./key-paths.js";
import { ExpressionEvaluator } from "./expressions.js";
import { CLIENT_OPTIONS, isConditionalGuard, readSimple, settledGuards } from "./value-ops.js";

/** Bound on the remote-client kinds remembered (one per client class or factory a package uses). */
const MAX_REMOTE_CLIENTS = 256;

/** Bound on the destination-only sink calls kept (a bundle with thousands of fetches still lists the first ones). */
const MAX_QUIET_HITS = 2000;
/** Constant destination texts kept per function and sink kind (see sinkTextsByFn). */
const MAX_SINK_TEXTS = 200;

export abstract class LibraryCallEvaluator extends ExpressionEvaluator {
  /** Calls to library APIs: sinks, sources, steps, sanitizers, callbacks, and the default step. */
  protected callApis(apis: readonly string[], receiver: Value, args: Value[], node: Node, ctx: Ctx, argNodes: Node[], isNew: boolean): Value {
    let result: Value = EMPTY;
    const callbacksDone = new Set<number>();
    for (const api of apis) {
      const builtin = builtinCall(this, api, receiver, args, node, ctx, isNew);
      if (builtin !== undefined) {
        result = join(result, builtin);
        args.forEach((a, i) => a.fns?.length && callbacksDone.add(i));
        continue;
      }
      const argAt = (tokens: string[]) => this.selectArgument(tokens, receiver, args);
      const models = this.models.callModels(api);
      for (const sink of models.sinks) this.sinkAtCall(sink, api, argAt, node, ctx);
      const channels = this.models.channelsAt(api);
      const received = new Map<number, Value[]>();
      for (const ch of channels) {
        if (ch.event !== undefined && !(args[0]?.consts?.length === 1 && args[0].consts[0] === ch.event)) continue;
        if (ch.role === "send") this.sendOnChannel(ch.channel, deepTaint(this.selectArgument(splitPath(ch.at), receiver, args)), api, ch.at, node, ctx);
        else {
          const m = /^Argument\[(\d+)\]\.Parameter\[(\d+)\]$/.exec(ch.at);
          if (m) {
            const params = received.get(Number(m[1])) ?? [EMPTY, EMPTY, EMPTY];
            const p = Number(m[2]);
            if (p < params.length) params[p] = join(params[p], this.readCell(channelCell(ch.channel)));
            received.set(Number(m[1]), params);
          }
        }
      }
      const retKey = appendToken(api, isNew ? "Instance" : "ReturnValue");
      const remoteClient = !!retKey && this.buildsRemoteClient(api, args, isNew);
      if (remoteClient) this.noteRemoteClient(retKey);
      // A remote client's method answers like a request (`client.models.generate(prompt)`), unless a row says otherwise.
      const echoes = models.responseEchoes ?? (models.sanitizerKinds.length === 0 && this.isRemoteClientMethod(api) ? [] : undefined);
      let ret: Value = retKey ? { apis: [retKey] } : EMPTY;
      const steps = models.steps;
      if (retKey) {
        const atoms = this.sourcesAtKey(retKey, node, ctx, argAt);
        if (atoms.length) ret = join(ret, { atoms });
      }
      if (steps.length) {
        for (const st of steps) {
          const input = this.selectArgument(st.input, receiver, args);
          if (st.output[0] === "ReturnValue") ret = join(ret, st.row.readsProperty ? this.readByName(input, st.row.readsProperty, argAt) : deepTaint(input));
          else {
            const ai = argumentIndex(st.output[0]);
            const pm = /^Parameter\[(\d+)\]$/.exec(st.output[1] ?? "");
            if (typeof ai === "number" && pm && args[ai]?.fns) {
              const params: Value[] = [];
              params[Number(pm[1])] = input;
              for (const c of args[ai].fns!) this.callClosure(c, EMPTY, params.map((p) => p ?? EMPTY), node, ctx, ctx.depth + 1);
              callbacksDone.add(ai);
            }
          }
        }
      } else if (echoes) {
        // A request's answer is the remote side's data: only the fields that echo the request carry it.
        ret = join(ret, echoedRequest(echoes, args));
      } else if (remoteClient && !models.sanitizerKinds.length) {
        // A client holds its options as its fields (the whole client serialized shows them), not as the taint of
        // everything it hands out: a method no row knows, called where the client is a parameter, answers without them.
        const options = joinAll(args.map((a) => deepTaint(a)));
        if (hasTaint(options)) ret = join(ret, { props: new Map([[CLIENT_OPTIONS, options]]) });
      } else if (!models.sanitizerKinds.includes("*")) {
        // The documented default: a library call's result carries its arguments' taint.
        ret = join(ret, joinAll(args.map((a) => deepTaint(a))));
      }
      const kinds = models.sanitizerKinds;
      if (kinds.length) ret = kinds.includes("*") ? compact({ ...ret, atoms: undefined, refs: undefined }) : sanitize(ret, kinds);
      // Sources on callback parameters: fs.readFile(p, (err, data) => ...)
      const cbSources = models.callbackSources;
      for (let i = 0; i < args.length; i++) {
        if (!args[i].fns?.length || callbacksDone.has(i)) continue;
        const params: Value[] = [EMPTY, EMPTY, EMPTY];
        // A sanitizer row holds for the callback form too: `crypto.scrypt(key, salt, n, (err, derived) => ...)`.
        // A request's callback (`http.get(url, options, res => ...)`) gets the answer, not the request.
        const carried = echoes ? echoedRequest(echoes, args.filter((_, j) => j !== i)) : joinAll(args.filter((_, j) => j !== i).map((a) => deepTaint(a)));
        const base = kinds.length === 0 ? carried : kinds.includes("*") ? compact({ ...carried, atoms: undefined, refs: undefined }) : sanitize(carried, kinds);
        for (let p = 0; p < params.length; p++) params[p] = base;
        for (const cb of cbSources.filter((s) => s.argument === i)) {
          const atoms = this.sourcesAtKey(`${api}.Argument[${i}].Parameter[${cb.parameter}]`, node, ctx, argAt);
          const row = cb.row;
          const label = atoms.length ? atoms : this.sourceAtomsForRow(row, node, ctx, argAt);
          params[cb.parameter] = join(params[cb.parameter], { atoms: label });
        }
        // Event data arrives through callbacks: res.on("data", chunk => ...). An "error" event
        // hands over an Error about the failure, not the emitter's data or the config it was built with.
        if (!isErrorListener(api, args)) params[0] = join(params[0], taintOnly(receiver));
        // What the other side of a channel sent: `parentPort.on("message", m => ...)`.
        (received.get(i) ?? []).forEach((v, p) => (params[p] = join(params[p], v)));
        for (const c of args[i].fns!) this.callClosure(c, EMPTY, params, node, ctx, ctx.depth + 1);
        callbacksDone.add(i);
      }
      result = join(result, ret);
    }
    if (result.apis?.length) this.originArgs.set(result, args);
    return result;
  }

  /** API keys of the objects built as remote clients (RemoteClientRow): `<pkg> Member[Client].Instance`. */
  private readonly remoteClients = new Set<string>();

  /**
   * Whether a call builds a remote client (RemoteClientRow): a constructor, or a factory whose
   * name says it builds one, given an options object (or one level below it) where a named
   * credential option carries a value from outside (a schema `{ token: z.string() }` gives none).
   */
  private buildsRemoteClient(api: string, args: Value[], isNew: boolean): boolean {
    const { remoteClientOptions: names, remoteClientFactories: factories } = this.models;
    if (names.size === 0) return false;
    if (!isNew) {
      const last = /Member\[([^\]]*)\]$/.exec(api)?.[1];
      if (!last || !last.split(",").some((n) => factories.some((f) => f.test(n)))) return false;
    }
    const named = (v: Value | undefined, depth: number): boolean => {
      if (!v?.props) return false;
      for (const [k, p] of v.props) if ((names.has(k) && hasTaint(deepTaint(p))) || (depth < 1 && named(p, depth + 1))) return true;
      return false;
    };
    return args.some((a) => named(a, 0));
  }

  private noteRemoteClient(key: string): void {
    if (this.remoteClients.size < MAX_REMOTE_CLIENTS) this.remoteClients.add(key);
  }

  /**
   * A method of a remote client or of anything it hands out (`client.scrape.startAndWait`,
   * `client.chats.create(...).sendMessage(...)`: a session, a sub-client, a query builder).
   */
  private isRemoteClientMethod(api: string): boolean {
    if (this.remoteClients.size === 0) return false;
    for (let i = api.lastIndexOf("."); i > 0; i = api.lastIndexOf(".", i - 1)) {
      if (api[i + 1] !== "M" && api[i + 1] !== "R" && api[i + 1] !== "I") continue;
      if (this.remoteClients.has(api.slice(0, i))) return true;
    }
    return false;
  }

  /** What a getter by name returns: the named property of the input's data (`StepRow.readsProperty`). */
  private readByName(input: Value, reads: { at: string }, argAt: (t: string[]) => Value): Value {
    const names = argAt(splitPath(reads.at)).consts;
    if (names?.length !== 1 || names[0].includes(UNKNOWN_PART)) return deepTaint(input);
    return readSimple(taintOnly(input), names[0]);
  }

  /** A value read at a channel's receiving end (`workerData`) carries what the sending side handed over. */
  protected override sourcesAtKey(api: string, node: Node, ctx: Ctx, constArg?: (at: string[]) => Value): Atom[] {
    const atoms = super.sourcesAtKey(api, node, ctx, constArg);
    const channels = this.models.channelsAt(api).filter((c) => c.role === "receive" && c.at === "");
    if (channels.length === 0) return atoms;
    return [...atoms, ...channels.flatMap((c) => deepTaint(this.readCell(channelCell(c.channel))).atoms ?? [])];
  }

  /** The arguments of the library call each returned library value came from (by identity; see `Origin`). */
  protected readonly originArgs = new WeakMap<Value, Value[]>();

  protected sourceAtomsForRow(row: import("./spec.js").SourceRow, node: Node, ctx: Ctx, argAt: (t: string[]) => Value): Atom[] {
    let name = row.name ?? "*";
    if (row.requiresMatch) {
      const at = argAt(row.requiresMatch.at.split("."));
      const matched = (at.consts ?? []).find((c) => {
        row.requiresMatch!.pattern.lastIndex = 0;
        return row.requiresMatch!.pattern.test(c);
      });
      if (matched === undefined) return [];
      name = matched.split(UNKNOWN_PART).join("*");
    }
    const label = this.label(row.kind, name, node, ctx.module.module);
    return [{ label, path: extendPath(undefined, { location: label.location, label: `${name} read` }), sanitized: [], guards: [] }];
  }

  /**
   * The first alternative that holds anything (`Argument[0].Member[hostname] | Argument[0]`):
   * a field of a string is nothing here, so a URL string falls through to the next.
   */
  private firstDestination(alternatives: readonly string[][], argAt: (t: string[]) => Value): Value {
    for (let i = 0; i < alternatives.length - 1; i++) {
      const tokens = alternatives[i];
      const base = argAt(tokens.slice(0, 1));
      const owner = tokens.length > 1 ? selectMembers(base, tokens.slice(1, -1), this.serializedFrom) : base;
      if (tokens.length > 1 && isStringLike(owner)) continue;
      const v = argAt(tokens);
      if (!isEmpty(v)) return v;
    }
    return argAt(alternatives[alternatives.length - 1]);
  }

  /** The value at `Argument[n].Member[x]...` of a call. */
  protected selectArgument(tokens: readonly string[], receiver: Value, args: Value[]): Value {
    if (tokens.length === 0) return EMPTY;
    const first = tokens[0];
    // `Origin.Argument[0]`: an argument of the library call the receiver came from
    // (`req = https.request(url); req.end(body)`: the body goes to that url).
    if (first === "Origin") {
      const origin = this.originArgs.get(receiver);
      return origin ? this.selectArgument(tokens.slice(1), EMPTY, origin) : EMPTY;
    }
    const m = /^Argument\[(\d+|this)(\.\.)?\]$/.exec(first);
    if (!m) return EMPTY;
    let v: Value;
    if (m[1] === "this") v = receiver;
    else if (m[2]) v = joinAll(args.slice(Number(m[1])));
    else v = args[Number(m[1])] ?? EMPTY;
    return selectMembers(v, tokens.slice(1), this.serializedFrom);
  }

  /**
   * `JSON.stringify(message)` → `message`, by identity: a request body
   * serialized inline still says which fields it had when a row names one
   * (`Argument[1].Member[body].Member[bcc]`). Only rows read it; the string
   * itself carries its taint as before.
   */
  protected readonly serializedFrom = new WeakMap<Value, Value>();

  noteSerialized(result: Value, from: Value): Value {
    if (from.props || from.elems) this.serializedFrom.set(result, from);
    return result;
  }

  protected sinkAtCall(sink: SinkMatch, api: string, argAt: (t: string[]) => Value, node: Node, ctx: Ctx): void {
    let requires: PendingSink["requires"];
    if (sink.requires) {
      const [first, ...members] = sink.requires;
      const base = argAt([first]);
      const option = requiredOption(base, members, this.serializedFrom);
      if (option === "absent") return;
      // `run(file, args, options)`: the callers' options decide.
      if (option === "depends") requires = { base, members };
    }
    const at = this.instanceData(argAt(sink.selector));
    const value = sink.row.textOnly ? taintOnly(at) : deepTaint(at, true);
    if (!hasTaint(value) && !sink.destination) return;
    const destination = sink.destinationAlternatives ? this.firstDestination(sink.destinationAlternatives, argAt) : sink.destination ? argAt(sink.destination) : undefined;
    this.noteSinkText(sink.row.kind, destination, ctx);
    if (!hasTaint(value) && !(destination && hasTaint(destination))) {
      if (destination?.consts?.length) this.quietHit(sink, api, node, ctx, destination);
      return;
    }
    const placement = sink.row.placesKeys ? placeArguments(sink.selector, node, (token) => this.instanceData(argAt([token]))) : undefined;
    const pending: PendingSink = {
      match: { kind: sink.row.kind, callee: describeApi(api), argument: sink.selector.join(".") },
      node,
      module: ctx.module.module,
      location: locationOf(ctx.module.module.path, node),
      value,
      destination,
      ...(requires ? { requires } : {}),
      ...(placement ? { placement } : {}),
    };
    this.addPending(pending, ctx);
  }

  /**
   * Sinks met while summarizing a function whose destination depends on its
   * parameters (`githubRequest(url)` calling `fetch(url, ...)`): each caller
   * instantiates them with its own URL, so the sink is judged per call site.
   * Only those no caller instantiated this round are emitted as they are.
   */
  protected readonly deferredSinks: PendingSink[] = [];
  protected readonly instantiatedSinks = new Set<PendingSink>();
  /** The summaries being made when a sink inside an inline callback was deferred (see addPending). */
  private readonly deferredUnder = new Map<PendingSink, FunctionNode[]>();
  /**
   * Functions that call themselves: the inner call reads the summary being
   * made, so it instantiates none of its sinks (`fetchText(redirect)` inside
   * `fetchText`), and those calls' destinations stay unknown.
   */
  protected readonly recursiveFns = new Set<FunctionNode>();

  /** Records the constants of a sink's destination under the function evaluating it (see sinkTextsByFn). */
  protected noteSinkText(kind: string, destination: Value | undefined, ctx: Ctx): void {
    if (kind.startsWith(CHANNEL_PREFIX)) return;
    const owner = ctx.fn?.node ?? ctx.module.module.ast;
    let byKind = this.sinkTextsByFn.get(owner);
    if (!byKind) this.sinkTextsByFn.set(owner, (byKind = new Map()));
    let texts = byKind.get(kind);
    if (!texts) byKind.set(kind, (texts = new Set()));
    for (const c of destination?.consts ?? []) {
      if (texts.size >= MAX_SINK_TEXTS) break;
      if (c !== UNKNOWN_PART) texts.add(c);
    }
  }

  protected addPending(p: PendingSink, ctx: Ctx): void {
    // A caller filling in a helper's destination (`run("DELETE …")`): the text is this caller's.
    if (p.destination?.consts?.length) this.noteSinkText(p.match.kind, p.destination, ctx);
    const option = p.requires ? requiredOption(p.requires.base, p.requires.members, this.serializedFrom) : "present";
    // A caller passed options without the required one (`{ encoding: "utf8" }` to a wrapper of execFileSync).
    if (option === "absent") return;
    // Also inside a higher-order callee evaluated inline while a summary is being made (`withToken((t) =>
    // axios.post(url, …))` in a function whose `url` comes from its parameters): the references are that
    // summary's, which its callers instantiate.
    if ((ctx.summary || this.summaryStack.length > 0) && (p.destination?.refs?.length || option === "depends")) {
      this.deferredSinks.push(p);
      if (!ctx.summary) this.deferredUnder.set(p, [...this.summaryStack]);
    }
    else this.emitHit(p);
    // Also when evaluated inline (higher-order callees such as a Promise executor calling `resolve`):
    // the caller instantiates or re-queues what still depends on its parameters.
    if (!(p.value.refs?.length || p.destination?.refs?.length || option === "depends")) return;
    // Room for another copy: in the whole list while it is short, else at this sink call (see MAX_PENDING_COPIES).
    const copies = ctx.pendingBySite?.get(p.node)?.length ?? 0;
    const room = ctx.pending.length < MAX_PENDING_SINKS || (copies < MAX_PENDING_COPIES && (copies > 0 || (ctx.pendingBySite?.size ?? 0) < MAX_PENDING_SINKS));
    const left = this.mergePending(p, ctx, !room);
    if (!left) return;
    p = left;
    if (room) {
      ctx.pendingBySite ??= new Map();
      const at = ctx.pendingBySite.get(p.node);
      if (at) at.push(ctx.pending.length);
      else ctx.pendingBySite.set(p.node, [ctx.pending.length]);
      ctx.pending.push(p);
    } else {
      this.makeRoomFor(p, ctx);
    }
    if (!room && !ctx.pendingFull) {
      ctx.pendingFull = true;
      if (process.env.MCP_WARDEN_DEBUG) process.stderr.write(`taint: pending sinks full in ${ctx.fn?.name ?? "top-level code"} (${ctx.module.module.path}:${ctx.fn?.node.loc.start.line ?? 0}): ${new Set(ctx.pending.map((q) => q.node)).size} sink calls, ${new Set(ctx.pending.map((q) => q.location.file)).size} files\n`);
      this.pendingFullIn.set(ctx.fn?.node ?? ctx.module.module.ast, { name: ctx.fn?.name ?? "top-level code", file: ctx.module.module.path, line: ctx.fn?.node.loc.start.line ?? 1, fn: ctx.fn?.node });
    }
  }

  /**
   * With no room left, something is judged where it is rather than by the
   * callers: a sink they can fill in (`p`) takes the place of one they cannot
   * (see callersCanBind), which reaches every caller unchanged anyway but for
   * a caller further up that binds it itself. Before, sinks bound to a stored
   * setting filled a start-up function's list and the one request that
   * depends on its own parameter was the one cut.
   */
  private makeRoomFor(p: PendingSink, ctx: Ctx): void {
    if (!this.callersCanBind(p, ctx)) return;
    for (let i = ctx.pendingBoundBefore; i < ctx.pending.length; i++) {
      const q = ctx.pending[i];
      if (this.callersCanBind(q, ctx)) {
        ctx.pendingBoundBefore = i + 1;
        continue;
      }
      const at = ctx.pendingBySite?.get(q.node);
      if (at) {
        at.splice(at.indexOf(i), 1);
        if (at.length === 0) ctx.pendingBySite?.delete(q.node);
      }
      ctx.pending[i] = p;
      ctx.pendingBySite ??= new Map();
      const mine = ctx.pendingBySite.get(p.node);
      if (mine) mine.push(i);
      else ctx.pendingBySite.set(p.node, [i]);
      ctx.pendingBoundBefore = i + 1;
      return;
    }
  }

  /**
   * Whether a caller instantiating this evaluation's pending sinks can fill
   * in one of `p`'s parameter references: one of the function's own (`this`
   * included), of a function it is nested in (closures read their parameters),
   * or of one whose summary or inline evaluation is under way around it.
   * A reference to any other function's parameter (read back from a shared
   * cell or field a summary wrote) is bound by no caller of this one, only,
   * if at all, by a caller further up that wrote the cell: such a sink is the
   * one to give up when the list is full (see makeRoomFor).
   */
  private callersCanBind(p: PendingSink, ctx: Ctx): boolean {
    const fn = ctx.fn;
    const binds = (fnId: number): boolean => {
      if (fn?.id === fnId) return true;
      const owner = this.fnInfoById.get(fnId);
      if (!owner) return true;
      if (this.summaryStack.includes(owner.node) || this.inlineStack.includes(owner.node)) return true;
      return fn !== undefined && owner.module === fn.module && owner.node.range[0] <= fn.node.range[0] && fn.node.range[1] <= owner.node.range[1];
    };
    let refs = 0;
    for (const part of [p.value, p.destination, p.requires?.base]) {
      for (const r of part?.refs ?? []) {
        if (binds(r.fnId)) return true;
        refs++;
      }
    }
    // No reference at all (an option that depends on the caller some other way): the callers decide.
    return refs === 0;
  }

  /**
   * One pending sink per sink call, argument and destination: a function that
   * reaches the same sink through several callees (or one callee called
   * several times) hands its callers one sink whose value is the union of
   * what reaches it, not one copy per path. The value is taint only (atoms and
   * references, each kept with its own sanitizers and guards), so the union
   * is exact while it fits in MAX_ATOMS; past that the sinks stay apart,
   * each copy holding only what the others with its destination do not.
   * Returns what is left to keep as a copy of its own, undefined when merged.
   * `widen` (no room for another copy: the list is MAX_PENDING_SINKS long
   * and this sink call has MAX_PENDING_COPIES copies, or the function
   * reaches MAX_PENDING_SINKS sink calls): a sink call that is
   * pending with another destination or option value takes the new one too,
   * destinations joined, so its callers still see the data (less precisely
   * placed) instead of losing it.
   */
  private mergePending(p: PendingSink, ctx: Ctx, widen: boolean): PendingSink | undefined {
    const at = ctx.pendingBySite?.get(p.node);
    if (!at) return p;
    // What copies with the same destination already carry adds nothing: only the rest is new.
    for (const i of at) {
      const q = ctx.pending[i];
      if (!this.sameSinkCall(q, p) || !samePart(q.destination, p.destination) || !samePart(q.requires?.base, p.requires?.base)) continue;
      const rest = taintBeyond(p.value, q.value);
      if (!rest) {
        ctx.pending[i] = { ...q, origins: mergedOrigins(q, p) };
        return undefined;
      }
      p = { ...p, value: rest, origins: [p, ...(p.origins ?? [])] };
    }
    for (const exact of widen ? [true, false] : [true]) {
      for (const i of at) {
        const q = ctx.pending[i];
        if (!this.sameSinkCall(q, p) || !taintJoinFits(q.value, p.value)) continue;
        if (exact && (!samePart(q.destination, p.destination) || !samePart(q.requires?.base, p.requires?.base))) continue;
        if (!exact && q.destination && p.destination && !taintJoinFits(q.destination, p.destination)) continue;
        ctx.pending[i] = exact ? { ...q, value: join(q.value, p.value), origins: mergedOrigins(q, p), placement: joinPlacements(q.placement, p.placement) } : widenedPending(q, p);
        return undefined;
      }
    }
    return p;
  }

  private sameSinkCall(q: PendingSink, p: PendingSink): boolean {
    return q.module === p.module && q.match.kind === p.match.kind && q.match.argument === p.match.argument && q.match.callee === p.match.callee && q.requires?.members.join(".") === p.requires?.members.join(".");
  }

  /** Emits the deferred sinks no call site instantiated (a helper nobody calls, a bound hit). */
  protected flushDeferredSinks(): void {
    for (const p of this.deferredSinks) if (!this.instantiatedSinks.has(p) || this.deferredUnder.get(p)?.some((f) => this.recursiveFns.has(f))) this.emitHit(p);
    this.deferredSinks.length = 0;
    this.deferredUnder.clear();
    this.instantiatedSinks.clear();
  }

  /**
   * A call to a sink with a destination that carries no labelled data but
   * names its host itself (`fetch("https://telemetry.x.dev/v1", { body })`,
   * an update check): no rule's business, but a place the server talks to.
   */
  private quietHitsFull = false;

  protected quietHit(sink: SinkMatch, api: string, node: Node, ctx: Ctx, destination: Value): void {
    const location = locationOf(ctx.module.module.path, node);
    const argument = sink.selector.join(".");
    const key = `${sink.row.kind}|${location.file}:${location.line}:${location.column}|${argument}`;
    if (this.quietHitsByKey.has(key)) return;
    if (this.quietHitsByKey.size >= MAX_QUIET_HITS) {
      if (!this.quietHitsFull) this.noteIncomplete(ctx.module.module.path, `more than ${MAX_QUIET_HITS} calls send nothing the analysis labels: the list of outbound destinations stops there`);
      this.quietHitsFull = true;
      return;
    }
    const callee = describeApi(api);
    const resolved = toDestination(destination, location, `reaches ${callee}`, this.filledParam);
    // A parameter's URL in a helper (`${base}/x`) names no host here: its callers' data-carrying calls are hits.
    if (resolved.constants.length === 0) return;
    this.quietHitsByKey.set(key, { kind: sink.row.kind, callee, node, module: ctx.module.module, location, argument, flows: [], destination: resolved });
  }

  /**
   * Data sent on a channel goes through the pending-sink machinery: what
   * depends on the enclosing function's parameters (a Promise executor in a
   * helper) is written when a caller instantiates it, like a sink's data.
   */
  private sendOnChannel(channel: string, value: Value, api: string, at: string, node: Node, ctx: Ctx): void {
    if (!hasTaint(value)) return;
    this.addPending({ match: { kind: channelCell(channel), callee: describeApi(api), argument: at }, node, module: ctx.module.module, location: locationOf(ctx.module.module.path, node), value }, ctx);
  }

  protected emitHit(p: PendingSink): void {
    if (p.match.kind.startsWith(CHANNEL_PREFIX)) {
      if (p.value.atoms?.length) this.writeCell(p.match.kind, { atoms: p.value.atoms });
      return;
    }
    const atoms = p.value.atoms ?? [];
    const destination = p.destination ? toDestination(p.destination, p.location, `reaches ${p.match.callee}`, this.filledParam) : undefined;
    if (atoms.length === 0 && !(destination && destination.tainted.length)) return;
    const destKey = destination ? `${destination.constants.join("|")}#${destination.configuredBy.join("|")}#${destination.tainted.map((l) => l.id).join("|")}` : "";
    const key = `${p.match.kind}|${p.location.file}:${p.location.line}:${p.location.column}|${p.match.argument}|${destKey}`;
    let hit = this.hitsByKey.get(key);
    if (!hit) {
      hit = { kind: p.match.kind, callee: p.match.callee, node: p.node, module: p.module, location: p.location, argument: p.match.argument, flows: [], destination };
      this.hitsByKey.set(key, hit);
    }
    for (const found of atoms) {
      // Compared with its flow's guards below: settled the same way.
      const a = found.guards.some(isConditionalGuard) ? { ...found, guards: settledGuards(found.guards, this.filledParam) } : found;
      // Reads of different properties below one field (`headers.authorization`, `headers["user-agent"]`) stay apart: they are different data.
      const prev = hit.flows.findIndex((f) => f.label.id === a.label.id && sameSets(f.sanitizedFor, a.sanitized) && sameSets(f.guards, a.guards) && (f.subfield ?? "") === (a.subfield ?? ""));
      const kept = prev >= 0 ? hit.flows[prev] : undefined;
      // `["-n", String(args.lines), args.file]`: one flow, two fields of its source; `fields` keeps them all.
      const fields = kept ? fieldsOf(kept, a.field) : undefined;
      const placed = pathsOfLabel(p.placement, a.label.id);
      const keyPaths = kept ? joinFlowPaths(kept.keyPaths, placed) : placed;
      // The flow's path is the atom's steps plus the sink: built only when it is new or shorter.
      if (kept && (a.path?.length ?? 0) + 1 >= kept.path.length) {
        if (fields || !sameFlowPaths(kept.keyPaths, keyPaths)) hit.flows[prev] = withKeyPaths({ ...kept, ...(fields ? { fields } : {}) }, keyPaths);
        continue;
      }
      const flow = withKeyPaths(atomToFlow(a, p.location, `reaches ${p.match.callee}`, this.filledParam), keyPaths);
      if (prev < 0) hit.flows.push(flow);
      else hit.flows[prev] = fields ? { ...flow, fields: fieldsOf(flow, ...fields) } : flow;
    }
  }
}

/**
 * What a request's answer holds of the request itself: its echo fields (ResponseRow), each the whole
 * request as sent, or (`url@0`) only the argument it names (a Response's `url` is the URL, not the headers).
 */
function echoedRequest(echoes: readonly string[], args: Value[]): Value {
  const props = new Map<string, Value>();
  for (const echo of echoes) {
    const at = echo.indexOf("@");
    const sent = at < 0 ? joinAll(args.map((a) => deepTaint(a))) : deepTaint(args[Number(echo.slice(at + 1))] ?? EMPTY);
    if (hasTaint(sent)) props.set(at < 0 ? echo : echo.slice(0, at), sent);
  }
  return props.size ? { props } : EMPTY;
}

const CHANNEL_PREFIX = "channel#";

/** The shared cell of a channel's data (also the kind of its pending sends, never a sink kind). */
function channelCell(channel: string): string {
  return `${CHANNEL_PREFIX}${channel}`;
}

/** Nesting followed by `DeepMember` (a mail body's `personalizations[].bcc[].email` is three down). */
const MAX_DEEP_FIELD = 4;

/**
 * `DeepMember[a,b]`: the fields named so at any depth of an object (through
 * fields and array elements), each flattened into the strings and data it
 * holds. An object of unknown structure may hold them.
 */
function deepField(v: Value, names: ReadonlySet<string>, serializedFrom: WeakMap<Value, Value> | undefined, depth: number): Value {
  const value = !v.props && !v.elems ? (serializedFrom?.get(v) ?? v) : v;
  // The whole value unknown: it may hold the field. A leaf inside a known object is not one.
  if (!value.props && !value.elems) return depth === 0 && !value.consts?.length ? taintOnly(value) : EMPTY;
  if (depth >= MAX_DEEP_FIELD) return EMPTY;
  let out: Value = EMPTY;
  for (const [k, x] of value.props ?? []) {
    out = join(out, names.has(k) ? flattened(x, 0) : deepField(x, names, serializedFrom, depth + 1));
  }
  if (value.elems) out = join(out, deepField(value.elems, names, serializedFrom, depth + 1));
  return out;
}

/** The strings and data inside a value, its nesting dropped (`[{ email: "a@x" }]` → `"a@x"`). */
function flattened(v: Value, depth: number): Value {
  let out: Value = compact({ ...v, props: undefined, elems: undefined, apis: undefined, fns: undefined, classes: undefined, insts: undefined });
  if (depth >= MAX_DEEP_FIELD) return out;
  for (const x of v.props?.values() ?? []) out = join(out, flattened(x, depth + 1));
  if (v.elems) out = join(out, flattened(v.elems, depth + 1));
  return out;
}

/** A value known to be a string (constant text, no object parts): it has no fields. */
function isStringLike(v: Value): boolean {
  return !!(v.consts?.length || v.prefix) && !v.props && !v.elems && !v.apis?.length && !v.classes?.length && !v.insts?.length;
}

/** The distinct fields of a flow and more; undefined while there is only one. */
function fieldsOf(flow: Flow, ...more: (string | undefined)[]): string[] | undefined {
  const all = new Set(flow.fields ?? (flow.field !== undefined ? [flow.field] : []));
  for (const f of more) if (f !== undefined) all.add(f);
  return all.size > 1 ? [...all] : undefined;
}

/**
 * `Member[a].Member[b]` of a value; an object of unknown structure may hold
 * anything. `ArrayElement` is an element of an array (nothing for a value that
 * is known not to be one). A string serialized from an object is read as that object.
 */
function selectMembers(value: Value, tokens: readonly string[], serializedFrom?: WeakMap<Value, Value>): Value {
  let v = value;
  for (const t of tokens) {
    if (!v.props && !v.elems) v = serializedFrom?.get(v) ?? v;
    if (t === "ArrayElement") {
      v = v.elems ?? (v.props || v.consts?.length ? EMPTY : taintOnly(v));
      continue;
    }
    const deep = /^DeepMember\[(.*)\]$/.exec(t);
    if (deep) {
      v = deepField(v, new Set(deep[1].split(",").map((n) => n.trim())), serializedFrom, 0);
      continue;
    }
    const mm = /^Member\[(.*)\]$/.exec(t);
    if (!mm) break;
    const names = mm[1].split(",").map((s) => s.trim());
    let next: Value = EMPTY;
    for (const n of names) next = join(next, v.props?.get(n) ?? EMPTY);
    // Unknown structure: the whole value may hold it.
    v = v.props ? next : taintOnly(v);
  }
  return v;
}

/**
 * Whether a sink row's required option (`shell` of `execFile(f, a, options)`)
 * is set: absent (missing or a falsy constant), present, or depending on the
 * enclosing function's parameters only (decided per call site; a sink still
 * undecided when it is emitted counts as present).
 */
function requiredOption(base: Value, members: readonly string[], serializedFrom?: WeakMap<Value, Value>): "absent" | "present" | "depends" {
  const v = selectMembers(base, members, serializedFrom);
  if (isEmpty(v)) return "absent";
  const truthyConst = v.consts?.some((c) => c !== "false" && c !== "0" && c !== "");
  const otherwise = !!(v.atoms?.length || v.apis?.length || v.fns?.length || v.props?.size || v.elems || v.classes?.length || v.prefix);
  if (truthyConst || otherwise) return "present";
  return v.refs?.length ? "depends" : "absent";
}

/** `emitter.on("error", listener)` (and once, addListener, prependListener). */
function isErrorListener(api: string, args: Value[]): boolean {
  return /\.Member\[(?:on|once|addListener|prependListener|prependOnceListener)\]$/.test(api) && args[0]?.consts?.length === 1 && args[0].consts[0] === "error";
}

/**
 * The places of each label in the arguments a sink row selects
 * (`Argument[0..]`: each argument from the first, by its index). Undefined
 * for any other selector or a spread argument: the places are then unknown.
 */
function placeArguments(selector: readonly string[], node: Node, argument: (token: string) => Value): KeyPlacement | undefined {
  const m = selector.length === 1 ? /^Argument\[(\d+)(\.\.)?\]$/.exec(selector[0]) : null;
  if (!m || node.type !== "CallExpression" || node.arguments.some((a) => a.type === "SpreadElement")) return undefined;
  const first = Number(m[1]);
  const last = m[2] ? node.arguments.length - 1 : first;
  const args: Value[] = [];
  for (let i = first; i <= last; i++) args.push(argument(`Argument[${i}]`));
  return placeLabels(args, first);
}

function withKeyPaths(flow: Flow, keyPaths: Flow["keyPaths"]): Flow {
  if (keyPaths) return { ...flow, keyPaths };
  if (!flow.keyPaths) return flow;
  const { keyPaths: _dropped, ...rest } = flow;
  return rest;
}

/** What a merged pending sink stands for: each caller that instantiates it instantiates them all (see deferredSinks). */
function mergedOrigins(q: PendingSink, p: PendingSink): PendingSink[] {
  return [...(q.origins ?? [q]), p, ...(p.origins ?? [])];
}

/** `q` and `p` as one pending sink, destinations and required options joined (see mergePending's `widen`). */
function widenedPending(q: PendingSink, p: PendingSink): PendingSink {
  return {
    ...q,
    value: join(q.value, p.value),
    destination: q.destination && p.destination ? join(q.destination, p.destination) : (q.destination ?? p.destination),
    requires: q.requires && p.requires ? { base: join(q.requires.base, p.requires.base), members: q.requires.members } : q.requires,
    origins: mergedOrigins(q, p),
    placement: joinPlacements(q.placement, p.placement),
  };
}

function samePart(a: Value | undefined, b: Value | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && sameValue(a, b));
}

