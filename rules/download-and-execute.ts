// download-and-execute: code fetched at run or install time is run. Whatever
// the package shipped for review, the code that actually runs is chosen by
// whoever controls the server it is fetched from, at any later moment.
//
// Three readings, one rule:
// - command lines (lifecycle scripts, and constant child-process strings):
//   `curl … | sh`, `wget -O- … | bash`, `iwr … | iex`, download to a file then run it;
// - the data-flow engine: a `network-response` label reaching eval/Function/vm,
//   require/import or a process (sink kinds `code-injection`, `command-injection`);
// - a file written from a download and then run: the engine's
//   `file-write` hits joined to a process/require of the same path, and,
//   until flows through streams are tracked, the same path expression written
//   by a streamed or fetched body in a module that makes requests and then run.
import type { TSESTree } from "@typescript-eslint/types";
import { locationOf, unwrapExpression } from "../analyzer/parse/ast.js";
import type { SinkHit } from "../analyzer/taint/spec.js";
import type { Location, ParsedModule } from "../analyzer/types.js";
import { FILE_WRITE_KIND } from "./models/file-writes.js";
import { PACKAGE_CAPABILITIES } from "./models/package-capabilities.js";
import type { Rule, RuleContext } from "./types.js";
import { commandLinesOf, processCallApi, templateText } from "./util/command-strings.js";
import { installHooks, stepsOf } from "./util/lifecycle.js";
import { matchesAnyRow } from "./util/api-rows.js";
import { calleeApi } from "./util/module-apis.js";
import { readableApi } from "./util/script-reach.js";
import { type DownloadExecution, downloadExecutions, inlineCode, splitCommandLine, valueRunsAsCode } from "./util/shell-command.js";
import { boundedMemo } from "../analyzer/memo.js";

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const HOW: Record<DownloadExecution["how"], string> = {
  "pipe-to-interpreter": "pipes a download into an interpreter",
  "download-then-run": "downloads a file and runs it",
  "run-substituted-download": "runs the output of a download",
};

/** Download-executions in a command line, looking inside `sh -c "…"` too. */
export function commandLineExecutions(line: string, depth = 0): DownloadExecution[] {
  const commands = splitCommandLine(line);
  const out = downloadExecutions(commands);
  if (depth < 3) {
    for (const c of commands) {
      const inline = inlineCode(c);
      if (inline?.language === "shell") out.push(...commandLineExecutions(inline.code, depth + 1));
    }
  }
  return out;
}

/** Sink kinds where fetched text becomes running code. */
const RUN_KINDS = ["code-injection", "command-injection"];
const SOURCE_KIND = "network-response";

const FS_WRITE_PATH = "Member[writeFile,writeFileSync,createWriteStream,outputFile,outputFileSync,copyFile,copyFileSync,rename,renameSync]";
const WRITE_ROWS = ["fs", "fs-extra", "graceful-fs", "fs/promises"].flatMap((pkg) => [
  { package: pkg, path: FS_WRITE_PATH },
  { package: pkg, path: `Member[promises].${FS_WRITE_PATH}` },
]);
const RUN_FILE_ROWS = [
  { package: "child_process", path: "Member[spawn,spawnSync,execFile,execFileSync,fork]" },
  { package: "execa", path: "" },
  { package: "cross-spawn", path: "" },
  { package: "global", path: "Member[require]" },
];
const SHELL_ROWS = [
  { package: "child_process", path: "Member[exec,execSync]" },
  { package: "shelljs", path: "Member[exec]" },
];
const NETWORK_ROWS = PACKAGE_CAPABILITIES.filter((r) => r.capability === "network");
const CHMOD_ROWS = ["fs", "fs-extra", "fs/promises"].map((pkg) => ({ package: pkg, path: "Member[chmod,chmodSync]" }));

/** Which of the row lists above an API matches, as bits: the rule asks for every call of the program. */
const NETWORK = 1;
const WRITE = 2;
const RUN_FILE = 4;
const SHELL = 8;
const CHMOD = 16;
const rowBitsOf = boundedMemo(
  (api: string): number =>
    (matchesAnyRow(NETWORK_ROWS, api) ? NETWORK : 0) | (matchesAnyRow(WRITE_ROWS, api) ? WRITE : 0) | (matchesAnyRow(RUN_FILE_ROWS, api) ? RUN_FILE : 0) | (matchesAnyRow(SHELL_ROWS, api) ? SHELL : 0) | (matchesAnyRow(CHMOD_ROWS, api) ? CHMOD : 0),
  50_000,
);

/** Names a body read from a response commonly goes by, for writes whose data is not a stream. */
const BODY_READERS = /\b(arrayBuffer|buffer|text|blob|bytes)\s*\(\s*\)|\.(data|body|rawBody)\b/;

interface ModuleDropper {
  network: boolean;
  /** Path expression (source text) → where it is written with downloaded-looking bytes. */
  written: Map<string, Location>;
  /** Calls that run a file: the path's source text, and its constant values when known. */
  runs: { key: string; location: Location; callee: string; constants: string[] }[];
}

/** Source text of a path expression without spaces: `path.join(dir, "x")` and `path.join(dir,"x")` are one key. */
function pathKey(node: TSESTree.Node, module: ParsedModule): string {
  const n = unwrapExpression(node);
  return module.text.slice(n.range[0], n.range[1]).replace(/\s+/g, "");
}

export const downloadAndExecute: Rule = {
  meta: {
    id: "download-and-execute",
    title: "Downloads code and runs it",
    defaultSeverity: "critical",
    threat: "supply-chain",
    cwe: [494, 829],
    summary: "Bytes fetched from the network are written and run, evaluated, or required.",
    description:
      "The package fetches code at install or run time and executes it: `curl … | sh` in a script or child-process string, a downloaded file that is then spawned or required, or fetched text passed to eval, Function or vm. What runs is not what was published or reviewed: the server's owner (or whoever takes over its host) can change it at any moment, for one user or for all.",
    help: [
      "**Why it matters.** A dropper ships clean code that fetches the real payload later. Reviewing the package, pinning its version and checking its integrity all stop mattering: the executed code never passed through the registry.",
      "",
      "**How to fix.** Ship the code in the package. If a platform binary is needed, publish it as an optional dependency per platform (as esbuild does) so npm verifies its integrity, or verify a pinned checksum before running it.",
      "",
      "```js",
      "https.get(url, (res) => res.pipe(fs.createWriteStream(bin)).on('finish', () => spawn(bin)));  // runs whatever the host serves",
      "```",
      "",
      "Found in lifecycle scripts and child-process command strings (`curl … | sh`, `wget -O- … | bash`, `iwr … | iex`, download to a file then run it), and in JavaScript: a response body reaching eval/Function/vm/require or a process, and a file written from a download in a module that then runs the same path.",
    ].join("\n"),
    precision: "high",
  },
  visitors(ctx) {
    const droppers = new Map<ParsedModule, ModuleDropper>();
    const dropperOf = (module: ParsedModule): ModuleDropper => {
      let d = droppers.get(module);
      if (!d) {
        d = { network: false, written: new Map(), runs: [] };
        droppers.set(module, d);
      }
      return d;
    };
    const onCall = (call: Call, module: ParsedModule) => {
      const api = calleeApi(call, module);
      if (!api) return;
      const d = dropperOf(module);
      const bits = rowBitsOf(api);
      if (bits & NETWORK) d.network = true;
      if (bits & WRITE && call.arguments[0]) {
        const streamed = /createWriteStream|copyFile|rename/.test(api);
        const data = call.arguments[1];
        const bodyLike = data ? BODY_READERS.test(module.text.slice(data.range[0], data.range[1])) : false;
        const target = /copyFile|rename/.test(api) ? call.arguments[1] : call.arguments[0];
        if (target && (streamed || bodyLike)) d.written.set(pathKey(target, module), locationOf(module.path, call));
      }
      if (bits & RUN_FILE && call.arguments[0]) {
        const arg = call.arguments[0];
        const constants = [...ctx.taint.constantsOf(arg, module), ...[templateText(arg, module)].filter((t): t is string => t !== undefined && !t.includes("$X"))];
        d.runs.push({ key: pathKey(arg, module), location: locationOf(module.path, call), callee: readableApi(api), constants });
      }
      if (bits & SHELL && call.arguments[0]) {
        // exec(`chmod +x ${bin} && ${bin}`): each interpolation that is the program of a command.
        const arg = unwrapExpression(call.arguments[0]);
        if (arg.type === "Identifier") d.runs.push({ key: arg.name, location: locationOf(module.path, call), callee: readableApi(api), constants: [] });
        if (arg.type === "TemplateLiteral") {
          arg.expressions.forEach((e, i) => {
            const before = arg.quasis[i].value.cooked ?? "";
            if (/(^|&&|\|\||;|\||\bsh\s+|\bbash\s+|\bnode\s+)\s*["']?$/.test(before)) d.runs.push({ key: pathKey(e, module), location: locationOf(module.path, call), callee: readableApi(api), constants: ctx.taint.constantsOf(e, module) });
          });
        }
      }
      if (bits & CHMOD) return;
      // Constant command strings: exec("curl … | sh"), spawn("sh", ["-c", "wget -O- … | bash"]).
      if (processCallApi(call, module)) {
        for (const line of commandLinesOf(call, module, ctx.taint)) {
          const found = commandLineExecutions(line);
          if (found.length === 0) continue;
          ctx.report({
            message: `${readableApi(api)} runs \`${clip(line)}\`, which ${HOW[found[0].how]}: the code that runs is whatever the server returns at that moment`,
            location: locationOf(module.path, call),
            fix: "Ship the code in the package instead of fetching it at run time, or verify a pinned checksum before running it.",
            fingerprintKey: `command-string|${found[0].how}|${readableApi(api)}`,
            properties: { how: found[0].how, command: clip(line) },
          });
          return;
        }
      }
    };
    // Runs are matched to writes in check(), once every write of each module is known.
    droppersOf.set(ctx, droppers);
    return { CallExpression: onCall, NewExpression: onCall };
  },
  check(ctx) {
    reportLifecycle(ctx);
    const reported = reportFlows(ctx);
    const droppers = droppersOf.get(ctx);
    reportWrittenThenRun(ctx, droppers, reported);
    reportDroppers(ctx, droppers, reported);
  },
};

/**
 * The engine saw response bytes written to a file (`file-write` hit with a
 * `network-response` flow) at a constant path; a call elsewhere runs that path.
 */
function reportWrittenThenRun(ctx: RuleContext, droppers: Map<ParsedModule, ModuleDropper> | undefined, reported: Set<string>): void {
  const writtenPaths = new Map<string, Location>();
  for (const hit of ctx.taint.hitsOf(FILE_WRITE_KIND)) {
    if (!hit.flows.some((f) => f.label.kind === SOURCE_KIND)) continue;
    for (const c of hit.destination?.constants ?? []) if (!hit.destination?.prefixOnly) writtenPaths.set(c, hit.location);
  }
  if (writtenPaths.size === 0) return;
  for (const [, d] of droppers ?? []) {
    for (const run of d.runs) {
      const path = run.constants.find((c) => writtenPaths.has(c));
      const at = `${run.location.file}:${run.location.line}:${run.location.column}`;
      if (!path || reported.has(at)) continue;
      reported.add(at);
      ctx.report({
        message: `${run.callee} runs ${path}, a file written from a network response: the code that runs is whatever the server returned`,
        location: run.location,
        related: [{ location: writtenPaths.get(path)!, message: "the downloaded bytes are written here" }],
        fix: "Ship the code in the package, publish platform binaries as optional dependencies, or verify a pinned checksum before running a downloaded file.",
        fingerprintKey: `written-then-run|${run.callee}|${path}`,
        properties: { how: "download-then-run", sink: run.callee },
      });
    }
  }
}

/** Per-scan state between the walk and check (the driver passes one context to both). */
const droppersOf = new WeakMap<RuleContext, Map<ParsedModule, ModuleDropper>>();

function reportDroppers(ctx: RuleContext, droppers: Map<ParsedModule, ModuleDropper> | undefined, reported: Set<string>): void {
  for (const [, d] of droppers ?? []) {
    if (!d.network || d.written.size === 0) continue;
    for (const run of d.runs) {
      const writtenAt = d.written.get(run.key);
      const at = `${run.location.file}:${run.location.line}:${run.location.column}`;
      if (!writtenAt || reported.has(at)) continue;
      reported.add(at);
      ctx.report({
        message: `${run.callee} runs ${run.key}, a file this module writes from a download: the code that runs is whatever the server returned`,
        location: run.location,
        related: [{ location: writtenAt, message: "the downloaded bytes are written here" }],
        fix: "Ship the code in the package, publish platform binaries as optional dependencies, or verify a pinned checksum before running a downloaded file.",
        fingerprintKey: `written-then-run|${run.callee}|${run.key}`,
        properties: { how: "download-then-run", sink: run.callee },
      });
    }
  }
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

function reportLifecycle(ctx: RuleContext): void {
  for (const script of installHooks(ctx.source)) {
    const lines = new Set<string>([script.command]);
    for (const step of stepsOf(script.command, ctx.source, ctx.program.byPath)) if (step.kind === "command") lines.add(step.all.map((c) => `${c.text} ${c.next === "end" ? "" : c.next}`).join(" "));
    for (const line of lines) {
      const found = commandLineExecutions(line);
      if (found.length === 0) continue;
      const first = found[0];
      ctx.report({
        message: `package.json's ${script.hook} script ${HOW[first.how]} (\`${clip(first.command.text)}\`${first.file ? `, file ${first.file}` : ""}): it runs at install time whatever the server returns`,
        location: { file: "package.json", line: script.line, column: 1 },
        fix: "Ship the code in the package, or publish platform binaries as optional dependencies so npm checks their integrity.",
        fingerprintKey: `lifecycle|${script.hook}|${first.how}`,
        properties: { script: script.hook, how: first.how, command: clip(script.command) },
      });
      break;
    }
  }
}

/**
 * Whether fetched text reaching a process sink is run as code. A fixed program
 * given the text as an operand (`exec(\`xdg-open ${url}\`)` with the sign-in
 * URL an OAuth server returned) runs nothing fetched: at worst the text injects
 * into that line, which the injection rules judge. Unknown shapes count.
 */
export function fetchedTextRuns(hit: SinkHit): boolean {
  const d = hit.destination;
  if (!d || d.constants.length === 0) return true;
  // The argument vector of a constant program (run with a shell): the text follows the program.
  const prefixes = d.prefixOnly ? d.constants : hit.argument !== "Argument[0]" ? d.constants.map((c) => `${c} `) : [];
  if (prefixes.length === 0) return true;
  return prefixes.some((p) => valueRunsAsCode(p));
}

/** The engine's flows: a response body reaching code or a process, or a file written from one and then run. */
function reportFlows(ctx: RuleContext): Set<string> {
  const reported = new Set<string>();
  const key = (l: Location) => `${l.file}:${l.line}:${l.column}`;
  for (const kind of RUN_KINDS) {
    for (const hit of ctx.taint.hitsOf(kind)) {
      const flow = hit.flows.find((f) => f.label.kind === SOURCE_KIND);
      if (!flow || reported.has(key(hit.location))) continue;
      if (kind === "command-injection" && !fetchedTextRuns(hit)) continue;
      reported.add(key(hit.location));
      ctx.report({
        message: `The ${flow.label.name} of a network request reaches ${hit.callee}: fetched code is run`,
        location: hit.location,
        path: flow.path,
        fix: "Ship the code in the package instead of fetching and running it.",
        fingerprintKey: `flow|${hit.callee}|${hit.argument}`,
        properties: { how: "fetched-code-run", sink: hit.callee },
      });
    }
  }
  // A file whose content came from the network, at a path that a process or require then runs.
  const writtenPaths = new Map<string, Location>();
  for (const hit of ctx.taint.hitsOf(FILE_WRITE_KIND)) {
    if (!hit.flows.some((f) => f.label.kind === SOURCE_KIND)) continue;
    for (const c of hit.destination?.constants ?? []) writtenPaths.set(c, hit.location);
  }
  if (writtenPaths.size === 0) return reported;
  for (const kind of RUN_KINDS) {
    for (const hit of ctx.taint.hitsOf(kind)) {
      if (reported.has(key(hit.location))) continue;
      const path = (hit.destination?.constants ?? []).find((c) => writtenPaths.has(c));
      if (!path) continue;
      reported.add(key(hit.location));
      ctx.report({
        message: `${hit.callee} runs ${path}, a file written from a network response: the code that runs is whatever the server returned`,
        location: hit.location,
        related: [{ location: writtenPaths.get(path)!, message: "the downloaded bytes are written here" }],
        fix: "Ship the code in the package, or verify a pinned checksum before running a downloaded file.",
        fingerprintKey: `written-then-run|${hit.callee}`,
        properties: { how: "download-then-run", sink: hit.callee },
      });
    }
  }
  return reported;
}
