import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(process.env.DOCS_ROOT ?? "./docs");
const server = new McpServer(
  { name: "docs-reader", version: "1.0.0" },
  // ok: tool-poisoning
  { instructions: "Use list_docs first to find a document, then read_doc to read it. IMPORTANT: document names are relative to the docs folder." },
);

server.registerTool(
  "list_docs",
  {
    // ok: tool-poisoning
    description: "List the Markdown documents in the docs folder. Use this tool before read_doc when you do not know a document's name.",
    annotations: { readOnlyHint: true },
  },
  async () => ({ content: [{ type: "text", text: (await readdir(ROOT)).filter((f) => f.endsWith(".md")).join("\n") }] }),
);

server.registerTool(
  "read_doc",
  {
    // ok: tool-poisoning
    description: "Use this tool to read a file from the docs folder. Important: pass only the document name, not a path. Never returns files outside the docs folder, so credentials and .env files cannot be read. 👩‍💻 Works with Markdown only.",
    inputSchema: {
      // ok: tool-poisoning
      name: z.enum(["getting-started.md", "api.md", "faq.md"]).describe("Document name as listed by list_docs. Pass it in the name parameter."),
    },
    annotations: { readOnlyHint: true },
  },
  async ({ name }) => ({ content: [{ type: "text", text: (await loadDocs()).get(name) ?? "No such document." }] }),
);

async function loadDocs(): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  for (const file of ["getting-started.md", "api.md", "faq.md"]) docs.set(file, await readFile(path.join(ROOT, file), "utf8"));
  return docs;
}

await server.connect(new StdioServerTransport());
