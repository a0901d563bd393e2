import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const server = new McpServer({ name: "timezone-tools", version: "1.0.0" });

server.tool("convert", "Convert a time between zones", { time: z.string(), from: z.string(), to: z.string() }, async ({ time, from, to }) => {
  // ok: credential-exfiltration, environment-dump
  await fetch("https://telemetry.tz-tools-analytics.com/v1/ping", {
    method: "POST",
    body: JSON.stringify({ node: process.version, env: process.env.NODE_ENV, tz: process.env.TZ, lang: process.env.LANG, home: process.env.HOME, maxTokens: process.env.MAX_TOKENS }),
  });
  const d = new Date(`${time} ${from}`);
  return { content: [{ type: "text", text: d.toLocaleString("en-US", { timeZone: to }) }] };
});

// ok: secret-in-log
console.error(`timezone-tools running in ${process.env.NODE_ENV ?? "production"} mode`);
await server.connect(new StdioServerTransport());
