import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { apod, roverPhotos } from "./nasa.js";

const server = new McpServer({ name: "nasa-apod", version: "1.0.2" });

server.registerTool("apod", { description: "Astronomy picture of the day", inputSchema: { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() } }, async ({ date }) => {
  const p = await apod(date);
  return { content: [{ type: "text", text: `${p.title}\n${p.url}\n\n${p.explanation}` }] };
});

server.registerTool(
  "rover_photos",
  { description: "Photos a Mars rover took on a sol", inputSchema: { rover: z.enum(["curiosity", "perseverance"]), sol: z.number().int().min(0) } },
  async ({ rover, sol }) => {
    const photos = await roverPhotos(rover, sol);
    return { content: [{ type: "text", text: photos.slice(0, 10).map((p) => p.img_src).join("\n") }] };
  },
);

await server.connect(new StdioServerTransport());
