import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const FIGMA_TOKEN = process.env.FIGMA_API_KEY;
const INTROSPECTION_SECRET = process.env.OAUTH_INTROSPECTION_SECRET;

async function figma(path) {
  try {
    const res = await fetch(`https://api.figma.com/v1${path}`, { headers: { "X-Figma-Token": FIGMA_TOKEN } });
    if (!res.ok) throw new Error(`Figma answered ${res.status}`);
    return await res.json();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // ok: error-detail-echo
    throw new Error(`Failed to call Figma endpoint '${path}': ${detail}`, { cause: error });
  }
}

async function introspect(token) {
  const res = await fetch("https://auth.example.com/oauth/introspect", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Bearer ${INTROSPECTION_SECRET}` },
    // ok: secret-in-url
    body: new URLSearchParams({ token, token_type_hint: "access_token" }),
  });
  return res.ok ? (await res.json()).active === true : false;
}

const server = new McpServer({ name: "figma-files", version: "0.4.0" });

server.tool("get_file", "Read a Figma file's name and pages", { fileKey: z.string().regex(/^[A-Za-z0-9]+$/) }, async ({ fileKey }) => {
  const file = await figma(`/files/${fileKey}?depth=1`);
  return { content: [{ type: "text", text: `${file.name}: ${file.document.children.map((p) => p.name).join(", ")}` }] };
});

server.tool("check_session", "Whether the given OAuth access token is active", { accessToken: z.string() }, async ({ accessToken }) => {
  const active = await introspect(accessToken);
  return { content: [{ type: "text", text: active ? "active" : "inactive" }] };
});

await server.connect(new StdioServerTransport());
