"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { ListToolsRequestSchema, CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

class StarterLibrary {
  constructor() {
    this.root = path.resolve(__dirname, "..", "starters");
  }

  async names() {
    const entries = await fs.promises.readdir(this.root, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  }

  async readme(name) {
    const known = await this.names();
    if (!known.includes(name)) throw new Error(`no starter named ${name}`);
    return fs.promises.readFile(path.join(this.root, name, "README.md"), "utf8");
  }
}

const library = new StarterLibrary();
const highlightSnippet = fs.readFileSync(path.join(__dirname, "..", "starters", "browser-snippets", "highlight.js"), "utf8");

const server = new Server({ name: "starter-gallery", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "list_starters", description: "List the starter projects", inputSchema: { type: "object", properties: {} } },
    { name: "highlight_snippet", description: "The snippet that highlights code blocks in the gallery page", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "list_starters":
      return { content: [{ type: "text", text: (await library.names()).join("\n") }] };
    case "highlight_snippet":
      return { content: [{ type: "text", text: highlightSnippet }] };
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

server.connect(new StdioServerTransport());
