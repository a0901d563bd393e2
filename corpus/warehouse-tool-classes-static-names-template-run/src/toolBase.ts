import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z, type ZodRawShape } from "zod";

export interface ToolOptions {
  name: string;
  dataDir: string;
}

export abstract class WarehouseTool {
  readonly name: string;
  protected readonly dataDir: string;
  protected abstract summary: string;
  protected abstract fields: ZodRawShape;

  constructor(options: ToolOptions) {
    this.name = options.name;
    this.dataDir = options.dataDir;
  }

  attach(server: McpServer): void {
    server.registerTool(
      this.name,
      { description: this.summary, inputSchema: z.object(this.fields).strict() },
      async (args: Record<string, unknown>) => this.run(args),
    );
  }

  async run(args: Record<string, unknown>) {
    const text = await this.runStep(args);
    return { content: [{ type: "text" as const, text }] };
  }

  protected async runStep(_args: Record<string, unknown>): Promise<string> {
    throw new Error(`${this.name} has no step`);
  }
}
