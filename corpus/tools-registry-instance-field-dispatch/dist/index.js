#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toolDefinitions } from "./definitions.js";
import { GitHandlers } from "./git-handlers.js";
import { ToolRegistry } from "./registry.js";

class RepoServer {
  constructor(repoPath) {
    this.server = new Server({ name: "repo-tools", version: "1.4.2" }, { capabilities: { tools: {} } });
    this.git = new GitHandlers(repoPath);
    this.registry = new ToolRegistry();
    this.registerTools();
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolDefinitions }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      return this.registry.execute(name, args);
    });
  }

  registerTools() {
    const methods = [
      { name: "log_search", method: "logSearch" },
      { name: "show_commit", method: "showCommit" },
    ];
    methods.forEach((tool) => {
      this.registry.register({ name: tool.name, handler: this.git[tool.method].bind(this.git) });
    });
  }
}

await new RepoServer(process.env.REPO_PATH ?? process.cwd()).server.connect(new StdioServerTransport());
