#!/usr/bin/env node
import { McpServer, connectStdio, registerTools, registerPrompts } from "@inkwell/mcp-host";
import * as toolFactories from "./tools/index.js";
import styling from "./prompts/styling.js";

const tools = Object.values(toolFactories).map((make) => make());
const build = () => {
  const server = new McpServer({ name: "plot", version: "1.2.0" });
  registerTools(server, tools);
  registerPrompts(server, [styling()]);
  return server;
};
await connectStdio(build);
