import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFile, unlink } from "node:fs/promises";
import { isWithinWorkspace } from "./guard.js";

const folders = (process.env.WORKSPACE_FOLDERS ?? process.cwd()).split(":");

const server = new Server({ name: "workspace-files", version: "0.3.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read", description: "Read a workspace file", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
    { name: "remove", description: "Delete a workspace file", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const file = String(request.params.arguments?.file ?? "");
  if (!isWithinWorkspace(file, folders)) {
    return { isError: true, content: [{ type: "text", text: "outside the workspace" }] };
  }
  if (request.params.name === "read") {
    const text = await readFile(file, "utf8"); // expect: path-traversal
    return { content: [{ type: "text", text }] };
  }
  await unlink(file); // expect: path-traversal
  return { content: [{ type: "text", text: `removed ${file}` }] };
});

await server.connect(new StdioServerTransport());
