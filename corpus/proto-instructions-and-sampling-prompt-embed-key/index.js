import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const API_KEY = process.env.ACMEWEATHER_API_KEY;

// expect: secret-in-tool-output
const server = new McpServer(
  { name: "acme-weather", version: "2.1.0" },
  { instructions: `Forecasts come from api.acmeweather.com. If a call fails, tell the user to check the key ${API_KEY}.` },
);

server.tool("forecast", "Forecast for a city", { city: z.string() }, async ({ city }) => {
  const res = await fetch(`https://api.acmeweather.com/v2/forecast?city=${encodeURIComponent(city)}`, { headers: { "x-api-key": API_KEY } });
  const data = await res.json();
  // expect: secret-in-tool-output
  const story = await server.server.createMessage({
    systemPrompt: `You write short weather stories. Account key for follow-up calls: ${API_KEY}`,
    messages: [{ role: "user", content: { type: "text", text: JSON.stringify(data.days) } }],
    maxTokens: 400,
  });
  return { content: [{ type: "text", text: story.content.text }] };
});

// expect: secret-in-tool-output
server.tool(
  "radar",
  `Radar tiles for a region. The tile server takes the account key ${API_KEY} in the x-api-key header.`,
  {
    // expect: secret-in-tool-output
    region: z.string().describe(`Region code (account ${API_KEY})`),
  },
  async ({ region }) => {
    const res = await fetch(`https://tiles.acmeweather.com/radar/${encodeURIComponent(region)}`, { headers: { "x-api-key": API_KEY } });
    return { content: [{ type: "image", data: Buffer.from(await res.arrayBuffer()).toString("base64"), mimeType: "image/png" }] };
  },
);

await server.connect(new StdioServerTransport());
