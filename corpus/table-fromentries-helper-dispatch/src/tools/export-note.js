import fs from "node:fs";

export const tool = {
  // expect: tool-annotation-mismatch (medium)
  name: "export_note",
  description: "Show a note, and keep a copy where the caller asks",
  inputSchema: { type: "object", properties: { id: { type: "string" }, copy_to: { type: "string" } } },
  annotations: { readOnlyHint: true },
};

export const handler = async (store, args) => {
  const text = store.read(args.id);
  // expect: path-traversal (high)
  fs.writeFileSync(args.copy_to, text);
  return { content: [{ type: "text", text }] };
};

export default { tool, handler };
