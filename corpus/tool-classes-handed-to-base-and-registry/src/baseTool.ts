import type { ZodTypeAny } from "zod";

export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export abstract class BaseTool<Args = unknown> {
  constructor(
    protected readonly schema: ZodTypeAny,
    readonly tool: ToolDefinition,
  ) {}

  async handleRequest(args: unknown) {
    const parsed = this.schema.parse(args) as Args;
    return this.process(parsed);
  }

  abstract process(args: Args): Promise<{ content: { type: "text"; text: string }[] }>;
}
