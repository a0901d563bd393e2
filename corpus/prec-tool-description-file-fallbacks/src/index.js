#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));

// In the repository the guide lives in docs/; the published package carries a copy beside the code.
const repoGuide = join(here, "..", "docs", "syntax-guide.md");
const packedGuide = join(here, "syntax-guide.md");
const syntaxGuide = readFileSync(existsSync(repoGuide) ? repoGuide : packedGuide, "utf8");

const server = new McpServer({ name: "diagram-helper", version: "2.0.1" });

server.tool(
  // ok: dynamic-tool-definition
  "render_diagram",
  "Render a diagram from its source text.\n\n" + syntaxGuide,
  { source: z.string() },
  async ({ source }) => ({ content: [{ type: "text", text: `rendered ${source.length} characters` }] }),
);

const styleHelp = readFileSync(process.env.DIAGRAM_STYLE_HELP || join(here, "style-help.md"), "utf8");
// A path from the environment can point anywhere: the shipped file is only the default.
server.tool(
  // expect: dynamic-tool-definition
  "list_styles",
  `List the styles a diagram can use. ${styleHelp}`,
  async () => ({ content: [{ type: "text", text: "plain, dark" }] }),
);

// A user's override in the home folder wins over the shipped text: the description can change after install.
const userTips = join(os.homedir(), ".diagram-helper", "tips.md");
const tips = readFileSync(existsSync(userTips) ? userTips : join(here, "tips.md"), "utf8");
server.tool(
  // expect: dynamic-tool-definition
  "diagram_tips",
  tips,
  async () => ({ content: [{ type: "text", text: tips }] }),
);

await server.connect(new StdioServerTransport());
