// What is left to label in a batch store: every finding at medium or above that
// no label in the labels folder matches (same matching as eval:popular), one
// JSON line each with the sink, its path steps and the unpacked package folder,
// so a labeller can read the code and write the verdict into the package's label
// file (format in eval/labels/README.md). Never part of `npm test`.
//
//   node dist/scripts/label-todo.js --store DIR [--labels DIR] [--only name[,name]] [--verdicts fp,debatable]
//
// With --verdicts, the lines are instead the findings whose label has one of
// those verdicts, each with the label's verdict and reason: what is still wrong
// in this build, to work on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readIndex } from "../analyzer/batch/index.js";
import type { ScanResult } from "../analyzer/types.js";
import { matchLabels, readLabels } from "./eval-popular-labels.js";
import { cacheKey, REPO_ROOT } from "./real-package-cache.js";

const LABELLED = new Set(["critical", "high", "medium"]);

export interface TodoLine {
  package: string;
  version?: string;
  rule: string;
  severity: string;
  file: string;
  line: number;
  message: string;
  steps: string[];
  unpacked: string;
  verdict?: string;
  reason?: string;
}

/** Unlabelled findings, or with `verdicts` the findings labelled with one of them. */
export function labelTodo(store: string, labelsDir: string, only?: readonly string[], verdicts?: readonly string[]): TodoLine[] {
  const out: TodoLine[] = [];
  for (const e of readIndex(store)) {
    if (e.status !== "scanned" || !e.report || !e.name || (only && !only.includes(e.name))) continue;
    const report = JSON.parse(readFileSync(path.join(store, e.report), "utf8")) as ScanResult;
    const findings = report.findings
      .filter((f) => LABELLED.has(f.severity))
      .map((f) => ({ rule: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.line, message: f.message, steps: (f.path ?? []).map((s) => `${s.location.file}:${s.location.line} ${s.label}`) }));
    const { labelOf } = matchLabels(findings, readLabels(labelsDir, e.name)?.findings ?? []);
    findings.forEach((f, i) => {
      const label = labelOf[i];
      if (verdicts ? !label || !verdicts.includes(label.verdict) : label) return;
      const judged = label && verdicts ? { verdict: label.verdict, reason: label.reason } : {};
      out.push({ package: e.name!, ...(e.version ? { version: e.version } : {}), ...f, unpacked: path.join(".cache", "packages", cacheKey({ name: e.name!, version: e.version ?? "" }), "package"), ...judged });
    });
  }
  return out;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const args = process.argv.slice(2);
  const store = flag(args, "--store");
  if (!store) {
    process.stderr.write("usage: node dist/scripts/label-todo.js --store DIR [--labels DIR] [--only name[,name]] [--verdicts fp,debatable]\n");
    process.exit(2);
  }
  const labels = flag(args, "--labels") ?? path.join(REPO_ROOT, "eval", "labels");
  for (const line of labelTodo(store, labels, flag(args, "--only")?.split(","), flag(args, "--verdicts")?.split(","))) process.stdout.write(`${JSON.stringify(line)}\n`);
}
