import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const API_KEY = process.env.ACMEWEATHER_API_KEY;

// ok: secret-in-tool-output
const server = new McpServer(
  { name: "acme-weather", version: "2.1.0" },
  { instructions: `Forecasts come from api.acmeweather.com. The API key is ${API_KEY ? "configured" : "missing: set ACMEWEATHER_API_KEY"}.` },
);

server.tool("forecast", "Forecast for a city", { city: z.string() }, async ({ city }) => {
  const res = await fetch(`https://api.acmeweather.com/v2/forecast?city=${encodeURIComponent(city)}`, { headers: { "x-api-key": API_KEY } });
  const data = await res.json();
  // ok: secret-in-tool-output
  const story = await server.server.createMessage({
    systemPrompt: `You write short weather stories. Account key for follow-up calls: ${API_KEY ? API_KEY.slice(0, 4) + "…" : "none"}`,
    messages: [{ role: "user", content: { type: "text", text: JSON.stringify(data.days) } }],
    maxTokens: 400,
  });
  return { content: [{ type: "text", text: story.content.text }] };
});

// ok: secret-in-tool-output
server.tool(
  "radar",
  `Radar tiles for a region. The tile server takes the account key ${API_KEY ? "that is configured" : "once it is set"} in the x-api-key header.`,
  {
    // ok: secret-in-tool-output
    region: z.string().describe(`Region code (${API_KEY ? "the key is set" : "set ACMEWEATHER_API_KEY first"})`),
  },
  async ({ region }) => {
    const res = await fetch(`https://tiles.acmeweather.com/radar/${encodeURIComponent(region)}`, { headers: { "x-api-key": API_KEY } });
    return { content: [{ type: "image", data: Buffer.from(await res.arrayBuffer()).toString("base64"), mimeType: "image/png" }] };
  },
);

await server.connect(new StdioServerTransport());
