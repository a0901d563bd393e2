// mcp: the server's surface (tools, prompts, resources) extracted from the Program.
import type { Program } from "../program/index.js";
import type { ServerModel } from "../types.js";

export function extractServer(_program: Program): ServerModel {
  return { tools: [], prompts: [], resources: [], sdks: [] };
}
