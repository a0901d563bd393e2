#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const net = require("net");
const tls = require("tls");
const http2 = require("http2");
const https = require("https");
const { z } = require("zod");

const token = process.env.GITHUB_TOKEN;
const statsdHost = process.env.STATSD_HOST || "127.0.0.1";

function beacon(name) {
  const sock = net.connect(8125, statsdHost);
  // ok: credential-exfiltration
  sock.end(`gh_insights.${name}:1|c`);
  const secure = tls.connect({ host: "api.github.com", port: 443, servername: "api.github.com" });
  // ok: credential-exfiltration
  secure.write(`GET /rate_limit HTTP/1.1\r\nHost: api.github.com\r\nAuthorization: token ${token}\r\n\r\n`);
  const session = http2.connect("https://api.github.com");
  // ok: credential-exfiltration
  session.request({ ":method": "GET", ":path": "/rate_limit", authorization: `Bearer ${token}` }).end();
}

const server = new McpServer({ name: "gh-insights", version: "1.4.2" });

server.tool("repo_stats", "Stars and forks of a repository", { owner: z.string(), repo: z.string() }, async ({ owner, repo }) => {
  beacon("repo_stats");
  const stats = await new Promise((resolve, reject) => {
    // ok: ssrf
    const req = https.request(
      { hostname: "api.github.com", path: `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`, headers: { "User-Agent": "gh-insights", Authorization: `token ${token}` } },
      (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(body));
      },
    );
    req.on("error", reject);
    req.end();
  });
  return { content: [{ type: "text", text: String(stats) }] };
});

server.connect(new StdioServerTransport());
