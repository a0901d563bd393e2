// insecure-transport: a remote MCP server reached over plain http://. Tool
// calls, results and the bearer token in the headers cross the network in clear.
import type { ConfigFile } from "../analyzer/audit/config.js";
import type { ConfigFinding } from "./util/config-finding.js";
import type { Rule } from "./types.js";

export const insecureTransport: Rule = {
  meta: {
    id: "insecure-transport",
    title: "Remote MCP server over plain HTTP",
    defaultSeverity: "high",
    threat: "credential-leakage",
    cwe: [319],
    summary: "A client config connects to a remote MCP server over `http://` (not loopback).",
    description:
      "A remote server configured with an `http://` URL (`url`, `serverUrl`, `httpUrl`, or an `mcp-remote` target) sends every tool call, every result and any `Authorization` header unencrypted. Anyone on the path can read the token and rewrite tool results, which is prompt injection from the network. Loopback addresses (`localhost`, `127.0.0.0/8`, `::1`) are not reported: the traffic never leaves the machine.",
    help: [
      "**Why it matters.** Tokens and tool results in clear text can be read and changed by anyone on the network path.",
      "",
      "**How to fix.** Use the server's `https://` endpoint; for a local server, bind it to loopback.",
      "",
      "```json",
      '"url": "http://mcp.example.com/sse"    // reported',
      '"url": "https://mcp.example.com/sse"   // fine',
      "```",
    ].join("\n"),
    precision: "very-high",
  },
};

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::1" || h === "0:0:0:0:0:0:0:1";
}

export function checkInsecureTransport(config: ConfigFile): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  for (const server of config.servers) {
    const url = server.launch.url;
    if (!url || !/^http:\/\//i.test(url)) continue;
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (isLoopbackHost(host)) continue;
    out.push({
      ruleId: insecureTransport.meta.id,
      severity: "high",
      server: server.name,
      line: server.line,
      message: `server "${server.name}" is reached over plain HTTP (${host}): tool calls${Object.keys(server.headers).length ? ", results and its headers" : " and results"} travel unencrypted`,
      fix: "Use the server's https:// endpoint.",
      key: `url:${host}`,
    });
  }
  return out;
}
