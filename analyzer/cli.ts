#!/usr/bin/env node
// The command line: thin glue over scan() and the reporters.
// Exit codes: 0 nothing at or over --fail-on, 1 findings at or over it, 2 error.
import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { render, FORMATS, type Format } from "../reports/index.js";
import { renderInventory } from "../reports/inventory.js";
import { AcquireError } from "./acquire/index.js";
import { scan, selectRules, UnknownRuleError } from "./scan.js";
import { departuresFrom, LockError, readLock } from "./workflows/pin.js";
import { renderDepartures } from "../reports/diff.js";
import { SEVERITIES, type Severity, severityRank } from "./types.js";
import { TOOL_VERSION } from "./version.js";
import { BATCH_USAGE } from "./batch/usage.js";

const USAGE = `mcp-warden ${TOOL_VERSION}: static analysis of MCP servers before you install them

Usage:
  mcp-warden scan <target> [options]   the report: verdict, credential map, destinations, tools, findings
  mcp-warden inventory <target> [--format text|json]   each tool: description, annotations, capabilities, credentials, findings
  mcp-warden audit [--config <file>...] [--format text|json] [--offline] [--no-scan] [--progress]
                                  the MCP client configs on this machine: servers, how they launch, config
                                  findings (read-only), then a verdict per npm-launched or local server
  mcp-warden permissions <target> [--server-name <name>] [--lenient] [--format text|json|claude]
                                  deny-by-default Claude Code permission rules from each tool's capabilities
  mcp-warden diff <old> <new> [--format text|json|markdown] [--fail-on <severity>]
                                  what a new version adds in security terms (either side may be a lock file)
  mcp-warden pin <target> [--out <file>]   a lock of the tools, capabilities, destinations and credentials
${BATCH_USAGE}
  mcp-warden help                 this help

<target> is an npm spec (name, name@1.2.3, @scope/name@latest), a .tgz file, or a folder.

Options:
  -f, --format <format>           text, json, sarif or markdown (default: text)
  -o, --output <file>             write the report to a file instead of stdout
      --category <name>           SARIF: code scanning category of this analysis (default: mcp-warden)
      --uri-prefix <dir>          SARIF: the scanned folder relative to the repository root, for subfolder scans
      --fail-on <severity>        exit 1 when a finding is at or over this (critical|high|medium|low|none; default: high)
      --cache-dir <dir>           where fetched packages are cached (default: the user's cache dir)
      --registry <url>            npm registry to fetch from (auth token from NPM_TOKEN or NODE_AUTH_TOKEN)
      --offline                   use the cache only; never touch the network
      --no-advisories             skip the registry's advisory lookup for the declared dependencies
      --include-tests             also scan test folders, *.test.* files and modules no entry point loads
      --max-file-size <bytes>     skip files larger than this (default: 25165824)
      --max-files <count>         scan at most this many files (default: 20000)
      --time-budget <seconds>     stop the analysis after this much CPU time and say what it did not finish (default: 45; 0: none)
      --max-memory <MB>           stop the analysis past this much resident memory (default: 1400; 0: none)
      --rules <id,id>             run only these rules
      --baseline <lock>           scan: exit 1 when the target departs from this lock (written by pin)
      --sources <tools|exported>  untrusted inputs: tool arguments (default), or also the
                                  parameters of the package's exported API (library mode)
  -q, --quiet                     findings only: no code frames, paths or notes
      --no-color                  plain output (NO_COLOR and FORCE_COLOR are honored too)
  -h, --help                      this help
  -v, --version                   the version
`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  // batch has options of its own (--concurrency, --timeout, --since...): it parses them itself.
  if (argv[0] === "batch") return (await import("./batch/command.js")).runBatchCommand(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        category: { type: "string" },
        "uri-prefix": { type: "string" },
        "fail-on": { type: "string", default: "high" },
        "cache-dir": { type: "string" },
        registry: { type: "string" },
        offline: { type: "boolean", default: false },
        "no-advisories": { type: "boolean", default: false },
        "include-tests": { type: "boolean", default: false },
        "max-file-size": { type: "string" },
        "max-files": { type: "string" },
        "time-budget": { type: "string" },
        "max-memory": { type: "string" },
        rules: { type: "string" },
        sources: { type: "string", default: "tools" },
        quiet: { type: "boolean", short: "q", default: false },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        config: { type: "string", multiple: true },
        baseline: { type: "string" },
        "server-name": { type: "string" },
        lenient: { type: "boolean", default: false },
        out: { type: "string" },
        "no-scan": { type: "boolean", default: false },
        progress: { type: "boolean", default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`mcp-warden: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  // `mcp-warden`, `mcp-warden help` and `--help` all ask what the tool does: the help, on stdout.
  if (values.help || positionals[0] === "help" || argv.length === 0) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0) return usage(`no command given; try: mcp-warden scan <target>, or mcp-warden help`);
  // A bad output path fails before the scan, not after it.
  for (const file of [values.output, values.out]) {
    const problem = file === undefined ? undefined : await outputProblem(file);
    if (problem) return usage(problem);
  }
  if (positionals[0] === "audit") return runAudit(positionals.slice(1), values);
  // Audit and the workflows load their own modules (config parsers among them) only when asked: a plain scan starts faster.
  let workflows: typeof import("./workflows/commands.js") | undefined;
  try {
    const [command, ...rest] = positionals;
    if (command !== "scan" && command !== "inventory") workflows = await import("./workflows/commands.js");
    const { runWorkflow, WORKFLOW_COMMANDS } = workflows ?? {};
    if (runWorkflow && WORKFLOW_COMMANDS && (WORKFLOW_COMMANDS as readonly string[]).includes(command)) {
      const args = { format: values.format, output: values.output, failOn: values["fail-on"], cacheDir: values["cache-dir"], registry: values.registry, offline: values.offline, includeTests: values["include-tests"], serverName: values["server-name"], lenient: values.lenient, out: values.out, noAdvisories: values["no-advisories"] };
      return await runWorkflow(command as (typeof WORKFLOW_COMMANDS)[number], rest, args);
    }
    if (command !== "scan" && command !== "inventory") throw new UsageError(`unknown command "${command}"; try: mcp-warden scan <target>`);
    if (rest.length !== 1) throw new UsageError(`${command} takes exactly one target: an npm spec, a .tgz or a folder`);
    if (command === "inventory" && values.format !== "text" && values.format !== "json") throw new UsageError(`inventory --format must be text or json, not "${values.format}"`);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
    const failOn = values["fail-on"];
    if (failOn !== "none" && !SEVERITIES.includes(failOn as Severity)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")} or none, not "${failOn}"`);
    const maxFileSize = values["max-file-size"] === undefined ? undefined : Number(values["max-file-size"]);
    if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0)) throw new UsageError("--max-file-size must be a positive number of bytes");
    const maxFiles = values["max-files"] === undefined ? undefined : Number(values["max-files"]);
    if (maxFiles !== undefined && !(Number.isInteger(maxFiles) && maxFiles > 0)) throw new UsageError("--max-files must be a positive whole number");
    const timeBudget = values["time-budget"] === undefined ? undefined : Number(values["time-budget"]);
    if (timeBudget !== undefined && !(Number.isFinite(timeBudget) && timeBudget >= 0)) throw new UsageError("--time-budget must be a number of seconds (0: no limit)");
    const maxMemory = values["max-memory"] === undefined ? undefined : Number(values["max-memory"]);
    if (maxMemory !== undefined && !(Number.isFinite(maxMemory) && maxMemory >= 0)) throw new UsageError("--max-memory must be a number of megabytes (0: no limit)");
    const registry = values.registry;
    if (registry !== undefined && !/^https?:\/\/[^/]/.test(registry)) throw new UsageError(`--registry must be an http(s) URL, not "${registry}"`);

    const sources = values.sources;
    if (sources !== "tools" && sources !== "exported") throw new UsageError(`--sources must be tools or exported, not "${sources}"`);
    if (values.baseline !== undefined && command !== "scan") throw new UsageError("--baseline goes with scan");
    const rules = values.rules?.split(",").map((s) => s.trim()).filter(Boolean);
    if (rules) selectRules(rules);
    const lock = values.baseline === undefined ? undefined : await readLock(values.baseline);
    const result = await scan(rest[0], {
      cacheDir: values["cache-dir"],
      registry,
      // Unset unless given, so npm's own offline setting (npm_config_offline) can apply where a rule consults it.
      offline: values.offline ? true : undefined,
      includeTests: values["include-tests"],
      maxFileSize,
      maxFiles,
      timeBudgetMs: timeBudget === undefined ? undefined : timeBudget * 1000,
      maxMemoryBytes: maxMemory === undefined ? undefined : maxMemory * 1024 * 1024,
      rules,
      sources,
      noAdvisories: values["no-advisories"],
    });
    if (command === "inventory") {
      const table = renderInventory(result, format === "json" ? "json" : "text");
      if (values.output) await writeFile(values.output, table);
      else process.stdout.write(table);
      return 0;
    }
    const color = format === "text" && !values.output && !values["no-color"] && useColor();
    const report = render(result, format, { color, quiet: values.quiet, category: values.category, uriPrefix: values["uri-prefix"] });
    if (values.output) await writeFile(values.output, report);
    else process.stdout.write(report);
    if (format !== "text") {
      for (const d of result.diagnostics) if (d.level !== "note") process.stderr.write(`mcp-warden: ${d.level}: ${d.file ? d.file + ": " : ""}${d.message}\n`);
    }
    if (lock) {
      const departures = departuresFrom(lock, result);
      if (departures.length) {
        process.stderr.write(renderDepartures(values.baseline!, departures));
        return 1;
      }
    }
    if (failOn === "none") return 0;
    const threshold = severityRank(failOn as Severity);
    return result.findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError || (workflows && err instanceof workflows.WorkflowUsageError) || err instanceof LockError || err instanceof UnknownRuleError) {
      process.stderr.write(`mcp-warden: ${err.message}\n`);
      return 2;
    }
    if (err instanceof AcquireError) {
      process.stderr.write(`mcp-warden: ${err.message}\n`);
      return 2;
    }
    // A file that could not be written or read (permissions, a full disk): the system's one line, no stack.
    if (err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === "string") {
      process.stderr.write(`mcp-warden: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`mcp-warden: internal error: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

async function runAudit(rest: string[], values: AuditArgs): Promise<number> {
  if (rest.length > 0) return usage(`audit takes no target; use --config <file> to name configs`);
  const format = values.format;
  if (format !== "text" && format !== "json") return usage(`audit --format must be text or json, not "${format}"`);
  const failOn = values["fail-on"];
  if (failOn !== "none" && !SEVERITIES.includes(failOn as Severity)) return usage(`--fail-on must be one of ${SEVERITIES.join(", ")} or none, not "${failOn}"`);
  if (values.registry !== undefined && !/^https?:\/\/[^/]/.test(values.registry)) return usage(`--registry must be an http(s) URL, not "${values.registry}"`);
  const { audit, judgeAllowedTools, renderAuditJson, renderAuditText } = await import("./audit/index.js");
  const { runAuditServers } = await import("./audit/command.js");
  const result = await audit({ configs: values.config ?? [] });
  if (!values["no-scan"]) {
    result.servers = await runAuditServers(result, { cacheDir: values["cache-dir"], registry: values.registry, offline: values.offline, progress: values.progress, noAdvisories: values["no-advisories"] });
    judgeAllowedTools(result);
  }
  const text = format === "json" ? renderAuditJson(result) : renderAuditText(result);
  if (values.output) await writeFile(values.output, text);
  else process.stdout.write(text);
  for (const c of result.configs) if (c.status === "error") process.stderr.write(`mcp-warden: ${c.path}: ${c.note}\n`);
  if (failOn === "none") return 0;
  const threshold = severityRank(failOn as Severity);
  const serverWorst = (result.servers ?? []).some((s) => Object.keys(s.counts ?? {}).some((sev) => severityRank(sev as Severity) >= threshold));
  return serverWorst || result.configs.some((c) => c.findings.some((f) => severityRank(f.severity) >= threshold)) ? 1 : 0;
}

interface AuditArgs {
  format: string;
  "fail-on": string;
  output?: string;
  config?: string[];
  "cache-dir"?: string;
  registry?: string;
  offline: boolean;
  "no-advisories": boolean;
  "no-scan": boolean;
  progress: boolean;
}

function usage(message: string): number {
  process.stderr.write(`mcp-warden: ${message}\n`);
  return 2;
}

/** Why a report cannot be written to `file`, checked before the scan: a missing folder, a folder in its place. */
async function outputProblem(file: string): Promise<string | undefined> {
  const dir = path.dirname(path.resolve(file));
  const parent = await stat(dir).catch(() => undefined);
  if (!parent) return `cannot write ${file}: the folder ${path.dirname(file)} does not exist (create it first)`;
  if (!parent.isDirectory()) return `cannot write ${file}: ${path.dirname(file)} is not a folder`;
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) return `cannot write ${file}: it is a folder; give a file name`;
  return undefined;
}

/** NO_COLOR (any value) turns color off; FORCE_COLOR turns it on; else only on a terminal. */
function useColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`mcp-warden: internal error: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
