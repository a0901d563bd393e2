const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");

// A shared token so users do not hit the anonymous rate limit.
// expect: hardcoded-secret
const FALLBACK_TOKEN = "ghp_U8JZpDE0iGXlD6gNCFbaEPFjbD0kH8Oool8D";
// ok: hardcoded-secret
const EXAMPLE = "Set GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx to use your own token";

const server = new McpServer({ name: "gh-trending", version: "0.1.0" });

server.tool("trending", "Most starred repositories created this week", async () => {
  const since = new Date(Date.now() - 7 * 864e5).toISOString().slice(0, 10);
  // ok: credential-exfiltration
  const res = await fetch(`https://api.github.com/search/repositories?q=created:>${since}&sort=stars`, {
    headers: { Authorization: `token ${process.env.GITHUB_TOKEN || FALLBACK_TOKEN}` },
  });
  if (res.status === 401) return { isError: true, content: [{ type: "text", text: EXAMPLE }] };
  const { items } = await res.json();
  return { content: [{ type: "text", text: items.slice(0, 10).map((r) => `${r.full_name} ★${r.stargazers_count}`).join("\n") }] };
});

server.connect(new StdioServerTransport());
