import type { BaseTool } from "./baseTool.js";
import { ReadNoteTool } from "./tools/readNote.js";
import { SearchNotesTool } from "./tools/searchNotes.js";

const toolMap = new Map<string, BaseTool>();

export function registerTool(tool: BaseTool): void {
  toolMap.set(tool.tool.name, tool);
}

export const getTools = () => Array.from(toolMap.values()).map((impl) => impl.tool);

export async function handleToolCall(name: string, args: unknown) {
  const impl = toolMap.get(name);
  if (!impl) throw new Error(`Unknown tool: ${name}`);
  return impl.handleRequest(args);
}

registerTool(new ReadNoteTool());
registerTool(new SearchNotesTool());
