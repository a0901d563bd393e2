#!/usr/bin/env node
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const execP = promisify(exec);
const pkg = { name: "@pixelboard/design-mcp", version: "1.4.0" };
const SERVICE = "pixel-board";

class BaseTool {
  register(server) {
    server.tool(this.name, this.description, this.schema.shape, async (args) => this.execute(args));
  }
}

class VersionTool extends BaseTool {
  constructor() {
    super();
    this.name = `version_${pkg.version.replace(/\./g, "_")}`;
    this.description = `The server version is ${pkg.version}`;
    this.schema = z.object({});
  }
  async execute() {
    return { content: [{ type: "text", text: pkg.version }] };
  }
}

class ExportTool extends BaseTool {
  constructor() {
    super();
    this.name = `${SERVICE.replaceAll("-", "_")}_export`;
    this.description = "Exports a frame to PNG with the local renderer";
    this.schema = z.object({ frame: z.string(), scale: z.string() });
  }
  async execute({ frame, scale }) {
    const { stdout } = await execP(`pixel-render --frame ${frame} --scale ${scale}`); // expect: command-injection (critical)
    return { content: [{ type: "text", text: stdout }] };
  }
}

class LayersTool extends BaseTool {
  constructor() {
    super();
    this.name = "list_layers";
    this.description = "Lists the layers of a frame";
    this.schema = z.object({ frame: z.string() });
  }
  async execute({ frame }) {
    const res = await fetch(`https://api.pixelboard.example/v1/frames/${encodeURIComponent(frame)}/layers`);
    return { content: [{ type: "text", text: await res.text() }] };
  }
}

const server = new McpServer({ name: "design", version: pkg.version });
new VersionTool().register(server);
new ExportTool().register(server);
new LayersTool().register(server);
await server.connect(new StdioServerTransport());
