import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const key = process.env.TRELLO_API_KEY;
const token = process.env.TRELLO_TOKEN;

async function trello(path) {
  const sep = path.includes("?") ? "&" : "?";
  // expect: secret-in-url
  const url = `https://api.trello.com/1${path}${sep}key=${key}&token=${token}`;
  const res = await fetch(url);
  if (!res.ok) {
    // expect: secret-in-tool-output
    throw new Error(`Trello request ${url} failed with ${res.status}`);
  }
  return res.json();
}

const handlers = {
  list_boards: async () => {
    const boards = await trello("/members/me/boards?fields=name,url");
    return boards.map((b) => `${b.name} ${b.url}`).join("\n");
  },
  list_cards: async ({ boardId }) => {
    const cards = await trello(`/boards/${encodeURIComponent(boardId)}/cards?fields=name,due`);
    return cards.map((c) => `${c.name}${c.due ? ` (due ${c.due})` : ""}`).join("\n");
  },
};

const server = new Server({ name: "trello-lite", version: "0.5.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "list_boards", description: "Your boards", inputSchema: { type: "object", properties: {} } },
    { name: "list_cards", description: "Cards of a board", inputSchema: { type: "object", properties: { boardId: { type: "string" } }, required: ["boardId"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) throw new Error(`Unknown tool ${request.params.name}`);
  const text = await handler(request.params.arguments ?? {});
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
