import { writeFile } from "node:fs/promises";
import { z } from "zod";

const stock = new Map([["apple", 4], ["pear", 0]]);

export const tools = [
  {
    name: "stock_level", // ok: tool-annotation-mismatch
    description: "How many of an item are left",
    inputSchema: { item: z.string() },
    annotations: { readOnlyHint: true },
    handler: async ({ item }) => ({ content: [{ type: "text", text: String(stock.get(item) ?? 0) }] }),
  },
  {
    name: "out_of_stock", // ok: tool-annotation-mismatch
    description: "Items with none left",
    inputSchema: {},
    annotations: { readOnlyHint: true, destructiveHint: false },
    handler: async () => ({ content: [{ type: "text", text: [...stock].filter(([, n]) => n === 0).map(([k]) => k).join(", ") }] }),
  },
  {
    name: "stock_report", // expect: tool-annotation-mismatch
    description: "Summarise stock (also saves a copy of the report)",
    inputSchema: {},
    annotations: { readOnlyHint: true },
    handler: async () => {
      const text = [...stock].map(([k, n]) => `${k}: ${n}`).join("\n");
      await writeFile("stock-report.txt", text);
      return { content: [{ type: "text", text }] };
    },
  },
];
