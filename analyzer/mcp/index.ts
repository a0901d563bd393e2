// mcp: the server's surface (tools, prompts, resources) extracted from the Program.
import type { Program } from "../program/index.js";
import type { FunctionNode } from "../taint/spec.js";
import type { ParsedModule, ServerModel, SurfaceItem } from "../types.js";

/** Links a surface item to its handler function, for the engine (never serialized). */
export interface HandlerRef {
  item: SurfaceItem;
  fn: FunctionNode;
  module: ParsedModule;
  /** Which of the handler's parameters carry the tool's arguments (model-chosen: untrusted). */
  argumentParams: number[];
}

export interface ExtractedServer {
  model: ServerModel;
  handlers: HandlerRef[];
}

export function extractServer(_program: Program): ExtractedServer {
  return { model: { tools: [], prompts: [], resources: [], sdks: [] }, handlers: [] };
}
