// A registration whose name is read off a list's element (a loop variable's field, or a field of the
// definition a registering function is handed) stands for the list when its elements were not read:
// run-time plugins, a remote server's tools, definitions collected where the loop reading does not
// follow. It is not one more tool (issue 17). A name that is not an element's (a constant from a
// module we cannot read, a name handed alone to a wrapper) keeps counting as one tool.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import type { SurfaceItem } from "../analyzer/types.js";
import { programOf } from "./support/program.js";

function tools(files: Record<string, string>): SurfaceItem[] {
  return extractServer(programOf(files, { "@modelcontextprotocol/sdk": "1.17.0", zod: "3.25.0" })).model.tools;
}

const sdk = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nconst server = new McpServer({ name: "s", version: "1.0.0" });\n`;

test("a loop over plugins loaded at run time registers the plugins' tools: one registration standing for the list, its handler kept", () => {
  const found = tools({
    "src/index.ts": `${sdk}import { readdirSync } from "node:fs";
const extensions = readdirSync(process.env.EXT_DIR!).map((f) => require(f));
for (const ext of extensions) {
  for (const entry of ext.tools ?? []) {
    server.registerTool(entry.name, { description: entry.description }, async (args) => entry.run(args));
  }
}
server.tool("ping", "Answer pong.", async () => ({ content: [{ type: "text", text: "pong" }] }));
`,
  });
  assert.deepEqual(found.map((t) => [t.name, !!t.perElement]), [["<dynamic>", true], ["ping", false]]);
  assert.ok(found[0].handlerLocation, "the per-element handler is still linked");
});

test("a name built from the element (a sanitised remote tool name, a prefix) still stands for the list", () => {
  const found = tools({
    "src/proxy.ts": `${sdk}const clean = (s: string) => s.replace(/[^a-z0-9_]/gi, "_");
export async function mirror(remote: { listTools(): Promise<{ tools: { name: string }[] }> }) {
  const { tools: listed } = await remote.listTools();
  listed.forEach((item) => {
    const exposed = \`remote_\${clean(item.name)}\`;
    server.registerTool(exposed, { description: "mirrored" }, async () => ({ content: [] }));
  });
}
`,
  });
  assert.deepEqual(found.map((t) => [t.name, !!t.perElement]), [["<dynamic>", true]]);
});

test("a function handed a definition registers that definition: when its callers cannot be read, it stands for them", () => {
  const found = tools({
    "src/register.ts": `${sdk}export function install(target: typeof server, spec: { id: string; summary: string; run(a: unknown): unknown }) {
  target.registerTool(spec.id, { description: spec.summary }, async (a) => ({ content: [{ type: "text", text: String(spec.run(a)) }] }));
}
`,
  });
  assert.deepEqual(found.map((t) => [t.name, !!t.perElement]), [["<dynamic>", true]]);
});

test("twins: a loop over a constant list is read per element, a name handed alone or a constant we cannot read is one tool", () => {
  const found = tools({
    "src/index.ts": `${sdk}import { TOOL_LABEL } from "unreadable-config";
const LIST = [{ name: "first_tool", description: "one" }, { name: "second_tool", description: "two" }];
for (const def of LIST) server.registerTool(def.name, { description: def.description }, async () => ({ content: [] }));
export function addNamed(label: string) {
  server.registerTool(label, { description: "named by the caller" }, async () => ({ content: [] }));
}
server.registerTool(TOOL_LABEL, { description: "named elsewhere" }, async () => ({ content: [] }));
`,
  });
  assert.deepEqual(
    found.map((t) => [t.name, !!t.perElement]),
    [
      ["first_tool", false],
      ["second_tool", false],
      ["<dynamic>", false],
      ["<dynamic>", false],
    ],
  );
});
