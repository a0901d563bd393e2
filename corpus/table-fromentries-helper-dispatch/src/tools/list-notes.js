import fs from "node:fs";

export const tool = {
  // ok: tool-annotation-mismatch
  name: "list_notes",
  description: "List the notes in the notes folder",
  inputSchema: { type: "object", properties: { folder: { type: "string" } } },
  annotations: { readOnlyHint: true },
};

export const handler = async (store, args) => ({ content: [{ type: "text", text: fs.readdirSync(store.root).join("\n") }] });

export default { tool, handler };
