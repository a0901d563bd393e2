// silent-process: a child process started to outlive its parent, with its
// output thrown away. An MCP server's work happens in answer to tool calls and
// shows up in their results; a detached, silent process does neither, and
// keeps running after the client closes the server (or after `npm install`).
import type { TSESTree } from "@typescript-eslint/types";
import { isFunctionNode, isIdentifier, isMemberCall, locationOf, propertyName, returnStatements, stringLiteralValue, unwrapExpression, walk } from "../analyzer/parse/ast.js";
import { assignedValues } from "../analyzer/mcp/local-values.js";
import type { ParsedModule, SurfaceItem } from "../analyzer/types.js";
import { LAUNCHES_APPLICATION } from "./models/tool-purposes.js";
import type { Rule, RuleContext } from "./types.js";
import { commandLinesOf, processCallApi } from "./util/command-strings.js";
import { spelledAsWords } from "./util/untrusted-flows.js";
import { functionsAround } from "./util/functions-around.js";
import { installHooks, stepsOf } from "./util/lifecycle.js";
import { moduleFacts, normalizePath } from "./util/module-apis.js";
import { folderFor } from "./util/outbound.js";
import { constantString, readableApi } from "./util/script-reach.js";
import { type BackgroundRun, backgroundRuns, inlineCode, programName, type ShellDialect, type SimpleCommand, splitCommandLine } from "./util/shell-command.js";

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const HOW: Record<BackgroundRun["how"], string> = {
  "trailing-ampersand": "in the background (`&`)",
  nohup: "with `nohup`, immune to the parent's exit",
  setsid: "with `setsid`, in a session of its own",
  disown: "disowned from the shell",
  "hidden-window": "in a hidden window",
};

export function commandLineBackgroundRuns(line: string, depth = 0, dialect: ShellDialect = "posix"): BackgroundRun[] {
  const commands = splitCommandLine(line);
  const out = backgroundRuns(commands, dialect);
  if (depth < 3) for (const c of commands) out.push(...inlineBackgroundRuns(c, depth));
  return out;
}

/** The background runs of the script a command hands to a shell (`sh -c "…"`, `powershell -Command "…"`), read by that shell's rules. */
function inlineBackgroundRuns(command: SimpleCommand, depth: number): BackgroundRun[] {
  const inline = inlineCode(command);
  if (inline?.language !== "shell") return [];
  const program = programName(command);
  return commandLineBackgroundRuns(inline.code, depth + 1, program === "powershell" || program === "pwsh" ? "powershell" : "posix");
}

/** A call that starts PowerShell itself (`spawn("pwsh", [...])`) hands its text to PowerShell, not to a POSIX shell. */
function dialectOfProgram(call: Call, module: ParsedModule): ShellDialect {
  const program = constantString(call.arguments[0], module)?.trim();
  if (program === undefined || /\s/.test(program)) return "posix";
  const name = program.split(/[\\/]/).pop()!.replace(/\.exe$/i, "").toLowerCase();
  return name === "powershell" || name === "pwsh" ? "powershell" : "posix";
}

/** The options object of a spawn-like call: the last object argument, or a `const` holding one. */
function optionsOf(call: Call, module: ParsedModule): TSESTree.ObjectExpression | undefined {
  for (let i = call.arguments.length - 1; i >= 0; i--) {
    let a = unwrapExpression(call.arguments[i]);
    if (a.type === "Identifier") a = moduleFacts(module).inits.get(a.name) ?? a;
    if (a.type === "ObjectExpression") return a;
  }
  return undefined;
}

function optionValue(options: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const p of options.properties) if (p.type === "Property" && propertyName(p) === name) return unwrapExpression(p.value);
  return undefined;
}

/**
 * The child's stdout or stderr is a pipe to the server: no `stdio` option (the
 * default pipes all three), `"pipe"`, or `"pipe"` (or `"overlapped"`) at index 1 or 2 of the array.
 */
function outputPiped(options: TSESTree.ObjectExpression | undefined): boolean {
  const v = options ? optionValue(options, "stdio") : undefined;
  if (!v) return true;
  const piped = (e: TSESTree.Node | null | undefined) => {
    if (!e) return true; // a hole or a missing entry is the default, a pipe
    if (e.type === "SpreadElement") return false;
    const s = stringLiteralValue(e);
    return s === "pipe" || s === "overlapped";
  };
  if (v.type === "ArrayExpression") return piped(v.elements[1]) || piped(v.elements[2]);
  return piped(v);
}

/** A receiver (`child.unref()`, `child.stdout`): by the name it is held in (a variable, `this.proc`), else the call node itself. */
function noteReceiver(recv: TSESTree.Node, module: ParsedModule, names: Map<ParsedModule, Set<string>>, calls: Set<TSESTree.Node>): void {
  const field = recv.type === "MemberExpression" ? thisField(recv) : undefined;
  if (recv.type !== "Identifier" && !field) {
    calls.add(recv);
    return;
  }
  const set = names.get(module) ?? new Set<string>();
  set.add(field ?? (recv as TSESTree.Identifier).name);
  names.set(module, set);
}

/** `this.proc`, as the name a class keeps its child in: `this.proc`. */
function thisField(m: TSESTree.MemberExpression): string | undefined {
  const name = propertyName(m);
  return m.object.type === "ThisExpression" && name ? `this.${name}` : undefined;
}

/** `stdio: "ignore"` or `stdio: ["ignore", "ignore", "ignore"]`. */
function stdioIgnored(options: TSESTree.ObjectExpression): boolean {
  const v = optionValue(options, "stdio");
  if (!v) return false;
  if (stringLiteralValue(v) === "ignore") return true;
  return v.type === "ArrayExpression" && v.elements.length > 0 && v.elements.every((e) => e !== null && e.type !== "SpreadElement" && stringLiteralValue(e) === "ignore");
}

/** Programs that hand a URL or file to the desktop: detaching them is how a browser is opened, not hidden work. */
const OPENERS = new Set(["open", "xdg-open", "start", "explorer", "explorer.exe", "wslview", "sensible-browser", "x-www-browser", "gio"]);

function opensBrowser(call: Call, module: ParsedModule): boolean {
  const program = constantString(call.arguments[0], module)?.trim().split(/\s+/)[0]?.toLowerCase();
  if (program === undefined) return false;
  if (OPENERS.has(program)) return true;
  const args = call.arguments[1] ? unwrapExpression(call.arguments[1]) : undefined;
  // cmd /c start "" url
  return (program === "cmd" || program === "cmd.exe") && args?.type === "ArrayExpression" && startsViaCmd(args);
}

function startsViaCmd(args: TSESTree.ArrayExpression): boolean {
  return args.elements.slice(0, 2).some((e) => e && e.type !== "SpreadElement" && stringLiteralValue(e)?.toLowerCase() === "start");
}

/**
 * The opener chosen per platform (`darwin ? "open" : win32 ? "cmd" : "xdg-open"`,
 * or a local assigned in each branch): every program the call can start is a
 * desktop opener, and where it is `cmd`, its argument list starts `start`.
 */
function opensBrowserPerPlatform(call: Call, module: ParsedModule): boolean {
  const program = call.arguments[0];
  if (!program || program.type === "SpreadElement") return false;
  const scopes = functionsAround(module.ast, call);
  const programs = valuesOf(program, module, scopes, 0);
  if (!programs || programs.length === 0) return false;
  const names = programs.map((p) => stringLiteralValue(p)?.trim().toLowerCase());
  if (names.some((n) => n === undefined || !(OPENERS.has(n) || n === "cmd" || n === "cmd.exe"))) return false;
  if (!names.some((n) => n === "cmd" || n === "cmd.exe")) return true;
  const list = call.arguments[1];
  const lists = list && list.type !== "SpreadElement" ? valuesOf(list, module, scopes, 0) : undefined;
  return !!lists && lists.some((l) => l.type === "ArrayExpression" && startsViaCmd(l));
}

/** The expressions a value can be: both arms of a choice, and what a local is initialized or assigned to; undefined when one cannot be read. */
function valuesOf(node: TSESTree.Node, module: ParsedModule, scopes: readonly TSESTree.Node[], depth: number): TSESTree.Node[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const n = unwrapExpression(node);
  const rec = (x: TSESTree.Node) => valuesOf(x, module, scopes, depth + 1);
  const union = (parts: (TSESTree.Node[] | undefined)[]) => (parts.some((p) => p === undefined) ? undefined : parts.flat() as TSESTree.Node[]);
  if (n.type === "ConditionalExpression") return union([rec(n.consequent), rec(n.alternate)]);
  if (n.type === "Identifier") {
    const local = scopes.map((scope) => assignedValues(scope, n.name)).find((v) => v !== undefined);
    if (local) return local.length === 0 || local.some((v) => v.elementsOf) ? undefined : union(local.map((v) => rec(v.node as TSESTree.Node)));
    const init = moduleFacts(module).inits.get(n.name);
    return init ? rec(init) : undefined;
  }
  return [n];
}

interface DetachedCall {
  call: Call;
  module: ParsedModule;
  callee: string;
  ignored: boolean;
  /** Its stdout or stderr is a pipe to the server. */
  piped: boolean;
}

const MAX_DEPTH = 8;

/**
 * The package file a path expression names, relative to the package root,
 * when it is built from a module's own folder (`__dirname`,
 * `import.meta.dirname`, `dirname(fileURLToPath(import.meta.url))`) and
 * constant segments, also through constants of other modules
 * (`path.join(import.meta.dirname, "daemon.js")` exported as DAEMON_PATH).
 */
function ownPath(node: TSESTree.Node, module: ParsedModule, ctx: RuleContext, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const n = unwrapExpression(node);
  const here = module.path.includes("/") ? module.path.slice(0, module.path.lastIndexOf("/")) : "";
  const rec = (x: TSESTree.Node, m = module) => ownPath(x, m, ctx, depth + 1);
  if (isIdentifier(n, "__dirname")) return here;
  if (isIdentifier(n, "__filename")) return module.path;
  if (n.type === "MemberExpression" && n.object.type === "MetaProperty") {
    const p = propertyName(n);
    return p === "dirname" ? here : p === "filename" || p === "url" ? module.path : undefined;
  }
  if (n.type === "CallExpression" || n.type === "NewExpression") {
    const callee = unwrapExpression(n.callee);
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee) : undefined;
    const args = n.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
    // `findDaemonScript()`: a helper of the package that returns its own file (or null when it is missing).
    if (n.arguments.length === 0 && name !== undefined) return returnedOwnPath(callee, module, ctx, depth);
    if (args.length !== n.arguments.length || args.length === 0) return undefined;
    if (name === "fileURLToPath" && args.length === 1) return rec(args[0]);
    if (name === "dirname" && args.length === 1) {
      const f = rec(args[0]);
      return f === undefined ? undefined : f.includes("/") ? f.slice(0, f.lastIndexOf("/")) : "";
    }
    // new URL("./daemon.js", import.meta.url)
    if (name === "URL" && args.length === 2) {
      const rel = constantString(args[0], module);
      const base = rec(args[1]);
      return rel === undefined || base === undefined ? undefined : joinPath(base.includes("/") ? base.slice(0, base.lastIndexOf("/")) : "", rel);
    }
    if (name === "join" || name === "resolve") {
      const base = rec(args[0]);
      if (base === undefined) return undefined;
      let out: string | undefined = base;
      for (const a of args.slice(1)) {
        const seg = constantString(a, module);
        if (seg === undefined || seg.startsWith("/")) return undefined;
        out = joinPath(out, seg);
        if (out === undefined) return undefined;
      }
      return out;
    }
    return undefined;
  }
  // (isIdentifier above narrowed `n` as if every identifier were handled.)
  const named = n as TSESTree.Node;
  if (named.type === "Identifier" || named.type === "MemberExpression") {
    const target = folderFor(ctx.program).resolve(named, module);
    return target && target.node !== named ? rec(target.node as TSESTree.Node, target.module) : undefined;
  }
  return undefined;
}

/**
 * The package file a function of the package returns: every `return` gives
 * the same own path (candidates it tries in turn, `dist/x.js` seen from two
 * folders), or null / undefined when it finds none.
 */
function returnedOwnPath(callee: TSESTree.Node, module: ParsedModule, ctx: RuleContext, depth: number): string | undefined {
  const target = folderFor(ctx.program).resolve(callee, module);
  if (!target || target.node === callee || !isFunctionNode(target.node)) return undefined;
  if (target.node.body.type !== "BlockStatement") return undefined;
  const paths = new Set<string | undefined>();
  for (const r of returnStatements(target.node)) {
    const value = r.argument ? unwrapExpression(r.argument) : undefined;
    if (!value || (value.type === "Literal" && value.value === null) || isIdentifier(value, "undefined")) continue;
    paths.add(ownPath(value, target.module, ctx, depth + 1));
  }
  const [only] = paths;
  return paths.size === 1 ? only : undefined;
}

/** `a/b` + `../c/d.js` → `a/c/d.js`; undefined when it leaves the package. */
function joinPath(base: string, rel: string): string | undefined {
  return normalizePath(`${base}/${rel.replace(/\\/g, "/")}`);
}

/**
 * The detached program is a file the package ships: `spawn(process.execPath,
 * [path.join(__dirname, "daemon.js")])`, or the file itself. Its code is in
 * the scan, so whatever it does is judged there; detaching it is how the
 * package runs its own helper.
 */
function runsOwnFile(call: Call, module: ParsedModule, ctx: RuleContext): string | undefined {
  const files = new Set(ctx.source.files.map((f) => f.path));
  const own = (x: TSESTree.Node | undefined) => {
    if (!x || x.type === "SpreadElement") return undefined;
    const p = ownPath(x, module, ctx);
    return p !== undefined && files.has(p) ? p : undefined;
  };
  const program = call.arguments[0];
  const direct = own(program);
  if (direct) return direct;
  const runtime = program && program.type !== "SpreadElement" ? unwrapExpression(program) : undefined;
  const isNode = runtime !== undefined && ((runtime.type === "MemberExpression" && isIdentifier(runtime.object, "process") && propertyName(runtime) === "execPath") || /^(node|node\.exe)$/.test(constantString(runtime, module) ?? ""));
  const args = call.arguments[1] ? unwrapExpression(call.arguments[1] as TSESTree.Node) : undefined;
  if (!isNode || !args || args.type !== "ArrayExpression") return undefined;
  return own(args.elements[0] ?? undefined);
}

interface ScanState {
  detached: DetachedCall[];
  /** `x.unref()` receivers per module: identifier names and call nodes. */
  unrefNames: Map<ParsedModule, Set<string>>;
  unrefCalls: Set<TSESTree.Node>;
  /** `x.stdout` / `x.stderr` read (`child.stdout.on("data", …)`, `.pipe(…)`): receivers per module, names and call nodes. */
  streamNames: Map<ParsedModule, Set<string>>;
  streamCalls: Set<TSESTree.Node>;
  /** Variables a value is stored in, by the value's node. */
  heldIn: Map<TSESTree.Node, string[]>;
}

const stateOf = new WeakMap<RuleContext, ScanState>();

export const silentProcess: Rule = {
  meta: {
    id: "silent-process",
    title: "Detached silent process",
    defaultSeverity: "medium",
    threat: "malicious-server",
    cwe: [506],
    summary: "A child process is started detached, with its output ignored, to outlive the server or the install.",
    description:
      "`spawn(…, { detached: true, stdio: 'ignore' })` followed by `.unref()`, or `nohup … &` in a command string or lifecycle script, starts a process that keeps running after the MCP server (or `npm install`) exits, and whose output nobody sees. Miners, beacons and second-stage payloads start this way; ordinary servers do their work inside tool calls. medium; low when the detached program is a file the package ships (`spawn(process.execPath, [path.join(__dirname, \"daemon.js\")])`, also as returned by a helper of the package that tries where the file can be and returns null when it is missing): its code is part of the scan and judged there; low too when a tool that says it opens or launches an application (an editor, a game, an emulator window) starts it, or when the function that starts it returns the child or its pid to its caller. A detached child whose stdout or stderr the server pipes and reads (`child.stdout.on(\"data\", …)`) is watched, not silent, and is not reported. A script given to PowerShell is read by PowerShell's rules: `&` is its call operator and a trailing `&` starts a job of the session, which ends with it; only `Start-Process` (`start`) with a hidden window starts a program of its own there. A program's own hidden window (`powershell -WindowStyle Hidden -Command …`) is not a background run: the caller waits for it or owns it.",
    help: [
      "**Why it matters.** A detached process with ignored output is invisible to the MCP client and to the user: it is not tied to a tool call, its output never reaches a result, and closing the client does not stop it.",
      "",
      "**How to fix.** Run helpers attached to the server, with their output piped and their lifetime tied to the server's (kill them on exit). If a background daemon is really needed, start it from an explicit tool the user calls and document it.",
      "",
      "```js",
      "spawn(bin, [], { detached: true, stdio: 'ignore' }).unref();   // outlives the server, says nothing",
      "```",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const state: ScanState = { detached: [], unrefNames: new Map(), unrefCalls: new Set(), streamNames: new Map(), streamCalls: new Set(), heldIn: new Map() };
    stateOf.set(ctx, state);
    const onCall = (call: Call, module: ParsedModule) => {
      if (call.type === "CallExpression" && isMemberCall(call, undefined, "unref") && call.callee.type === "MemberExpression") {
        noteReceiver(unwrapExpression(call.callee.object), module, state.unrefNames, state.unrefCalls);
        return;
      }
      const api = processCallApi(call, module);
      if (!api) return;
      const options = optionsOf(call, module);
      if (opensBrowser(call, module)) return;
      if (options && optionValue(options, "detached")?.type === "Literal" && (optionValue(options, "detached") as TSESTree.Literal).value === true) {
        state.detached.push({ call, module, callee: readableApi(api), ignored: stdioIgnored(options), piped: outputPiped(options) });
        return;
      }
      // `execFileSync("powershell.exe", ["-Command", script])`: no POSIX shell reads any of it; the script is PowerShell.
      const dialect = dialectOfProgram(call, module);
      for (const line of commandLinesOf(call, module, ctx.taint)) {
        const runs = commandLineBackgroundRuns(line, 0, dialect);
        if (runs.length === 0) continue;
        ctx.report({
          message: `${readableApi(api)} starts \`${clip(runs[0].command.text)}\` ${HOW[runs[0].how]}: it keeps running after the server exits, unseen by the client`,
          location: locationOf(module.path, call),
          fix: "Run the helper attached to the server and stop it when the server exits, or drop it.",
          fingerprintKey: `command-string|${runs[0].how}|${readableApi(api)}`,
          properties: { how: runs[0].how },
        });
        return;
      }
    };
    // Declarators are entered before their initializer: remember the holder by node, match in check().
    // Only calls can be the detached spawn check() looks up; other values are not worth a map entry.
    const hold = (value: TSESTree.Node, name: string) => {
      if (value.type !== "CallExpression" && value.type !== "NewExpression") return;
      const list = state.heldIn.get(value) ?? [];
      list.push(name);
      state.heldIn.set(value, list);
    };
    const onDeclarator = (decl: TSESTree.VariableDeclarator) => {
      if (decl.init && isIdentifier(decl.id)) hold(unwrapExpression(decl.init), decl.id.name);
    };
    const onAssignment = (a: TSESTree.AssignmentExpression) => {
      if (isIdentifier(a.left)) hold(unwrapExpression(a.right), a.left.name);
      else if (a.left.type === "MemberExpression" && thisField(a.left)) hold(unwrapExpression(a.right), thisField(a.left)!);
    };
    // `child.stdout.on("data", …)`, `child.stderr?.pipe(log)`: the server reads what the child writes.
    const onMember = (m: TSESTree.MemberExpression, module: ParsedModule) => {
      const name = propertyName(m);
      if (name !== "stdout" && name !== "stderr") return;
      noteReceiver(unwrapExpression(m.object), module, state.streamNames, state.streamCalls);
    };
    return { CallExpression: onCall, NewExpression: onCall, VariableDeclarator: onDeclarator, AssignmentExpression: onAssignment, MemberExpression: onMember };
  },
  check(ctx) {
    const state = stateOf.get(ctx);
    for (const d of state?.detached ?? []) {
      const names = state!.heldIn.get(d.call) ?? [];
      const unrefd = state!.unrefCalls.has(d.call) || names.some((n) => state!.unrefNames.get(d.module)?.has(n));
      if (!d.ignored && !unrefd) continue;
      // Its output comes back to the server (read into a log the tools return, piped to the server's own
      // streams): a background child the server watches, not a silent one.
      const read = d.piped && (state!.streamCalls.has(d.call) || names.some((n) => state!.streamNames.get(d.module)?.has(n)));
      if (read) continue;
      const how = [d.ignored ? "its output ignored" : "", unrefd ? "unref()'d so the parent does not wait for it" : ""].filter(Boolean).join(" and ");
      // The package's own helper (a daemon, an update check): its code is scanned like the rest, so this is a note.
      // Opening the login page in the user's browser: the opener is chosen per platform.
      if (opensBrowserPerPlatform(d.call, d.module)) continue;
      const own = runsOwnFile(d.call, d.module, ctx);
      // A window the user asked for: started by a tool whose text says it opens an editor, a game, an app.
      const launcher = own ? undefined : launchingTools(ctx, d);
      // The function hands the child (or its pid) back to its caller, which can watch or stop it.
      const handed = own || launcher ? false : returnsHandle(d, names);
      const message = own
        ? `${d.callee} starts the package's own ${own} as a detached process with ${how}: it keeps running after the server exits, unseen by the client (its code is part of this scan)`
        : launcher
          ? `${d.callee} starts a detached process with ${how}, from ${launcher}, which says it opens or launches an application: a program the user asked to open, left running when the server exits`
          : handed
            ? `${d.callee} starts a detached process with ${how}, and returns the process (or its pid) to its caller, which can watch or stop it: it can keep running after the server exits`
            : `${d.callee} starts a detached process with ${how}: it keeps running after the server exits, unseen by the client`;
      const kind = own ? "|own" : launcher ? "|launch" : handed ? "|handed" : "";
      ctx.report({
        message,
        location: locationOf(d.module.path, d.call),
        ...(kind ? { severity: "low" as const } : {}),
        fix: "Keep child processes attached, pipe their output, and stop them when the server exits.",
        fingerprintKey: `detached|${d.callee}|${d.ignored}|${unrefd}${kind}`,
        properties: { stdioIgnored: d.ignored, unref: unrefd, ...(own ? { ownFile: own } : {}), ...(launcher ? { launchedBy: launcher } : {}), ...(handed ? { handedToCaller: true } : {}) },
      });
    }
    reportLifecycle(ctx);
  },
};

function toolText(t: SurfaceItem): string {
  return [spelledAsWords(t.name), t.annotations.title ?? "", t.description ?? ""].join(" \n ");
}

/**
 * The tools that start this detached call, when every one of them says it
 * opens or launches an application (an editor, a game, a browser window):
 * the call is in a tool's handler or in a package function the handler calls.
 * Named as the report shows them (`open_in_editor`), undefined when no tool
 * reaches it or one that does declares no such act.
 */
function launchingTools(ctx: RuleContext, d: DetachedCall): string | undefined {
  const around = new Set<TSESTree.Node>(functionsAround(d.module.ast, d.call));
  const reaching = ctx.handlers.filter((h) => {
    const inBranch = !h.branch || (h.branch.range[0] <= d.call.range[0] && d.call.range[1] <= h.branch.range[1]);
    if (h.module === d.module && around.has(h.fn as TSESTree.Node) && inBranch) return true;
    return (h.functions ?? []).some((f) => f.module === d.module && around.has(f.node as TSESTree.Node));
  });
  if (reaching.length === 0 || !reaching.every((h) => LAUNCHES_APPLICATION.test(toolText(h.item)))) return undefined;
  return [...new Set(reaching.map((h) => `\`${h.item.name}\``))].join(", ");
}

/**
 * The function that starts the child returns it, or its pid (`return child`,
 * `return { pid: child.pid }`, `return spawn(…)`), to its caller: the process
 * is handed on, not left where nothing can reach it.
 */
function returnsHandle(d: DetachedCall, names: readonly string[]): boolean {
  const fn = functionsAround(d.module.ast, d.call)[0];
  if (!fn) return false;
  const held = new Set(names);
  const mentions = (node: TSESTree.Node): boolean => {
    let found = false;
    walk(node, {
      enter(n) {
        if (found || (n !== node && isFunctionNode(n))) return false;
        if (n === d.call || (n.type === "Identifier" && held.has(n.name))) found = true;
        return undefined;
      },
    });
    return found;
  };
  const body = (fn as TSESTree.FunctionLike).body;
  if (body && body.type !== "BlockStatement") return mentions(body);
  let returned = false;
  walk(fn, {
    enter(n) {
      if (returned || (n !== fn && isFunctionNode(n))) return false;
      if (n.type === "ReturnStatement" && n.argument && mentions(n.argument)) returned = true;
      return undefined;
    },
  });
  return returned;
}

function reportLifecycle(ctx: RuleContext): void {
  for (const script of installHooks(ctx.source)) {
    const seen = new Set<string>();
    for (const step of stepsOf(script.command, ctx.source, ctx.program.byPath)) {
      if (step.kind !== "command" || seen.has(step.command.text)) continue;
      seen.add(step.command.text);
      // The step, then the script it hands to a shell (`powershell -Command "Start-Process …"`), read by that shell's rules.
      const run = backgroundRuns([step.command])[0] ?? inlineBackgroundRuns(step.command, 0)[0];
      if (!run) continue;
      ctx.report({
        message: `package.json's ${script.hook} script starts \`${clip(run.command.text)}\` ${HOW[run.how]}: it keeps running after the install finishes`,
        location: { file: "package.json", line: script.line, column: 1 },
        fix: "Do not leave processes running from an install script.",
        fingerprintKey: `lifecycle|${script.hook}|${run.how}`,
        properties: { script: script.hook, how: run.how },
      });
      break;
    }
  }
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
