// The MCP surface extracted from in-memory sources, one line per item, for the registration-shape tests.
import { extractServer } from "../../analyzer/mcp/index.js";
import type { SurfaceItem } from "../../analyzer/types.js";
import { programOf } from "./program.js";

export const SDK_DEPS: Record<string, string> = { "@modelcontextprotocol/sdk": "1.17.0", zod: "3.25.0" };

/** `kind name (via) -> handler file:line [parameters]`, an optional parameter marked `?`. */
export function surfaceLine(item: SurfaceItem): string {
  const handler = item.handlerLocation ? `${item.handlerLocation.file}:${item.handlerLocation.line}` : "-";
  return `${item.kind} ${item.name} (${item.registeredVia}) -> ${handler} [${item.parameters.map((p) => `${p.name}${p.required === false ? "?" : ""}`).join(",")}]`;
}

/** The tools, then prompts, then resources of the sources, each as `surfaceLine`, in the order found. */
export function surface(files: Record<string, string>, dependencies: Record<string, string> = SDK_DEPS): string[] {
  const x = extractServer(programOf(files, dependencies));
  return [...x.model.tools, ...x.model.prompts, ...x.model.resources].map(surfaceLine);
}
