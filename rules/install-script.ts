// install-script: lifecycle scripts run code on `npm install`, before any
// tool is called and outside any MCP client's permission prompts. The
// severity says what that code can reach: network, processes or files
// outside the package (high), a plain native build (low), anything else (medium).
import { type Severity, severityRank } from "../analyzer/types.js";
import type { ParsedModule, RelatedLocation } from "../analyzer/types.js";
import { localClosure } from "./util/module-apis.js";
import type { Rule, RuleContext } from "./types.js";
import { installHooks, type LifecycleScript, type ScriptStep, stepsOf } from "./util/lifecycle.js";
import { aiCliRuns, type ReachedApi, reachOfModule, wholeScriptInView } from "./util/script-reach.js";
import { AI_CLIS, downloadExecutions, fetchedPackageRun, isDownloader, isInert, isNativeBuild, programName, programPath, splitCommandLine } from "./util/shell-command.js";

interface Judgement {
  severity: Severity;
  /** Short clauses for the message: "downloads with curl", "scripts/x.js can reach the network (https.get)". */
  reasons: string[];
  related: RelatedLocation[];
  reaches: Set<string>;
}

const CAPABILITY_WORDS = { network: "reach the network", process: "run processes", "file-write": "write outside the package", "code-eval": "run code built at run time" } as const;

function raise(j: Judgement, severity: Severity, reason: string): void {
  if (severityRank(severity) > severityRank(j.severity)) j.severity = severity;
  if (!j.reasons.includes(reason)) j.reasons.push(reason);
}

function judgeReach(j: Judgement, where: string, reached: ReachedApi[], modules: ParsedModule[], inView: boolean, styling: ReadonlySet<string>): void {
  if (reached.length === 0) {
    // All of its code is read and uses only Node's own modules (and libraries that only style text): nothing it does can leave the package.
    const libraries = styling.size > 0 ? ` and ${[...styling].sort().join(", ")}, which only style${styling.size === 1 ? "s" : ""} terminal text` : "";
    if (inView) raise(j, "low", `${where} runs code that reaches no network, process or outside write (it uses only Node's built-in modules${libraries})`);
    else raise(j, "medium", `${where} runs code that reaches no network, process or outside write we can see`);
    return;
  }
  const byCapability = new Map<string, Set<string>>();
  for (const r of reached) {
    const set = byCapability.get(r.capability) ?? new Set<string>();
    set.add(r.callee);
    byCapability.set(r.capability, set);
    j.reaches.add(r.capability);
  }
  const parts = [...byCapability].map(([cap, callees]) => `${CAPABILITY_WORDS[cap as keyof typeof CAPABILITY_WORDS]} (${[...callees].slice(0, 3).join(", ")})`);
  raise(j, "high", `${where} can ${parts.join(", ")}`);
  const agents = aiCliRuns(reached, modules);
  if (agents.length > 0) raise(j, "high", `${where} drives local AI agent CLIs (${agents.map((a) => `\`${a}\``).join(", ")}) with their permission checks off`);
  for (const r of reached.slice(0, 5)) if (r.location.file !== "package.json") j.related.push({ location: r.location, message: `${r.callee}: ${CAPABILITY_WORDS[r.capability]}` });
}

function judgeStep(j: Judgement, step: ScriptStep, ctx: RuleContext, script: LifecycleScript): void {
  switch (step.kind) {
    case "js-file": {
      const styling = new Set<string>();
      const inView = wholeScriptInView(step.module, ctx.program.byPath, new Set(ctx.source.files.map((f) => f.path)), styling);
      judgeReach(j, step.module.path, reachOfModule(step.module, ctx.program.byPath), localClosure(step.module, ctx.program.byPath), inView, styling);
      return;
    }
    case "js-inline": {
      const styling = new Set<string>();
      if (step.module) judgeReach(j, "inline code", reachOfModule(step.module, ctx.program.byPath), [step.module], wholeScriptInView(step.module, ctx.program.byPath, new Set(ctx.source.files.map((f) => f.path)), styling), styling);
      else raise(j, "medium", "it runs inline code that does not parse");
      return;
    }
    case "missing-file":
      raise(j, "medium", `it runs ${step.file}, which is not among the scanned files`);
      return;
    case "command": {
      const { command } = step;
      const name = programName(command);
      const fetched = fetchedPackageRun(command);
      if (isNativeBuild(command)) raise(j, "low", `\`${name === "npx" ? fetched : name}\` builds a native addon`);
      else if (fetched !== undefined) {
        const declared = isDeclaredDependency(ctx, fetched);
        raise(j, declared ? "medium" : "high", declared ? `\`${name}\` runs the dependency ${fetched}` : `\`${name}\` fetches and runs the package ${fetched}`);
      } else if (isDownloader(command)) raise(j, "high", `\`${name}\` downloads from the network`);
      else if (AI_CLIS.has(name)) raise(j, "high", `it drives the local AI agent \`${name}\``);
      else if (isInert(command)) raise(j, "low", `it runs \`${name}\``);
      // npm installs no devDependency of a package installed from the registry: the program is not there to run.
      else if (!script.buildStep && providedOnlyByDevDependency(ctx, name)) raise(j, "low", `it runs \`${name}\`, the program of a devDependency, which an install from the registry does not provide`);
      else if (!["node", "npm", "yarn", "pnpm", "sh", "bash"].includes(name)) raise(j, "medium", `it runs \`${programPath(command)}\``);
      return;
    }
  }
}

/** A program named after a devDependency the package declares nowhere else (`patch-package`, `husky`). */
function providedOnlyByDevDependency(ctx: RuleContext, program: string): boolean {
  const f = ctx.source.facts;
  return program in f.devDependencies && !(program in f.dependencies) && !(program in f.optionalDependencies) && !(program in f.peerDependencies);
}

function isDeclaredDependency(ctx: RuleContext, spec: string): boolean {
  const name = spec.replace(/^(@[^/@]+\/[^@]+|[^@]+)@.*$/, "$1");
  const f = ctx.source.facts;
  return name in f.dependencies || name in f.optionalDependencies || name in f.devDependencies;
}

export function judgeScript(script: LifecycleScript, ctx: RuleContext): Judgement {
  const j: Judgement = { severity: "low", reasons: [], related: [], reaches: new Set() };
  const steps = stepsOf(script.command, ctx.source, ctx.program.byPath);
  for (const step of steps) judgeStep(j, step, ctx, script);
  if (downloadExecutions(splitCommandLine(script.command)).length > 0) raise(j, "high", "it downloads code and runs it");
  if (j.reasons.length === 0) raise(j, "medium", "it runs a command");
  return j;
}

export const installScript: Rule = {
  meta: {
    id: "install-script",
    title: "Install-time script",
    defaultSeverity: "medium",
    threat: "supply-chain",
    cwe: [506],
    summary: "A lifecycle script runs code when the package is installed.",
    description:
      "`preinstall`, `install` and `postinstall` scripts run with the user's full authority the moment the package is installed (including by `npx -y`), before any MCP client shows a tool or asks for permission. Most MCP servers need none; droppers and credential stealers use them. The severity says what the script's code can reach: high for network, processes, AI agent CLIs, writes outside the package or code evaluated from text built at run time; low for a plain native build (`node-gyp rebuild`, `prebuild-install`), for code that provably reaches none of those, and for the program of a devDependency (npm does not install a package's devDependencies when it is installed from the registry, so there is nothing of the package's to run); medium otherwise.",
    help: [
      "**Why it matters.** An install script runs as soon as `npm install` or `npx -y` fetches the package: no tool call, no prompt, no review. It is the most common way malicious npm packages steal tokens.",
      "",
      "**How to fix.** Ship the server without install-time scripts: build before publishing (`prepublishOnly`), and do setup lazily at first run where the user can see it. If a native build is unavoidable, keep it to `node-gyp rebuild` or `prebuild-install`.",
      "",
      "The scanner follows `node file.js`, `node -e`, `sh file.sh`, `sh -c`, `npm run x` and `npx` to what they run, and reads the JavaScript a script runs (and the local modules it imports) for network, process and file-write calls. `prepare` never runs when a package is installed from the registry or a tarball (it ran on the author's machine before publishing), so it is not read in a published package; npm runs it for git and folder installs, so in a folder it is reported when it reaches the network, processes or files outside the package, never for a plain build.",
      "",
      "```json",
      '"scripts": { "postinstall": "node scripts/setup.js" }   // runs on every install',
      "```",
    ].join("\n"),
    precision: "very-high",
  },
  check(ctx) {
    for (const script of installHooks(ctx.source)) {
      const j = judgeScript(script, ctx);
      // A build step that builds: only what no build needs (network, processes, outside writes) is worth a word.
      if (script.buildStep && severityRank(j.severity) < severityRank("high")) continue;
      const when = script.buildStep ? "which npm runs when the package is installed from git or a folder" : "when the package is installed and before any tool is called";
      ctx.report({
        severity: j.severity,
        message: `package.json runs \`${script.command}\` on ${script.hook}, ${when}: ${j.reasons.join("; ")}`,
        location: { file: "package.json", line: script.line, column: 1 },
        related: j.related.length > 0 ? j.related : undefined,
        fix:
          j.severity === "low"
            ? "Nothing it runs leaves the package (a native build, or code that uses only Node's own modules and reaches no network, process or outside write); confirm the package needs it."
            : "Remove the install-time script, or read what it runs before installing.",
        fingerprintKey: script.hook,
        properties: { script: script.hook, command: script.command, reaches: [...j.reaches].sort() },
      });
    }
  },
};
