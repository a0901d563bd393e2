import { z } from "zod";

export function addScreenTools(ctx) {
  ctx.tool("show_message", "Show a message on one kiosk", { kiosk: z.string(), text: z.string().max(200) }, { destructiveHint: false }, async ({ kiosk, text }) => {
    const k = ctx.kiosks.get(kiosk);
    if (!k) throw new Error(`no kiosk ${kiosk}`);
    k.message = text;
    return { content: [{ type: "text", text: `showing on ${kiosk}` }] };
  });
}
