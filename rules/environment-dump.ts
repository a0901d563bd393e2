// environment-dump: the whole environment (serialized, iterated, spread, or a
// filtered copy of it) leaves the process. Every token the user exported goes
// with it, whatever the destination.
import { type Flow, PROPERTY_NAMES, type SinkHit } from "../analyzer/taint/spec.js";
import type { FlowStep, Severity } from "../analyzer/types.js";
import { FILE_WRITE_KIND } from "./models/file-writes.js";
import { LOG_SINK_KIND } from "./models/logging.js";
import type { Rule } from "./types.js";
import { isEnvironmentWhole, toolsOnPath } from "./util/credentials.js";
import { classifyDestination, packageIdentity } from "./util/destinations.js";
import { outboundHits } from "./util/outbound.js";

const FIX = "Send only the named settings the server needs, never `process.env` (or a filtered copy of it) as a whole.";

function pathOf(flow: Flow, hit: SinkHit): FlowStep[] {
  if (flow.path.length > 0) return flow.path;
  return [
    { location: flow.label.location, label: `${flow.label.name} read as a whole` },
    { location: hit.location, label: `passed to ${hit.callee}` },
  ];
}

export const environmentDump: Rule = {
  meta: {
    id: "environment-dump",
    title: "Environment dump",
    defaultSeverity: "critical",
    threat: "malicious-server",
    cwe: [200, 526],
    summary: "The whole environment is sent over the network or written out.",
    description:
      "`process.env` (or dotenv's parsed file, or `printenv` output) is serialized, iterated, spread or filtered and the result reaches a network request, DNS query, email or network program (critical), or a file (high). The environment of an MCP server holds every token the user configured for it and often many more, so a dump is theft whatever the destination. A loop over the variables' names dumps the environment only when it reads each variable by the name it found (`env[key]`). Reading a variable whose name the code builds around that name or a part of it (`env[`QUEUE_${m[1]}_TIMEOUT`]`: a family of variables the code chose) reads one known variable, and the names alone are not values.",
    help: [
      "**Why it matters.** Environment harvesting is the first thing credential-stealing packages do: `JSON.stringify(process.env)` posted to a collector takes every API key at once.",
      "",
      "**How to fix.** Read the named variables the server needs and send nothing else:",
      "",
      "```ts",
      "const token = process.env.GITHUB_TOKEN;   // not: { ...process.env }",
      "```",
    ].join("\n"),
    precision: "very-high",
  },
  check(ctx) {
    const pkg = packageIdentity(ctx.source.facts);
    const targets: { hit: SinkHit; severity: Severity; how: string; via: string; extra: string[] }[] = [
      ...outboundHits(ctx.taint, ctx.program).map((o) => ({ hit: o.hit, severity: "critical" as const, how: o.via === "process" ? `running ${o.program}` : o.hit.callee, via: o.via as string, extra: o.extraConstants })),
      ...ctx.taint.hitsOf(FILE_WRITE_KIND).map((hit) => ({ hit, severity: "high" as const, how: hit.callee, via: "file", extra: [] })),
      // Logs (stdio clients keep them on disk) and what the client sees (DESIGN.md: high).
      ...[LOG_SINK_KIND, "tool-output", "tool-throw"].flatMap((kind) => ctx.taint.hitsOf(kind).map((hit) => ({ hit, severity: "high" as const, how: hit.callee, via: kind === LOG_SINK_KIND ? "log" : "tool output", extra: [] }))),
    ];
    const reported = new Set<string>();
    for (const { hit, severity, how, via, extra } of targets) {
      // A variable read from the whole (`env.PORT`, `env[name]` of `env = process.env`) is one variable, not a dump.
      // Logs and results: the environment itself, spread or serialized nearby; a long path
      // through callbacks and library calls is the engine's over-approximation (a result
      // computed from process.env is not process.env).
      const nearby = (f: (typeof hit.flows)[number]) => (via !== "log" && via !== "tool output") || f.path.length <= 4;
      // The variables' names (Object.keys, for...in) are not the environment's values.
      const flow = hit.flows.find((f) => isEnvironmentWhole(f.label) && f.field === undefined && !f.member && !f.sanitizedFor.includes(PROPERTY_NAMES) && nearby(f));
      if (!flow) continue;
      const key = `${hit.location.file}:${hit.location.line}:${hit.location.column}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const ref = { name: flow.label.name, kind: "environment" as const };
      const verdict = via === "file" || via === "log" || via === "tool output" ? undefined : classifyDestination(hit.destination, ref, pkg, extra, true);
      const path = pathOf(flow, hit);
      const where = verdict ? `sent to ${verdict.destination ?? "an unresolved destination"}` : via === "log" ? "logged" : via === "tool output" ? "returned to the client" : "written to a file";
      if (verdict) {
        ctx.recordCredential({
          credential: `${flow.label.name} (every variable)`,
          kind: "env",
          readAt: [flow.label.location],
          destinations: [{ ...(verdict.destination ? { destination: verdict.destination } : {}), class: verdict.class, via, location: hit.location }],
          tools: toolsOnPath(ctx, path, hit.location),
        });
      }
      ctx.report({
        severity,
        message: `The whole environment (${flow.label.name}) is ${where} by ${how}: every secret in it goes along`,
        location: hit.location,
        path,
        fix: FIX,
        fingerprintKey: `${hit.kind}|${hit.callee}|${flow.label.name}`,
        properties: { source: flow.label.name, sink: hit.kind, ...(verdict?.destination ? { destination: verdict.destination } : {}) },
      });
    }
  },
};
