import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import SlideForge from "slideforge";
import { createTicketClient } from "tickethub-sdk";
import { z } from "zod";

const Config = z.object({ token: z.string().min(10), project: z.string().default("default") });
const config = Config.parse({ token: process.env.TICKETHUB_TOKEN, project: process.env.TICKETHUB_PROJECT });

const forge = new SlideForge({ apiKey: process.env.SLIDEFORGE_API_KEY, timeout: 60_000 });
const tickets = createTicketClient({ baseUrl: "https://tickets.example.com", credentials: { user: "bot", password: process.env.TICKETHUB_PASSWORD } });
const DECKS = join(process.cwd(), "decks");

const server = new McpServer({ name: "slides-studio", version: "1.3.0" });

server.registerTool(
  "generate_deck",
  { description: "Generate a slide deck from a prompt and save it", inputSchema: { prompt: z.string(), slides: z.number().int().max(30) } },
  async ({ prompt, slides }) => {
    const deck = await forge.decks.generate({ prompt, slides, format: "pptx" });
    const target = join(DECKS, `${deck.title}.${deck.format}`);
    mkdirSync(DECKS, { recursive: true });
    // ok: path-traversal
    writeFileSync(target, Buffer.from(deck.content, "base64"));
    return { content: [{ type: "text", text: `saved ${target}` }] };
  },
);

server.registerTool(
  "save_deck",
  { description: "Save a generated deck under a folder of your choice", inputSchema: { folder: z.string(), deckId: z.string() } },
  async ({ folder, deckId }) => {
    const deck = await forge.decks.retrieve(deckId);
    // expect: path-traversal (medium)
    writeFileSync(join(folder, "deck.pptx"), Buffer.from(deck.content, "base64"));
    return { content: [{ type: "text", text: "saved" }] };
  },
);

server.registerTool(
  "open_tickets",
  { description: "List open tickets that mention a topic", inputSchema: { topic: z.string() } },
  async ({ topic }) => {
    const page = await tickets.query("GET /search", { q: topic, state: "open", headers: { "x-project-token": config.token } });
    // ok: secret-in-tool-output
    return { content: [{ type: "text", text: JSON.stringify(page) }] };
  },
);

server.registerTool("client_debug", { description: "Show how the deck client is set up" }, async () => {
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(forge) }] };
});

server.registerTool("settings", { description: "Show the ticket settings" }, async () => {
  // expect: secret-in-tool-output
  return { content: [{ type: "text", text: JSON.stringify(config) }] };
});

await server.connect(new StdioServerTransport());
