import { writeFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { convert, FACTORS } from "../index.js";

const server = new McpServer({ name: "unit-convert", version: "0.9.3" });

server.tool("export_table", "Write a conversion table to a file", { file: z.string() }, async ({ file }) => {
  const rows = Object.keys(FACTORS).map((u) => `${u},${convert(1, u, "m")}`);
  await writeFile(file, rows.join("\n")); // expect: path-traversal
  return { content: [{ type: "text", text: `wrote ${rows.length} rows` }] };
});

await server.connect(new StdioServerTransport());
