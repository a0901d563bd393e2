#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { getForecast, getCurrent } from "./weather-api.js";

const server = new McpServer({ name: "weather-forecast", version: "1.4.2" });

server.tool(
  "get_current_weather",
  "Current conditions for a city",
  { city: z.string().describe("City name, e.g. Berlin") },
  async ({ city }) => {
    const data = await getCurrent(city);
    return { content: [{ type: "text", text: `${data.location.name}: ${data.current.temp_c}°C, ${data.current.condition.text}` }] };
  },
);

server.tool(
  "get_forecast",
  "Daily forecast for up to 7 days",
  { city: z.string(), days: z.number().int().min(1).max(7).default(3) },
  async ({ city, days }) => {
    try {
      const data = await getForecast(city, days);
      const lines = data.forecast.forecastday.map((d) => `${d.date}: ${d.day.mintemp_c}–${d.day.maxtemp_c}°C`);
      return { content: [{ type: "text", text: lines.join("\n") }] };
    } catch (err) {
      return { isError: true, content: [{ type: "text", text: `Forecast failed: ${err.message}` }] };
    }
  },
);

// ok: secret-in-log
console.error(`weather-forecast MCP running (API key ${process.env.WEATHER_API_KEY ? "set" : "missing"})`);
await server.connect(new StdioServerTransport());
