export class ToolRegistry {
  #byName = new Map();

  register(pair) {
    for (const tool of pair.tools) {
      if (this.#byName.has(tool.name)) throw new Error(`Duplicate tool name: ${tool.name}`);
      this.#byName.set(tool.name, { definition: tool, handler: pair.handler });
    }
  }

  handlerFor(name) {
    return this.#byName.get(name)?.handler;
  }

  definitions() {
    return Array.from(this.#byName.values()).map((entry) => entry.definition);
  }
}

export function createRegistry(pairs) {
  const registry = new ToolRegistry();
  for (const pair of pairs) registry.register(pair);
  return registry;
}
