// `npm run eval:inventory`: does the MCP surface find every tool of real servers
// (issue 17)? Each package of a list is read as far as the surface goes
// (acquire → parse → link → mcp; no data-flow rules), and the table says, per
// package, how many tools, prompts and resources were found, which SDK shapes
// registered them, and, when the package does not hold its server code, where
// the server lives instead. The coverage figure at the end is the share of
// packages holding their server code whose tools were all found: "all" is the
// count written in eval/tool-counts.json (read off the code by a person) when
// the package is labelled there, and "at least one" otherwise.
//
//   npm run eval:inventory [-- --list popular|<file.json>] [--half dev|held-out] [--first N] [--online] [--verbose]
//
// A list file is eval/popular-servers.json's shape (`{ servers: [{ name, version }] }`)
// or a plain array of `{ name, version }`. Packages come through the scanner's own
// registry fetching with the cache in .cache/registry; offline unless --online.
// Development check, never part of `npm test`.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { acquire } from "../analyzer/acquire/index.js";
import { extractInstalledServer } from "../analyzer/mcp/index.js";
import { parse } from "../analyzer/parse/index.js";
import { link } from "../analyzer/program/index.js";
import type { ServerElsewhere, ServerUnread } from "../analyzer/types.js";
import { CACHE_DIR, REPO_ROOT } from "./real-package-cache.js";

export interface ListedServer {
  name: string;
  version: string;
}

export interface InventoryRow {
  name: string;
  version: string;
  tools: number;
  prompts: number;
  resources: number;
  /** Tools whose handler was not found. */
  unlinked: number;
  /** Registrations run once per element of a list not read (plugins, a remote server's tools): a number of tools unknown here. */
  perElement: number;
  via: string[];
  elsewhere?: ServerElsewhere;
  /** Why nothing was read off the package's own code, when it says. */
  unread?: ServerUnread;
  /** The tool count a person read off the code (eval/tool-counts.json), when labelled. */
  expected?: number;
  toolNames: string[];
  error?: string;
}

/** The dev half of a list: the packages whose name hashes to an even first byte. */
export function isDevHalf(name: string): boolean {
  return createHash("sha256").update(name).digest()[0] % 2 === 0;
}

export function readServerList(file: string): ListedServer[] {
  const json = JSON.parse(readFileSync(file, "utf8")) as { servers?: ListedServer[] } | ListedServer[];
  const list = Array.isArray(json) ? json : (json.servers ?? []);
  return list.map((s) => ({ name: s.name, version: s.version }));
}

/** Expected tool counts by `name@version`, read off the code. */
function readLabels(): Record<string, number> {
  const file = path.join(REPO_ROOT, "eval", "tool-counts.json");
  if (!existsSync(file)) return {};
  const json = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, { tools: number }> };
  return Object.fromEntries(Object.entries(json.packages).map(([k, v]) => [k, v.tools]));
}

export async function inventoryRow(server: ListedServer, offline: boolean): Promise<InventoryRow> {
  const base = { name: server.name, version: server.version, tools: 0, prompts: 0, resources: 0, unlinked: 0, perElement: 0, via: [], toolNames: [] };
  try {
    const source = await acquire(`${server.name}@${server.version}`, { cacheDir: path.join(CACHE_DIR, "registry"), offline });
    const parsed = parse(source);
    const program = link(parsed.modules, source.facts);
    const { model } = extractInstalledServer(program).server;
    const tools = model.tools.filter((t) => !t.perElement);
    const row: InventoryRow = {
      ...base,
      // A registration standing for a list is not one tool: counted apart.
      tools: tools.length,
      prompts: model.prompts.length,
      resources: model.resources.length,
      unlinked: tools.filter((t) => !t.handlerLocation).length,
      perElement: model.tools.length - tools.length,
      via: [...new Set([...model.tools, ...model.prompts, ...model.resources].map((t) => t.registeredVia))].sort(),
      toolNames: tools.map((t) => t.name),
    };
    if (model.elsewhere) row.elsewhere = model.elsewhere;
    if (model.unread) row.unread = model.unread;
    return row;
  } catch (err) {
    return { ...base, error: (err as Error).message.split("\n")[0] };
  }
}

/** Packages with their server code whose tools were all found, over all packages with their server code. */
export function coverage(rows: InventoryRow[]): { complete: number; withCode: number; elsewhere: number; silent: number; saysWhy: number } {
  const scanned = rows.filter((r) => !r.error);
  const withCode = scanned.filter((r) => !r.elsewhere);
  // Unlabelled, a registration standing for a list is at least one tool found.
  const complete = withCode.filter((r) => (r.expected !== undefined ? r.tools >= r.expected && r.expected > 0 : r.tools + (r.perElement ?? 0) > 0)).length;
  // A package with neither tools nor a reason is one the user would read as clean.
  const empty = withCode.filter((r) => r.tools + (r.perElement ?? 0) + r.prompts + r.resources === 0);
  // One that found nothing but says why (obfuscated, no code, not a server) is not read as clean.
  const saysWhy = empty.filter((r) => r.unread).length;
  return { complete, withCode: withCode.length, elsewhere: scanned.length - withCode.length, silent: empty.length - saysWhy, saysWhy };
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const list = flag(args, "--list") ?? "popular";
  const file = list === "popular" ? path.join(REPO_ROOT, "eval", "popular-servers.json") : path.resolve(list);
  let servers = readServerList(file);
  const half = flag(args, "--half");
  if (half) servers = servers.filter((s) => isDevHalf(s.name) === (half === "dev"));
  const first = flag(args, "--first");
  if (first) servers = servers.slice(0, Number(first));
  const labels = readLabels();
  const rows: InventoryRow[] = [];
  const lines: string[] = [];
  for (const s of servers) {
    const row = await inventoryRow(s, !args.includes("--online"));
    const expected = labels[`${s.name}@${s.version}`];
    if (expected !== undefined) row.expected = expected;
    rows.push(row);
    const label = `${s.name}@${s.version}`;
    if (row.error) {
      lines.push(`${label}: not read (${row.error})`);
      continue;
    }
    const lists = row.perElement ? ` + ${row.perElement} registration${row.perElement > 1 ? "s" : ""} of a run-time list` : "";
    const counts = `${row.tools} tools${row.expected !== undefined ? ` (read off the code: ${row.expected})` : ""}${lists}, ${row.prompts} prompts, ${row.resources} resources`;
    const where = row.elsewhere ? `; server elsewhere: ${row.elsewhere.kind} (${row.elsewhere.where})` : row.unread ? `; says why: ${row.unread.kind} (${row.unread.reason})` : "";
    const unlinked = row.unlinked ? `; ${row.unlinked} without a handler` : "";
    lines.push(`${label}: ${counts}${row.via.length ? ` via ${row.via.join(", ")}` : ""}${unlinked}${where}`);
    if (args.includes("--verbose") && row.toolNames.length) lines.push(`    ${row.toolNames.join(", ")}`);
  }
  const labelled = rows.filter((r) => r.expected !== undefined && !r.error);
  if (labelled.length > 0) {
    lines.push("", "read off the code (eval/tool-counts.json): found / real");
    // More than the code registers is as wrong as fewer (a second build counted, a helper read as a tool), and would hide a miss.
    for (const r of labelled) lines.push(`  ${`${r.name}@${r.version}`.padEnd(60)} ${String(r.tools).padStart(4)} / ${r.expected}${r.tools > r.expected! ? "  (more than registered)" : r.tools === r.expected ? "" : "  (missing tools)"}`);
    const all = labelled.filter((r) => r.tools >= r.expected!).length;
    const found = labelled.reduce((n, r) => n + Math.min(r.tools, r.expected!), 0);
    const real = labelled.reduce((n, r) => n + r.expected!, 0);
    lines.push(`  ${all}/${labelled.length} labelled packages have all their tools found; ${found} of ${real} real tools found`);
  }
  const scannedRows = rows.filter((r) => !r.error);
  const toolTotal = scannedRows.reduce((n, r) => n + r.tools, 0);
  const unlinkedTotal = scannedRows.reduce((n, r) => n + r.unlinked, 0);
  const c = coverage(rows);
  const pct = c.withCode ? ((100 * c.complete) / c.withCode).toFixed(1) : "n/a";
  lines.push(
    "",
    `${rows.length} packages (${rows.filter((r) => r.error).length} not read): ${c.withCode} hold their server code, ${c.elsewhere} say where their server is instead`,
    `coverage: ${c.complete}/${c.withCode} (${pct}%) of the packages holding their server code have all their tools found; ${c.silent} found nothing and gave no reason, ${c.saysWhy} found nothing and said why`,
    `handlers: ${toolTotal - unlinkedTotal} of ${toolTotal} tools found are linked to their handler (${unlinkedTotal} unknown: their capabilities are unknown)`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main(process.argv.slice(2));
