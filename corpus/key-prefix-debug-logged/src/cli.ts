import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { CodeClient } from "./client.js";

const API_KEY = process.env.CLINICODES_API_KEY;
if (!API_KEY) {
  console.error("CLINICODES_API_KEY is not set");
  process.exit(1);
}
const debug = process.env.CLINICODES_DEBUG === "1";

if (debug) {
  // ok: secret-in-log
  console.error("API key:", API_KEY.slice(0, 10) + "...");
  // ok: secret-in-log
  process.stderr.write(`key tail ${API_KEY.substring(API_KEY.length - 4)} / ${API_KEY.slice(-4)}\n`);
  // expect: secret-in-log
  console.error("API key (long prefix):", API_KEY.slice(0, 20));
  // expect: secret-in-log
  console.error("API key body:", API_KEY.slice(8));
}

const client = new CodeClient({ apiKey: API_KEY, debug });
const server = new McpServer({ name: "clinicodes", version: "0.4.1" });

server.registerTool(
  "lookup_code",
  { description: "Look up a clinical code", inputSchema: { code: z.string() } },
  async ({ code }) => {
    const found = await client.lookup(code);
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: `${found} (key …${API_KEY.slice(-4)})` }] };
  },
);

await server.connect(new StdioServerTransport());
