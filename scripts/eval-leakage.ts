// Real-package check for the leakage rules (issue 5's "done when"): popular MCP
// servers that call credentialed APIs, fetched once into .cache/ (never by
// tests), scanned with the four leakage rules (and environment-dump). Prints
// every finding so each can be judged: `npm run eval:leakage [-- name...]`.
import { scan } from "../analyzer/scan.js";
import { fetchPackage, type PackageSpec } from "./real-package-cache.js";

/** Versions as the registry copy here holds them (`npm view <name> version`). */
export const LEAKAGE_PACKAGES: PackageSpec[] = [
  { name: "@modelcontextprotocol/server-github", version: "2025.4.8" },
  { name: "@modelcontextprotocol/server-gitlab", version: "2025.4.25" },
  { name: "@modelcontextprotocol/server-slack", version: "2025.4.25" },
  { name: "@modelcontextprotocol/server-brave-search", version: "0.6.2" },
  { name: "@modelcontextprotocol/server-google-maps", version: "0.6.2" },
  { name: "tavily-mcp", version: "0.2.22" },
  { name: "firecrawl-mcp", version: "3.26.0" },
  { name: "@notionhq/notion-mcp-server", version: "2.5.2" },
  { name: "exa-mcp-server", version: "3.4.1" },
  { name: "@brave/brave-search-mcp-server", version: "2.1.4" },
  { name: "@supabase/mcp-server-supabase", version: "0.13.0" },
  { name: "figma-developer-mcp", version: "0.13.2" },
  { name: "@perplexity-ai/mcp-server", version: "1.2.1" },
  { name: "airtable-mcp-server", version: "1.14.0" },
  { name: "@hubspot/mcp-server", version: "0.4.0" },
  { name: "@upstash/context7-mcp", version: "4.1.1" },
];

const RULES = ["secret-in-tool-output", "secret-in-log", "error-detail-echo", "secret-in-url", "environment-dump"];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const specs = wanted.length ? LEAKAGE_PACKAGES.filter((p) => wanted.some((w) => p.name.includes(w))) : LEAKAGE_PACKAGES;
  const totals: Record<string, number> = {};
  for (const spec of specs) {
    let dir: string;
    try {
      dir = (await fetchPackage(spec)).dir;
    } catch (err) {
      console.log(`${spec.name}@${spec.version}: not fetched (${(err as Error).message.split("\n")[0]})`);
      continue;
    }
    const result = await scan(dir, { rules: RULES });
    const bySev = result.findings.map((f) => f.severity);
    console.log(`\n${spec.name}@${spec.version}: ${result.package.filesScanned} files, ${result.findings.length} findings (${["critical", "high", "medium", "low"].map((s) => `${bySev.filter((x) => x === s).length} ${s}`).join(", ")}), ${result.timings.totalMs} ms`);
    for (const f of result.findings) {
      totals[`${f.ruleId} ${f.severity}`] = (totals[`${f.ruleId} ${f.severity}`] ?? 0) + 1;
      console.log(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(22)} ${f.location.file}:${f.location.line}  ${f.message}`);
    }
  }
  console.log("\ntotals:", JSON.stringify(totals));
}

await main();
