// A base class's own registration (`registerTool(this.name, { title: this.heading, description: this.blurb,
// inputSchema: this.shape, annotations: this.hints }, …)`) says which instance fields hold each part of a
// subclass's tool: the annotations and the title are read off those fields like the description and the input.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractServer } from "../analyzer/mcp/index.js";
import { programOf } from "./support/program.js";

test("a base class's registration says which instance fields hold the annotations and the title too: a subclass's are read off them", () => {
  const x = extractServer(
    programOf(
      {
        "dist/base.js": `export class NoteTool {
    register(server) {
        server.registerTool(this.name, { title: this.heading, description: this.blurb, inputSchema: this.shape, annotations: this.hints }, this.execute.bind(this));
    }
}
`,
        "dist/read.js": `import { z } from "zod";
import { NoteTool } from "./base.js";
export class ReadNoteTool extends NoteTool {
    constructor() {
        super();
        this.name = "read-note";
        this.heading = "Read a note";
        this.blurb = "Reads one note";
        this.shape = { id: z.string() };
        this.hints = { readOnlyHint: true };
    }
    async execute({ id }) { return { content: [{ type: "text", text: id }] }; }
}
`,
        "dist/server.js": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ReadNoteTool } from "./read.js";
const server = new McpServer({ name: "notes", version: "1.0.0" });
new ReadNoteTool().register(server);
`,
      },
      { "@modelcontextprotocol/sdk": "1.17.0", zod: "3.25.0" },
    ),
  );
  const tool = x.model.tools.find((t) => t.name === "read-note");
  assert.ok(tool, x.model.tools.map((t) => t.name).join(", "));
  assert.deepEqual(tool.annotations, { readOnlyHint: true, title: "Read a note" });
});
