// Shapes read in session 14 (issue 17): tool objects imported from their modules and added to the
// listing under a mode flag (`unshift`, `splice`), not only by `push`; one tool per configured
// provider, named by a template built from the element, over a literal list or over a collection a
// registry class fills with `set`/`add` from its callers (instances of provider classes whose
// constructor names them); an element the loop's own name check leaves out is not registered there.
import assert from "node:assert/strict";
import { test } from "node:test";
import { surface } from "./support/surface.js";

const names = (files: Record<string, string>, deps?: Record<string, string>): string[] =>
  surface(files, deps)
    .map((l) => l.split(" (")[0])
    .sort();

const lowLevelHead = `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
`;

test("tools put first or spliced in under a mode flag are listed, with their handlers, whatever the flag", () => {
  const files = {
    "src/tools/admin.ts": `export const rotateKeyTool = { name: "rotate_key", description: "Rotate the signing key", inputSchema: { type: "object", properties: {} } };
export const auditTool = { name: "audit_log", description: "Read the audit log", inputSchema: { type: "object", properties: { since: { type: "string" } } } };
export async function rotate() { return { content: [] }; }
export async function audit(args: { since: string }) { return { content: [{ type: "text", text: args.since }] }; }
`,
    "src/tools/notes.ts": `export const noteTool = { name: "add_note", description: "Add a note", inputSchema: { type: "object", properties: { text: { type: "string" } } } };
export async function addNote(args: { text: string }) { return { content: [{ type: "text", text: args.text }] }; }
`,
    "src/server.ts": `${lowLevelHead}import { rotateKeyTool, auditTool, rotate, audit } from "./tools/admin.js";
import { noteTool, addNote } from "./tools/notes.js";
export class NotesServer {
  private server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
  constructor(private hosted: boolean, private operator: boolean) {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => {
      const listed = [noteTool];
      if (!this.hosted) listed.unshift(rotateKeyTool);
      if (this.operator) listed.splice(1, 0, auditTool);
      return { tools: listed };
    });
    this.server.setRequestHandler(CallToolRequestSchema, async (req) => {
      switch (req.params.name) {
        case "add_note": return addNote(req.params.arguments as { text: string });
        case "rotate_key": return rotate();
        case "audit_log": return audit(req.params.arguments as { since: string });
        default: throw new Error("unknown tool");
      }
    });
  }
}
`,
  };
  const lines = surface(files);
  assert.deepEqual(names(files), ["tool add_note", "tool audit_log", "tool rotate_key"]);
  for (const l of lines) assert.doesNotMatch(l, /-> - /, `handler found: ${l}`);
});

test("splice that only removes adds nothing, and its start and count are not tools", () => {
  const files = {
    "src/server.ts": `${lowLevelHead}const noteTool = { name: "add_note", description: "Add a note", inputSchema: { type: "object", properties: {} } };
const dropTool = { name: "drop_all", description: "Drop", inputSchema: { type: "object", properties: {} } };
const server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => {
  const listed = [noteTool, dropTool];
  if (process.env.SAFE) listed.splice(1, 1);
  return { tools: listed };
});
server.setRequestHandler(CallToolRequestSchema, async (req) => ({ content: [] }));
`,
  };
  assert.deepEqual(names(files), ["tool add_note", "tool drop_all"]);
});

const sdkHead = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
`;

test("one tool per element of an imported literal list, named by a template built from the element", () => {
  const files = {
    "src/backends.ts": `export const backends = [
  { id: "s3", label: "Object storage", list: async (prefix: string) => [prefix] },
  { id: "ftp", label: "FTP mirror", list: async (prefix: string) => [prefix] },
  { id: "local", label: "Local disk", list: async (prefix: string) => [prefix] },
];
`,
    "src/index.ts": `${sdkHead}import { backends } from "./backends.js";
const server = new McpServer({ name: "files", version: "1.0.0" });
backends.forEach((backend) => {
  server.tool(\`list_\${backend.id}_files\`, \`List files on \${backend.label}\`, { prefix: z.string() }, async ({ prefix }) => ({ content: [{ type: "text", text: (await backend.list(prefix)).join("\\n") }] }));
});
for (const b of backends) {
  server.registerTool(\`sync_\${b.id}\`, { description: "Sync", inputSchema: { dry: z.boolean() } }, async () => ({ content: [] }));
}
`,
  };
  assert.deepEqual(names(files), [
    "tool list_ftp_files",
    "tool list_local_files",
    "tool list_s3_files",
    "tool sync_ftp",
    "tool sync_local",
    "tool sync_s3",
  ]);
});

test("a registry class's collection filled by set/add from its callers: one tool per provider instance, its name from the class", () => {
  const files = {
    "src/providers/weather.js": `export class WeatherProvider {
  constructor() { this.name = "weather"; this.description = "Forecasts"; }
  async ask(q) { return q; }
}
`,
    "src/providers/tides.js": `export class TidesProvider {
  name = "tides";
  description = "Tide tables";
  async ask(q) { return q; }
}
`,
    "src/providers/stars.js": `export class StarsProvider {
  constructor() { this.name = "stars"; this.description = "Sky charts"; }
  async ask(q) { return q; }
}
`,
    "src/registry.js": `import { z } from "zod";
class Registry {
  constructor() { this.lookups = new Map(); this.feeds = new Set(); }
  addLookup(provider) { this.lookups.set(provider.name, provider); }
  addFeed(provider) { this.feeds.add(provider); }
  attach(server) {
    this.lookups.forEach((provider) => {
      if (provider.name !== "stars") {
        server.tool({ name: \`\${provider.name}_lookup\`, description: provider.description, schema: z.object({ q: z.string() }) }, async ({ q }) => ({ content: [{ type: "text", text: await provider.ask(q) }] }));
      }
    });
    for (const feed of this.feeds) {
      server.tool({ name: \`\${feed.name}_feed\`, description: feed.description }, async () => ({ content: [] }));
    }
  }
}
const registry = new Registry();
export const addLookup = (provider) => registry.addLookup(provider);
export const addFeed = (provider) => { registry.addFeed(provider); };
export const attachTools = (server) => registry.attach(server);
`,
    "src/index.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WeatherProvider } from "./providers/weather.js";
import { TidesProvider } from "./providers/tides.js";
import { StarsProvider } from "./providers/stars.js";
import { addFeed, addLookup, attachTools } from "./registry.js";
const server = new McpServer({ name: "almanac", version: "1.0.0" });
if (process.env.WEATHER_KEY) addLookup(new WeatherProvider());
if (process.env.TIDES_KEY) addLookup(new TidesProvider());
if (process.env.STARS_KEY) addLookup(new StarsProvider());
addFeed(new TidesProvider());
attachTools(server);
`,
  };
  assert.deepEqual(names(files), ["tool tides_feed", "tool tides_lookup", "tool weather_lookup"]);
});
