import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { z } from "zod";

const gh = axios.create({
  baseURL: "https://api.github.com",
  headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}`, Accept: "application/vnd.github+json" },
});

const server = new McpServer({ name: "github-search-lite", version: "0.2.0" });

server.tool("search_repos", "Search repositories", { q: z.string(), page: z.number().int().min(1).default(1) }, async ({ q, page }) => {
  try {
    // ok: secret-in-url
    const { data } = await gh.get("/search/repositories", { params: { q, page, per_page: 20 } });
    return { content: [{ type: "text", text: data.items.map((r) => `${r.full_name} ★${r.stargazers_count}`).join("\n") }] };
  } catch (err) {
    return { isError: true, content: [{ type: "text", text: `GitHub search failed (${err.response?.status ?? err.code}): ${err.message}` }] };
  }
});

server.tool("list_events", "Recent public events, paged by cursor", { cursor: z.string().optional() }, async ({ cursor }) => {
  const params = new URLSearchParams({ per_page: "30" });
  // ok: secret-in-url
  if (cursor) params.set("page_token", cursor);
  // ok: secret-in-url
  const { data } = await gh.get(`/events?per_page=30&page_token=${encodeURIComponent(cursor ?? "")}`);
  return { content: [{ type: "text", text: data.map((e) => `${e.type} ${e.repo.name}`).join("\n") }] };
});

await server.connect(new StdioServerTransport());
