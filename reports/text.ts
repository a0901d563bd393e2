// The terminal report for a person deciding whether to install a server.
import pc from "picocolors";
import { type Finding, type ScanResult, type Severity, SEVERITIES } from "../analyzer/types.js";

export interface TextOptions {
  color: boolean;
  quiet?: boolean;
}

type Paint = (s: string) => string;

export function renderText(result: ScanResult, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const sevColor: Record<Severity, Paint> = { critical: (s) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.dim };
  const out: string[] = [];
  const pkg = result.package;
  const name = pkg.name ? `${pkg.name}${pkg.version ? "@" + pkg.version : ""}` : result.target;
  out.push(c.bold(`mcp-warden ${result.tool.version}  ${name}`) + c.dim(`  (${pkg.filesScanned} files, ${result.timings.totalMs} ms)`));
  out.push(verdictLine(result, c, sevColor));
  out.push("");

  if (result.credentials.length > 0 && !options.quiet) {
    out.push(c.bold("Credentials and where they go"));
    for (const cred of result.credentials) {
      const dests = cred.destinations.length === 0 ? c.dim("read, not sent anywhere") : cred.destinations.map((d) => `${d.destination ?? "unknown destination"} (${d.class})`).join(", ");
      out.push(`  ${cred.credential}  →  ${dests}${cred.tools.length ? c.dim(`  used by: ${cred.tools.join(", ")}`) : ""}`);
    }
    out.push("");
  }

  for (const sev of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(sevColor[sev](c.bold(`${sev.toUpperCase()} (${group.length})`)));
    for (const f of group) out.push(...findingLines(f, c, options));
    out.push("");
  }

  const diags = result.diagnostics.filter((d) => !options.quiet || d.level === "error");
  if (diags.length > 0) {
    out.push(c.bold("Could not analyze everything"));
    for (const d of diags) out.push(`  ${d.level === "error" ? c.red(d.level) : c.dim(d.level)} ${d.file ? d.file + (d.line ? ":" + d.line : "") + ": " : ""}${d.message}`);
    out.push("");
  }
  return out.join("\n") + "\n";
}

function verdictLine(result: ScanResult, c: ReturnType<typeof pc.createColors>, sevColor: Record<Severity, Paint>): string {
  if (result.findings.length === 0) return c.green("No findings.");
  const counts = SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const worst = counts[0][0];
  const summary = counts.map(([s, n]) => `${n} ${s}`).join(", ");
  const advice = worst === "critical" || worst === "high" ? "review before installing" : "worth a look";
  return sevColor[worst](`${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}: ${summary}; ${advice}.`);
}

function findingLines(f: Finding, c: ReturnType<typeof pc.createColors>, options: TextOptions): string[] {
  const lines = [`  ${c.bold(f.ruleId)}  ${f.location.file}:${f.location.line}:${f.location.column}`, `    ${f.message}`];
  if (options.quiet) return lines;
  if (f.location.snippet) lines.push(c.dim(`    ${String(f.location.line).padStart(5)} | `) + f.location.snippet);
  if (f.path && f.path.length > 0) {
    f.path.forEach((step, i) => lines.push(c.dim(`    ${i + 1}. ${step.label}  ${step.location.file}:${step.location.line}`)));
  }
  if (f.fix) lines.push(`    ${c.cyan("fix:")} ${f.fix}`);
  return lines;
}
