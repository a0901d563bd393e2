const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");

const YOUTUBE_API_KEY = process.env.YOUTUBE_API_KEY;

async function search(query, maxResults) {
  const url = new URL("https://www.googleapis.com/youtube/v3/search");
  url.searchParams.set("part", "snippet");
  url.searchParams.set("q", query);
  url.searchParams.set("maxResults", String(maxResults));
  // expect: secret-in-url
  url.searchParams.set("key", YOUTUBE_API_KEY);
  // expect: secret-in-log
  console.error(`[youtube] GET ${url.toString()}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`YouTube API answered ${res.status}`);
  return res.json();
}

const server = new McpServer({ name: "youtube-data", version: "0.4.1" });

server.tool("search_videos", "Search videos", { query: z.string(), maxResults: z.number().int().min(1).max(50).default(10) }, async ({ query, maxResults }) => {
  const data = await search(query, maxResults);
  return { content: [{ type: "text", text: data.items.map((i) => `${i.snippet.title} https://youtu.be/${i.id.videoId}`).join("\n") }] };
});

server.connect(new StdioServerTransport());
