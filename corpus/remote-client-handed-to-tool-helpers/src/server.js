#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { StudioSettings } from "./settings.js";
import { describeConnection, renderPicture, retouchPicture } from "./tools.js";

class StudioServer {
  constructor() {
    this.settings = new StudioSettings();
    this.settings.load();
    this.server = new McpServer({ name: "sketchline-studio", version: "0.4.1" });
  }

  client() {
    if (!this.settings.studio) throw new Error("Set SKETCHLINE_RENDER_KEY first");
    return this.settings.studio;
  }

  register() {
    this.server.registerTool("render_picture", { description: "Render a picture from a prompt", inputSchema: { prompt: z.string().max(2000), width: z.number().int().max(4096).optional() } }, async (args) => {
      const studio = this.client();
      // ok: secret-in-tool-output
      return renderPicture(args, studio);
    });
    this.server.registerTool("retouch_picture", { description: "Retouch a rendered picture", inputSchema: { imageId: z.string(), instruction: z.string().max(500) } }, async (args) => {
      const studio = this.client();
      const result = await retouchPicture(args, studio);
      // ok: secret-in-tool-output
      return result;
    });
    this.server.registerTool("describe_connection", { description: "Show how the studio is connected" }, async () => {
      const studio = this.client();
      // expect: secret-in-tool-output
      return describeConnection(studio);
    });
  }
}

const app = new StudioServer();
app.register();
await app.server.connect(new StdioServerTransport());
