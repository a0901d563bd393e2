// Development check for the package rules (never part of `npm test`): fetch
// the most-used MCP servers from the registry into .cache and scan each one,
// then list what obfuscated-code, download-and-execute and typosquat said,
// which must be nothing on honest popular servers.
// Usage: node dist/scripts/scan-popular-servers.js [count=40] [rules=obfuscated-code,download-and-execute,typosquat]
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scan } from "../analyzer/scan.js";
import { POPULAR_MCP_PACKAGES } from "../rules/models/popular-mcp-packages.js";

const count = Number(process.argv[2] ?? 40);
const watched = (process.argv[3] ?? "obfuscated-code,download-and-execute,typosquat").split(",");
const cacheDir = path.resolve(".cache/npm");
const outDir = path.resolve(".cache/popular-scan");
mkdirSync(outDir, { recursive: true });

/** SDKs, frameworks, adapters and client tools: libraries, not servers someone installs into a client. */
const LIBRARY = /(^|[/@-])(sdk|adapters?|client|transport-[\w-]+|session(-manager)?|utils?|middleware|framework|inspector(-[\w]+)?|ext-apps|handler|schema|instrumentation|provider-api|toolkit|tunnel|evals|mcp-tools|mcpb|config-schema)($|[/-])|^(tmcp|fastmcp|mcp-use|use-mcp|mcporter|@ai-sdk\/mcp|@mastra\/mcp|@mcp-ui\/server|@hono\/mcp|@rekog\/mcp-nest|firecrawl-fastmcp|@tmcp\/adapter-valibot|@smithery\/cli|@composio\/mcp|@mcp-use\/cli)$/;

/** Whether the registry this machine reaches has the package (it is a partial copy). */
function published(name: string): string | undefined {
  try {
    return execFileSync("npm", ["view", name, "version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 60_000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

interface Row {
  name: string;
  version?: string;
  status: "scanned" | "not-in-registry" | "error";
  error?: string;
  files?: number;
  ms?: number;
  byRule?: Record<string, number>;
  watched?: { rule: string; severity: string; at: string; message: string }[];
}

const rows: Row[] = [];
for (const [name] of POPULAR_MCP_PACKAGES) {
  if (rows.filter((r) => r.status === "scanned").length >= count) break;
  if (LIBRARY.test(name)) continue;
  const version = published(name);
  if (!version) {
    rows.push({ name, status: "not-in-registry" });
    process.stdout.write(`- ${name}: not in the registry here\n`);
    continue;
  }
  const t0 = performance.now();
  try {
    const result = await scan(`${name}@${version}`, { cacheDir, offline: false, rules: undefined });
    const byRule: Record<string, number> = {};
    for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    const hits = result.findings.filter((f) => watched.includes(f.ruleId)).map((f) => ({ rule: f.ruleId, severity: f.severity, at: `${f.location.file}:${f.location.line}`, message: f.message.slice(0, 300) }));
    rows.push({ name, version, status: "scanned", files: result.package.filesScanned, ms: Math.round(performance.now() - t0), byRule, watched: hits });
    process.stdout.write(`${hits.length === 0 ? "ok" : "!!"} ${name}@${version}: ${result.package.filesScanned} files, ${Math.round(performance.now() - t0)} ms; ${JSON.stringify(byRule)}\n`);
    for (const h of hits) process.stdout.write(`     ${h.rule} (${h.severity}) ${h.at}: ${h.message}\n`);
  } catch (err) {
    rows.push({ name, version, status: "error", error: String((err as Error).message ?? err).split("\n")[0] });
    process.stdout.write(`xx ${name}@${version}: ${String((err as Error).message ?? err).split("\n")[0]}\n`);
  }
}
writeFileSync(path.join(outDir, "report.json"), JSON.stringify(rows, null, 2));
const scanned = rows.filter((r) => r.status === "scanned");
const flagged = scanned.filter((r) => (r.watched ?? []).length > 0);
process.stdout.write(`\n${scanned.length} servers scanned, ${flagged.length} with ${watched.join("/")} findings; ${rows.filter((r) => r.status === "not-in-registry").length} not in the registry here; report: ${path.relative(process.cwd(), path.join(outDir, "report.json"))}\n`);
