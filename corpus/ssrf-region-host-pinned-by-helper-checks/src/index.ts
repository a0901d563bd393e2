#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { regionHostOf } from "./regions.js";

interface DeskConfig {
  host: string;
  token: string;
}

class IncidentDesk {
  constructor(private readonly host: string, private readonly token: string) {}

  async get(path: string): Promise<unknown> {
    // ok: ssrf
    const res = await fetch(`https://${this.host}/api/1${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`Incident Desk answered ${res.status}`);
    return res.json();
  }
}

const config: DeskConfig = { host: process.env.INCIDENT_DESK_HOST ?? "app.incidentdesk.example", token: process.env.INCIDENT_DESK_TOKEN ?? "" };

function deskFor(regionUrl: string | undefined): IncidentDesk {
  const host = regionUrl ? regionHostOf(regionUrl) : config.host;
  return new IncidentDesk(host, config.token);
}

const server = new McpServer({ name: "incident-desk", version: "2.3.0" });
const text = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.tool(
  "list_teams",
  "List on-call teams of an organization",
  { org: z.string(), regionUrl: z.string().optional().describe("Region URL when the organization lives in another region") },
  async ({ org, regionUrl }) => text(await deskFor(regionUrl).get(`/orgs/${encodeURIComponent(org)}/teams`)),
);

// Destructured host, checked against a constant list, then the checked URL is fetched.
const STATUS_HOSTS = ["status.incidentdesk.example", "status.partner.example"];
server.tool("read_status_page", "Read a public status page of Incident Desk or its partner", { url: z.string().url() }, async ({ url }) => {
  const { hostname } = new URL(url);
  if (!STATUS_HOSTS.includes(hostname.toLowerCase())) throw new Error(`status pages live on ${STATUS_HOSTS.join(", ")}`);
  // ok: ssrf
  const res = await fetch(url);
  return text(await res.text());
});

// Twin: the same destructured check against a list the model passes is a check it switches off.
server.tool("read_page_from", "Read a page from one of the given hosts", { url: z.string().url(), hosts: z.array(z.string()) }, async ({ url, hosts }) => {
  const { hostname } = new URL(url);
  if (!hosts.includes(hostname)) throw new Error("host not in the list");
  const res = await fetch(url); // expect: ssrf (medium)
  return text(await res.text());
});

// Twin: equal to a host the model names pins nothing.
server.tool("mirror_incident", "Read an incident from a mirror", { mirrorUrl: z.string(), expectedHost: z.string(), id: z.string() }, async ({ mirrorUrl, expectedHost, id }) => {
  const u = new URL(mirrorUrl);
  if (u.host.toLowerCase() !== expectedHost) throw new Error("unexpected mirror");
  const res = await fetch(`https://${u.host}/api/1/incidents/${encodeURIComponent(id)}`); // expect: ssrf
  return text(await res.json());
});

// Twin: a destructured path is no host check.
server.tool("read_help", "Read a help article", { url: z.string() }, async ({ url }) => {
  const { pathname } = new URL(url);
  if (!["/help/start", "/help/billing"].includes(pathname)) throw new Error("unknown article");
  const res = await fetch(url); // expect: ssrf (high)
  return text(await res.text());
});

await server.connect(new StdioServerTransport());
