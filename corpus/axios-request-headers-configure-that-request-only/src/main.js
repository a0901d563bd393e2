#!/usr/bin/env node
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { feeds, keyedGet } from "./forecast.js";

const server = new McpServer({ name: "weather-alerts", version: "0.6.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });
const failed = (what, err) => ({ isError: true, content: [{ type: "text", text: `${what}: ${err.message}` }] });

server.registerTool("hourly_forecast", { description: "Hourly forecast for a place", inputSchema: { lat: z.number(), lon: z.number() } }, async ({ lat, lon }) => {
  try {
    const data = await keyedGet("/hourly", { lat, lon });
    return text(data.hours.map((h) => `${h.time} ${h.temp}°C ${h.summary}`).join("\n"));
  } catch (err) {
    console.error("hourly_forecast failed", err); // expect: error-detail-echo
    return failed("Forecast unavailable", err);
  }
});

server.registerTool("active_alerts", { description: "Active alerts for a region", inputSchema: { region: z.string().regex(/^[A-Z]{2}$/) } }, async ({ region }) => {
  try {
    const { data } = await axios.get(`https://alerts.example-met-office.org/regions/${region}.json`, { params: { active: 1 } });
    return text(data.alerts.map((a) => `${a.level}: ${a.headline}`).join("\n") || "No active alerts");
  } catch (err) {
    // ok: error-detail-echo
    console.error("active_alerts failed", err);
    return failed("Alert feed unavailable", err);
  }
});

server.registerTool("pollen_count", { description: "Today's pollen count", inputSchema: { region: z.string().regex(/^[A-Z]{2}$/) } }, async ({ region }) => {
  try {
    const { data } = await feeds.get(`/pollen/${region}`);
    return text(`${data.level} (${data.count} grains/m³)`);
  } catch (err) {
    // ok: error-detail-echo
    console.error("pollen_count failed", err);
    return failed("Pollen feed unavailable", err);
  }
});

server.registerTool("air_quality", { description: "Air quality index at a place", inputSchema: { lat: z.number(), lon: z.number() } }, async ({ lat, lon }) => {
  try {
    const { data } = await axios.get("https://forecast.example-weather.net/v1/air", { params: { lat, lon }, headers: { "X-Api-Key": process.env.WEATHER_API_KEY, Accept: "application/json" } });
    return text(`AQI ${data.aqi} (${data.category})`);
  } catch (err) {
    console.error("air_quality failed", err); // expect: error-detail-echo
    return failed("Air quality unavailable", err);
  }
});

await server.connect(new StdioServerTransport());
