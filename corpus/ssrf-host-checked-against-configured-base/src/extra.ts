import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

/** Attachment links must stay on the instance the session was opened for. */
function onInstance(link: string, instanceHost: string): URL {
  const u = new URL(link);
  if (u.protocol !== "https:" || u.hostname.toLowerCase() !== instanceHost.toLowerCase()) {
    throw new Error(`attachments are only read from ${instanceHost}`);
  }
  return u;
}

type Session = { instanceHost?: string };
const DEFAULT_INSTANCE = process.env.LEDGER_DESK_HOST ?? "ledger.desk.example";

// The instance comes with the request's context, which the SDK fills, not the model.
export function registerAttachmentTools(server: McpServer): void {
  server.tool("read_attachment", "Read an attachment link of a ledger entry", { link: z.string() }, async ({ link }, extra) => {
    const session = extra as unknown as Session;
    const url = onInstance(link, session.instanceHost ?? DEFAULT_INSTANCE);
    // ok: ssrf
    const res = await fetch(url);
    return { content: [{ type: "text" as const, text: await res.text() }] };
  });

  // Twin: the instance host is an argument beside the link.
  server.tool("read_attachment_from", "Read an attachment link from the instance you name", { link: z.string(), instance: z.string() }, async ({ link, instance }) => {
    const url = onInstance(link, instance);
    const res = await fetch(url); // expect: ssrf
    return { content: [{ type: "text" as const, text: await res.text() }] };
  });
}
