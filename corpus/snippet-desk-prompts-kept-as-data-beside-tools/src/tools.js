import { z } from "zod";

const snippets = new Map();

// Tools kept as data too, but each with an input schema.
export const TOOLS = [
  {
    name: "save_snippet",
    description: "Store a snippet under a title",
    inputSchema: { title: z.string(), body: z.string() },
    handler: async ({ title, body }) => {
      snippets.set(title, body);
      return { content: [{ type: "text", text: `saved ${title}` }] };
    },
  },
  {
    name: "find_snippets",
    description: "Find snippets whose title contains a word",
    inputSchema: { word: z.string() },
    handler: async ({ word }) => {
      const hits = [...snippets.keys()].filter((t) => t.includes(word));
      return { content: [{ type: "text", text: hits.join("\n") }] };
    },
  },
];
