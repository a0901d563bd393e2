// Following a parameter to its callers: each noted call's callee is resolved once per
// extraction, however many parameters and functions ask (bundles hold thousands of
// `x.default(…)` calls, candidates for every function asked about).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Extraction } from "../analyzer/mcp/context.js";
import { extractServer } from "../analyzer/mcp/index.js";
import type { Node } from "../analyzer/parse/ast.js";
import { programOf } from "./support/program.js";

test("callers of a helper: the tools passed in each parameter are read, each candidate call resolved once", () => {
  const program = programOf({
    "src/index.ts": `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as lib from "./lib.js";
const READ = [{ name: "read_note", description: "Reads", inputSchema: { type: "object", properties: {} } }];
const WRITE = [{ name: "write_note", description: "Writes", inputSchema: { type: "object", properties: {} } }];
function serve(server, tools, extra) {
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [...tools, ...extra] }));
}
lib.default(1);
lib.default(2);
lib.default(3);
serve(new Server({ name: "s", version: "1.0.0" }), READ, WRITE);
`,
    "src/lib.ts": `export default function log(n) { return n; }\n`,
  }, { "@modelcontextprotocol/sdk": "1.0.0" });
  const resolved = new Map<Node, number>();
  const original = Extraction.prototype.functionOf;
  Extraction.prototype.functionOf = function (this: Extraction, node, module, depth) {
    if (node && depth === undefined) resolved.set(node, (resolved.get(node) ?? 0) + 1);
    return original.call(this, node, module, depth);
  };
  try {
    const { model } = extractServer(program);
    assert.deepEqual(model.tools.map((t) => t.name).sort(), ["read_note", "write_note"]);
  } finally {
    Extraction.prototype.functionOf = original;
  }
  const defaultCallees = [...resolved].filter(([n]) => n.type === "MemberExpression" && n.property.type === "Identifier" && n.property.name === "default");
  assert.equal(defaultCallees.length, 3);
  for (const [, times] of defaultCallees) assert.equal(times, 1);
});
