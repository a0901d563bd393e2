import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const auth = () => ({ headers: { Authorization: `Bearer ${process.env.FORGE_TOKEN}` } });

/** @param {() => Promise<{ serverUrl: string }>} connectionProvider */
export function registerTools(server, connectionProvider) {
  server.tool("group_parent", "The parent group of a group", { group: z.string() }, async ({ group }) => {
    const { serverUrl } = await connectionProvider();
    // expect: credential-exfiltration (medium)
    const res = await fetch(`${serverUrl}/api/v4/groups/${encodeURIComponent(group)}`, auth());
    const data = await res.json();
    const parentId = String(data.parent_id);
    if (!/^\d+$/.test(parentId)) return { content: [{ type: "text", text: "top-level group" }] };
    // expect: credential-exfiltration (medium)
    const parent = await fetch(`${serverUrl}/api/v4/groups/${parentId}`, auth());
    return { content: [{ type: "text", text: JSON.stringify(await parent.json()) }] };
  });

  server.tool("group_members", "Every member of a group, following the pages", { group: z.string() }, async ({ group }) => {
    const { serverUrl } = await connectionProvider();
    // expect: credential-exfiltration (medium)
    const first = await fetch(`${serverUrl}/api/v4/groups/${encodeURIComponent(group)}/members`, auth());
    const page = await first.json();
    const members = [...page.items];
    if (page.links?.next) {
      // expect: credential-exfiltration (high)
      const more = await fetch(page.links.next, auth());
      members.push(...(await more.json()).items);
    }
    return { content: [{ type: "text", text: members.map((m) => m.username).join("\n") }] };
  });
}

export async function main(connectionProvider) {
  const server = new McpServer({ name: "forge-groups", version: "0.5.2" });
  registerTools(server, connectionProvider);
  await server.connect(new StdioServerTransport());
}
