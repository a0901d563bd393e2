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

test("a bundle's bare top-level var assigned once inside a lazy init function holds that value; one assigned twice holds none", () => {
  const files = {
    "dist/bundle.js": `var __lazy = (fn, res) => () => (fn && (res = fn(fn = 0)), res);
var sweepDef, rotateDef, shifting;
var init_defs = __lazy(() => {
  sweepDef = { name: "sweep_cache", description: "Drop stale entries", handler: async () => ({ content: [] }) };
  rotateDef = { name: "rotate_logs", description: "Rotate the logs", handler: async () => ({ content: [] }) };
  shifting = { name: "first_name", description: "one", handler: async () => ({ content: [] }) };
  shifting = { name: "second_name", description: "two", handler: async () => ({ content: [] }) };
});
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
init_defs();
const server = new McpServer({ name: "janitor", version: "1.0.0" });
server.tool(sweepDef.name, sweepDef.description, sweepDef.handler);
server.tool(rotateDef.name, rotateDef.description, rotateDef.handler);
server.tool(shifting.name, shifting.description, shifting.handler);
`,
  };
  assert.deepEqual(toolNames(files), ["tool <dynamic>", "tool rotate_logs", "tool sweep_cache"]);
});

test("a wrapper calling its definition's own `tool` function is calling the package's code, not registering a tool", () => {
  const files = {
    "src/defs.ts": `export const trimClip = { name: "trim_clip", description: "Trim a clip", tool: async (client: any, args: any, ctx: any) => client.trim(args.id) };
export const muteClip = { name: "mute_clip", description: "Mute a clip", tool: async (client: any, args: any, ctx: any) => client.mute(args.id) };
`,
    "src/registrar.ts": `export function makeRegistrar(server: any, makeClient: () => any) {
  const register = (def: any) => {
    server.registerTool(def.name, { description: def.description }, async (args: any, ctx: any) => {
      return def.tool(makeClient(), args, ctx);
    });
  };
  return [register];
}
`,
    "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { makeRegistrar } from "./registrar.js";
import { trimClip, muteClip } from "./defs.js";
const server = new McpServer({ name: "clips", version: "1.0.0" });
const [tool] = makeRegistrar(server, () => ({}));
tool(trimClip);
tool(muteClip);
`,
  };
  assert.deepEqual(toolNames(files), ["tool mute_clip", "tool trim_clip"]);
});
