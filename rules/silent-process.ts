// silent-process: a child process started to outlive its parent, with its
// output thrown away. An MCP server's work happens in answer to tool calls and
// shows up in their results; a detached, silent process does neither, and
// keeps running after the client closes the server (or after `npm install`).
import type { TSESTree } from "@typescript-eslint/types";
import { isIdentifier, isMemberCall, locationOf, propertyName, stringLiteralValue, unwrapExpression } from "../analyzer/parse/ast.js";
import type { ParsedModule } from "../analyzer/types.js";
import type { Rule, RuleContext } from "./types.js";
import { commandLinesOf, processCallApi } from "./util/command-strings.js";
import { installHooks, stepsOf } from "./util/lifecycle.js";
import { moduleFacts } from "./util/module-apis.js";
import { constantString, readableApi } from "./util/script-reach.js";
import { type BackgroundRun, backgroundRuns, inlineCode, splitCommandLine } from "./util/shell-command.js";

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const HOW: Record<BackgroundRun["how"], string> = {
  "trailing-ampersand": "in the background (`&`)",
  nohup: "with `nohup`, immune to the parent's exit",
  setsid: "with `setsid`, in a session of its own",
  disown: "disowned from the shell",
  "hidden-window": "in a hidden window",
};

export function commandLineBackgroundRuns(line: string, depth = 0): BackgroundRun[] {
  const commands = splitCommandLine(line);
  const out = backgroundRuns(commands);
  if (depth < 3) {
    for (const c of commands) {
      const inline = inlineCode(c);
      if (inline?.language === "shell") out.push(...commandLineBackgroundRuns(inline.code, depth + 1));
    }
  }
  return out;
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
  return (program === "cmd" || program === "cmd.exe") && args?.type === "ArrayExpression" && args.elements.some((e) => e && e.type !== "SpreadElement" && stringLiteralValue(e)?.toLowerCase() === "start");
}

interface DetachedCall {
  call: Call;
  module: ParsedModule;
  callee: string;
  ignored: boolean;
}

interface ScanState {
  detached: DetachedCall[];
  /** `x.unref()` receivers per module: identifier names and call nodes. */
  unrefNames: Map<ParsedModule, Set<string>>;
  unrefCalls: Set<TSESTree.Node>;
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
      "`spawn(…, { detached: true, stdio: 'ignore' })` followed by `.unref()`, or `nohup … &` in a command string or lifecycle script, starts a process that keeps running after the MCP server (or `npm install`) exits, and whose output nobody sees. Miners, beacons and second-stage payloads start this way; ordinary servers do their work inside tool calls.",
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
    const state: ScanState = { detached: [], unrefNames: new Map(), unrefCalls: new Set(), heldIn: new Map() };
    stateOf.set(ctx, state);
    const onCall = (call: Call, module: ParsedModule) => {
      if (call.type === "CallExpression" && isMemberCall(call, undefined, "unref") && call.callee.type === "MemberExpression") {
        const recv = unwrapExpression(call.callee.object);
        if (recv.type === "Identifier") {
          const set = state.unrefNames.get(module) ?? new Set<string>();
          set.add(recv.name);
          state.unrefNames.set(module, set);
        } else state.unrefCalls.add(recv);
        return;
      }
      const api = processCallApi(call, module);
      if (!api) return;
      const options = optionsOf(call, module);
      if (opensBrowser(call, module)) return;
      if (options && optionValue(options, "detached")?.type === "Literal" && (optionValue(options, "detached") as TSESTree.Literal).value === true) {
        state.detached.push({ call, module, callee: readableApi(api), ignored: stdioIgnored(options) });
        return;
      }
      for (const line of commandLinesOf(call, module, ctx.taint)) {
        const runs = commandLineBackgroundRuns(line);
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
    };
    return { CallExpression: onCall, NewExpression: onCall, VariableDeclarator: onDeclarator, AssignmentExpression: onAssignment };
  },
  check(ctx) {
    const state = stateOf.get(ctx);
    for (const d of state?.detached ?? []) {
      const names = state!.heldIn.get(d.call) ?? [];
      const unrefd = state!.unrefCalls.has(d.call) || names.some((n) => state!.unrefNames.get(d.module)?.has(n));
      if (!d.ignored && !unrefd) continue;
      const how = [d.ignored ? "its output ignored" : "", unrefd ? "unref()'d so the parent does not wait for it" : ""].filter(Boolean).join(" and ");
      ctx.report({
        message: `${d.callee} starts a detached process with ${how}: it keeps running after the server exits, unseen by the client`,
        location: locationOf(d.module.path, d.call),
        fix: "Keep child processes attached, pipe their output, and stop them when the server exits.",
        fingerprintKey: `detached|${d.callee}|${d.ignored}|${unrefd}`,
        properties: { stdioIgnored: d.ignored, unref: unrefd },
      });
    }
    reportLifecycle(ctx);
  },
};

function reportLifecycle(ctx: RuleContext): void {
  for (const script of installHooks(ctx.source)) {
    const seen = new Set<string>();
    for (const step of stepsOf(script.command, ctx.source, ctx.program.byPath)) {
      if (step.kind !== "command" || seen.has(step.command.text)) continue;
      seen.add(step.command.text);
      const run = backgroundRuns([step.command])[0];
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
