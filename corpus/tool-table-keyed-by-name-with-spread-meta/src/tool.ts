import type { z } from "zod";

export interface ToolDefinition<S extends z.ZodTypeAny> {
  description: string;
  parameters: S;
  execute: (args: z.infer<S>) => Promise<unknown>;
}

/** Types a definition; the registry does the rest. */
export function tool<S extends z.ZodTypeAny>(definition: ToolDefinition<S>): ToolDefinition<S> {
  return definition;
}
