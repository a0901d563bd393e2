import { z } from "zod";

class ProviderRegistry {
  constructor() {
    this.providers = new Map();
  }

  add(provider) {
    this.providers.set(provider.name, provider);
  }

  attach(server) {
    this.providers.forEach((provider) => {
      if (provider.name === "legacy") return;
      server.tool(`${provider.name}_lookup`, provider.description, { query: z.string() }, async ({ query }) => ({
        content: [{ type: "text", text: await provider.lookup(query) }],
      }));
    });
  }
}

const registry = new ProviderRegistry();
export const addProvider = (provider) => registry.add(provider);
export const attachTools = (server) => registry.attach(server);
