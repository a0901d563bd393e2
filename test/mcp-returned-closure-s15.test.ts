// A registering closure its factory hands back among other values (issue 17): `return [register, list]`
// taken apart as `const [addTool] = makeRegistrar(server)`, `return { register }` taken apart by key or
// read as a member of the result. Each call of the local it lands in registers the definition it is given.
import assert from "node:assert/strict";
import { test } from "node:test";
import { surface } from "./support/surface.js";

const toolNames = (files: Record<string, string>): string[] =>
  surface(files)
    .map((l) => l.split(" (")[0])
    .filter((l) => l.startsWith("tool "))
    .sort();

const definitions = `export const archiveNote = {
  title: "archive_note",
  summary: "Move a note to the archive",
  shape: { id: { type: "string" } },
  run: async (args: { id: string }) => ({ content: [{ type: "text", text: "archived " + args.id }] }),
};
export const pinNote = {
  title: "pin_note",
  summary: "Pin a note",
  shape: { id: { type: "string" } },
  run: async (args: { id: string }) => ({ content: [{ type: "text", text: "pinned " + args.id }] }),
};
`;

test("a closure returned as an element of an array registers each definition its destructured name is called with", () => {
  const files = {
    "src/defs.ts": definitions,
    "src/registrar.ts": `export function makeRegistrar(server: any, enabled: Set<string> | undefined) {
  const seen: string[] = [];
  const addOne = (def: any) => {
    if (enabled && !enabled.has(def.title)) return;
    seen.push(def.title);
    server.registerTool(def.title, { description: def.summary, inputSchema: def.shape }, async (args: any) => def.run(args));
  };
  return [seen, addOne] as const;
}
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { makeRegistrar } from "./registrar.js";
import { archiveNote, pinNote } from "./defs.js";
const server = new McpServer({ name: "notes", version: "1.0.0" });
const [, addTool] = makeRegistrar(server, undefined);
addTool(archiveNote);
addTool(pinNote);
`,
  };
  assert.deepEqual(toolNames(files), ["tool archive_note", "tool pin_note"]);
});

test("a closure returned under a key registers through the result's member and through an object pattern", () => {
  const files = {
    "src/defs.ts": definitions,
    "src/registrar.ts": `export function registrarFor(server: any) {
  function enroll(def: any) {
    server.registerTool(def.title, { description: def.summary, inputSchema: def.shape }, def.run);
  }
  return { enroll, count: () => 0 };
}
`,
    "src/a.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registrarFor } from "./registrar.js";
import { archiveNote } from "./defs.js";
const server = new McpServer({ name: "notes", version: "1.0.0" });
const reg = registrarFor(server);
reg.enroll(archiveNote);
export { server };
`,
    "src/b.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registrarFor } from "./registrar.js";
import { pinNote } from "./defs.js";
export function start() {
  const server = new McpServer({ name: "notes-b", version: "1.0.0" });
  const { enroll: add } = registrarFor(server);
  add(pinNote);
  return server;
}
`,
  };
  assert.deepEqual(toolNames(files), ["tool archive_note", "tool pin_note"]);
});

test("a same-named local that is not the destructured closure is not a call of it", () => {
  const files = {
    "src/defs.ts": definitions,
    "src/registrar.ts": `export function makeRegistrar(server: any) {
  const addOne = (def: any) => server.registerTool(def.title, { description: def.summary }, def.run);
  return [addOne];
}
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { makeRegistrar } from "./registrar.js";
import { archiveNote, pinNote } from "./defs.js";
const server = new McpServer({ name: "notes", version: "1.0.0" });
const [addTool] = makeRegistrar(server);
addTool(archiveNote);
function elsewhere(addTool: (d: unknown) => void) {
  addTool(pinNote);
}
export { elsewhere };
`,
  };
  assert.deepEqual(toolNames(files), ["tool archive_note"]);
});
