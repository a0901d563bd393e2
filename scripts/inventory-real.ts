// The done-when of the MCP surface (issue 6): `inventory` of popular real MCP
// servers lists every tool each registers, checked against the tool list in
// the package's own README. Packages are fetched into the gitignored .cache/
// (never inside `npm test`); run with `npm run eval:inventory`.
//
// The README check is mechanical: names in backticks or bold inside a section
// whose heading mentions "tools" (or list items that start with one). It is a
// second opinion to read next to the table, not an oracle.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { scan } from "../analyzer/scan.js";
import { inventoryOf } from "../reports/inventory.js";
import { CACHE_DIR, fetchPackage, type PackageSpec } from "./real-package-cache.js";

export const REAL_SERVERS: PackageSpec[] = [
  { name: "@modelcontextprotocol/server-filesystem", version: "2026.8.31" },
  { name: "@modelcontextprotocol/server-memory", version: "2026.8.31" },
  { name: "@modelcontextprotocol/server-github", version: "2025.4.8" },
  { name: "@modelcontextprotocol/server-everything", version: "2026.8.31" },
  { name: "@modelcontextprotocol/server-sequential-thinking", version: "2026.8.31" },
  { name: "@modelcontextprotocol/server-brave-search", version: "0.6.2" },
  { name: "@modelcontextprotocol/server-puppeteer", version: "2025.5.12" },
  { name: "@modelcontextprotocol/server-slack", version: "2025.4.25" },
  { name: "@modelcontextprotocol/server-postgres", version: "0.6.2" },
  { name: "@modelcontextprotocol/server-google-maps", version: "0.6.2" },
  { name: "@modelcontextprotocol/server-gitlab", version: "2025.4.25" },
  { name: "@upstash/context7-mcp", version: "4.1.1" },
  { name: "firecrawl-mcp", version: "3.26.0" },
  { name: "tavily-mcp", version: "0.2.22" },
  { name: "exa-mcp-server", version: "3.4.1" },
  { name: "mcp-server-kubernetes", version: "4.1.7" },
  { name: "@notionhq/notion-mcp-server", version: "2.5.2" },
];

const TOOL_NAME = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$|^[a-z]+[A-Z][A-Za-z0-9]*$/;

/** Tool names a README lists: backticked/bold names under a heading about tools. */
export function readmeToolNames(readme: string): string[] {
  const out = new Set<string>();
  let inTools = false;
  for (const line of readme.split(/\r?\n/)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const h = heading[1].toLowerCase();
      if (/\btools?\b/.test(h) && !/\b(prompts?|resources?|dev|development|install)\b/.test(h)) inTools = true;
      else if (/^#{1,3}\s/.test(line)) inTools = false;
      const own = /^`?([a-z][a-z0-9_-]+)`?$/.exec(heading[1].trim());
      if (inTools && own && TOOL_NAME.test(own[1])) out.add(own[1]);
      continue;
    }
    if (!inTools) continue;
    const item = /^\s*(?:[-*]|\d+\.)\s+(?:\*\*)?`?([A-Za-z][A-Za-z0-9_-]+)`?(?:\*\*)?/.exec(line);
    if (item && TOOL_NAME.test(item[1])) out.add(item[1]);
    const row = /^\|\s*`?([a-z][a-z0-9_-]+)`?\s*\|/.exec(line);
    if (row && TOOL_NAME.test(row[1])) out.add(row[1]);
  }
  return [...out].sort();
}

async function main(): Promise<void> {
  const outDir = path.join(CACHE_DIR, "real-inventory");
  await mkdir(outDir, { recursive: true });
  const lines: string[] = [];
  let total = 0;
  for (const spec of REAL_SERVERS) {
    const label = `${spec.name}@${spec.version}`;
    let pkg;
    try {
      pkg = await fetchPackage(spec);
    } catch (err) {
      lines.push(`${label}: not fetched (${(err as Error).message.split("\n")[0]})`);
      continue;
    }
    const result = await scan(pkg.dir);
    const inv = inventoryOf(result);
    await writeFile(path.join(outDir, `${spec.name.replace(/^@/, "").replace(/\//g, "__")}.json`), JSON.stringify(inv, null, 2));
    const readme = await readFile(path.join(pkg.dir, "README.md"), "utf8").catch(() => "");
    const listed = readmeToolNames(readme);
    const found = inv.tools.map((t) => t.name);
    const missing = listed.filter((n) => !found.includes(n));
    const extra = found.filter((n) => !listed.includes(n));
    total += found.length;
    lines.push(`${label}: ${found.length} tools (${inv.sdks.join(", ") || "no SDK seen"}), README lists ${listed.length}; missing ${missing.length ? missing.join(", ") : "none"}; not in README ${extra.length ? extra.join(", ") : "none"}`);
    for (const t of inv.tools) lines.push(`    ${t.name.padEnd(34)} ${(t.capabilities.join(",") || "-").padEnd(40)} ${t.findings} finding(s)`);
  }
  lines.push(`total: ${total} tools in ${REAL_SERVERS.length} packages`);
  process.stdout.write(lines.join("\n") + "\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`inventory-real: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 2;
  });
}
