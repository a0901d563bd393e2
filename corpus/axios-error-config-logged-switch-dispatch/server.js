#!/usr/bin/env node
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const axios = require("axios");

const http = axios.create({
  baseURL: "https://api.openweathermap.org/data/2.5",
  headers: { "x-api-key": process.env.OPENWEATHER_API_KEY },
});

const server = new Server({ name: "weather", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "current", description: "Current weather for a city", inputSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
    { name: "forecast", description: "5-day forecast for a city", inputSchema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
  ],
}));

async function current(city) {
  try {
    const res = await http.get("/weather", { params: { q: city, units: "metric" } });
    return `${res.data.name}: ${res.data.main.temp}°C, ${res.data.weather[0].description}`;
  } catch (err) {
    // expect: error-detail-echo (high)
    console.error("[weather] request failed", err.config);
    throw new Error(`Weather lookup failed (${err.response ? err.response.status : err.code})`);
  }
}

async function forecast(city) {
  try {
    const res = await http.get("/forecast", { params: { q: city, units: "metric" } });
    return res.data.list.slice(0, 5).map((p) => `${p.dt_txt}: ${p.main.temp}°C`).join("\n");
  } catch (err) {
    // ok: error-detail-echo
    console.error("[weather] forecast failed:", err.message, err.response?.status);
    throw err;
  }
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "current":
      return { content: [{ type: "text", text: await current(args.city) }] };
    case "forecast":
      return { content: [{ type: "text", text: await forecast(args.city) }] };
    default:
      throw new Error(`Unknown tool: ${name}`);
  }
});

server.connect(new StdioServerTransport()).catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
