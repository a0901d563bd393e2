// diff and pin read the same tool model as every report (issue 17): a tool
// registered through a spread or with `.shape` keeps its name and parameters,
// one tool appears once; and a Markdown diff fits a pull-request comment.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import type { ScanResult } from "../analyzer/types.js";
import { diffSnapshots } from "../analyzer/workflows/diff.js";
import { sha256, snapshotOf, type Snapshot, type ToolPrint } from "../analyzer/workflows/snapshot.js";
import { MARKDOWN_DIFF_LIMIT, renderDiffMarkdown } from "../reports/diff.js";
import { programOf } from "./support/program.js";

function snapshotOfFiles(files: Record<string, string>, version: string): Snapshot {
  const { model } = extractServer(programOf(files, { fastmcp: "^3.0.0", "@modelcontextprotocol/sdk": "^1.12.0" }));
  const result = { server: model, credentials: [], findings: [], package: { name: "scraper", version } } as unknown as ScanResult;
  return snapshotOf(result);
}

const SCRAPE_SCHEMA = `import { z } from "zod";
export const ScrapeSchema = z.object({ url: z.string().describe("Page to fetch"), formats: z.array(z.string()).optional() });
`;

test("a refactor to spreads and .shape keeps every tool, its parameters and its fingerprint", () => {
  const v1 = snapshotOfFiles({
    "src/schema.ts": SCRAPE_SCHEMA,
    "src/server.ts": `import { FastMCP } from "fastmcp";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ScrapeSchema } from "./schema.js";
const server = new FastMCP({ name: "scraper", version: "1.0.0" });
server.addTool({ name: "scrape", description: "Scrape one page", parameters: ScrapeSchema, execute: async (args) => fetchPage(args.url) });
const mcp = new McpServer({ name: "scraper", version: "1.0.0" });
mcp.registerTool("map_site", { description: "List a site's pages", inputSchema: { url: z.string().describe("Site root") } }, async ({ url }) => mapSite(url));
`,
  }, "1.0.0");
  const v2 = snapshotOfFiles({
    "src/schema.ts": `${SCRAPE_SCHEMA}export const MapSchema = z.object({ url: z.string().describe("Site root") });
`,
    "src/tools/scrape.ts": `import { ScrapeSchema } from "../schema.js";
export const scrapeTool = { name: "scrape", description: "Scrape one page", parameters: ScrapeSchema, execute: async (args: { url: string }) => fetchPage(args.url) };
`,
    "src/server.ts": `import { FastMCP } from "fastmcp";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { MapSchema } from "./schema.js";
import { scrapeTool } from "./tools/scrape.js";
const server = new FastMCP({ name: "scraper", version: "1.1.0" });
server.addTool({ ...scrapeTool, annotations: { readOnlyHint: true } });
const mcp = new McpServer({ name: "scraper", version: "1.1.0" });
mcp.registerTool("map_site", { description: "List a site's pages", inputSchema: MapSchema.shape }, async ({ url }) => mapSite(url));
`,
  }, "1.1.0");
  assert.deepEqual(v2.tools.map((t) => [t.name, t.parameters]), [["map_site", ["url"]], ["scrape", ["url", "formats"]]]);
  const d = diffSnapshots(v1, v2);
  assert.deepEqual(d.tools, { added: [], removed: [], changed: [] });
  assert.deepEqual(v1.tools.map((t) => t.fingerprint), v2.tools.map((t) => t.fingerprint));
});

function print(name: string, description: string): ToolPrint {
  const descriptionHash = sha256(description);
  const schemaHash = sha256("[]");
  return { name, description, descriptionHash, schemaHash, fingerprint: sha256(`${name}\0${descriptionHash}\0${schemaHash}`), parameters: [], capabilities: [], credentials: [], unknown: false };
}

function versions(tools: number, sentence: number): { old: Snapshot; new: Snapshot } {
  const long = (i: number, v: string) => `${`Tool ${i} ${v} does its work carefully`.padEnd(sentence, " and well")}.`;
  const snap = (v: string): Snapshot => ({
    package: { name: "big", version: v },
    tools: Array.from({ length: tools }, (_, i) => print(`tool_${String(i).padStart(4, "0")}`, `Short intro. ${long(i, v)}`)),
    credentials: [],
    destinations: [],
    findings: [],
  });
  return { old: snap("1.0.0"), new: snap("2.0.0") };
}

test("a Markdown diff fits a pull-request comment: whole, then with long description changes summarised, then cut with a note", () => {
  const small = versions(5, 300);
  const whole = renderDiffMarkdown(diffSnapshots(small.old, small.new));
  assert.ok(whole.includes(`Tool 4 2.0.0 does its work carefully`.padEnd(300, " and well")), "a diff that fits is shown whole");

  const medium = versions(60, 1200);
  const summarised = renderDiffMarkdown(diffSnapshots(medium.old, medium.new));
  assert.ok(summarised.length <= MARKDOWN_DIFF_LIMIT, `${summarised.length} characters`);
  assert.match(summarised, /1201 characters/);
  assert.match(summarised, /tool\\_0059/);
  assert.doesNotMatch(summarised, /more lines not shown/);

  const huge = versions(2000, 1200);
  const cut = renderDiffMarkdown(diffSnapshots(huge.old, huge.new));
  assert.ok(cut.length <= MARKDOWN_DIFF_LIMIT, `${cut.length} characters`);
  assert.match(cut, /_… \d+ more lines not shown: the diff is longer than a pull-request comment holds/);
  // The <details> block that was cut open is closed.
  assert.equal((cut.match(/<details>/g) ?? []).length, (cut.match(/<\/details>/g) ?? []).length);
});
