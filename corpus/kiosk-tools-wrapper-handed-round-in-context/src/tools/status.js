import { z } from "zod";

export function addStatusTools(ctx) {
  ctx.tool("list_kiosks", "List the kiosks and whether they are online", {}, { readOnlyHint: true }, async () => ({
    content: [{ type: "text", text: [...ctx.kiosks].map(([id, k]) => `${id}: ${k.online ? "online" : "offline"}`).join("\n") }],
  }));
  ctx.tool("kiosk_message", "Read what one kiosk shows", { kiosk: z.string() }, { readOnlyHint: true }, async ({ kiosk }) => ({
    content: [{ type: "text", text: ctx.kiosks.get(kiosk)?.message ?? "unknown kiosk" }],
  }));
}
