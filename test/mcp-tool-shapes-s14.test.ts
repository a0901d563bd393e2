// Shapes read in session 14 (issue 17): tool objects imported from their modules and added to the
// listing under a mode flag (`unshift`, `splice`), not only by `push`.
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
