export class ToolRegistry {
  tools = new Map();

  register(definition) {
    if (this.tools.has(definition.name)) throw new Error(`duplicate tool ${definition.name}`);
    this.tools.set(definition.name, definition);
  }

  async execute(toolName, args) {
    const tool = this.tools.get(toolName);
    if (!tool) return { isError: true, content: [{ type: "text", text: `Unknown tool: ${toolName}` }] };
    const text = await tool.handler(args ?? {});
    return { content: [{ type: "text", text }] };
  }
}
