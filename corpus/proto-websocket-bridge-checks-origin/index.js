import { WebSocketServer } from "ws";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

// The browser extension connects here and runs the commands it is sent.
const EXTENSION_ORIGIN = "chrome-extension://kcbdmnolpgfhjbnlkcfegjbmhkeopfim";
// ok: exposed-listener
const bridge = new WebSocketServer({ port: 17373, host: "127.0.0.1" });
let extension;
bridge.on("connection", (socket, request) => {
  if (request.headers.origin !== EXTENSION_ORIGIN) return socket.close(1008, "unknown origin");
  extension = socket;
});

function send(command) {
  return new Promise((resolve, reject) => {
    if (!extension) return reject(new Error("the Tab Pilot extension is not connected"));
    extension.once("message", (data) => resolve(String(data)));
    extension.send(JSON.stringify(command));
  });
}

const server = new McpServer({ name: "tab-pilot", version: "0.3.1" });
server.tool("list_tabs", "List open tabs", {}, async () => ({ content: [{ type: "text", text: await send({ type: "list" }) }] }));
server.tool("focus_tab", "Bring a tab to the front", { id: z.number().int() }, async ({ id }) => ({ content: [{ type: "text", text: await send({ type: "focus", id }) }] }));

await server.connect(new StdioServerTransport());
